/** Reconnection waits: 0.5 s doubling to a 10 s ceiling, with jitter so a room of phones does not reconnect in step. */
export const BACKOFF_BASE_MS = 500;
export const BACKOFF_CAP_MS = 10_000;

/**
 * The wait before reconnection attempt `attempt` (0 for the first): a random time between half
 * and all of min(cap, base · 2^attempt) ("equal jitter"), so it never drops to zero and never
 * exceeds the cap.
 */
export function backoffDelay(attempt: number, random: () => number = Math.random): number {
  const ceiling = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** Math.min(Math.max(0, attempt), 20));
  const r = Math.min(1, Math.max(0, random()));
  return Math.round(ceiling / 2 + (r * ceiling) / 2);
}
