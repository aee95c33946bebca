import { useEffect, useRef, useState } from 'react';
import { StatusRegion, Alert } from '../Alert.js';
import { ErrorSummary } from '../ErrorSummary.js';
import { TextField } from '../fields.js';
import { TextAreaField } from '../fields.js';
import { pathId, useSectionSave } from './section.js';
import type { Validation } from '../../lib/validation.js';

export interface ListEntry {
  key: string;
  id?: string;
  value: string;
}

export interface ListTexts {
  heading: string;
  intro: string;
  /** Label of one entry: »Regel 3«. */
  itemLabel: (number: number) => string;
  add: string;
  remove: string;
  save: string;
  saved: string;
  undo: string;
  removed: (value: string) => string;
  empty?: string;
}

/**
 * A list of short texts edited as a whole (the ground rules, the areas): change, remove, add,
 * save. The path of each entry in the PATCH body is `${path}.${index}` (plus `.name` for areas).
 */
export function ListEditor({
  formId,
  path,
  subField,
  initial,
  multiline,
  maxLength,
  minItems,
  maxItems,
  texts,
  validate,
  send,
  onDirty,
}: {
  formId: string;
  path: string;
  /** The field inside each entry, when entries are objects (areas: `name`). */
  subField?: string;
  initial: ListEntry[];
  multiline: boolean;
  maxLength: number;
  minItems: number;
  maxItems: number;
  texts: ListTexts;
  validate: (entries: ListEntry[]) => Validation<object>;
  /** Saves and returns the entries as stored. */
  send: (body: object) => Promise<ListEntry[]>;
  onDirty: (dirty: boolean) => void;
}) {
  const [entries, setEntries] = useState<ListEntry[]>(initial);
  const [baseline, setBaseline] = useState<ListEntry[]>(initial);
  const [announcement, setAnnouncement] = useState('');
  const focusKey = useRef<string | null>(null);
  const counter = useRef(0);
  const entryPath = (index: number) => (subField ? `${path}.${index}.${subField}` : `${path}.${index}`);
  const addId = `${formId}-add`;
  const section = useSectionSave((p) => {
    const m = new RegExp(`^${path}\\.(\\d+)`).exec(p);
    if (m) return { label: texts.itemLabel(Number(m[1]) + 1), target: pathId(formId, entryPath(Number(m[1]))) };
    return p === path ? { label: texts.heading, target: addId } : null;
  });

  const values = (list: ListEntry[]) => JSON.stringify(list.map((e) => [e.id ?? null, e.value]));
  const dirty = values(entries) !== values(baseline);
  useEffect(() => onDirty(dirty), [dirty, onDirty]);

  useEffect(() => {
    const key = focusKey.current;
    if (key === null) return;
    focusKey.current = null;
    const index = entries.findIndex((e) => e.key === key);
    document.getElementById(index >= 0 ? pathId(formId, entryPath(index)) : addId)?.focus();
  });

  const remove = (index: number) => {
    const entry = entries[index];
    if (!entry) return;
    const next = entries.filter((_, i) => i !== index);
    setEntries(next);
    focusKey.current = next[Math.min(index, next.length - 1)]?.key ?? '';
    setAnnouncement(texts.removed(entry.value));
  };

  const add = () => {
    counter.current += 1;
    const key = `new-${counter.current}`;
    setEntries([...entries, { key, value: '' }]);
    focusKey.current = key;
  };

  const save = () =>
    void section.submit(
      validate(entries),
      async (body) => {
        const stored = await send(body);
        setEntries(stored);
        setBaseline(stored);
      },
      texts.saved,
    );

  return (
    <section className="pj-section" aria-labelledby={`${formId}-heading`}>
      <h2 id={`${formId}-heading`} className="h3">
        {texts.heading}
      </h2>
      <p>{texts.intro}</p>
      <ErrorSummary id={`${formId}-errors`} items={section.summary} summaryRef={section.summaryRef} />
      <StatusRegion className="sr-only">{announcement}</StatusRegion>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          save();
        }}
      >
        {entries.length === 0 && texts.empty ? <p className="pj-muted">{texts.empty}</p> : null}
        <ol className="pj-list-edit no-max-width">
          {entries.map((entry, index) => {
            const id = pathId(formId, entryPath(index));
            const error = section.errors[entryPath(index)] ?? (subField ? undefined : section.errors[`${path}.${index}`]);
            const onChange = (value: string) => setEntries((list) => list.map((e) => (e.key === entry.key ? { ...e, value } : e)));
            return (
              <li key={entry.key} className="pj-list-edit-item">
                {multiline ? (
                  <TextAreaField
                    id={id}
                    label={texts.itemLabel(index + 1)}
                    value={entry.value}
                    onChange={(e) => onChange(e.target.value)}
                    error={error}
                    required
                    rows={2}
                    maxLength={maxLength}
                  />
                ) : (
                  <TextField
                    id={id}
                    name={id}
                    label={texts.itemLabel(index + 1)}
                    value={entry.value}
                    onChange={(e) => onChange(e.target.value)}
                    error={error}
                    required
                    maxLength={maxLength}
                    width="input-width-l"
                  />
                )}
                <button
                  type="button"
                  className="button button-tertiary pj-list-remove"
                  disabled={entries.length <= minItems}
                  onClick={() => remove(index)}
                >
                  {texts.remove}
                  <span className="sr-only"> – {texts.itemLabel(index + 1)}</span>
                </button>
              </li>
            );
          })}
        </ol>
        <div className="pj-button-row">
          <button type="button" id={addId} className="button button-secondary" disabled={entries.length >= maxItems} onClick={add}>
            {texts.add}
          </button>
        </div>
        <div className="pj-button-row mt-6">
          <button type="submit" className="button button-primary" disabled={section.saving}>
            {texts.save}
          </button>
          {dirty ? (
            <button
              type="button"
              className="button button-tertiary"
              onClick={() => {
                setEntries(baseline);
                section.reset();
              }}
            >
              {texts.undo}
            </button>
          ) : null}
        </div>
        <StatusRegion>{section.saved && !dirty ? <Alert variant="success">{section.saved}</Alert> : null}</StatusRegion>
      </form>
    </section>
  );
}
