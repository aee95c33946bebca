import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type SpreadCounts, type TRingRule, ZRingRule, normaliseMaturity, ringForValue, ringOf, score, spreadShare } from './rule.js';

/**
 * The ring rule with hand-computed examples. The rule below is the one proposed in
 * content/radar/catalogue.json (maturity 1–5, spread points 3/2/1/0, "don't know" left out,
 * thresholds 0.75/0.5/0.25/0), written out here so the arithmetic does not depend on the file.
 */

const text = { da: 'Forklaring', en: 'Explanation' };
const rawRule = {
  method: 'mean-of-maturity-and-spread',
  explanation: text,
  weights: { maturity: 1, spread: 1 },
  maturityLevels: 5,
  spreadPoints: { 'i-drift': 3, afproeves: 2, overvejes: 1, 'ikke-overvejet': 0, 'ved-ikke': null },
  thresholds: [
    { ring: 'klar', min: 0.75 },
    { ring: 'afproev', min: 0.5 },
    { ring: 'hold-oeje', min: 0.25 },
    { ring: 'afvent', min: 0 },
  ],
};
const rule: TRingRule = ZRingRule.parse(rawRule);
const RINGS = ['klar', 'afproev', 'hold-oeje', 'afvent'];

describe('normaliseMaturity', () => {
  it('maps level 1…5 onto 0, ¼, ½, ¾, 1 and keeps a mean between levels', () => {
    expect([1, 2, 3, 4, 5].map((l) => normaliseMaturity(l, rule))).toEqual([0, 0.25, 0.5, 0.75, 1]);
    expect(normaliseMaturity(4.5, rule)).toBe(0.875);
    expect(normaliseMaturity(null, rule)).toBeNull();
  });

  it('refuses a level outside the scale', () => {
    for (const level of [0, 0.99, 5.01, 6, Number.NaN]) expect(() => normaliseMaturity(level, rule), String(level)).toThrow(RangeError);
  });
});

describe('spreadShare', () => {
  it('weighs in operation 1, being tested ⅔, being considered ⅓, not considered 0', () => {
    expect(spreadShare({ 'i-drift': 1 }, rule).share).toBe(1);
    expect(spreadShare({ afproeves: 1 }, rule).share).toBeCloseTo(2 / 3, 12);
    expect(spreadShare({ overvejes: 1 }, rule).share).toBeCloseTo(1 / 3, 12);
    expect(spreadShare({ 'ikke-overvejet': 1 }, rule).share).toBe(0);
    // (3 + 2 + 1 + 0) / (3 × 4) = 6/12
    expect(spreadShare({ 'i-drift': 1, afproeves: 1, overvejes: 1, 'ikke-overvejet': 1 }, rule)).toEqual({
      share: 0.5,
      counted: 4,
      excluded: 0,
    });
  });

  it('leaves “don’t know” out: it neither raises nor lowers the share', () => {
    // (1×2 + 0×1) / (3 × 3) = 2/9; the seven “don’t know” are counted apart
    const result = spreadShare({ overvejes: 2, 'ikke-overvejet': 1, 'ved-ikke': 7 }, rule);
    expect(result.share).toBeCloseTo(2 / 9, 12);
    expect([result.counted, result.excluded]).toEqual([3, 7]);
  });

  it('has no share without an answer that counts', () => {
    expect(spreadShare({}, rule)).toEqual({ share: null, counted: 0, excluded: 0 });
    expect(spreadShare({ 'ved-ikke': 4 }, rule)).toEqual({ share: null, counted: 0, excluded: 4 });
    expect(spreadShare({ 'i-drift': 0, afproeves: 0 }, rule).share).toBeNull();
  });

  it('refuses unknown options and counts that are not whole numbers ≥ 0', () => {
    expect(() => spreadShare({ 'i-brug': 1 }, rule)).toThrow(/unknown spread option/);
    expect(() => spreadShare({ 'i-drift': -1 }, rule)).toThrow(RangeError);
    expect(() => spreadShare({ 'i-drift': 1.5 }, rule)).toThrow(RangeError);
  });
});

describe('ringOf: hand-computed examples', () => {
  const cases: { name: string; level: number | null; counts: SpreadCounts; value: number | null; ring: string | null }[] = [
    { name: 'proven standard, everyone in operation: (1 + 1)/2', level: 5, counts: { 'i-drift': 10 }, value: 1, ring: 'klar' },
    { name: 'research idea, no one has considered it: (0 + 0)/2', level: 1, counts: { 'ikke-overvejet': 10 }, value: 0, ring: 'afvent' },
    {
      name: 'piloted, one answer of each kind: (½ + 6/12)/2 = 0.5, on the Trial threshold',
      level: 3,
      counts: { 'i-drift': 1, afproeves: 1, overvejes: 1, 'ikke-overvejet': 1 },
      value: 0.5,
      ring: 'afproev',
    },
    {
      name: 'ready for operation, half testing, half considering: (¾ + 9/18)/2 = 0.625',
      level: 4,
      counts: { afproeves: 3, overvejes: 3 },
      value: 0.625,
      ring: 'afproev',
    },
    {
      name: 'ready for operation, (6+2+1)/12 = ¾ spread: (¾ + ¾)/2 = 0.75, on the Ready threshold',
      level: 4,
      counts: { 'i-drift': 2, afproeves: 1, overvejes: 1 },
      value: 0.75,
      ring: 'klar',
    },
    {
      name: 'the same with “not considered” for “being considered”: (¾ + 8/12)/2 ≈ 0.708',
      level: 4,
      counts: { 'i-drift': 2, afproeves: 1, 'ikke-overvejet': 1 },
      value: (0.75 + 8 / 12) / 2,
      ring: 'afproev',
    },
    {
      name: 'piloted, little interest: (½ + 1/9)/2 ≈ 0.306',
      level: 3,
      counts: { overvejes: 1, 'ikke-overvejet': 2 },
      value: (0.5 + 1 / 9) / 2,
      ring: 'hold-oeje',
    },
    {
      name: 'prototype, one in four in operation: (¼ + 3/12)/2 = 0.25, on the Watch threshold',
      level: 2,
      counts: { 'i-drift': 1, 'ikke-overvejet': 3 },
      value: 0.25,
      ring: 'hold-oeje',
    },
    {
      name: 'prototype, seven “don’t know” left out: (¼ + 2/9)/2 ≈ 0.236',
      level: 2,
      counts: { overvejes: 2, 'ikke-overvejet': 1, 'ved-ikke': 7 },
      value: (0.25 + 2 / 9) / 2,
      ring: 'afvent',
    },
    {
      name: 'a mean maturity of 4.5 and everyone testing: (0.875 + ⅔)/2 ≈ 0.771',
      level: 4.5,
      counts: { afproeves: 5 },
      value: (0.875 + 2 / 3) / 2,
      ring: 'klar',
    },
    { name: 'no answers at all', level: 5, counts: {}, value: null, ring: null },
    { name: 'only “don’t know”', level: 5, counts: { 'ved-ikke': 12 }, value: null, ring: null },
    { name: 'maturity not assessed', level: null, counts: { 'i-drift': 3 }, value: null, ring: null },
  ];

  it.each(cases)('$name → $ring', ({ level, counts, value, ring }) => {
    const result = score(level, counts, rule);
    if (value === null) expect(result.value).toBeNull();
    else expect(result.value).toBeCloseTo(value, 12);
    expect(result.ring).toBe(ring);
    expect(ringOf(level, counts, rule)).toBe(ring);
  });

  it('gives the same ring with or without “don’t know” answers', () => {
    expect(ringOf(4, { 'i-drift': 2, 'ikke-overvejet': 1 }, rule)).toBe('afproev');
    expect(ringOf(4, { 'i-drift': 2, 'ikke-overvejet': 1, 'ved-ikke': 100 }, rule)).toBe('afproev');
  });

  it('reports the parts: maturity, spread with its counts, value and ring', () => {
    expect(score(2, { overvejes: 2, 'ikke-overvejet': 1, 'ved-ikke': 7 }, rule)).toEqual({
      maturity: 0.25,
      spread: { share: 2 / 9, counted: 3, excluded: 7 },
      value: (0.25 + 2 / 9) / 2,
      ring: 'afvent',
    });
  });

  it('lands on the threshold a value reaches exactly, despite binary rounding', () => {
    // Weights 3:1 on a six-level scale: level 4 → 3/5, spread 3/15 = 1/5; (3·⅗ + ⅕)/4 = ½ exactly,
    // which floating point computes as 0.49999999999999994.
    const skewed = ZRingRule.parse({ ...rawRule, weights: { maturity: 3, spread: 1 }, maturityLevels: 6 });
    const result = score(4, { overvejes: 3, 'ikke-overvejet': 2 }, skewed);
    expect(result.value).toBeCloseTo(0.5, 12);
    expect(result.ring).toBe('afproev');
  });
});

describe('ringForValue', () => {
  it('takes the first threshold reached, from the centre out', () => {
    expect([1, 0.75, 0.7499, 0.5, 0.4999, 0.25, 0.2499, 0].map((v) => ringForValue(v, rule))).toEqual([
      'klar',
      'klar',
      'afproev',
      'afproev',
      'hold-oeje',
      'hold-oeje',
      'afvent',
      'afvent',
    ]);
  });

  it('refuses values outside 0–1', () => {
    expect(() => ringForValue(1.1, rule)).toThrow(RangeError);
    expect(() => ringForValue(-0.1, rule)).toThrow(RangeError);
  });
});

describe('ZRingRule', () => {
  const issues = (patch: Record<string, unknown>) => {
    const result = ZRingRule.safeParse({ ...rawRule, ...patch });
    return result.success ? [] : result.error.issues.map((i) => i.message);
  };

  it('accepts the proposed rule', () => {
    expect(issues({})).toEqual([]);
  });

  it('wants thresholds falling from the centre out and ending at 0', () => {
    expect(issues({ thresholds: [...rawRule.thresholds].reverse() }).join()).toMatch(/fall from the centre out/);
    expect(
      issues({
        thresholds: [
          { ring: 'klar', min: 0.75 },
          { ring: 'afproev', min: 0.75 },
          { ring: 'afvent', min: 0 },
        ],
      }).join(),
    ).toMatch(/fall from the centre out/);
    expect(issues({ thresholds: rawRule.thresholds.slice(0, 3) }).join()).toMatch(/must start at 0/);
  });

  it('wants every ring once', () => {
    expect(
      issues({
        thresholds: [
          { ring: 'klar', min: 0.75 },
          { ring: 'klar', min: 0.5 },
          { ring: 'afvent', min: 0 },
        ],
      }).join(),
    ).toMatch(/two thresholds/);
  });

  it('wants spread points that can tell in use from not in use', () => {
    expect(issues({ spreadPoints: { a: 0, b: 0, c: null } }).join()).toMatch(/must give points/);
    expect(issues({ spreadPoints: { a: 1, b: 2 } }).join()).toMatch(/0 points/);
    expect(issues({ spreadPoints: { a: -1, b: 0 } })).not.toEqual([]);
  });

  it('wants positive weights, a scale of at least two levels and no unknown keys', () => {
    expect(issues({ weights: { maturity: 0, spread: 1 } })).not.toEqual([]);
    expect(issues({ maturityLevels: 1 })).not.toEqual([]);
    expect(issues({ extra: true })).not.toEqual([]);
  });
});

describe('properties', () => {
  const counts = fc.record({
    'i-drift': fc.nat(50),
    afproeves: fc.nat(50),
    overvejes: fc.nat(50),
    'ikke-overvejet': fc.nat(50),
    'ved-ikke': fc.nat(50),
  });
  const level = fc.double({ min: 1, max: 5, noNaN: true });

  it('always gives a value in 0–1 and a known ring, or null exactly when no answer counts', () => {
    fc.assert(
      fc.property(level, counts, (l, c) => {
        const result = score(l, c, rule);
        const counted = c['i-drift'] + c.afproeves + c.overvejes + c['ikke-overvejet'];
        if (counted === 0) return result.ring === null && result.value === null;
        return result.value! >= 0 && result.value! <= 1 && RINGS.includes(result.ring!);
      }),
    );
  });

  it('never moves a technology outwards when its maturity rises or an answer moves up a step', () => {
    const position = (ring: string | null) => RINGS.indexOf(ring!);
    fc.assert(
      fc.property(level, level, counts, (a, b, c) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        const withAnswers = { ...c, overvejes: c.overvejes + 1 };
        const lifted = { ...c, afproeves: c.afproeves + 1 };
        return (
          position(ringOf(high, withAnswers, rule)) <= position(ringOf(low, withAnswers, rule)) &&
          position(ringOf(low, lifted, rule)) <= position(ringOf(low, withAnswers, rule))
        );
      }),
    );
  });

  it('ignores “don’t know” answers', () => {
    fc.assert(
      fc.property(level, counts, fc.nat(100), (l, c, extra) => {
        const more = { ...c, 'ved-ikke': c['ved-ikke'] + extra };
        return score(l, c, rule).value === score(l, more, rule).value;
      }),
    );
  });
});
