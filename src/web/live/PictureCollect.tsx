import { useMemo, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { TNoteCategory, TPicture } from '../../contracts/live.js';
import { WORKSHOP_CONTENT } from '../lib/workshopContent.js';
import { oneLine, type LiveState } from './connection.js';
import { useLang } from './i18n.js';
import { pendingNotes, type PendingNote, type PictureNote } from './picture.js';

const MAX = 280;

type Category = (typeof WORKSHOP_CONTENT.categories)[number];

/**
 * Writing notes: one small form per category, each note sent on "Add" through the outbox (so it
 * survives a lost network or a locked phone) and listed below with whether it is stored, on its
 * way, or waiting for the connection. The others' notes stay hidden until the facilitator shows them.
 */
export function PictureCollect({
  state,
  picture,
  onAdd,
}: {
  state: LiveState;
  picture: TPicture;
  onAdd: (category: TNoteCategory, text: string) => void;
}) {
  const { t } = useLang();
  const pending = useMemo(() => pendingNotes(state.outbox, picture.notes), [state.outbox, picture.notes]);
  const online = state.status === 'online';
  return (
    <>
      <p className="lv-lead">{t.picture.collectIntro}</p>
      {WORKSHOP_CONTENT.categories.map((c) => (
        <NoteForm
          key={c.id}
          category={c}
          mine={picture.notes.filter((n) => n.mine && n.category === c.id)}
          pending={pending.filter((n) => n.category === c.id)}
          online={online}
          onAdd={(text) => onAdd(c.id, text)}
        />
      ))}
    </>
  );
}

function NoteForm({
  category,
  mine,
  pending,
  online,
  onAdd,
}: {
  category: Category;
  mine: PictureNote[];
  pending: PendingNote[];
  online: boolean;
  onAdd: (text: string) => void;
}) {
  const { t, lang } = useLang();
  const [text, setText] = useState('');
  const [error, setError] = useState(false);
  const [added, setAdded] = useState<string | null>(null);
  const id = `lv-note-${category.id}`;

  const submit = (e?: FormEvent) => {
    e?.preventDefault();
    const line = text.trim();
    if (!line) {
      setError(true);
      setAdded(null);
      document.getElementById(id)?.focus();
      return;
    }
    onAdd(line);
    setText('');
    setError(false);
    setAdded(online ? t.picture.added : t.picture.addedOffline);
  };
  // A note is one line: Enter adds it.
  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) {
      e.preventDefault();
      submit();
    }
  };

  const count = mine.length + pending.length;
  const described = error ? `${id}-hint ${id}-error` : `${id}-hint`;
  return (
    <section className="lv-cat" aria-labelledby={`${id}-label`}>
      <form noValidate onSubmit={submit} className={error ? 'lv-invalid' : undefined}>
        <h3>
          <label htmlFor={id} id={`${id}-label`}>
            {category.label[lang]}
          </label>
        </h3>
        <p className="lv-hint" id={`${id}-hint`}>
          {category.prompt[lang]}
        </p>
        {error ? (
          <p className="lv-error" id={`${id}-error`}>
            <span className="lv-vh">{t.errorPrefix}</span>
            {t.picture.empty}
          </p>
        ) : null}
        <textarea
          id={id}
          className="lv-input lv-textarea"
          rows={2}
          maxLength={MAX}
          value={text}
          enterKeyHint="done"
          aria-describedby={described}
          aria-invalid={error || undefined}
          onKeyDown={onKeyDown}
          onChange={(e) => {
            setText(oneLine(e.target.value));
            setAdded(null);
          }}
        />
        <div className="lv-note-foot">
          <p className="lv-count">{t.picture.chars(text.length, MAX)}</p>
          <button type="submit" className="lv-button">
            {t.picture.add}
          </button>
        </div>
        <p className="lv-under" role="status">
          {added ?? ''}
        </p>
      </form>
      {count > 0 ? (
        <>
          <p className="lv-mine-heading" id={`${id}-mine`}>
            {t.picture.yourNotes(count)}
          </p>
          <ul className="lv-notes" aria-labelledby={`${id}-mine`}>
            {mine.map((n) => (
              <li key={n.id}>
                <span className="lv-note-text">{n.text}</span>
                <span className={n.hidden || n.mergedInto ? 'lv-save' : 'lv-save lv-save-saved'}>
                  {n.mergedInto ? t.picture.merged : n.hidden ? t.picture.hidden : t.picture.saved}
                </span>
              </li>
            ))}
            {pending.map((n) => (
              <li key={n.msgId}>
                <span className="lv-note-text">{n.text}</span>
                <span className={online && !n.held ? 'lv-save' : 'lv-save lv-save-waiting'}>
                  {n.held ? t.picture.held : online ? t.picture.sending : t.picture.waiting}
                </span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
