import { useState } from 'react';
import { ApiError } from '../api/client.js';

export type DownloadState<K extends string> =
  { status: 'idle' } | { status: 'busy' | 'done'; what: K } | { status: 'failed'; message: string };

/**
 * The state of a page's export buttons: which file is being fetched, which one arrived, or why it
 * failed (the server's localised message). One download at a time.
 */
export function useDownloads<K extends string>() {
  const [state, setState] = useState<DownloadState<K>>({ status: 'idle' });
  const download = async (what: K, fetchFile: () => Promise<void>) => {
    setState({ status: 'busy', what });
    try {
      await fetchFile();
      setState({ status: 'done', what });
    } catch (e) {
      setState({ status: 'failed', message: e instanceof ApiError ? e.message : String(e) });
    }
  };
  const busyWith = (what: K) => state.status === 'busy' && state.what === what;
  return { state, busy: state.status === 'busy', busyWith, download };
}
