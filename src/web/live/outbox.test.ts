import { describe, expect, it } from 'vitest';
import { EMPTY_OUTBOX, enqueue, ordered, parse, pendingAnswers, remove, serialise, setHeld, size, type Outbox } from './outbox.js';

const answer = (id: string, itemId: string, value: number | null) => ({ type: 'answer' as const, id, itemId, value });

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
});
