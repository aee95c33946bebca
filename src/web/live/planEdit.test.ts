import { describe, expect, it } from 'vitest';
import { EMPTY_OUTBOX, enqueue, type Outbox, type OutgoingMsg } from './outbox.js';
import {
  formatPlanDate,
  markSent,
  pendingEdits,
  pendingRowChanges,
  rowsOf,
  serverChanged,
  startEditing,
  takeTheirs,
  toSend,
  typed,
  type PlanCell,
} from './planEdit.js';

const ROW = '01jrw000000000000000000000';
const cell = (value: string, version: number, by: string | null = null): PlanCell => ({ value, version, by, at: null });
const box = (...msgs: OutgoingMsg[]): Outbox => msgs.reduce<Outbox>((b, m) => enqueue(b, m), EMPTY_OUTBOX);

describe('editing a field of the plan while others edit it', () => {
  it('follows the others while the participant has not typed in the field', () => {
    const ed = startEditing(cell('Kursus', 2), undefined);
    const next = serverChanged(ed, cell('Kursus i data', 3, 'Bo'));
    expect(next).toMatchObject({ draft: 'Kursus i data', base: 3, conflict: null });
    expect(toSend(next, true)).toBeNull();
    // An older or the same version changes nothing.
    expect(serverChanged(next, cell('Kursus', 2))).toBe(next);
  });

  it('keeps the participant’s text when someone else changes the field, and offers their version', () => {
    let ed = typed(startEditing(cell('Kursus', 2), undefined), 'Kursus for alle');
    ed = serverChanged(ed, cell('Workshop', 3, 'Bo'));
    expect(ed).toMatchObject({ draft: 'Kursus for alle', base: 2, conflict: { value: 'Workshop', version: 3, by: 'Bo' } });
    // Not sent by itself after a pause; sent (on its old base, so the server reports it stale) on leaving or typing on.
    expect(toSend(ed, false)).toBeNull();
    expect(toSend(ed, true)).toBe('Kursus for alle');
    expect(toSend(typed(ed, 'Kursus for alle ledere'), false)).toBe('Kursus for alle ledere');
    // Or taken: their text, on their version, nothing to send.
    const theirs = takeTheirs(cell('Workshop', 3, 'Bo'));
    expect(theirs).toMatchObject({ draft: 'Workshop', base: 3, conflict: null, touched: false });
    expect(toSend(theirs, true)).toBeNull();
  });

  it('keeps text already saved in a field the participant is typing in, and says that someone changed it', () => {
    let ed = typed(startEditing(cell('', 0), undefined), 'Kur');
    expect(toSend(ed, false)).toBe('Kur');
    ed = markSent(ed, 'Kur');
    expect(toSend(ed, false)).toBeNull();
    ed = serverChanged(ed, cell('Kur', 1, 'Anna'));
    expect(ed).toMatchObject({ draft: 'Kur', base: 1, conflict: null });
    // Saved, but the participant is still at it: another's change does not replace the text.
    ed = serverChanged(ed, cell('Workshop', 2, 'Bo'));
    expect(ed).toMatchObject({ draft: 'Kur', conflict: { by: 'Bo', value: 'Workshop' } });
    expect(toSend(ed, true)).toBe('Kur');
  });

  it('recognises its own edit coming back, and builds the next one on it', () => {
    let ed = markSent(typed(startEditing(cell('', 0), undefined), 'Kur'), 'Kur');
    ed = typed(ed, 'Kursus');
    ed = serverChanged(ed, cell('Kur', 1, 'Anna'));
    expect(ed).toMatchObject({ draft: 'Kursus', base: 1, conflict: null });
    expect(toSend(ed, false)).toBe('Kursus');
    // Someone writing the same text is no conflict either.
    expect(serverChanged(ed, cell('Kursus', 2, 'Bo'))).toMatchObject({ base: 2, conflict: null });
  });

  it('starts from the own edit still on its way, on the version it was based on', () => {
    const pending = {
      type: 'plan_edit' as const,
      id: 'edit-0000001',
      rowId: ROW,
      field: 'activity' as const,
      value: 'Offline',
      baseVersion: 1,
    };
    const ed = startEditing(cell('Online', 2, 'Bo'), pending);
    expect(ed).toMatchObject({ draft: 'Offline', base: 1, sent: 'Offline' });
    expect(toSend(ed, true)).toBeNull();
  });

  it('knows which fields and rows wait for the server', () => {
    const outbox = box(
      { type: 'plan_edit', id: 'edit-0000001', rowId: ROW, field: 'activity', value: 'A', baseVersion: 0 },
      { type: 'plan_edit', id: 'edit-0000002', rowId: ROW, field: 'end', value: '2026-06-30', baseVersion: 0 },
      { type: 'plan_add_row', id: 'row-00000001' },
      { type: 'plan_delete_row', id: 'del-00000001', rowId: ROW },
    );
    expect([...pendingEdits(outbox).keys()]).toEqual([`${ROW}:activity`, `${ROW}:end`]);
    expect(pendingRowChanges(outbox)).toEqual({ deleting: new Set([ROW]), adding: 1 });
  });

  it('orders an area’s rows by position and leaves out other areas', () => {
    const row = (id: string, areaId: string, position: number) => ({ id, areaId, position, cells: {} }) as never;
    const plans = { rows: [row('b', 'x', 1), row('c', 'y', 0), row('a', 'x', 0)], members: {} };
    expect(rowsOf(plans, 'x').map((r) => r.id)).toEqual(['a', 'b']);
    expect(rowsOf(plans, null)).toEqual([]);
    expect(rowsOf(null, 'x')).toEqual([]);
  });

  it('writes plan dates the Danish way in Danish, and leaves other text as it is', () => {
    expect(formatPlanDate('2026-03-01', 'da')).toBe('01.03.2026');
    expect(formatPlanDate('2026-03-01', 'en')).toBe('1 March 2026');
    expect(formatPlanDate('efter sommerferien', 'da')).toBe('efter sommerferien');
    expect(formatPlanDate('', 'da')).toBe('');
  });
});
