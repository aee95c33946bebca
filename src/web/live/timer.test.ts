import { describe, expect, it } from 'vitest';
import { formatClock, remainingMs } from './timer.js';

describe('the step timer', () => {
  const start = Date.parse('2026-11-25T10:00:00.000Z');

  it('counts down from the server’s start time while running', () => {
    const step = { durationMs: 600_000, elapsedMs: 60_000, runningSince: '2026-11-25T10:00:00.000Z' };
    expect(remainingMs(step, start + 30_000, 0)).toBe(510_000);
  });

  it('corrects a phone clock that is wrong', () => {
    const step = { durationMs: 600_000, elapsedMs: 0, runningSince: '2026-11-25T10:00:00.000Z' };
    // The phone is two minutes behind: server time = phone time + 120 s.
    expect(remainingMs(step, start - 120_000 + 10_000, 120_000)).toBe(590_000);
  });

  it('stands still while paused', () => {
    expect(remainingMs({ durationMs: 600_000, elapsedMs: 90_000, runningSince: null }, start, 0)).toBe(510_000);
  });

  it('writes minutes and seconds, rounding up, and never below zero', () => {
    expect(formatClock(754_000)).toBe('12:34');
    expect(formatClock(59_001)).toBe('1:00');
    expect(formatClock(1)).toBe('0:01');
    expect(formatClock(-5_000)).toBe('0:00');
  });
});
