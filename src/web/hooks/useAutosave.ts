import { useCallback, useEffect, useRef, useState } from 'react';
import { saveMyResponse } from '../../contracts/assessments.js';
import { ApiError, callOp } from '../api/client.js';
import type { Answer } from '../lib/assessments.js';

/** Changes not yet saved: the newest value per item or dimension; null removes it. */
interface Changes {
  answers: Record<string, Answer | null>;
  comments: Record<string, string | null>;
  unitId?: string | null;
}

export type SaveState =
  { status: 'idle' } | { status: 'saving' } | { status: 'saved'; at: Date } | { status: 'failed'; message: string; code: string };

/** How queued changes are kept: none yet, whether there are any, and newer ones laid over older ones. */
export interface ChangeQueue<C> {
  empty: () => C;
  isEmpty: (changes: C) => boolean;
  merge: (older: C, newer: C) => C;
}

const empty = (): Changes => ({ answers: {}, comments: {} });
const isEmpty = (c: Changes) => c.unitId === undefined && Object.keys(c.answers).length === 0 && Object.keys(c.comments).length === 0;

/** Older changes overlaid by newer ones (used to put back a batch that failed). */
function merge(older: Changes, newer: Changes): Changes {
  return {
    answers: { ...older.answers, ...newer.answers },
    comments: { ...older.comments, ...newer.comments },
    ...(newer.unitId !== undefined ? { unitId: newer.unitId } : older.unitId !== undefined ? { unitId: older.unitId } : {}),
  };
}

const RESPONSE_QUEUE: ChangeQueue<Changes> = { empty, isEmpty, merge };

/**
 * Saves changes as they are given: each change is queued and sent at once (or after a pause, for
 * typing), one request at a time so the newest value always wins. A failed batch is kept and sent
 * again with the next change or on retry, unless `isFinal` says nothing can be saved any more
 * (then `onFinal` is told). When the page is hidden or closed, what is left is sent with
 * `keepalive`, and the browser asks before leaving while something is unsaved.
 *
 * `queueOps` is a module constant. A new `send` (give a memoised one) first sends what is left with
 * the old one, as when the page moves to another round.
 */
export function useQueuedSave<C>(
  queueOps: ChangeQueue<C>,
  send: (batch: C, keepalive: boolean) => Promise<void>,
  isFinal: (error: ApiError) => boolean,
  onFinal: (error: ApiError) => void,
) {
  const [state, setState] = useState<SaveState>({ status: 'idle' });
  const pending = useRef<C>(queueOps.empty());
  const running = useRef<Promise<boolean> | null>(null);
  const timer = useRef<number | null>(null);
  const finalRef = useRef({ isFinal, onFinal });
  finalRef.current = { isFinal, onFinal };

  const sendBatch = useCallback(
    (keepalive: boolean): Promise<boolean> => {
      const batch = pending.current;
      pending.current = queueOps.empty();
      setState({ status: 'saving' });
      const request = (async () => {
        try {
          await send(batch, keepalive);
          if (queueOps.isEmpty(pending.current)) setState({ status: 'saved', at: new Date() });
          return true;
        } catch (e) {
          const error = e instanceof ApiError ? e : new ApiError(0, 'network', String(e));
          // Kept for the next attempt, unless nothing can be saved any more.
          const final = finalRef.current.isFinal(error);
          if (!final) pending.current = queueOps.merge(batch, pending.current);
          setState({ status: 'failed', message: error.message, code: error.code });
          if (final) finalRef.current.onFinal(error);
          return false;
        }
      })();
      running.current = request;
      void request.then(() => {
        if (running.current === request) running.current = null;
      });
      return request;
    },
    [queueOps, send],
  );

  /** Sends everything queued; resolves true once all of it is saved. */
  const flush = useCallback(async (): Promise<boolean> => {
    if (timer.current !== null) {
      window.clearTimeout(timer.current);
      timer.current = null;
    }
    for (;;) {
      if (running.current) {
        await running.current;
        continue;
      }
      if (queueOps.isEmpty(pending.current)) return true;
      if (!(await sendBatch(false))) return false;
    }
  }, [queueOps, sendBatch]);

  /** Queues changes; they are sent after `delay` ms (0: at once), together with anything else queued. */
  const queue = useCallback(
    (change: C, delay = 0) => {
      pending.current = queueOps.merge(pending.current, change);
      setState({ status: 'saving' });
      if (timer.current !== null) window.clearTimeout(timer.current);
      timer.current = window.setTimeout(() => {
        timer.current = null;
        void flush();
      }, delay);
    },
    [queueOps, flush],
  );

  useEffect(() => {
    const unsaved = () => !queueOps.isEmpty(pending.current) || running.current !== null;
    const hide = () => {
      if (document.visibilityState !== 'hidden' || queueOps.isEmpty(pending.current)) return;
      if (timer.current !== null) {
        window.clearTimeout(timer.current);
        timer.current = null;
      }
      void sendBatch(true);
    };
    const pagehide = () => {
      if (!queueOps.isEmpty(pending.current)) void sendBatch(true);
    };
    const beforeUnload = (event: BeforeUnloadEvent) => {
      if (unsaved()) event.preventDefault();
    };
    document.addEventListener('visibilitychange', hide);
    window.addEventListener('pagehide', pagehide);
    window.addEventListener('beforeunload', beforeUnload);
    return () => {
      document.removeEventListener('visibilitychange', hide);
      window.removeEventListener('pagehide', pagehide);
      window.removeEventListener('beforeunload', beforeUnload);
      if (timer.current !== null) window.clearTimeout(timer.current);
      // Leaving the page inside the app: send what is left.
      if (!queueOps.isEmpty(pending.current)) void sendBatch(true);
    };
  }, [queueOps, sendBatch]);

  return { state, queue, flush };
}

const isRoundClosed = (error: ApiError) => error.code === 'round_closed';

/** Saves a response to a round as it is given (see `useQueuedSave`); a closed round stops it. */
export function useAutosave(orgId: string, roundId: string, onRoundClosed: () => void) {
  const send = useCallback(
    async (batch: Changes, keepalive: boolean) => {
      const body = {
        ...(Object.keys(batch.answers).length ? { answers: batch.answers } : {}),
        ...(Object.keys(batch.comments).length ? { comments: batch.comments } : {}),
        ...(batch.unitId !== undefined ? { unitId: batch.unitId } : {}),
      };
      await callOp(saveMyResponse, { params: { orgId, roundId }, body, keepalive });
    },
    [orgId, roundId],
  );
  const { state, queue: queueChanges, flush } = useQueuedSave(RESPONSE_QUEUE, send, isRoundClosed, onRoundClosed);

  /** Queues a change; it is sent after `delay` ms (0: at once), together with anything else queued. */
  const queue = useCallback(
    (change: Partial<Changes>, delay = 0) =>
      queueChanges(
        {
          answers: change.answers ?? {},
          comments: change.comments ?? {},
          ...('unitId' in change ? { unitId: change.unitId ?? null } : {}),
        },
        delay,
      ),
    [queueChanges],
  );

  return { state, queue, flush };
}
