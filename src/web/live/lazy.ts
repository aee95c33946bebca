import { useEffect, useState } from 'react';

/**
 * Parts of the participant view that the join page does not need (the live connection, each
 * step's screen) come in their own chunks: fetched when they are about to be needed, tried again
 * until they arrive, so the first page a phone opens stays small.
 */
export interface LazyModule<T> {
  loaded: T | null;
  load(): Promise<T>;
}

export function lazyModule<T>(importer: () => Promise<T>): LazyModule<T> {
  let loading: Promise<T> | null = null;
  const m: LazyModule<T> = {
    loaded: null,
    load: () =>
      (loading ??= importer().then(
        (value) => (m.loaded = value),
        (err: unknown) => {
          loading = null;
          throw err;
        },
      )),
  };
  return m;
}

/** How long to wait before fetching a chunk again after a failure (a network blip). */
const RETRY_MS = 3000;

/** The module once it has arrived (null until then, or while `wanted` is false). */
export function useLazyModule<T>(lazy: LazyModule<T>, wanted = true): T | null {
  const [mod, setMod] = useState(lazy.loaded);
  useEffect(() => {
    if (mod || !wanted) return;
    let alive = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const attempt = () =>
      lazy.load().then(
        (m) => {
          if (alive) setMod(m);
        },
        () => {
          if (alive) timer = setTimeout(attempt, RETRY_MS);
        },
      );
    void attempt();
    return () => {
      alive = false;
      clearTimeout(timer);
    };
  }, [lazy, mod, wanted]);
  return mod;
}
