import { useCallback, useState } from 'react';
import { ApiError } from '../api/client.js';

/**
 * One user action that calls the API (confirm a deletion, save a dialog): whether it is
 * running, and the server's message when it failed.
 */
export function useAction() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = useCallback(async (action: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await action();
    } catch (e) {
      setError(e instanceof ApiError ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  }, []);
  return { busy, error, setError, run };
}
