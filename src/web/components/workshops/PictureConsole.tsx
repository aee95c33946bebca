import { useTranslation } from 'react-i18next';
import type { TPicture, TPicturePhase } from '../../../contracts/live.js';
import { PictureNotes } from './PictureNotes.js';
import { PicturePhaseControl } from './PicturePhaseControl.js';
import { PictureSelection } from './PictureSelection.js';

/**
 * The common picture on the console: the phase (collect, show, vote, select), how many have
 * contributed, the notes by category with moderation, and in the select phase the leadership's
 * selection.
 */
export function PictureConsole({
  picture,
  orgId,
  workshopId,
  busy,
  onPhase,
}: {
  picture: TPicture | null;
  orgId: string;
  workshopId: string;
  busy: boolean;
  onPhase: (phase: TPicturePhase) => void;
}) {
  const { t } = useTranslation();
  if (!picture) return null;
  const notes = picture.notes.filter((n) => !n.mergedInto && !n.hidden).length;
  const dotsGiven = picture.notes.reduce((sum, n) => sum + (n.mergedInto ? 0 : (n.dots ?? 0)), 0);
  return (
    <section className="pj-section pj-picture-console" aria-labelledby="picture-heading">
      <h2 id="picture-heading" className="h3">
        {t('workshops.picture.heading')}
      </h2>
      <PicturePhaseControl phase={picture.phase} dotsPerParticipant={picture.dotsPerParticipant} busy={busy} onPhase={onPhase} />
      <p className="pj-picture-progress">
        {t('workshops.picture.contributors', { count: picture.contributors })} {t('workshops.picture.notesTotal', { count: notes })}
        {picture.phase === 'vote' || picture.phase === 'select' ? ` ${t('workshops.picture.dotsGiven', { count: dotsGiven })}` : null}
      </p>
      {picture.phase === 'select' ? <PictureSelection picture={picture} orgId={orgId} workshopId={workshopId} /> : null}
      <PictureNotes picture={picture} orgId={orgId} workshopId={workshopId} />
    </section>
  );
}
