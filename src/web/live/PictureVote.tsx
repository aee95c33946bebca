import { useMemo, useState } from 'react';
import type { TPicture } from '../../contracts/live.js';
import { WORKSHOP_CONTENT } from '../lib/workshopContent.js';
import type { LiveState } from './connection.js';
import { useLang } from './i18n.js';
import { dotsLeft, myDots, notesIn, pendingVotes, type PictureNote } from './picture.js';

/**
 * Dot voting: the participant spreads their dots over the shown notes, several on one if they
 * like, and takes them back. Each tap sends the note's new number of dots (not a step), so the
 * newest tap wins however the taps arrive; dots left count what is still on its way. A tap
 * beyond the dots left, and the server's refusal (too many dots, a note hidden meanwhile), are
 * explained in an alert.
 */
export function PictureVote({
  state,
  picture,
  onVote,
}: {
  state: LiveState;
  picture: TPicture;
  onVote: (noteId: string, dots: number) => void;
}) {
  const { t, lang } = useLang();
  const pending = useMemo(() => pendingVotes(state.outbox), [state.outbox]);
  const dots = useMemo(() => myDots(picture, pending), [picture, pending]);
  const total = picture.dotsPerParticipant;
  const left = dotsLeft(total, dots);
  const online = state.status === 'online';
  // The newest refusal already explained (or there before this screen): only newer ones are shown.
  const refusal = state.lastRefusal;
  const [seen, setSeen] = useState(() => refusal?.n ?? 0);
  const [local, setLocal] = useState<string | null>(null);
  let message = local;
  if (refusal && refusal.n > seen && refusal.msg.type === 'vote')
    message = refusal.code === 'over_limit' ? t.picture.overLimit(total) : t.picture.noteGone;

  const change = (note: PictureNote, by: 1 | -1) => {
    setSeen(refusal?.n ?? 0);
    const current = dots.get(note.id) ?? 0;
    if (by > 0 && left === 0) return setLocal(t.picture.noDotsLeft);
    setLocal(null);
    if (current + by < 0) return;
    onVote(note.id, current + by);
  };

  return (
    <>
      <p className="lv-lead">{t.picture.voteIntro(total)}</p>
      {/* Stays in view under the connection line, with the explanation of a refused dot, wherever the list is scrolled. */}
      <div className="lv-dots-left">
        <p role="status">{t.picture.dotsLeft(left, total)}</p>
        <span aria-hidden="true">
          {Array.from({ length: total }, (_, i) => (
            <i key={i} className={i < left ? 'lv-dot' : 'lv-dot lv-dot-used'} />
          ))}
        </span>
        <p className="lv-alert" role="alert">
          {message ?? ''}
        </p>
      </div>
      {WORKSHOP_CONTENT.categories.map((c) => {
        const list = notesIn(picture.notes, c.id);
        return (
          <section key={c.id} className="lv-cat" aria-labelledby={`lv-cat-${c.id}`}>
            <h3 id={`lv-cat-${c.id}`}>{c.label[lang]}</h3>
            {list.length === 0 ? (
              <p className="lv-hint">{t.picture.noNotes}</p>
            ) : (
              <ul className="lv-notes lv-vote-list">
                {list.map((n) => {
                  const mine = dots.get(n.id) ?? 0;
                  const waiting = pending.has(n.id);
                  return (
                    <li key={n.id}>
                      <span className="lv-note-text">{n.text}</span>
                      {n.mine ? <span className="lv-tag">{t.picture.mine}</span> : null}
                      <div className="lv-vote">
                        <p className="lv-mydots">
                          {t.picture.yourDots(mine)}
                          <span aria-hidden="true">
                            {Array.from({ length: mine }, (_, i) => (
                              <i key={i} className="lv-dot" />
                            ))}
                          </span>
                        </p>
                        <div className="lv-buttons">
                          <button
                            type="button"
                            className="lv-button lv-secondary lv-small"
                            aria-label={t.picture.takeFrom(n.text)}
                            aria-disabled={mine === 0 || undefined}
                            onClick={() => change(n, -1)}
                          >
                            <span aria-hidden="true">− </span>
                            {t.picture.take}
                          </button>
                          {/* With no dots left it still answers, with why (and looks quieter). */}
                          <button
                            type="button"
                            className={left === 0 ? 'lv-button lv-secondary lv-small' : 'lv-button lv-small'}
                            aria-label={t.picture.giveTo(n.text)}
                            onClick={() => change(n, 1)}
                          >
                            <span aria-hidden="true">+ </span>
                            {t.picture.give}
                          </button>
                        </div>
                      </div>
                      <p className={online ? 'lv-save' : 'lv-save lv-save-waiting'}>
                        {waiting ? (online ? t.picture.sending : t.picture.waiting) : ''}
                      </p>
                    </li>
                  );
                })}
              </ul>
            )}
          </section>
        );
      })}
    </>
  );
}
