import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TNoteCategory, TPicture } from '../../../contracts/live.js';
import { selectNotes } from '../../../contracts/workshops.js';
import { ApiError, callOp } from '../../api/client.js';
import { useLanguage } from '../../hooks/useLanguage.js';
import { WORKSHOP_CONTENT } from '../../lib/workshopContent.js';
import {
  byDots,
  moveItem,
  sameSelection,
  selectable,
  selectionChecks,
  selectionOf,
  toggleSelected,
  validSelection,
  type CategoryCheck,
  type Selection,
} from '../../lib/workshops.js';
import { Alert, StatusRegion } from '../Alert.js';
import { SourceNote } from './SourceNote.js';

/**
 * The selection of the common picture: the facilitator, standing in for top management, ticks 3
 * strengths, 3 challenges and 3–5 focus areas and puts them in order; the dots only inform it
 * (the source's decision note says so). A partial selection can be saved; what is missing is said.
 */
export function PictureSelection({ picture, orgId, workshopId }: { picture: TPicture; orgId: string; workshopId: string }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const stored = selectionOf(picture.notes);
  const [draft, setDraft] = useState<Selection | null>(null);
  const [saving, setSaving] = useState(false);
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);
  const current = validSelection(draft ?? stored, picture.notes);
  const dirty = !sameSelection(current, stored);
  const checks = selectionChecks(current, WORKSHOP_CONTENT.categories);
  const labelOf = (category: TNoteCategory) => WORKSHOP_CONTENT.categories.find((c) => c.id === category)?.label[language] ?? category;

  const change = (next: Selection) => {
    setDraft(next);
    setResult(null);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (saving) return;
    setSaving(true);
    setResult(null);
    try {
      await callOp(selectNotes, { params: { orgId, workshopId }, body: current });
      setResult({ ok: true, text: t('workshops.selection.saved') });
    } catch (error) {
      const message = error instanceof ApiError ? error.message : String(error);
      setResult({ ok: false, text: t('workshops.selection.failed', { message }) });
    } finally {
      setSaving(false);
    }
  };

  return (
    <section className="pj-selection" aria-labelledby="selection-heading">
      <h3 id="selection-heading" className="h4">
        {t('workshops.selection.heading')}
      </h3>
      <div className="pj-decision-note">
        <p className="pj-decision-heading">{t('workshops.selection.decisionHeading')}</p>
        <p>{WORKSHOP_CONTENT.decisionNote[language]}</p>
        <SourceNote />
      </div>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <div className="pj-selection-columns">
          {WORKSHOP_CONTENT.categories.map((category) => (
            <CategoryChoice
              key={category.id}
              category={category.id}
              label={category.label[language]}
              min={category.select.min}
              max={category.select.max}
              picture={picture}
              chosen={current[category.id]}
              onChange={(list) => change({ ...current, [category.id]: list })}
            />
          ))}
        </div>
        <StatusRegion>
          <SelectionCheck checks={checks} labelOf={labelOf} />
        </StatusRegion>
        <div className="pj-button-row pj-selection-save">
          <button type="submit" className="button button-primary">
            {t('workshops.selection.save')}
          </button>
          {dirty ? <p className="pj-inline-status pj-unsaved">{t('workshops.selection.unsaved')}</p> : null}
        </div>
        <StatusRegion>
          {result ? (
            <Alert variant={result.ok ? 'success' : 'error'} className="pj-compact-alert">
              {result.text}
            </Alert>
          ) : null}
        </StatusRegion>
      </form>
    </section>
  );
}

function CategoryChoice({
  category,
  label,
  min,
  max,
  picture,
  chosen,
  onChange,
}: {
  category: TNoteCategory;
  label: string;
  min: number;
  max: number;
  picture: TPicture;
  chosen: string[];
  onChange: (list: string[]) => void;
}) {
  const { t } = useTranslation();
  const notes = byDots(picture.notes.filter((n) => n.category === category && selectable(n)));
  const byId = new Map(notes.map((n) => [n.id, n]));
  const full = chosen.length >= max;
  const range = min === max ? String(min) : `${min}–${max}`;
  const idOf = (noteId: string) => `select-${category}-${noteId}`;

  const move = (from: number, to: number) => {
    onChange(moveItem(chosen, from, to));
    const noteId = chosen[from];
    // Keep the focus on the moved note's button (it has moved in the list).
    const which = to < from ? 'up' : 'down';
    window.setTimeout(() => {
      const button = document.getElementById(`${idOf(noteId ?? '')}-${which}`) as HTMLButtonElement | null;
      if (button && !button.disabled) button.focus();
      else document.getElementById(`${idOf(noteId ?? '')}-${which === 'up' ? 'down' : 'up'}`)?.focus();
    }, 0);
  };

  return (
    <fieldset className={`pj-selection-category pj-cat-${category}`}>
      <legend className="form-label">{t('workshops.selection.legend', { label, range })}</legend>
      {full ? <p className="form-hint">{t('workshops.selection.full', { max })}</p> : null}
      {notes.length === 0 ? (
        <p className="pj-picture-empty">{t('workshops.selection.none')}</p>
      ) : (
        notes.map((note) => {
          const id = idOf(note.id);
          const checked = chosen.includes(note.id);
          const position = chosen.indexOf(note.id);
          return (
            <div className="form-group-checkbox pj-selection-option" key={note.id}>
              <input
                className="form-checkbox"
                type="checkbox"
                id={id}
                checked={checked}
                disabled={!checked && full}
                aria-describedby={`${id}-dots`}
                onChange={() => onChange(toggleSelected(chosen, note.id, max))}
              />
              <label htmlFor={id} className="form-label pj-break">
                {note.text}
              </label>
              <span className="form-hint pj-selection-meta" id={`${id}-dots`}>
                {t('workshops.picture.dots', { count: note.dots ?? 0 })}
                {checked ? ` · ${t('workshops.selection.position', { number: position + 1 })}` : ''}
              </span>
            </div>
          );
        })
      )}
      {chosen.length > 0 ? (
        <div className="pj-selection-order">
          <p className="pj-selection-order-label" id={`order-${category}`}>
            {t('workshops.selection.order', { label })}
          </p>
          <ol className="no-max-width" aria-labelledby={`order-${category}`}>
            {chosen.map((noteId, index) => {
              const text = byId.get(noteId)?.text ?? '';
              return (
                <li key={noteId}>
                  <span className="pj-break">{text}</span>
                  <span className="pj-order-buttons">
                    <button
                      type="button"
                      id={`${idOf(noteId)}-up`}
                      className="function-link"
                      disabled={index === 0}
                      onClick={() => move(index, index - 1)}
                    >
                      {t('workshops.selection.moveUp')}
                      <span className="sr-only"> – {text}</span>
                    </button>
                    <button
                      type="button"
                      id={`${idOf(noteId)}-down`}
                      className="function-link"
                      disabled={index === chosen.length - 1}
                      onClick={() => move(index, index + 1)}
                    >
                      {t('workshops.selection.moveDown')}
                      <span className="sr-only"> – {text}</span>
                    </button>
                  </span>
                </li>
              );
            })}
          </ol>
        </div>
      ) : null}
    </fieldset>
  );
}

/** Whether each category has what the template asks for; what is missing or too much, said per category. */
function SelectionCheck({ checks, labelOf }: { checks: CategoryCheck[]; labelOf: (category: TNoteCategory) => string }) {
  const { t } = useTranslation();
  const off = checks.filter((c) => c.missing > 0 || c.excess > 0);
  if (off.length === 0) {
    return (
      <Alert variant="success" className="pj-compact-alert">
        {t('workshops.selection.complete')}
      </Alert>
    );
  }
  return (
    <Alert variant="warning" heading={t('workshops.selection.incompleteHeading')} className="pj-compact-alert">
      <ul className="pj-selection-missing">
        {off.map((c) => {
          const range = c.min === c.max ? String(c.min) : `${c.min}–${c.max}`;
          const label = labelOf(c.category);
          return (
            <li key={c.category}>
              {c.excess > 0
                ? t('workshops.selection.tooMany', { label, count: c.count, range, excess: c.excess })
                : t('workshops.selection.missing', { label, count: c.count, range, missing: c.missing })}
            </li>
          );
        })}
      </ul>
      <p>{t('workshops.selection.partialOk')}</p>
    </Alert>
  );
}
