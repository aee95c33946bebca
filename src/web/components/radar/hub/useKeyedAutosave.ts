import { useCallback, useRef } from 'react';
import type { ApiError } from '../../../api/client.js';
import { useQueuedSave, type SaveState } from '../../../hooks/useAutosave.js';
import { emptyPending, isPendingEmpty, mergePending, type Pending } from '../../../lib/radarHub.js';

export type RadarSaveState = SaveState;

const KEYED_QUEUE = { empty: emptyPending, isEmpty: isPendingEmpty, merge: mergePending };

/**
 * Saves changes as they are given, with the questionnaire's autosave (`useQueuedSave`): each
 * change is queued under its key (the newest value wins) and sent at once, or after a pause while
 * typing, one request at a time. A failed batch is kept and sent again with the next change or on
 * retry, unless the error is final (`finalCodes`, such as an edition that has closed). When the
 * page is hidden or left, what is left is sent with `keepalive`, and the browser asks before
 * closing while something is unsaved.
 */
export function useKeyedAutosave<T, E>(
  send: (batch: Pending<T, E>, keepalive: boolean) => Promise<void>,
  finalCodes: readonly string[],
  onFinal?: (error: ApiError) => void,
) {
  // The newest `send` is used, without renewing the page's listeners when it changes.
  const sendRef = useRef(send);
  sendRef.current = send;
  const stableSend = useCallback((batch: Pending<T, E>, keepalive: boolean) => sendRef.current(batch, keepalive), []);
  return useQueuedSave<Pending<T, E>>(
    KEYED_QUEUE,
    stableSend,
    (error) => finalCodes.includes(error.code),
    (error) => onFinal?.(error),
  );
}
