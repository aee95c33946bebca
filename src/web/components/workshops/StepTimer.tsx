import { useTranslation } from 'react-i18next';
import type { TSnapshot } from '../../../contracts/live.js';
import { timerState, type TimerPhase } from '../../../domain/workshops/timer.js';
import { useNow } from '../../hooks/useLiveSession.js';
import { clockOf, formatDuration, timerText } from '../../lib/workshops.js';

type LiveStep = NonNullable<TSnapshot['step']>;

/**
 * The current step's timer from the snapshot, in the server's time (corrected for this device's
 * clock): counts down, orange at 20 % left, red at 5 % left, then counts the overrun up.
 */
export function StepTimer({ step, offsetMs, variant }: { step: LiveStep; offsetMs: number; variant: 'console' | 'projector' }) {
  const { t } = useTranslation();
  const now = useNow(250);
  const { remainingMs, phase } = timerState(clockOf(step), now + offsetMs);
  const running = step.runningSince !== null;
  const value = timerText(remainingMs);
  const note = phase === 'overrun' ? t('workshops.timer.over') : running ? t('workshops.timer.left') : t('workshops.timer.paused');
  return (
    <div className={`pj-timer pj-timer-${variant} pj-timer-${phase}${running ? '' : ' pj-timer-stopped'}`} data-phase={phase}>
      <span
        role="timer"
        className="pj-timer-value"
        aria-label={t('workshops.timer.label', { value, note, duration: formatDuration(step.durationMs) })}
      >
        {value}
      </span>
      <span className="pj-timer-note" aria-hidden="true">
        {note}
        {variant === 'console' ? ` · ${t('workshops.timer.of', { duration: formatDuration(step.durationMs) })}` : null}
      </span>
    </div>
  );
}

/** A polite announcement when the timer passes 20 % left, 5 % left and the end (not every second). */
export function TimerPhaseAnnouncer({ step, offsetMs }: { step: LiveStep; offsetMs: number }) {
  const { t } = useTranslation();
  const now = useNow(1000);
  const { phase } = timerState(clockOf(step), now + offsetMs);
  const text: Record<TimerPhase, string> = {
    normal: '',
    warning: t('workshops.timer.phase.warning'),
    critical: t('workshops.timer.phase.critical'),
    overrun: t('workshops.timer.phase.overrun'),
  };
  return (
    <p role="status" className="sr-only">
      {text[phase]}
    </p>
  );
}
