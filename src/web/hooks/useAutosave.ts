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

/**
 * Saves a response as it is given: each change is queued and sent at once (or after a pause, for
 * typing), one request at a time so the newest value always wins. A failed batch is kept and sent
 * again with the next change or on retry; when the page is hidden or closed, what is left is sent
 * with `keepalive`, and the browser asks before leaving while something is unsaved.
 */
export function useAutosave(orgId: string, roundId: string, onRoundClosed: () => void) {
  const [state, setState] = useState<SaveState>({ status: 'idle' });
  const pending = useRef<Changes>(empty());
  const running = useRef<Promise<boolean> | null>(null);
  const timer = useRef<number | null>(null);
  const closedRef = useRef(onRoundClosed);
  closedRef.current = onRoundClosed;

  const sendBatch = useCallback(
    (keepalive: boolean): Promise<boolean> => {
      const batch = pending.current;
      pending.current = empty();
      setState({ status: 'saving' });
      const body = {
        ...(Object.keys(batch.answers).length ? { answers: batch.answers } : {}),
        ...(Object.keys(batch.comments).length ? { comments: batch.comments } : {}),
        ...(batch.unitId !== undefined ? { unitId: batch.unitId } : {}),
      };
      const request = (async () => {
        try {
          await callOp(saveMyResponse, { params: { orgId, roundId }, body, keepalive });
          if (isEmpty(pending.current)) setState({ status: 'saved', at: new Date() });
          return true;
        } catch (e) {
          const error = e instanceof ApiError ? e : new ApiError(0, 'network', String(e));
          // Kept for the next attempt, unless the round has closed and nothing can be saved any more.
          if (error.code !== 'round_closed') pending.current = merge(batch, pending.current);
          setState({ status: 'failed', message: error.message, code: error.code });
          if (error.code === 'round_closed') closedRef.current();
          return false;
        }
      })();
      running.current = request;
      void request.then(() => {
        if (running.current === request) running.current = null;
      });
      return request;
    },
    [orgId, roundId],
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
      if (isEmpty(pending.current)) return true;
      if (!(await sendBatch(false))) return false;
    }
  }, [sendBatch]);

  /** Queues a change; it is sent after `delay` ms (0: at once), together with anything else queued. */
  const queue = useCallback(
    (change: Partial<Changes>, delay = 0) => {
      pending.current = merge(pending.current, {
        answers: change.answers ?? {},
        comments: change.comments ?? {},
        ...('unitId' in change ? { unitId: change.unitId ?? null } : {}),
      });
      setState({ status: 'saving' });
      if (timer.current !== null) window.clearTimeout(timer.current);
      timer.current = window.setTimeout(() => {
        timer.current = null;
        void flush();
      }, delay);
    },
    [flush],
  );

  useEffect(() => {
    const unsaved = () => !isEmpty(pending.current) || running.current !== null;
    const hide = () => {
      if (document.visibilityState !== 'hidden' || isEmpty(pending.current)) return;
      if (timer.current !== null) {
        window.clearTimeout(timer.current);
        timer.current = null;
      }
      void sendBatch(true);
    };
    const pagehide = () => {
      if (!isEmpty(pending.current)) void sendBatch(true);
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
      if (!isEmpty(pending.current)) void sendBatch(true);
    };
  }, [sendBatch]);

  return { state, queue, flush };
}
