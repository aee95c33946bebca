import type { TPlanField, TPlanRow, TPlans } from '../../contracts/live.js';
import { ordered, type Outbox, type PlanEditMsg } from './outbox.js';

/**
 * Editing one field of the area's plan while others edit the same plan. The field follows the
 * server while the participant only looks at it (or has focused it without typing); once they
 * type in it, the server's value no longer replaces their text: a change by someone else is kept
 * aside as a conflict, which the participant may take instead. Leaving the field (or typing on)
 * keeps their own text, which then replaces the other change. `base` is the field's version the
 * participant's text builds on; the server reports an edit from an older base as stale (it
 * replaced someone else's change). Pure, so the rules are tested without a browser.
 */

export type PlanCell = TPlanRow['cells'][TPlanField];

export interface CellEditor {
  /** What the input shows. */
  draft: string;
  /** The field's version the draft builds on. */
  base: number;
  /** The field's value at `base`. */
  origin: string;
  /** The participant has typed in the field since they came to it (or took the other version). */
  touched: boolean;
  /** The last value handed to the connection, so the participant's own change is recognised when it comes back. */
  sent: string | null;
  /** Someone else changed the field while the participant was changing it; `draft` is the participant's text then. */
  conflict: { value: string; version: number; by: string | null; draft: string } | null;
}

/** The participant comes to a field: from what it shows, which may be their own edit still on its way. */
export function startEditing(cell: PlanCell, pending: PlanEditMsg | undefined): CellEditor {
  if (pending)
    return { draft: pending.value, base: pending.baseVersion, origin: cell.value, touched: false, sent: pending.value, conflict: null };
  return { draft: cell.value, base: cell.version, origin: cell.value, touched: false, sent: null, conflict: null };
}

export function typed(ed: CellEditor, text: string): CellEditor {
  return { ...ed, draft: text, touched: true };
}

/** The server's field changed while the participant is on it. */
export function serverChanged(ed: CellEditor, cell: PlanCell): CellEditor {
  if (cell.version <= ed.base) return ed;
  // The participant's own edit came back, or both ended up with the same text.
  if (cell.value === ed.draft || cell.value === ed.sent) return { ...ed, base: cell.version, origin: cell.value, conflict: null };
  // Not typed in (and nothing of theirs on its way): follow the others.
  if (!ed.touched && ed.draft === ed.origin) return { ...ed, draft: cell.value, base: cell.version, origin: cell.value, conflict: null };
  return { ...ed, conflict: { value: cell.value, version: cell.version, by: cell.by, draft: ed.draft } };
}

/** The participant takes the other person's version instead of their own. */
export function takeTheirs(cell: PlanCell): CellEditor {
  return { draft: cell.value, base: cell.version, origin: cell.value, touched: false, sent: null, conflict: null };
}

/**
 * The value to send now, if any: a draft that differs from what was sent last (or, with nothing
 * sent, from the server's value). With a conflict open, the participant's text goes when they
 * type on or leave the field (`leaving`), not by itself after a pause.
 */
export function toSend(ed: CellEditor, leaving: boolean): string | null {
  if (ed.conflict) return leaving || ed.draft !== ed.conflict.draft ? ed.draft : null;
  return ed.draft !== (ed.sent ?? ed.origin) ? ed.draft : null;
}

export function markSent(ed: CellEditor, value: string): CellEditor {
  return { ...ed, sent: value };
}

/** The newest edit of each field still waiting for its ack, by `rowId:field`. */
export function pendingEdits(box: Outbox): Map<string, PlanEditMsg> {
  const pending = new Map<string, PlanEditMsg>();
  for (const { msg } of ordered(box)) if (msg.type === 'plan_edit') pending.set(`${msg.rowId}:${msg.field}`, msg);
  return pending;
}

/** Rows waiting to be deleted, and whether a new row is on its way. */
export function pendingRowChanges(box: Outbox): { deleting: Set<string>; adding: number } {
  const deleting = new Set<string>();
  let adding = 0;
  for (const { msg } of ordered(box)) {
    if (msg.type === 'plan_delete_row') deleting.add(msg.rowId);
    else if (msg.type === 'plan_add_row') adding++;
  }
  return { deleting, adding };
}

/** The rows of one area in their order. */
export function rowsOf(plans: TPlans | null, areaId: string | null): TPlanRow[] {
  if (!plans || !areaId) return [];
  return plans.rows.filter((r) => r.areaId === areaId).sort((a, b) => a.position - b.position);
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDate(value: string): boolean {
  return ISO_DATE.test(value);
}

/** A plan date for reading: dd.mm.yyyy in Danish, e.g. "1 March 2026" in English; other text as it is. */
export function formatPlanDate(value: string, lang: 'da' | 'en'): string {
  const m = ISO_DATE.exec(value);
  if (!m) return value;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  if (Number.isNaN(date.getTime())) return value;
  const options: Intl.DateTimeFormatOptions =
    lang === 'da'
      ? { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' }
      : { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(lang === 'da' ? 'da-DK' : 'en-GB', options).format(date);
}
