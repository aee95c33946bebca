import { useTranslation } from 'react-i18next';
import type { TWorkshopStep } from '../../../contracts/workshops.js';
import { formatDuration } from '../../lib/workshops.js';

/**
 * The agenda as it runs: the current step marked (in words, not by colour alone), each step's
 * planned minutes and time used so far, and a button to jump to any other step.
 */
export function ConsoleAgenda({
  steps,
  current,
  currentElapsedMs,
  canJump,
  busy,
  onJump,
}: {
  steps: TWorkshopStep[];
  current: number | null;
  /** The live elapsed time of the current step (the stored one lags while it runs). */
  currentElapsedMs: number | null;
  canJump: boolean;
  busy: boolean;
  onJump: (position: number) => void;
}) {
  const { t } = useTranslation();
  return (
    <ol className="pj-agenda no-max-width">
      {steps.map((step, index) => {
        const isCurrent = index === current;
        const elapsed = isCurrent && currentElapsedMs !== null ? currentElapsedMs : step.elapsedMs;
        return (
          <li
            key={step.id}
            className={isCurrent ? 'pj-agenda-step pj-agenda-current' : 'pj-agenda-step'}
            aria-current={isCurrent ? 'step' : undefined}
          >
            <span className="pj-agenda-number" aria-hidden="true">
              {index + 1}
            </span>
            <span className="pj-agenda-main">
              <span className="pj-agenda-title">
                <span className="sr-only">{t('workshops.console.agendaNumber', { number: index + 1 })} </span>
                {step.title}
              </span>
              <span className="pj-cell-sub">
                {t(`workshops.stepKinds.${step.kind}`)} · {t('workshops.minutes', { count: step.durationMinutes })}
                {step.startedAt || elapsed > 0 ? ` · ${t('workshops.console.used', { time: formatDuration(elapsed) })}` : ''}
                {isCurrent ? <span className="pj-agenda-now"> · {t('workshops.console.now')}</span> : null}
              </span>
            </span>
            {canJump && !isCurrent ? (
              <button type="button" className="button button-tertiary pj-agenda-jump" disabled={busy} onClick={() => onJump(index)}>
                {t('workshops.console.jump')}
                <span className="sr-only"> {t('workshops.console.jumpTo', { number: index + 1, title: step.title })}</span>
              </button>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
