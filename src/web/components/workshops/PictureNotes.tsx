import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TNoteCategory, TPicture } from '../../../contracts/live.js';
import { moderateNote } from '../../../contracts/workshops.js';
import { ApiError, callOp } from '../../api/client.js';
import { useLanguage } from '../../hooks/useLanguage.js';
import { WORKSHOP_CONTENT } from '../../lib/workshopContent.js';
import { mergeTargets, noteGroups, ranksByDots, type NoteGroup, type PictureNote } from '../../lib/workshops.js';
import { Alert, StatusRegion } from '../Alert.js';
import { FieldError } from '../fields.js';

type ModerateBody = { text?: string; hidden?: boolean; mergedInto?: string | null };

interface Moderation {
  /** Sends one change; `focus` is the id of the element to focus once the change is on screen. */
  run: (noteId: string, body: ModerateBody, done: string, focus: string | null) => Promise<boolean>;
}

const textId = (noteId: string) => `note-${noteId}-text`;
const editButtonId = (noteId: string) => `note-${noteId}-edit`;
const unmergeButtonId = (noteId: string) => `note-${noteId}-unmerge`;
const hideButtonId = (noteId: string) => `note-${noteId}-hide`;

/**
 * The notes of the common picture on the console, grouped by the three categories: every note as
 * it comes in (hidden and merged ones marked), with the facilitator's moderation — edit the text,
 * hide or show, merge a duplicate into another note of its category (the dots follow) and undo
 * that. From the vote on, each note's dots, most first.
 */
export function PictureNotes({ picture, orgId, workshopId }: { picture: TPicture; orgId: string; workshopId: string }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const sending = useRef(false);
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const [pendingFocus, setPendingFocus] = useState<string | null>(null);
  const rank = ranksByDots(picture.phase);

  // Moves the focus once the change has come back from the server (a merged note moves in the list).
  useEffect(() => {
    if (!pendingFocus) return;
    const target = document.getElementById(pendingFocus);
    if (target) {
      target.focus();
      setPendingFocus(null);
    }
  }, [pendingFocus, picture]);

  const moderation: Moderation = {
    run: async (noteId, body, done, focus) => {
      // One change at a time; the buttons stay enabled so that the focus stays where it was.
      if (sending.current) return false;
      sending.current = true;
      setStatus(null);
      try {
        await callOp(moderateNote, { params: { orgId, workshopId, noteId }, body });
        setStatus({ ok: true, text: done });
        setPendingFocus(focus);
        return true;
      } catch (error) {
        const message = error instanceof ApiError ? error.message : String(error);
        setStatus({ ok: false, text: t('workshops.picture.moderationFailed', { message }) });
        return false;
      } finally {
        sending.current = false;
      }
    },
  };

  return (
    <section className="pj-picture-notes" aria-labelledby="picture-notes-heading">
      <h3 id="picture-notes-heading" className="h4">
        {t('workshops.picture.notesHeading')}
      </h3>
      <StatusRegion>
        {status ? (
          <Alert variant={status.ok ? 'success' : 'error'} className="pj-compact-alert">
            {status.text}
          </Alert>
        ) : null}
      </StatusRegion>
      <p className="pj-muted">
        {t('workshops.picture.mergeHint')}
        {rank ? ` ${t('workshops.picture.sortedByDots')}` : null}
      </p>
      <div className="pj-picture-columns">
        {WORKSHOP_CONTENT.categories.map((category) => (
          <CategoryNotes
            key={category.id}
            category={category.id}
            label={category.label[language]}
            prompt={category.prompt[language]}
            picture={picture}
            rank={rank}
            moderation={moderation}
          />
        ))}
      </div>
    </section>
  );
}

function CategoryNotes({
  category,
  label,
  prompt,
  picture,
  rank,
  moderation,
}: {
  category: TNoteCategory;
  label: string;
  prompt: string;
  picture: TPicture;
  rank: boolean;
  moderation: Moderation;
}) {
  const { t } = useTranslation();
  const groups = noteGroups(picture.notes, category, rank);
  const shown = groups.filter((g) => !g.note.hidden && !g.note.mergedInto).length;
  const headingId = `notes-${category}-heading`;
  return (
    <section className={`pj-picture-category pj-cat-${category}`} aria-labelledby={headingId}>
      <h4 id={headingId} className="h5">
        {label} <span className="pj-count">({t('workshops.picture.notesCount', { count: shown })})</span>
      </h4>
      <p className="pj-muted">{prompt}</p>
      {groups.length === 0 ? (
        <p className="pj-picture-empty">{t('workshops.picture.noNotes')}</p>
      ) : (
        <ul className="pj-notes no-max-width">
          {groups.map((group) => (
            <NoteCard key={group.note.id} group={group} picture={picture} rank={rank} moderation={moderation} />
          ))}
        </ul>
      )}
    </section>
  );
}

function NoteCard({ group, picture, rank, moderation }: { group: NoteGroup; picture: TPicture; rank: boolean; moderation: Moderation }) {
  const { t } = useTranslation();
  const { note, merged } = group;
  const [editing, setEditing] = useState(false);
  const targets = mergeTargets(picture.notes, note);
  const mergedInto = note.mergedInto ? picture.notes.find((n) => n.id === note.mergedInto) : undefined;
  const className = ['pj-note', note.hidden ? 'pj-note-hidden' : '', note.mergedInto ? 'pj-note-merged' : ''].filter(Boolean).join(' ');
  const described = textId(note.id);

  return (
    <li className={className}>
      <div className="pj-note-head">
        <p className="pj-note-text pj-break" id={described}>
          {note.text}
        </p>
        {rank && !note.mergedInto ? <Dots count={note.dots ?? 0} /> : null}
      </div>
      {note.hidden || mergedInto ? (
        <p className="pj-note-flags">
          {note.hidden ? <span className="badge pj-badge-hidden">{t('workshops.picture.hidden')}</span> : null}
          {mergedInto ? <span className="pj-break">{t('workshops.picture.mergedInto', { text: mergedInto.text })}</span> : null}
        </p>
      ) : null}

      {editing ? (
        <EditNote
          note={note}
          onCancel={() => {
            setEditing(false);
            window.setTimeout(() => document.getElementById(editButtonId(note.id))?.focus(), 0);
          }}
          onSave={async (text) => {
            const ok = await moderation.run(note.id, { text }, t('workshops.picture.edited'), editButtonId(note.id));
            if (ok) setEditing(false);
          }}
        />
      ) : (
        <div className="pj-note-actions">
          <button
            type="button"
            id={editButtonId(note.id)}
            className="function-link"
            aria-describedby={described}
            onClick={() => setEditing(true)}
          >
            {t('workshops.picture.edit')}
          </button>
          {note.mergedInto ? (
            <button
              type="button"
              id={unmergeButtonId(note.id)}
              className="function-link"
              aria-describedby={described}
              onClick={() => void moderation.run(note.id, { mergedInto: null }, t('workshops.picture.unmerged'), editButtonId(note.id))}
            >
              {t('workshops.picture.unmerge')}
            </button>
          ) : (
            <button
              type="button"
              id={hideButtonId(note.id)}
              className="function-link"
              aria-describedby={described}
              onClick={() =>
                void moderation.run(
                  note.id,
                  { hidden: !note.hidden },
                  note.hidden ? t('workshops.picture.shownAgain') : t('workshops.picture.hiddenNow'),
                  hideButtonId(note.id),
                )
              }
            >
              {note.hidden ? t('workshops.picture.show') : t('workshops.picture.hide')}
            </button>
          )}
        </div>
      )}
      {!note.mergedInto && targets.length > 0 ? (
        <MergeNote
          note={note}
          targets={targets}
          onMerge={(targetId) => moderation.run(note.id, { mergedInto: targetId }, t('workshops.picture.merged'), unmergeButtonId(note.id))}
        />
      ) : null}

      {merged.length > 0 ? (
        <div className="pj-note-children">
          <p className="pj-note-children-label">{t('workshops.picture.mergedHere', { count: merged.length })}</p>
          <ul className="pj-notes-merged no-max-width">
            {merged.map((child) => (
              <li key={child.id}>
                <span className="pj-break" id={textId(child.id)}>
                  {child.text}
                </span>{' '}
                <button
                  type="button"
                  id={unmergeButtonId(child.id)}
                  className="function-link"
                  aria-describedby={textId(child.id)}
                  onClick={() =>
                    void moderation.run(child.id, { mergedInto: null }, t('workshops.picture.unmerged'), editButtonId(child.id))
                  }
                >
                  {t('workshops.picture.unmerge')}
                </button>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </li>
  );
}

/** A note's dots as a number with a dot before it (the word says it; the dot only helps). */
function Dots({ count }: { count: number }) {
  const { t } = useTranslation();
  return (
    <span className={count > 0 ? 'pj-dots' : 'pj-dots pj-dots-none'}>
      <span className="pj-dot" aria-hidden="true" />
      {t('workshops.picture.dots', { count })}
    </span>
  );
}

function EditNote({ note, onCancel, onSave }: { note: PictureNote; onCancel: () => void; onSave: (text: string) => Promise<void> }) {
  const { t } = useTranslation();
  const [text, setText] = useState(note.text);
  const [error, setError] = useState<string | null>(null);
  const id = `note-${note.id}-edit-text`;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const value = text.trim();
    if (value === '') {
      setError(t('workshops.picture.textRequired'));
      document.getElementById(id)?.focus();
      return;
    }
    setError(null);
    if (value === note.text) {
      onCancel();
      return;
    }
    void onSave(value);
  };
  return (
    <form className="pj-note-form" onSubmit={submit} noValidate>
      <div className={error ? 'form-group form-error' : 'form-group'}>
        <label className="form-label" htmlFor={id}>
          {t('workshops.picture.editLabel')}
        </label>
        <FieldError id={id} error={error} />
        <input
          // The field appears on the facilitator's own click: the focus goes there.
          autoFocus
          className="form-input"
          id={id}
          type="text"
          value={text}
          maxLength={280}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(e) => setText(e.target.value)}
        />
      </div>
      <div className="pj-button-row">
        <button type="submit" className="button button-primary">
          {t('workshops.picture.save')}
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {t('workshops.picture.cancel')}
        </button>
      </div>
    </form>
  );
}

/** Merging a duplicate: the note to merge it into (same category) and the button; the dots go along. */
function MergeNote({
  note,
  targets,
  onMerge,
}: {
  note: PictureNote;
  targets: PictureNote[];
  onMerge: (targetId: string) => Promise<boolean>;
}) {
  const { t } = useTranslation();
  const [target, setTarget] = useState('');
  const [error, setError] = useState<string | null>(null);
  const id = `note-${note.id}-merge-target`;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!target) {
      setError(t('workshops.picture.mergeChoose'));
      document.getElementById(id)?.focus();
      return;
    }
    setError(null);
    if (await onMerge(target)) setTarget('');
  };
  return (
    <form className={error ? 'pj-note-merge form-error' : 'pj-note-merge'} onSubmit={(e) => void submit(e)} noValidate>
      <label className="pj-note-merge-label" htmlFor={id}>
        {t('workshops.picture.mergeLabel')}
      </label>
      <FieldError id={id} error={error} />
      <div className="pj-note-merge-row">
        <select
          className="form-select pj-merge-select"
          id={id}
          value={target}
          aria-invalid={error ? true : undefined}
          aria-describedby={[textId(note.id), error ? `${id}-error` : null].filter(Boolean).join(' ')}
          onChange={(e) => {
            setTarget(e.target.value);
            setError(null);
          }}
        >
          <option value="">{t('workshops.picture.mergeNone')}</option>
          {/* The text as the option's label, not its content: the card's text stays its own note's. */}
          {targets.map((n) => (
            <option key={n.id} value={n.id} label={n.text} />
          ))}
        </select>
        <button type="submit" className="button button-secondary pj-merge-button" aria-describedby={textId(note.id)}>
          {t('workshops.picture.merge')}
        </button>
      </div>
    </form>
  );
}
