import { describe, expect, it } from 'vitest';
import {
  EMPTY_OUTBOX,
  enqueue,
  markSent,
  ordered,
  parse,
  pendingAnswers,
  pendingOf,
  remove,
  serialise,
  setHeld,
  size,
  type Outbox,
  type OutgoingMsg,
} from './outbox.js';

const answer = (id: string, itemId: string, value: number | null) => ({ type: 'answer' as const, id, itemId, value });
const NOTE_A = '01jnteaa000000000000000000';
const NOTE_B = '01jntebb000000000000000000';
const AREA_A = '01jareaa000000000000000000';
const AREA_B = '01jareab000000000000000000';
const ROW = '01jrw000000000000000000000';
const vote = (id: string, noteId: string, dots: number) => ({ type: 'vote' as const, id, noteId, dots });
const edit = (id: string, field: 'activity' | 'resources', value: string, baseVersion: number) => ({
  type: 'plan_edit' as const,
  id,
  rowId: ROW,
  field,
  value,
  baseVersion,
});
const all = (...msgs: OutgoingMsg[]) => msgs.reduce<Outbox>((box, m) => enqueue(box, m), EMPTY_OUTBOX);
const ids = (box: Outbox) => ordered(box).map((e) => e.msg.id);

describe('the outbox of unacknowledged messages', () => {
  it('keeps messages in the order they were made, keyed by id', () => {
    let box: Outbox = EMPTY_OUTBOX;
    box = enqueue(box, answer('msg-00000001', 'klar-vision', 4));
    box = enqueue(box, answer('msg-00000002', 'konkrete-maal', 2));
    box = enqueue(box, { type: 'accept_rules', id: 'rules-000001' });
    expect(ordered(box).map((e) => e.msg.id)).toEqual(['msg-00000001', 'msg-00000002', 'rules-000001']);
    expect(Object.keys(box).sort()).toEqual(['msg-00000001', 'msg-00000002', 'rules-000001']);
  });

  it('keeps only the newest answer to a statement, and never drops it', () => {
    let box: Outbox = EMPTY_OUTBOX;
    box = enqueue(box, answer('msg-00000001', 'klar-vision', 4));
    box = enqueue(box, answer('msg-00000002', 'konkrete-maal', 2));
    box = enqueue(box, answer('msg-00000003', 'klar-vision', 1));
    box = enqueue(box, answer('msg-00000004', 'klar-vision', null));
    expect(size(box)).toBe(2);
    expect(pendingAnswers(box)).toEqual(
      new Map<string, number | null>([
        ['konkrete-maal', 2],
        ['klar-vision', null],
      ]),
    );
    // The newest comes last, so it lands last when everything is sent again.
    expect(ordered(box).at(-1)!.msg.id).toBe('msg-00000004');
  });

  it('never changes the outbox it is given', () => {
    const before = enqueue(EMPTY_OUTBOX, answer('msg-00000001', 'klar-vision', 4));
    const snapshot = JSON.stringify(before);
    enqueue(before, answer('msg-00000002', 'klar-vision', 5));
    remove(before, 'msg-00000001');
    setHeld(before, 'msg-00000001', true);
    expect(JSON.stringify(before)).toBe(snapshot);
  });

  it('removes an acknowledged message, and ignores an ack it does not know', () => {
    const box = enqueue(enqueue(EMPTY_OUTBOX, answer('msg-00000001', 'a', 1)), answer('msg-00000002', 'b', 2));
    expect(Object.keys(remove(box, 'msg-00000001'))).toEqual(['msg-00000002']);
    expect(remove(box, 'unknown-0001')).toBe(box);
  });

  it('waits with one acceptance of the rules at a time', () => {
    const box = enqueue(EMPTY_OUTBOX, { type: 'accept_rules', id: 'rules-000001' });
    expect(enqueue(box, { type: 'accept_rules', id: 'rules-000002' })).toBe(box);
  });

  it('marks a message held when the server says "not now", and keeps it', () => {
    const box = setHeld(enqueue(EMPTY_OUTBOX, answer('msg-00000001', 'a', 3)), 'msg-00000001', true);
    expect(box['msg-00000001']!.held).toBe(true);
    // A new answer to the statement replaces the held one and is not held.
    const next = enqueue(box, answer('msg-00000002', 'a', 4));
    expect(ordered(next).map((e) => [e.msg.id, e.held])).toEqual([['msg-00000002', false]]);
  });

  it('survives a reload through localStorage, for its own participant only', () => {
    let box: Outbox = EMPTY_OUTBOX;
    box = enqueue(box, answer('msg-00000001', 'klar-vision', 4));
    box = setHeld(enqueue(box, { type: 'accept_rules', id: 'rules-000001' }), 'rules-000001', true);
    const raw = serialise('participant-1', box);
    expect(parse(raw, 'participant-1')).toEqual(box);
    expect(parse(raw, 'participant-2')).toEqual({});
  });

  it('leaves out whatever is malformed in storage rather than sending it', () => {
    expect(parse(null, 'p')).toEqual({});
    expect(parse('not json', 'p')).toEqual({});
    expect(parse('[]', 'p')).toEqual({});
    const raw = JSON.stringify({
      owner: 'p',
      entries: {
        'good-msg-001': { msg: answer('good-msg-001', 'a', 5), seq: 1, held: false },
        short: { msg: answer('short', 'a', 5), seq: 2, held: false },
        'bad-value-01': { msg: answer('bad-value-01', 'b', 9), seq: 3, held: false },
        'mismatch-001': { msg: answer('other-id-001', 'c', 2), seq: 4, held: false },
        'no-seq-00001': { msg: answer('no-seq-00001', 'd', 2) },
        'unknown-0001': { msg: { type: 'vote', id: 'unknown-0001' }, seq: 5 },
      },
    });
    expect(Object.keys(parse(raw, 'p'))).toEqual(['good-msg-001']);
  });
  it('keeps only the newest dots on a note and the newest choice of area, in the order they were made', () => {
    const box = all(
      vote('vote-0000001', NOTE_A, 1),
      { type: 'choose_area', id: 'area-0000001', areaId: AREA_A },
      vote('vote-0000002', NOTE_B, 2),
      vote('vote-0000003', NOTE_A, 3),
      { type: 'choose_area', id: 'area-0000002', areaId: AREA_B },
      vote('vote-0000004', NOTE_A, 0),
    );
    expect(ids(box)).toEqual(['vote-0000002', 'area-0000002', 'vote-0000004']);
    expect(pendingOf(box, 'vote').map((e) => [e.msg.noteId, e.msg.dots])).toEqual([
      [NOTE_B, 2],
      [NOTE_A, 0],
    ]);
  });

  it('never merges notes, new rows or deletions: each one counts', () => {
    const note = (id: string) => ({ type: 'note' as const, id, category: 'focus' as const, text: 'Datadeling' });
    const box = all(
      note('note-0000001'),
      note('note-0000002'),
      { type: 'plan_add_row', id: 'row-00000001' },
      { type: 'plan_add_row', id: 'row-00000002' },
      { type: 'plan_delete_row', id: 'del-00000001', rowId: ROW },
    );
    expect(size(box)).toBe(5);
  });

  it('replaces an unsent edit of the same field, and builds on one already sent', () => {
    let box = all(edit('edit-0000001', 'activity', 'Kur', 3), edit('edit-0000002', 'resources', 'To', 1));
    box = enqueue(box, edit('edit-0000003', 'activity', 'Kursus', 3));
    expect(ids(box)).toEqual(['edit-0000002', 'edit-0000003']);
    // Sent (maybe applied): kept, and the next edit starts from the version it makes.
    box = enqueue(markSent(box, ['edit-0000003']), edit('edit-0000004', 'activity', 'Kursus i data', 3));
    expect(ordered(box).map((e) => [e.msg.id, (e.msg as { baseVersion: number }).baseVersion, e.sent])).toEqual([
      ['edit-0000002', 1, false],
      ['edit-0000003', 3, true],
      ['edit-0000004', 4, false],
    ]);
    // A newer base the participant saw (they took someone's version) is kept.
    expect(enqueue(box, edit('edit-0000005', 'activity', 'Deres', 7))['edit-0000005']!.msg).toMatchObject({ baseVersion: 7 });
  });

  it('marks messages as sent, and returns the same outbox when nothing changes', () => {
    const box = all(answer('msg-00000001', 'a', 1));
    const sent = markSent(box, ['msg-00000001', 'unknown-0001']);
    expect(sent['msg-00000001']!.sent).toBe(true);
    expect(markSent(sent, ['msg-00000001'])).toBe(sent);
    expect(box['msg-00000001']!.sent).toBe(false);
  });

  it('stores every kind of message and reads it back; a malformed one is left out', () => {
    const box = markSent(
      all(
        { type: 'note', id: 'note-0000001', category: 'challenge', text: 'For mange systemer' },
        vote('vote-0000001', NOTE_A, 2),
        { type: 'choose_area', id: 'area-0000001', areaId: AREA_A },
        { type: 'plan_add_row', id: 'row-00000001' },
        edit('edit-0000001', 'activity', 'Kursus', 2),
        { type: 'plan_delete_row', id: 'del-00000001', rowId: ROW },
      ),
      ['vote-0000001'],
    );
    expect(parse(serialise('p', box), 'p')).toEqual(box);

    const entry = (msg: object, seq: number) => ({ msg, seq, held: false });
    const raw = JSON.stringify({
      owner: 'p',
      entries: {
        'note-0000009': entry({ type: 'note', id: 'note-0000009', category: 'wish', text: 'x' }, 1),
        'note-0000010': entry({ type: 'note', id: 'note-0000010', category: 'focus', text: 'a\nb' }, 2),
        'note-0000011': entry({ type: 'note', id: 'note-0000011', category: 'focus', text: '  ' }, 3),
        'vote-0000009': entry({ type: 'vote', id: 'vote-0000009', noteId: NOTE_A, dots: 21 }, 4),
        'vote-0000010': entry({ type: 'vote', id: 'vote-0000010', noteId: 'not-an-id', dots: 1 }, 5),
        'edit-0000009': entry({ ...edit('edit-0000009', 'activity', 'x', 0), field: 'colour' }, 6),
        'edit-0000010': entry({ ...edit('edit-0000010', 'activity', 'x'.repeat(501), 0) }, 7),
        'edit-0000011': entry({ ...edit('edit-0000011', 'activity', 'x', -1) }, 8),
        'area-0000009': entry({ type: 'choose_area', id: 'area-0000009' }, 9),
        'keep-0000001': entry({ type: 'plan_add_row', id: 'keep-0000001' }, 10),
      },
    });
    expect(Object.keys(parse(raw, 'p'))).toEqual(['keep-0000001']);
  });
});
