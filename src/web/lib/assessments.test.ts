import { describe, expect, it } from 'vitest';
import type { TRound } from '../../contracts/assessments.js';
import { divergingSegments, parseDecimal, roundActions, sideShares } from './assessments.js';

describe('diverging stacked bars', () => {
  it('puts disagreement left of the centre, agreement right, and splits the middle value', () => {
    const segments = divergingSegments([1, 1, 2, 0, 4]);
    const byValue = Object.fromEntries(segments.map((s) => [s.value, s]));
    expect(byValue[3]).toMatchObject({ share: 0.25, from: -0.125, to: 0.125 });
    expect(byValue[2]).toMatchObject({ share: 0.125, from: -0.25, to: -0.125 });
    expect(byValue[1]).toMatchObject({ share: 0.125, from: -0.375, to: -0.25 });
    expect(byValue[4]).toMatchObject({ share: 0, from: 0.125, to: 0.125 });
    expect(byValue[5]).toMatchObject({ share: 0.5, from: 0.125, to: 0.625 });
    expect(sideShares([1, 1, 2, 0, 4])).toEqual({ disagree: 0.25, neutral: 0.25, agree: 0.5 });
  });

  it('has no middle on an even scale and nothing to draw without answers', () => {
    const segments = divergingSegments([1, 0, 1, 2]);
    expect(segments.map((s) => [s.value, s.from, s.to])).toEqual([
      [1, -0.25, 0],
      [2, 0, 0],
      [3, 0, 0.25],
      [4, 0.25, 0.75],
    ]);
    expect(divergingSegments([0, 0, 0, 0, 0])).toEqual([]);
  });
});

describe('round actions', () => {
  const round = (patch: Partial<TRound>): TRound => ({
    id: '01jdq3v8x2k4m6n8p0r2s4t6v8',
    title: 'Runde',
    instrumentId: 'kl-digital-modenhed',
    instrumentVersion: 1,
    instrumentTitle: { da: 'KL', en: 'KL' },
    unitId: null,
    mode: 'team',
    anonymous: true,
    status: 'open',
    deadline: null,
    createdAt: '2026-11-25T09:00:00.000Z',
    closedAt: null,
    respondents: 0,
    myStatus: 'not_started',
    link: 'http://x',
    ...patch,
  });

  it('offers to answer, go on or look at the answers, and results when there is something to see', () => {
    expect(roundActions(round({}), false)).toEqual({ answer: 'start', results: false });
    expect(roundActions(round({}), true)).toEqual({ answer: 'start', results: true });
    expect(roundActions(round({ myStatus: 'in_progress' }), false)).toEqual({ answer: 'continue', results: true });
    expect(roundActions(round({ myStatus: 'submitted' }), false)).toEqual({ answer: 'view', results: true });
    expect(roundActions(round({ status: 'closed' }), false)).toEqual({ answer: null, results: true });
  });
});

describe('typed numbers', () => {
  it('accepts a decimal comma or point and nothing else', () => {
    expect(parseDecimal('3,5')).toBe(3.5);
    expect(parseDecimal(' 12 ')).toBe(12);
    expect(parseDecimal('-2.25')).toBe(-2.25);
    expect(parseDecimal('3,5,1')).toBeNull();
    expect(parseDecimal('tre')).toBeNull();
    expect(parseDecimal('')).toBeNull();
  });
});
