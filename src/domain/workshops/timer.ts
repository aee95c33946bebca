/** How the timer of a step looks: calm, orange at 20 % left, red at 5 % left, and overrun. */
export type TimerPhase = 'normal' | 'warning' | 'critical' | 'overrun';

export interface StepClock {
  durationMs: number;
  /** Run time before `runningSince`. */
  elapsedMs: number;
  /** When the timer was last started; null while paused. */
  runningSince: string | null;
}

export function elapsedOf(clock: StepClock, now: number): number {
  return clock.elapsedMs + (clock.runningSince ? Math.max(0, now - Date.parse(clock.runningSince)) : 0);
}

export function timerState(clock: StepClock, now: number): { elapsedMs: number; remainingMs: number; phase: TimerPhase } {
  const elapsedMs = elapsedOf(clock, now);
  const remainingMs = clock.durationMs - elapsedMs;
  const left = clock.durationMs > 0 ? remainingMs / clock.durationMs : 0;
  const phase: TimerPhase = remainingMs < 0 ? 'overrun' : left <= 0.05 ? 'critical' : left <= 0.2 ? 'warning' : 'normal';
  return { elapsedMs, remainingMs, phase };
}
