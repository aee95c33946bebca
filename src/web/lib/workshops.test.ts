import qrcode from 'qrcode-generator';
import { describe, expect, it } from 'vitest';
import type { TServerMessage, TSnapshot } from '../../contracts/live.js';
import { timerState } from '../../domain/workshops/timer.js';
import {
  applyFrame,
  backoffDelay,
  clockOf,
  copenhagenParts,
  formatDuration,
  moveItem,
  plannedTimes,
  qrPath,
  scalePosition,
  spacedCode,
  splitMinutes,
  stackedSegments,
  stepsBody,
  tallyRows,
  timerText,
  totalMinutes,
  type DraftStep,
} from './workshops.js';

/** A snapshot with what the console and projector read (later steps' fields left out). */
const snapshot = (patch: Partial<TSnapshot> = {}): TSnapshot =>
  ({
    type: 'snapshot',
    revision: 5,
    serverTime: '2026-03-01T09:00:00.000Z',
    workshop: {
      id: 'w1',
      title: 'Værksted',
      status: 'running',
      joinCode: 'ABCDEF',
      groundRules: [],
      areas: [],
      answering: 'either',
      instrumentId: 'ledelsesudfordringer',
      instrumentVersion: 1,
    },
    step: null,
    revealed: false,
    participants: 3,
    tally: null,
    me: null,
    ...patch,
  }) as TSnapshot;

const tally = (n: number) => ({
  respondents: n,
  complete: 0,
  items: [{ itemId: 'a', counts: [0, n, 0, 0, 0], n, mean: 2 }],
  dimensions: [{ dimensionId: 'd1', n, mean: 2 }],
});

describe('times as the console and projector show them', () => {
  it('writes durations as m:ss and from an hour as h:mm:ss', () => {
    expect(formatDuration(0)).toBe('0:00');
    expect(formatDuration(59_999)).toBe('0:59');
    expect(formatDuration(133_000)).toBe('2:13');
    expect(formatDuration(3_723_000)).toBe('1:02:03');
  });

  it('counts down rounded up to the second, then shows the overrun with a plus', () => {
    expect(timerText(900_000)).toBe('15:00');
    expect(timerText(899_001)).toBe('15:00');
    expect(timerText(899_000)).toBe('14:59');
    expect(timerText(0)).toBe('0:00');
    expect(timerText(-133_400)).toBe('+2:13');
  });

  it('reads the timer phase from a snapshot step in the server’s time', () => {
    const step = { durationMs: 600_000, elapsedMs: 100_000, runningSince: '2026-03-01T09:00:00.000Z' };
    const at = (iso: string) => timerState(clockOf(step), Date.parse(iso));
    expect(at('2026-03-01T09:00:00.000Z')).toMatchObject({ remainingMs: 500_000, phase: 'normal' });
    expect(at('2026-03-01T09:06:40.000Z').phase).toBe('warning');
    expect(at('2026-03-01T09:07:55.000Z').phase).toBe('critical');
    expect(at('2026-03-01T09:08:33.000Z')).toMatchObject({ remainingMs: -13_000, phase: 'overrun' });
  });

  it('adds up the agenda and gives the clock times from a start', () => {
    const steps = [{ durationMinutes: 15 }, { durationMinutes: 30 }, { durationMinutes: Number.NaN }, { durationMinutes: 195 }];
    expect(totalMinutes(steps)).toBe(240);
    expect(splitMinutes(240)).toEqual({ hours: 4, minutes: 0 });
    expect(splitMinutes(95)).toEqual({ hours: 1, minutes: 35 });
    const times = plannedTimes('2026-03-01T08:00:00.000Z', steps)!;
    expect(times[1]!.from.toISOString()).toBe('2026-03-01T08:15:00.000Z');
    expect(times[3]!.to.toISOString()).toBe('2026-03-01T12:00:00.000Z');
    expect(plannedTimes(null, steps)).toBeNull();
  });

  it('splits an instant into the date and time inputs on the Copenhagen wall clock', () => {
    expect(copenhagenParts('2026-03-01T08:00:00.000Z')).toEqual({ date: '2026-03-01', time: '09:00' });
    expect(copenhagenParts('2026-06-30T22:15:00.000Z')).toEqual({ date: '2026-07-01', time: '00:15' });
    expect(copenhagenParts(null)).toEqual({ date: '', time: '' });
  });

  it('spaces a six-letter code for reading from a distance', () => {
    expect(spacedCode('ABCDEF')).toBe('ABC DEF');
    expect(spacedCode('ABCDEFGH')).toBe('ABCDEFGH');
  });
});

describe('the live state', () => {
  it('takes a snapshot whole and measures the clock offset', () => {
    const state = applyFrame(null, snapshot(), Date.parse('2026-03-01T08:59:58.000Z'));
    expect(state?.offsetMs).toBe(2000);
    expect(state?.snapshot.participants).toBe(3);
  });

  it('applies what a delta carries and keeps the rest', () => {
    const state = applyFrame(null, snapshot({ tally: tally(1) }), 0);
    const delta: TServerMessage = { type: 'delta', revision: 6, participants: 7 };
    const next = applyFrame(state, delta, 10)!;
    expect(next.snapshot.participants).toBe(7);
    expect(next.snapshot.tally).toEqual(tally(1));
    expect(next.snapshot.revision).toBe(6);
    const withTally = applyFrame(next, { type: 'delta', revision: 7, participants: 7, tally: tally(4) }, 20)!;
    expect(withTally.snapshot.tally?.respondents).toBe(4);
    // The projector's deltas say tally: null until the result is revealed.
    expect(applyFrame(withTally, { type: 'delta', revision: 8, tally: null }, 30)!.snapshot.tally).toBeNull();
  });

  it('ignores a delta older than the snapshot, and frames without a snapshot', () => {
    const state = applyFrame(null, snapshot(), 0);
    expect(applyFrame(state, { type: 'delta', revision: 4, participants: 99 }, 0)).toBe(state);
    expect(applyFrame(null, { type: 'delta', revision: 9, participants: 1 }, 0)).toBeNull();
    expect(applyFrame(state, { type: 'pong', serverTime: '2026-03-01T09:00:00.000Z' }, 0)).toBe(state);
  });

  it('backs off exponentially to 30 s, with jitter in the upper half', () => {
    expect(backoffDelay(0, 0)).toBe(250);
    expect(backoffDelay(0, 1)).toBe(500);
    expect(backoffDelay(3, 0.5)).toBe(3000);
    expect(backoffDelay(20, 1)).toBe(30_000);
    expect(backoffDelay(20, 0)).toBe(15_000);
    for (let attempt = 0; attempt < 12; attempt++) {
      const d = backoffDelay(attempt, Math.random());
      expect(d).toBeGreaterThanOrEqual(250);
      expect(d).toBeLessThanOrEqual(30_000);
    }
  });
});

describe('the agenda while editing', () => {
  it('moves a step and leaves the list alone for moves out of range', () => {
    expect(moveItem(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(moveItem(['a', 'b', 'c'], 2, 0)).toEqual(['c', 'a', 'b']);
    expect(moveItem(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moveItem(['a', 'b', 'c'], 2, 3)).toEqual(['a', 'b', 'c']);
  });

  it('sends kept steps with their id, new ones without, and durations as numbers', () => {
    const steps: DraftStep[] = [
      { key: 's1', id: 's1', kind: 'present', title: 'Intro', durationMinutes: '10', purpose: 'x' },
      { key: 'new-1', kind: 'break', title: 'Pause', durationMinutes: ' ', purpose: '' },
    ];
    const body = stepsBody(steps);
    expect(body[0]).toEqual({ id: 's1', kind: 'present', title: 'Intro', durationMinutes: 10, purpose: 'x' });
    expect(body[1]).not.toHaveProperty('id');
    expect(body[1]!.durationMinutes).toBeNaN();
  });
});

describe('the tally as rows', () => {
  const instrument = {
    dimensions: [
      { id: 'd1', title: { da: 'Vision', en: 'Vision' }, description: { da: 'x', en: 'x' }, guidingQuestions: [] },
      { id: 'd2', title: { da: 'Engagement', en: 'Commitment' }, description: { da: 'x', en: 'x' }, guidingQuestions: [] },
    ],
    items: [
      { id: 'b', dimension: 'd2', text: { da: 'B', en: 'B' } },
      { id: 'a', dimension: 'd1', text: { da: 'A', en: 'A' } },
      { id: 'c', dimension: 'd2', text: { da: 'C', en: 'C' } },
    ],
  } as unknown as Parameters<typeof tallyRows>[1];

  it('orders statements by area, numbers them across the questionnaire, and counts missing ones as zero', () => {
    const rows = tallyRows(
      {
        respondents: 2,
        complete: 1,
        items: [
          { itemId: 'a', counts: [0, 1, 0, 1, 0], n: 2, mean: 3 },
          { itemId: 'b', counts: [1, 0, 0, 0, 0], n: 1, mean: 1 },
        ],
        dimensions: [
          { dimensionId: 'd1', n: 2, mean: 3 },
          { dimensionId: 'd2', n: 1, mean: 1 },
        ],
      },
      instrument,
      'en',
    );
    expect(rows.items.map((i) => [i.number, i.itemId, i.n])).toEqual([
      [1, 'a', 2],
      [2, 'b', 1],
      [3, 'c', 0],
    ]);
    expect(rows.items[2]!.counts).toEqual([0, 0, 0, 0, 0]);
    expect(rows.dimensions).toEqual([
      { dimensionId: 'd1', title: 'Vision', n: 2, mean: 3 },
      { dimensionId: 'd2', title: 'Commitment', n: 1, mean: 1 },
    ]);
  });

  it('splits a bar by the counts and places a mean on the 1–5 scale', () => {
    expect(stackedSegments([0, 0, 0, 0, 0])).toEqual([]);
    const parts = stackedSegments([1, 0, 2, 0, 1]);
    expect(parts.map((p) => [p.from, p.share])).toEqual([
      [0, 0.25],
      [0.25, 0],
      [0.25, 0.5],
      [0.75, 0],
      [0.75, 0.25],
    ]);
    expect(scalePosition(1)).toBe(0);
    expect(scalePosition(3)).toBe(0.5);
    expect(scalePosition(5)).toBe(1);
    expect(scalePosition(null)).toBe(0);
  });
});

describe('the QR code', () => {
  it('draws exactly the dark modules of the code, as runs per row, inside the quiet zone', () => {
    const qr = qrcode(0, 'M');
    qr.addData('https://pejling.example/deltag/ABCDEF');
    qr.make();
    const n = qr.getModuleCount();
    const path = qrPath((r, c) => qr.isDark(r, c), n, 4);
    // Paint the path back onto a grid and compare with the code.
    const grid = Array.from({ length: n + 8 }, () => Array<boolean>(n + 8).fill(false));
    for (const [, x, y, w] of path.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
      for (let i = 0; i < Number(w); i++) grid[Number(y)]![Number(x) + i] = true;
    }
    for (let r = 0; r < n + 8; r++)
      for (let c = 0; c < n + 8; c++) {
        const inside = r >= 4 && c >= 4 && r < n + 4 && c < n + 4;
        expect(grid[r]![c]).toBe(inside ? qr.isDark(r - 4, c - 4) : false);
      }
  });
});
