import { useTranslation } from 'react-i18next';
import type { TNoteCategory, TPicture } from '../../../contracts/live.js';
import { useLanguage } from '../../hooks/useLanguage.js';
import { WORKSHOP_CONTENT } from '../../lib/workshopContent.js';
import { byDots, selectionOf, type PictureNote } from '../../lib/workshops.js';
import { useHiddenItems } from './useHiddenItems.js';

/** How tightly a column of notes is set: the more notes, the smaller (still readable across a room). */
function density(count: number): string {
  if (count <= 5) return 'pj-proj-density-1';
  if (count <= 9) return 'pj-proj-density-2';
  return 'pj-proj-density-3';
}

/**
 * The common picture on the projector, in large type: while collecting, how many have contributed
 * and the three questions; then the shown notes by category; with the vote, their dots; at the
 * end the leadership's selection in order, with the source's note that it is a decision.
 */
export function PictureProjector({ picture }: { picture: TPicture }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const categories = WORKSHOP_CONTENT.categories;

  if (picture.phase === 'collect') {
    return (
      <section className="pj-proj-picture pj-proj-collect" aria-labelledby="proj-picture-heading">
        <div className="pj-proj-collect-head">
          <h2 id="proj-picture-heading" className="pj-proj-section-heading">
            {t('workshops.projector.picture.collectHeading')}
          </h2>
          <p className="pj-proj-contributors">
            <span className="pj-proj-big-number">{picture.contributors}</span>{' '}
            {t('workshops.projector.picture.contributors', { count: picture.contributors })}
          </p>
        </div>
        <ul className="pj-proj-prompts no-max-width">
          {categories.map((c) => (
            <li key={c.id} className={`pj-proj-prompt pj-cat-${c.id}`}>
              <h3 className="pj-proj-prompt-label">{c.label[language]}</h3>
              <p className="pj-proj-prompt-text">{c.prompt[language]}</p>
            </li>
          ))}
        </ul>
      </section>
    );
  }

  const headingKey = picture.phase === 'show' ? 'showHeading' : picture.phase === 'vote' ? 'voteHeading' : 'selectHeading';
  const selection = selectionOf(picture.notes);
  const byId = new Map(picture.notes.map((n) => [n.id, n]));

  return (
    <section className={`pj-proj-picture pj-proj-phase-${picture.phase}`} aria-labelledby="proj-picture-heading">
      <h2 id="proj-picture-heading" className="pj-proj-section-heading">
        {t(`workshops.projector.picture.${headingKey}`)}
        {picture.phase === 'vote' ? (
          <span className="pj-proj-heading-note">
            {' '}
            – {t('workshops.projector.picture.voteHint', { count: picture.dotsPerParticipant })}
          </span>
        ) : null}
      </h2>
      <div className="pj-proj-columns">
        {categories.map((c) => {
          const notes = picture.notes.filter((n) => n.category === c.id && !n.hidden && !n.mergedInto);
          if (picture.phase === 'select') {
            const chosen = selection[c.id].map((id) => byId.get(id)).filter((n): n is PictureNote => n !== undefined);
            return <SelectedColumn key={c.id} category={c.id} label={c.label[language]} chosen={chosen} />;
          }
          return (
            <NotesColumn
              key={c.id}
              category={c.id}
              label={c.label[language]}
              notes={picture.phase === 'vote' ? byDots(notes) : notes}
              withDots={picture.phase === 'vote'}
            />
          );
        })}
      </div>
      {picture.phase === 'select' ? <p className="pj-proj-decision">{WORKSHOP_CONTENT.decisionNote[language]}</p> : null}
    </section>
  );
}

function NotesColumn({
  category,
  label,
  notes,
  withDots,
}: {
  category: TNoteCategory;
  label: string;
  notes: PictureNote[];
  withDots: boolean;
}) {
  const { t } = useTranslation();
  const { ref, hidden } = useHiddenItems<HTMLUListElement>(notes);
  const most = Math.max(1, ...notes.map((n) => n.dots ?? 0));
  const headingId = `proj-cat-${category}`;
  return (
    <section className={`pj-proj-column pj-cat-${category} ${density(notes.length)}`} aria-labelledby={headingId}>
      <h3 id={headingId} className="pj-proj-column-heading">
        {label} <span className="pj-proj-column-count">{notes.length}</span>
      </h3>
      {notes.length === 0 ? (
        <p className="pj-proj-column-empty">{t('workshops.projector.picture.noNotes')}</p>
      ) : (
        <ul className={withDots ? 'pj-proj-notes pj-proj-notes-dots no-max-width' : 'pj-proj-notes no-max-width'} ref={ref}>
          {notes.map((note) => (
            <li key={note.id} className="pj-proj-note">
              <span className="pj-proj-note-text">{note.text}</span>
              {withDots ? (
                <span className="pj-proj-note-dots">
                  <svg className="pj-proj-dot-bar" width="100%" height="100%" aria-hidden="true" focusable="false">
                    <rect x="0" y="0" width={`${((note.dots ?? 0) / most) * 100}%`} height="100%" className="pj-proj-dot-fill" />
                  </svg>
                  <span className="pj-proj-dot-count">{t('workshops.picture.dots', { count: note.dots ?? 0 })}</span>
                </span>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {hidden > 0 ? <p className="pj-proj-more">{t('workshops.projector.more', { count: hidden })}</p> : null}
    </section>
  );
}

function SelectedColumn({ category, label, chosen }: { category: TNoteCategory; label: string; chosen: PictureNote[] }) {
  const { t } = useTranslation();
  const headingId = `proj-cat-${category}`;
  return (
    <section className={`pj-proj-column pj-cat-${category} ${density(chosen.length)}`} aria-labelledby={headingId}>
      <h3 id={headingId} className="pj-proj-column-heading">
        {label}
      </h3>
      {chosen.length === 0 ? (
        <p className="pj-proj-column-empty">{t('workshops.projector.picture.notSelected')}</p>
      ) : (
        <ol className="pj-proj-selected no-max-width">
          {chosen.map((note, index) => (
            <li key={note.id} className="pj-proj-note">
              <span className="pj-proj-rank" aria-hidden="true">
                {index + 1}
              </span>
              <span className="pj-proj-note-text">{note.text}</span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
