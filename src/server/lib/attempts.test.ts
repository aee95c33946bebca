import { describe, expect, it } from 'vitest';
import { AttemptLimiter } from './attempts.js';

describe('AttemptLimiter', () => {
  it('blocks after the allowed failures within the window, and forgets them after it', () => {
    const limiter = new AttemptLimiter(3, 1000);
    for (const t of [0, 100, 200]) limiter.fail('anne@kommune.dk', t);
    expect(limiter.blocked('anne@kommune.dk', 300)).toBe(true);
    expect(limiter.blocked('bo@kommune.dk', 300)).toBe(false);
    expect(limiter.blocked('anne@kommune.dk', 1001)).toBe(false);
  });

  it('clears on success and keeps its size bounded', () => {
    const limiter = new AttemptLimiter(1, 1000, 2);
    limiter.fail('a', 0);
    limiter.clear('a');
    expect(limiter.blocked('a', 1)).toBe(false);
    for (const k of ['x', 'y', 'z']) limiter.fail(k, 0);
    expect(limiter.blocked('x', 1)).toBe(false);
    expect(limiter.blocked('z', 1)).toBe(true);
  });
});
