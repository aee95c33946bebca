import { useEffect, useMemo, useRef } from 'react';
import type { TPicturePhase } from '../../contracts/live.js';
import { WORKSHOP_CONTENT } from '../lib/workshopContent.js';
import type { LiveConnection, LiveState } from './connection.js';
import { useLang } from './i18n.js';
import { ordered } from './outbox.js';
import { notesIn, pendingNotes, selectedIn, type PictureNote } from './picture.js';
import { PictureCollect } from './PictureCollect.js';
import { PictureVote } from './PictureVote.js';

/**
 * The common picture on the phone, phase by phase as the facilitator sets it: write notes
 * (hidden from the others), see all notes, give dots, see the leadership's selection. Loaded
 * apart from the first page, with the workshop's content (categories, the note on the decision).
 */
export function PictureStep({ state, conn }: { state: LiveState; conn: LiveConnection }) {
  const { t } = useLang();
  const picture = state.snapshot?.picture ?? null;
  const phase = picture?.phase ?? null;
  usePhaseFocus(phase);
  if (!picture || !phase) return <p className="lv-lead">{t.loadingStep}</p>;
  return (
    <>
      <p className="lv-source">{t.source}</p>
      <h2 id="lv-phase" tabIndex={-1}>
        {t.picture.phase[phase]}
      </h2>
      {phase === 'collect' ? (
        <PictureCollect state={state} picture={picture} onAdd={(category, text) => conn.note(category, text)} />
      ) : phase === 'vote' ? (
        <PictureVote state={state} picture={picture} onVote={(noteId, dots) => conn.vote(noteId, dots)} />
      ) : phase === 'select' ? (
        <Selection notes={picture.notes} />
      ) : (
        <AllNotes notes={picture.notes} />
      )}
      {phase !== 'collect' ? <HeldBack state={state} onDiscard={(ids) => ids.forEach((id) => conn.discard(id))} /> : null}
    </>
  );
}

/** When the facilitator moves to another phase, focus goes to its heading, so a screen reader says where the room is. */
function usePhaseFocus(phase: TPicturePhase | null) {
  const last = useRef(phase);
  useEffect(() => {
    if (last.current === phase) return;
    last.current = phase;
    document.getElementById('lv-phase')?.focus();
  }, [phase]);
}

/** The shown notes of every category, read-only. */
function AllNotes({ notes }: { notes: readonly PictureNote[] }) {
  const { t, lang } = useLang();
  return (
    <>
      <p className="lv-lead">{t.picture.showIntro}</p>
      {WORKSHOP_CONTENT.categories.map((c) => {
        const list = notesIn(notes, c.id);
        return (
          <section key={c.id} className="lv-cat" aria-labelledby={`lv-cat-${c.id}`}>
            <h3 id={`lv-cat-${c.id}`}>{c.label[lang]}</h3>
            {list.length === 0 ? (
              <p className="lv-hint">{t.picture.noNotes}</p>
            ) : (
              <ul className="lv-notes">
                {list.map((n) => (
                  <li key={n.id}>
                    <span className="lv-note-text">{n.text}</span>
                    {n.mine ? <span className="lv-tag">{t.picture.mine}</span> : null}
                  </li>
                ))}
              </ul>
            )}
          </section>
        );
      })}
    </>
  );
}

/** The facilitator's selection per category, in its order, with the source's point that it is a decision. */
function Selection({ notes }: { notes: readonly PictureNote[] }) {
  const { t, lang } = useLang();
  return (
    <>
      <div className="lv-notice lv-decision">
        <h3>{t.picture.decisionHeading}</h3>
        <p>{WORKSHOP_CONTENT.decisionNote[lang]}</p>
      </div>
      {WORKSHOP_CONTENT.categories.map((c) => {
        const list = selectedIn(notes, c.id);
        return (
          <section key={c.id} className="lv-cat" aria-labelledby={`lv-cat-${c.id}`}>
            <h3 id={`lv-cat-${c.id}`}>{c.label[lang]}</h3>
            {list.length === 0 ? (
              <p className="lv-hint">{t.picture.notSelected}</p>
            ) : (
              <ol className="lv-notes lv-selected">
                {list.map((n) => (
                  <li key={n.id}>
                    <span className="lv-note-text">{n.text}</span>
                  </li>
                ))}
              </ol>
            )}
          </section>
        );
      })}
    </>
  );
}

/** Notes and dots the server held back because their phase had closed: sent if it opens again, or forgotten. */
function HeldBack({ state, onDiscard }: { state: LiveState; onDiscard: (msgIds: string[]) => void }) {
  const { t } = useLang();
  const notes = useMemo(() => pendingNotes(state.outbox, []).filter((n) => n.held), [state.outbox]);
  const votes = useMemo(() => ordered(state.outbox).filter((e) => e.held && e.msg.type === 'vote'), [state.outbox]);
  if (notes.length === 0 && votes.length === 0) return null;
  return (
    <div className="lv-notice lv-held">
      {notes.length > 0 ? <p>{t.picture.heldNotes(notes.length)}</p> : null}
      {notes.length > 0 ? (
        <ul>
          {notes.map((n) => (
            <li key={n.msgId}>{n.text}</li>
          ))}
        </ul>
      ) : null}
      {votes.length > 0 ? <p>{t.picture.heldVotes}</p> : null}
      <button
        type="button"
        className="lv-button lv-secondary"
        onClick={() => onDiscard([...notes.map((n) => n.msgId), ...votes.map((e) => e.msg.id)])}
      >
        {t.picture.discard}
      </button>
    </div>
  );
}
