import { useTranslation } from 'react-i18next';
import type { TSnapshot } from '../../../contracts/live.js';
import type { TControl } from '../../../contracts/workshops.js';
import { StepTimer, TimerPhaseAnnouncer } from './StepTimer.js';

/**
 * What is on now: the current step with its timer and the buttons that run the agenda
 * (start or pause the timer, previous, next). Before the first step: start it.
 */
export function ConsoleNow({
  snapshot,
  offsetMs,
  busy,
  onControl,
}: {
  snapshot: TSnapshot;
  offsetMs: number;
  busy: boolean;
  onControl: (control: TControl) => void;
}) {
  const { t } = useTranslation();
  const step = snapshot.step;

  if (!step) {
    return (
      <section className="pj-console-now" aria-labelledby="now-heading">
        <h2 id="now-heading" className="h3">
          {t('workshops.console.notStartedHeading')}
        </h2>
        <p>{t('workshops.console.notStartedText')}</p>
        <button type="button" className="button button-primary" disabled={busy} onClick={() => onControl({ action: 'start' })}>
          {t('workshops.console.startFirst')}
        </button>
      </section>
    );
  }

  const running = step.runningSince !== null;
  const first = step.position === 0;
  const last = step.position >= step.count - 1;
  return (
    <section className="pj-console-now" aria-labelledby="now-heading">
      <p className="pj-kicker">
        {t('workshops.console.stepOf', { number: step.position + 1, count: step.count })} · {t(`workshops.stepKinds.${step.kind}`)}
      </p>
      <h2 id="now-heading" className="h3 pj-console-step-title">
        {step.title}
      </h2>
      <StepTimer step={step} offsetMs={offsetMs} variant="console" />
      <TimerPhaseAnnouncer step={step} offsetMs={offsetMs} />
      <div className="pj-button-row pj-console-controls">
        <button
          type="button"
          className="button button-secondary"
          disabled={busy || first}
          onClick={() => onControl({ action: 'previous' })}
        >
          {t('workshops.console.previous')}
        </button>
        {running ? (
          <button type="button" className="button button-secondary" disabled={busy} onClick={() => onControl({ action: 'pause' })}>
            {t('workshops.console.pause')}
          </button>
        ) : (
          <button type="button" className="button button-primary" disabled={busy} onClick={() => onControl({ action: 'start' })}>
            {t('workshops.console.start')}
          </button>
        )}
        <button
          type="button"
          className={running ? 'button button-primary' : 'button button-secondary'}
          disabled={busy || last}
          onClick={() => onControl({ action: 'next' })}
        >
          {t('workshops.console.next')}
        </button>
      </div>
      {step.purpose ? (
        <details className="pj-console-purpose">
          <summary>{t('workshops.console.purpose')}</summary>
          <p className="pj-preline">{step.purpose}</p>
        </details>
      ) : null}
    </section>
  );
}
