import { describe, expect, it } from 'vitest';
import { BACKOFF_CAP_MS, backoffDelay } from './backoff.js';

describe('reconnection backoff', () => {
  it('starts at half a second and doubles', () => {
    expect(backoffDelay(0, () => 1)).toBe(500);
    expect(backoffDelay(1, () => 1)).toBe(1000);
    expect(backoffDelay(2, () => 1)).toBe(2000);
    expect(backoffDelay(4, () => 1)).toBe(8000);
  });

  it('never waits longer than ten seconds, however many attempts failed', () => {
    expect(backoffDelay(5, () => 1)).toBe(BACKOFF_CAP_MS);
    expect(backoffDelay(1000, () => 1)).toBe(BACKOFF_CAP_MS);
  });

  it('spreads a room of phones over the upper half of each step, never down to zero', () => {
    expect(backoffDelay(0, () => 0)).toBe(250);
    expect(backoffDelay(3, () => 0)).toBe(2000);
    expect(backoffDelay(9, () => 0)).toBe(BACKOFF_CAP_MS / 2);
    for (let attempt = 0; attempt < 12; attempt++) {
      const d = backoffDelay(attempt);
      expect(d).toBeGreaterThan(0);
      expect(d).toBeLessThanOrEqual(BACKOFF_CAP_MS);
    }
  });

  it('treats odd inputs safely', () => {
    expect(backoffDelay(-3, () => 1)).toBe(500);
    expect(backoffDelay(0, () => 7)).toBe(500);
  });
});
