import { useEffect, useState } from 'react';
import { useLang } from './i18n.js';
import { formatClock, remainingMs, type StepClock } from './timer.js';

/**
 * Time left of the step, counted on the phone from the server's figures (corrected for clock
 * skew). The line keeps its height when there is no timer, so nothing jumps when it starts.
 */
export function StepTimer({ step, skewMs }: { step: StepClock; skewMs: number }) {
  const { t } = useLang();
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!step.runningSince) return;
    setNow(Date.now());
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [step.runningSince]);

  const shown = step.runningSince !== null || step.elapsedMs > 0;
  const left = remainingMs(step, now, skewMs);
  const text = !shown
    ? ''
    : left <= 0
      ? t.timerOver
      : step.runningSince
        ? t.timerLeft(formatClock(left))
        : t.timerPaused(formatClock(left));
  return (
    <p role="timer" aria-live="off">
      {text}
    </p>
  );
}
