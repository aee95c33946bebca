/** The step timer as the server describes it (contracts/live.ts ZLiveStep). */
export interface StepClock {
  durationMs: number;
  /** Run time before `runningSince`, pauses left out. */
  elapsedMs: number;
  /** Server time the timer was last started; null while paused. */
  runningSince: string | null;
}

/**
 * Milliseconds left of the step (negative once over time). `skewMs` is server time minus this
 * device's time, measured when the snapshot arrived, so a phone with a wrong clock counts right.
 */
export function remainingMs(step: StepClock, nowMs: number, skewMs: number): number {
  let elapsed = step.elapsedMs;
  if (step.runningSince) {
    const since = Date.parse(step.runningSince);
    if (Number.isFinite(since)) elapsed += Math.max(0, nowMs + skewMs - since);
  }
  return step.durationMs - elapsed;
}

/** 754 000 ms → "12:34"; rounds up, so "0:00" shows only when the time is really up. */
export function formatClock(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  return `${minutes}:${String(seconds).padStart(2, '0')}`;
}
