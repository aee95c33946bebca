import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../api/client.js';

export type AsyncState<T> =
  | { status: 'loading'; data: undefined; error: undefined }
  | { status: 'ready'; data: T; error: undefined }
  | { status: 'failed'; data: undefined; error: ApiError };

function asApiError(error: unknown): ApiError {
  return error instanceof ApiError ? error : new ApiError(0, 'network', error instanceof Error ? error.message : String(error));
}

/**
 * Loads data when the dependencies change; `reload` fetches again without blanking the page,
 * and `setData` lets a page apply the answer of its own change directly.
 */
export function useAsync<T>(load: (signal: AbortSignal) => Promise<T>, deps: readonly (string | number | boolean | null | undefined)[]) {
  const [state, setState] = useState<AsyncState<T>>({ status: 'loading', data: undefined, error: undefined });
  const loadRef = useRef(load);
  loadRef.current = load;
  const controller = useRef<AbortController | null>(null);

  const run = useCallback(async (blank: boolean) => {
    controller.current?.abort();
    const ctrl = new AbortController();
    controller.current = ctrl;
    if (blank) setState({ status: 'loading', data: undefined, error: undefined });
    try {
      const data = await loadRef.current(ctrl.signal);
      if (!ctrl.signal.aborted) setState({ status: 'ready', data, error: undefined });
    } catch (error) {
      if (!ctrl.signal.aborted) setState({ status: 'failed', data: undefined, error: asApiError(error) });
    }
  }, []);

  // The load function changes on every render; what it depends on is given as plain values.
  const key = JSON.stringify(deps);
  useEffect(() => {
    void run(true);
    return () => controller.current?.abort();
  }, [key, run]);

  const reload = useCallback(() => run(false), [run]);
  const setData = useCallback((data: T) => setState({ status: 'ready', data, error: undefined }), []);
  return { ...state, reload, setData };
}
