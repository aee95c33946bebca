import { useTranslation } from 'react-i18next';
import type { TPicturePhase } from '../../../contracts/live.js';
import { StatusRegion } from '../Alert.js';

export const PICTURE_PHASES: readonly TPicturePhase[] = ['collect', 'show', 'vote', 'select'];

/**
 * The four phases of the common picture as a row of buttons (the current one pressed): collect
 * the notes, show them, dot-vote, select. What the room does in the phase is said below; a change
 * is announced.
 */
export function PicturePhaseControl({
  phase,
  dotsPerParticipant,
  busy,
  onPhase,
}: {
  phase: TPicturePhase;
  dotsPerParticipant: number;
  busy: boolean;
  onPhase: (phase: TPicturePhase) => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="pj-phase-control">
      <p id="phase-label" className="pj-kicker">
        {t('workshops.picture.phaseLabel')}
      </p>
      <div role="group" aria-labelledby="phase-label" className="pj-phase-buttons">
        {PICTURE_PHASES.map((p, index) => (
          <button
            key={p}
            type="button"
            className={p === phase ? 'button button-primary pj-phase pj-phase-current' : 'button button-secondary pj-phase'}
            aria-pressed={p === phase}
            onClick={() => {
              // Not disabled while a change is on its way, so the focus stays on the button.
              if (!busy && p !== phase) onPhase(p);
            }}
          >
            <span className="pj-phase-number" aria-hidden="true">
              {index + 1}
            </span>
            {t(`workshops.picture.phases.${p}`)}
          </button>
        ))}
      </div>
      <p className="pj-phase-help">{t(`workshops.picture.phaseHelp.${phase}`, { count: dotsPerParticipant })}</p>
      <StatusRegion className="sr-only">{t('workshops.picture.phaseNow', { phase: t(`workshops.picture.phases.${phase}`) })}</StatusRegion>
    </div>
  );
}
