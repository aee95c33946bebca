import { describe, expect, it } from 'vitest';
import type { TPicture } from '../../contracts/live.js';
import { EMPTY_OUTBOX, enqueue, setHeld, type Outbox, type OutgoingMsg } from './outbox.js';
import { dotsLeft, myDots, notesIn, pendingNotes, pendingVotes, selectedIn, type PictureNote } from './picture.js';

const A = '01jnteaa000000000000000000';
const B = '01jntebb000000000000000000';
const C = '01jntecc000000000000000000';

function note(id: string, text: string, over: Partial<PictureNote> = {}): PictureNote {
  return { id, category: 'strength', text, mine: false, hidden: false, mergedInto: null, dots: null, selected: null, ...over };
}
const box = (...msgs: OutgoingMsg[]): Outbox => msgs.reduce<Outbox>((b, m) => enqueue(b, m), EMPTY_OUTBOX);
const noteMsg = (id: string, text: string) => ({ type: 'note' as const, id, category: 'strength' as const, text });

describe('the common picture on the phone', () => {
  it('lists own notes on their way, but not one the server has already shown before its ack', () => {
    const outbox = setHeld(
      box(noteMsg('note-0000001', 'Klar vision'), noteMsg('note-0000002', 'Klar vision'), noteMsg('note-0000003', 'Mod')),
      'note-0000003',
      true,
    );
    const shown = [note(A, 'Klar vision', { mine: true }), note(B, 'Mod')];
    // One of the two identical notes is shown already; another participant's "Mod" is not the own one.
    expect(pendingNotes(outbox, shown)).toEqual([
      { msgId: 'note-0000002', category: 'strength', text: 'Klar vision', held: false },
      { msgId: 'note-0000003', category: 'strength', text: 'Mod', held: true },
    ]);
  });

  it('counts the own dots as they will be once sent, and the dots left', () => {
    const picture = { myDots: { [A]: 2, [B]: 1 } } as unknown as TPicture;
    const pending = pendingVotes(
      box({ type: 'vote', id: 'vote-0000001', noteId: B, dots: 0 }, { type: 'vote', id: 'vote-0000002', noteId: C, dots: 3 }),
    );
    const dots = myDots(picture, pending);
    expect(Object.fromEntries(dots)).toEqual({ [A]: 2, [C]: 3 });
    expect(dotsLeft(5, dots)).toBe(0);
    expect(dotsLeft(4, dots)).toBe(0);
    expect(dotsLeft(7, dots)).toBe(2);
  });

  it('shows the facilitator’s selection in its order, per category, and leaves out hidden and merged notes', () => {
    const notes = [
      note(A, 'Tredje', { selected: 2 }),
      note(B, 'Første', { selected: 0 }),
      note(C, 'Udfordring', { category: 'challenge', selected: 1 }),
      note('01jntedd000000000000000000', 'Ikke valgt'),
      note('01jntee0000000000000000000', 'Skjult', { hidden: true }),
      note('01jntef0000000000000000000', 'Flettet', { mergedInto: A }),
    ];
    expect(selectedIn(notes, 'strength').map((n) => n.text)).toEqual(['Første', 'Tredje']);
    expect(selectedIn(notes, 'focus')).toEqual([]);
    expect(notesIn(notes, 'strength').map((n) => n.text)).toEqual(['Tredje', 'Første', 'Ikke valgt']);
  });
});
