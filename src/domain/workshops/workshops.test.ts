import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PictureBoard, type Note } from './picture.js';
import { PlanBoard, emptyCells } from './plans.js';
import { LiveTally } from './tally.js';
import { timerState } from './timer.js';

const instrument = {
  dimensions: [{ id: 'a' }, { id: 'b' }],
  items: [
    { id: 'a1', dimension: 'a' },
    { id: 'a2', dimension: 'a' },
    { id: 'b1', dimension: 'b' },
  ],
} as unknown as ConstructorParameters<typeof LiveTally>[0];

/** The tally computed from scratch from the final answers. */
function recount(final: Map<string, Map<string, number>>) {
  const t = new LiveTally(instrument);
  for (const [who, answers] of final) for (const [item, v] of answers) t.set(who, item, v);
  return t.snapshot();
}

describe('the live tally', () => {
  const event = fc.record({
    who: fc.constantFrom('p1', 'p2', 'p3', 'g1'),
    item: fc.constantFrom('a1', 'a2', 'b1'),
    value: fc.option(fc.integer({ min: 1, max: 5 }), { nil: null }),
  });

  it('equals a recount of the final answers after any sequence of answers, changes and withdrawals', () => {
    fc.assert(
      fc.property(fc.array(event, { maxLength: 60 }), (events) => {
        const live = new LiveTally(instrument);
        const final = new Map<string, Map<string, number>>();
        for (const e of events) {
          live.set(e.who, e.item, e.value);
          const mine = final.get(e.who) ?? new Map<string, number>();
          if (e.value === null) mine.delete(e.item);
          else mine.set(e.item, e.value);
          if (mine.size) final.set(e.who, mine);
          else final.delete(e.who);
        }
        const snap = live.snapshot();
        expect(snap).toEqual(recount(final));
        for (const item of snap.items) {
          expect(item.counts.reduce((a, b) => a + b, 0)).toBe(item.n);
          if (item.mean !== null) expect(item.mean).toBeGreaterThanOrEqual(1);
          if (item.mean !== null) expect(item.mean).toBeLessThanOrEqual(5);
        }
        expect(snap.complete).toBe([...final.values()].filter((m) => m.size === 3).length);
      }),
    );
  });

  it('reports no change for a repeated answer and refuses values off the scale', () => {
    const t = new LiveTally(instrument);
    expect(t.set('p1', 'a1', 4)).toBe(true);
    expect(t.set('p1', 'a1', 4)).toBe(false);
    expect(() => t.set('p1', 'a1', 6)).toThrow();
    expect(() => t.set('p1', 'zz', 3)).toThrow();
    expect(t.snapshot().dimensions).toEqual([
      { dimensionId: 'a', n: 1, mean: 4 },
      { dimensionId: 'b', n: 0, mean: null },
    ]);
  });
});

describe('the step timer', () => {
  const clock = (elapsedMs: number) => ({ durationMs: 100_000, elapsedMs, runningSince: null });
  it('turns orange at 20 % left, red at 5 % left, and shows overrun', () => {
    expect(timerState(clock(79_000), 0).phase).toBe('normal');
    expect(timerState(clock(80_000), 0).phase).toBe('warning');
    expect(timerState(clock(95_000), 0).phase).toBe('critical');
    expect(timerState(clock(100_000), 0).phase).toBe('critical');
    expect(timerState(clock(100_001), 0)).toMatchObject({ phase: 'overrun', remainingMs: -1 });
  });
  it('counts time since the last start on top of earlier runs', () => {
    const start = Date.parse('2026-11-26T09:00:00Z');
    const state = timerState({ durationMs: 60_000, elapsedMs: 10_000, runningSince: '2026-11-26T09:00:00Z' }, start + 5_000);
    expect(state).toMatchObject({ elapsedMs: 15_000, remainingMs: 45_000, phase: 'normal' });
  });
});

describe('the common picture', () => {
  const note = (id: string, participantId: string, extra: Partial<Note> = {}): Note => ({
    id,
    participantId,
    category: 'strength',
    text: id,
    hidden: false,
    mergedInto: null,
    selected: null,
    ...extra,
  });

  it('shows participants only their own notes while collecting, and never hidden or merged ones afterwards', () => {
    const board = new PictureBoard([
      note('n1', 'p1'),
      note('n2', 'p2'),
      note('n3', 'p2', { hidden: true }),
      note('n4', 'p1', { mergedInto: 'n2' }),
    ]);
    const p1 = { role: 'participant' as const, participantId: 'p1' };
    expect(board.view(p1, 'collect').map((n) => n.id)).toEqual(['n1', 'n4']);
    expect(board.view({ role: 'projector' }, 'collect')).toEqual([]);
    expect(board.view(p1, 'show').map((n) => n.id)).toEqual(['n1', 'n2']);
    expect(board.view({ role: 'facilitator' }, 'collect').map((n) => n.id)).toEqual(['n1', 'n2', 'n3', 'n4']);
  });

  it('never lets a participant spend more dots than the limit, and counts dots of merged notes on the kept note', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ note: fc.constantFrom('n1', 'n2', 'n3'), dots: fc.integer({ min: 0, max: 6 }) }), { maxLength: 30 }),
        (votes) => {
          const board = new PictureBoard([note('n1', 'p1'), note('n2', 'p2'), note('n3', 'p2')]);
          for (const v of votes) if (board.withinLimit('p', v.note, v.dots, 5)) board.setVote('p', v.note, v.dots);
          const spent = [...board.dotsOf('p').values()].reduce((a, b) => a + b, 0);
          expect(spent).toBeLessThanOrEqual(5);
          const before = board.totals();
          board.notes.get('n3')!.mergedInto = 'n1';
          const after = board.totals();
          expect(after.get('n1') ?? 0).toBe((before.get('n1') ?? 0) + (before.get('n3') ?? 0));
          expect(after.get('n3')).toBeUndefined();
        },
      ),
    );
  });
});

describe('the area plans', () => {
  it('keeps edits to different fields apart and reports an edit over someone else’s change as stale', () => {
    const board = new PlanBoard([{ id: 'r1', areaId: 'a', position: 0, cells: emptyCells() }]);
    expect(board.edit('r1', 'activity', 'Overblik', 0, 'Anna', 't1').stale).toBe(false);
    expect(board.edit('r1', 'responsible', 'Bo', 0, 'Bo', 't2').stale).toBe(false);
    expect(board.edit('r1', 'activity', 'Nyt overblik', 0, 'Bo', 't3')).toEqual({
      cell: { value: 'Nyt overblik', version: 2, by: 'Bo', at: 't3' },
      stale: true,
    });
    expect(board.rows.get('r1')!.cells.responsible.value).toBe('Bo');
    expect(board.nextPosition('a')).toBe(1);
    expect(board.nextPosition('b')).toBe(0);
  });
});
