import type { TPicture, TPlanRow, TPlans, TSnapshot } from '../../contracts/live.js';
import type { LiveState } from './connection.js';
import type { NoteMsg, OutgoingMsg, PlanEditMsg } from './outbox.js';

/**
 * What an acknowledgement changes in the phone's copy of the workshop: the server has stored the
 * message, so the view shows it as stored at once instead of waiting for the next delta (for a
 * plan edit the delta follows the ack; without this the field would flicker back to its old
 * value). The next snapshot or delta replaces the copy with the server's own. A duplicate ack
 * changes nothing but the answers: the message was stored before the last snapshot, which
 * already shows it (and maybe newer changes by others that it must not undo).
 */
export interface AckInfo {
  duplicate: boolean;
  ref?: string;
  stale?: boolean;
}

/** Key of one field of one plan row, as in LiveState.replaced. */
export const cellKey = (rowId: string, field: string): string => `${rowId}:${field}`;

export function applyAck(state: LiveState, msg: OutgoingMsg, ack: AckInfo, now: string): Partial<LiveState> {
  const snapshot = state.snapshot;
  switch (msg.type) {
    case 'accept_rules':
      return { rulesAccepted: true };
    case 'answer': {
      const stored = { ...state.stored };
      if (msg.value === null) delete stored[msg.itemId];
      else stored[msg.itemId] = msg.value;
      return { stored };
    }
    case 'plan_delete_row':
      return snapshot?.plans ? { snapshot: withPlans(snapshot, withoutRow(snapshot.plans, msg.rowId)) } : {};
  }
  if (ack.duplicate) return {};
  switch (msg.type) {
    case 'choose_area':
      return { areaId: msg.areaId };
    case 'note':
      return snapshot?.picture && ack.ref ? { snapshot: withPicture(snapshot, withNote(snapshot.picture, msg, ack.ref)) } : {};
    case 'vote': {
      if (!snapshot?.picture) return {};
      const myDots = { ...snapshot.picture.myDots };
      if (msg.dots === 0) delete myDots[msg.noteId];
      else myDots[msg.noteId] = msg.dots;
      return { snapshot: withPicture(snapshot, { ...snapshot.picture, myDots }) };
    }
    case 'plan_add_row':
      if (!snapshot?.plans || !ack.ref || !state.areaId) return {};
      return { snapshot: withPlans(snapshot, withRow(snapshot.plans, ack.ref, state.areaId)), addedRow: ack.ref };
    case 'plan_edit': {
      if (!snapshot?.plans) return {};
      const me = snapshot.me;
      const edited = withEdit(snapshot.plans, msg, ack.stale === true, me?.groupName ?? me?.displayName ?? null, now);
      if (!edited) return {};
      const patch: Partial<LiveState> = { snapshot: withPlans(snapshot, edited) };
      if (ack.stale) patch.replaced = { ...state.replaced, [cellKey(msg.rowId, msg.field)]: msg.value };
      return patch;
    }
  }
}

const withPicture = (s: TSnapshot, picture: TPicture): TSnapshot => ({ ...s, picture });
const withPlans = (s: TSnapshot, plans: TPlans): TSnapshot => ({ ...s, plans });

function withNote(picture: TPicture, msg: NoteMsg, ref: string): TPicture {
  if (picture.notes.some((n) => n.id === ref)) return picture;
  const note = { id: ref, category: msg.category, text: msg.text, mine: true, hidden: false, mergedInto: null, dots: null, selected: null };
  return { ...picture, notes: [...picture.notes, note] };
}

function withRow(plans: TPlans, rowId: string, areaId: string): TPlans {
  if (plans.rows.some((r) => r.id === rowId)) return plans;
  const position = plans.rows.reduce((max, r) => (r.areaId === areaId ? Math.max(max, r.position) : max), -1) + 1;
  const empty = { value: '', version: 0, by: null, at: null };
  const row: TPlanRow = {
    id: rowId,
    areaId,
    position,
    cells: { focusArea: empty, activity: empty, resources: empty, start: empty, end: empty, responsible: empty },
  };
  return { ...plans, rows: [...plans.rows, row] };
}

function withoutRow(plans: TPlans, rowId: string): TPlans {
  return plans.rows.some((r) => r.id === rowId) ? { ...plans, rows: plans.rows.filter((r) => r.id !== rowId) } : plans;
}

/**
 * The field as the server stored it: one version past the edit's base, or (when it overwrote a
 * change made meanwhile) past the newest version the phone knows of.
 */
function withEdit(plans: TPlans, msg: PlanEditMsg, stale: boolean, by: string | null, at: string): TPlans | null {
  const row = plans.rows.find((r) => r.id === msg.rowId);
  if (!row) return null;
  const known = row.cells[msg.field]?.version ?? 0;
  const version = (stale ? Math.max(known, msg.baseVersion) : msg.baseVersion) + 1;
  const cells = { ...row.cells, [msg.field]: { value: msg.value, version, by, at } };
  return { ...plans, rows: plans.rows.map((r) => (r === row ? { ...row, cells } : r)) };
}
