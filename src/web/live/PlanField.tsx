import { useEffect, useRef, useState, type FocusEvent } from 'react';
import type { TPlanField } from '../../contracts/live.js';
import { oneLine } from './connection.js';
import { useLang } from './i18n.js';
import type { PlanEditMsg } from './outbox.js';
import { isIsoDate, markSent, serverChanged, startEditing, takeTheirs, toSend, typed, type CellEditor, type PlanCell } from './planEdit.js';

/** An edit is sent this long after the last keystroke (and at once when the field is left). */
const PAUSE_MS = 1000;

export interface PlanFieldProps {
  rowId: string;
  field: TPlanField;
  /** Row number (1-based), part of the field's accessible name. */
  n: number;
  label: string;
  hint: string | null;
  /** The hint is shown in the first row only; later rows keep it for screen readers. */
  hintShown: boolean;
  kind: 'text' | 'long' | 'date';
  cell: PlanCell;
  /** This phone's newest edit of the field still waiting for its ack. */
  pending: PlanEditMsg | undefined;
  /** The value this phone's edit stored when it replaced someone else's change (the ack said stale). */
  replacedValue: string | undefined;
  online: boolean;
  listId?: string;
  onSend: (value: string, baseVersion: number) => void;
  /** Says something in the plan's live region (changes by others, replaced changes). */
  announce: (text: string) => void;
}

/**
 * One field of the plan. Shows the server's value (or this phone's edit on its way) and follows
 * the others' edits at once; while the participant changes it, their text stays and a change by
 * someone else appears as a notice in the field, with the option to take it instead. An edit is
 * sent after a short pause and when the field is left, with the version it builds on.
 */
export function PlanField(props: PlanFieldProps) {
  const { rowId, field, n, label, hint, hintShown, kind, cell, pending, replacedValue, online, listId, onSend, announce } = props;
  const { t } = useLang();
  const [ed, setEd] = useState<CellEditor | null>(null);
  const latest = useRef({ ed, pending, onSend });
  useEffect(() => {
    latest.current = { ed, pending, onSend };
  });

  /** Hands the draft to the connection if it is to be sent (see toSend); returns what it sent. */
  const commit = (leaving: boolean): string | null => {
    const current = latest.current.ed;
    const value = current ? toSend(current, leaving) : null;
    if (!current || value === null) return null;
    latest.current.onSend(value, current.base);
    // Also for a blur and an unmount in the same turn: the text goes once.
    latest.current.ed = markSent(current, value);
    return value;
  };

  // The others' edits (and this phone's own, acknowledged) while the participant is on the field.
  useEffect(() => {
    setEd((e) => (e ? serverChanged(e, cell) : e));
  }, [cell]);

  // Sent after a pause in typing. While an earlier edit of the field waits for its ack, the pause
  // starts over: the next edit should build on the version that one makes.
  const draft = ed?.draft;
  useEffect(() => {
    if (draft === undefined) return;
    let timer = setTimeout(function tick() {
      if (latest.current.pending) {
        timer = setTimeout(tick, PAUSE_MS);
        return;
      }
      const sent = commit(false);
      if (sent !== null) setEd((e) => (e ? markSent(e, sent) : e));
    }, PAUSE_MS);
    return () => clearTimeout(timer);
  }, [draft]);

  // A field that disappears while changed (the row deleted, the step over) still sends its text.
  useEffect(() => () => void commit(true), []);

  const conflict = ed?.conflict ?? null;
  const name = conflict?.by ?? t.plan.someone;
  const fieldName = `${label}${t.plan.rowSuffix(n)}`;
  useEffect(() => {
    if (conflict) announce(t.plan.announce(fieldName, t.plan.changedBy(name)));
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once per conflicting version
  }, [conflict?.version]);
  // Until someone changes the field again.
  const replaced = replacedValue !== undefined && replacedValue === cell.value && !conflict;
  useEffect(() => {
    if (replaced) announce(t.plan.announce(fieldName, t.plan.replaced));
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once each time it appears
  }, [replaced]);

  const id = `lv-plan-${rowId}-${field}`;
  const value = ed ? ed.draft : (pending?.value ?? cell.value);
  // A date field shows a date picker unless someone wrote something else there.
  const type = kind === 'date' && (cell.value === '' || isIsoDate(cell.value)) ? 'date' : 'text';
  const status = pending ? (online ? t.plan.saving : t.plan.waiting) : '';
  const described = [hint ? `${id}-hint` : '', conflict ? `${id}-conflict` : '', replaced ? `${id}-replaced` : '']
    .filter(Boolean)
    .join(' ');

  const onFocus = () => setEd((e) => e ?? startEditing(cell, pending));
  const onBlur = (e: FocusEvent<HTMLDivElement>) => {
    // Moving within the field (to "Use their version") is not leaving it.
    if (e.currentTarget.contains(e.relatedTarget as Node | null)) return;
    commit(true);
    setEd(null);
  };
  const onChange = (text: string) => setEd((e) => typed(e ?? startEditing(cell, pending), oneLine(text)));
  const input = {
    id,
    className: kind === 'long' ? 'lv-input lv-textarea' : 'lv-input',
    value,
    maxLength: 500,
    'aria-label': fieldName,
    'aria-describedby': described || undefined,
  };

  return (
    <div className="lv-field lv-plan-field" onFocus={onFocus} onBlur={onBlur}>
      {/* The row number is in the name (the legend shows it): "Aktivitet, række 2". */}
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p className={hintShown ? 'lv-hint' : 'lv-vh'} id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {kind === 'long' ? (
        <textarea
          {...input}
          rows={2}
          onChange={(e) => onChange(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') e.preventDefault();
          }}
        />
      ) : (
        <input {...input} type={type} list={listId} autoComplete="off" onChange={(e) => onChange(e.target.value)} />
      )}
      {conflict ? (
        <div className="lv-conflict" id={`${id}-conflict`}>
          <p>
            <strong>{t.plan.changedBy(name)}</strong> {t.plan.theirText} <q>{conflict.value || t.plan.emptyText}</q>
          </p>
          <p>{t.plan.keepHint}</p>
          <button
            type="button"
            className="lv-button lv-secondary lv-small"
            // Keeps the focus in the input where taps do not move it (iOS), so leaving it does not send the text first.
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => {
              setEd(takeTheirs(cell));
              document.getElementById(id)?.focus();
            }}
          >
            {t.plan.takeTheirs}
          </button>
        </div>
      ) : null}
      {replaced ? (
        <p className="lv-replaced" id={`${id}-replaced`}>
          {t.plan.replaced}
        </p>
      ) : null}
      <p className={online ? 'lv-save' : 'lv-save lv-save-waiting'}>{status}</p>
    </div>
  );
}
