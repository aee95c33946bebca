import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../../../api/client.js';
import { emptyPending, isPendingEmpty, mergePending, type Pending } from '../../../lib/radarHub.js';

export type RadarSaveState =
  { status: 'idle' } | { status: 'saving' } | { status: 'saved'; at: Date } | { status: 'failed'; message: string; code: string };

/**
 * Saves changes as they are given, like the questionnaire's autosave: each change is queued under
 * its key (the newest value wins) and sent at once, or after a pause while typing, one request at
 * a time. A failed batch is kept and sent again with the next change or on retry, unless the
 * error is final (`finalCodes`, such as an edition that has closed). When the page is hidden or
 * left, what is left is sent with `keepalive`, and the browser asks before closing while
 * something is unsaved.
 */
export function useKeyedAutosave<T, E>(
  send: (batch: Pending<T, E>, keepalive: boolean) => Promise<void>,
  finalCodes: readonly string[],
  onFinal?: (error: ApiError) => void,
) {
  const [state, setState] = useState<RadarSaveState>({ status: 'idle' });
  const pending = useRef<Pending<T, E>>(emptyPending());
  const running = useRef<Promise<boolean> | null>(null);
  const timer = useRef<number | null>(null);
  const sendRef = useRef(send);
  sendRef.current = send;
  const finalRef = useRef({ codes: finalCodes, onFinal });
  finalRef.current = { codes: finalCodes, onFinal };

  const sendBatch = useCallback((keepalive: boolean): Promise<boolean> => {
    const batch = pending.current;
    pending.current = emptyPending();
    setState({ status: 'saving' });
    const request = (async () => {
      try {
        await sendRef.current(batch, keepalive);
        if (isPendingEmpty(pending.current)) setState({ status: 'saved', at: new Date() });
        return true;
      } catch (e) {
        const error = e instanceof ApiError ? e : new ApiError(0, 'network', String(e));
        const final = finalRef.current.codes.includes(error.code);
        if (!final) pending.current = mergePending(batch, pending.current);
        setState({ status: 'failed', message: error.message, code: error.code });
        if (final) finalRef.current.onFinal?.(error);
        return false;
      }
    })();
    running.current = request;
    void request.then(() => {
      if (running.current === request) running.current = null;
    });
    return request;
  }, []);

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
      if (isPendingEmpty(pending.current)) return true;
      if (!(await sendBatch(false))) return false;
    }
  }, [sendBatch]);

  /** Queues changes; they are sent after `delay` ms (0: at once), together with anything else queued. */
  const queue = useCallback(
    (change: Pending<T, E>, delay = 0) => {
      pending.current = mergePending(pending.current, change);
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
    const unsaved = () => !isPendingEmpty(pending.current) || running.current !== null;
    const hide = () => {
      if (document.visibilityState !== 'hidden' || isPendingEmpty(pending.current)) return;
      if (timer.current !== null) {
        window.clearTimeout(timer.current);
        timer.current = null;
      }
      void sendBatch(true);
    };
    const pagehide = () => {
      if (!isPendingEmpty(pending.current)) void sendBatch(true);
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
      if (!isPendingEmpty(pending.current)) void sendBatch(true);
    };
  }, [sendBatch]);

  return { state, queue, flush };
}
