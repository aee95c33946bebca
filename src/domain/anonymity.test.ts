import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { suppressPartition } from './anonymity.js';

describe('suppressPartition', () => {
  it('hides small groups and one more, so the total cannot give them away', () => {
    const s = suppressPartition([
      { key: 'børn', n: 12 },
      { key: 'social', n: 3 },
      { key: 'teknik', n: 7 },
      { key: 'økonomi', n: 9 },
    ]);
    expect(s.totalShown).toBe(true);
    expect([...s.shown].sort()).toEqual(['børn', 'økonomi']);
    expect(s.hidden).toEqual([
      { key: 'social', reason: 'too_few' },
      { key: 'teknik', reason: 'would_reveal_others' },
    ]);
  });

  it('shows everything when every group is large enough', () => {
    const s = suppressPartition([
      { key: 'a', n: 5 },
      { key: 'b', n: 6 },
    ]);
    expect(s.hidden).toEqual([]);
    expect(s.shown.size).toBe(2);
  });

  it('hides the total and every group when fewer than five answered in all', () => {
    const s = suppressPartition([
      { key: 'a', n: 2 },
      { key: 'b', n: 2 },
    ]);
    expect(s.totalShown).toBe(false);
    expect(s.shown.size).toBe(0);
  });

  it('never lets a group, or what subtraction from the total reveals, fall under the threshold', () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 20 }), { minLength: 1, maxLength: 12 }), fc.integer({ min: 2, max: 10 }), (counts, threshold) => {
        const groups = counts.map((n, i) => ({ key: `g${i}`, n }));
        const s = suppressPartition(groups, threshold);
        const shown = groups.filter((g) => s.shown.has(g.key));
        const hiddenNonEmpty = groups.filter((g) => g.n > 0 && !s.shown.has(g.key));
        const hiddenSum = hiddenNonEmpty.reduce((a, g) => a + g.n, 0);
        const total = groups.reduce((a, g) => a + g.n, 0);
        return (
          shown.every((g) => g.n >= threshold) &&
          (s.totalShown ? total >= threshold : true) &&
          // What the total minus the shown groups reveals is either nothing or at least the threshold, over at least two groups.
          (!s.totalShown || hiddenNonEmpty.length === 0 || (hiddenSum >= threshold && hiddenNonEmpty.length >= 2) || shown.length === 0)
        );
      }),
    );
  });
});
