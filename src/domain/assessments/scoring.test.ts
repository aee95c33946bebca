import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ZInstrument, type TInstrument } from '../instruments/schema.js';
import { DONT_KNOW, scoreGenerations, scoreScaled, type AnswerValue, type Response } from './scoring.js';

const t = (s: string) => ({ da: s, en: s });
const agreement = { type: 'agreement', min: 1, max: 5, lowLabel: t('Helt uenig'), highLabel: t('Helt enig'), dontKnow: true } as const;

/** A small instrument: two dimensions, one reversed item, one level item, one free-text item. */
const INSTRUMENT: TInstrument = ZInstrument.parse({
  id: 'test-instrument',
  version: 1,
  title: t('Test'),
  description: t('Test'),
  source: { title: 'Kilde', publisher: 'KL', year: 2020, seed: '004_eca04518f750382d.txt', section: 'x' },
  dimensions: [
    { id: 'strategi', title: t('Strategi'), description: t('S') },
    { id: 'teknik', title: t('Teknik'), description: t('T') },
  ],
  items: [
    { id: 's1', dimension: 'strategi', text: t('s1'), answer: agreement },
    { id: 's2', dimension: 'strategi', text: t('s2'), answer: agreement, reverse: true },
    { id: 't1', dimension: 'teknik', text: t('t1'), answer: agreement },
    {
      id: 't2',
      dimension: 'teknik',
      text: t('t2'),
      answer: { type: 'level', dontKnow: false, options: [1, 2, 3, 4].map((value) => ({ value, label: t(`L${value}`) })) },
    },
    { id: 'note', dimension: 'teknik', text: t('note'), answer: { type: 'text', maxLength: 500 }, scored: false },
  ],
  scoring: { method: 'scaled-mean', scale: { min: 0, max: 100 } },
  bands: [
    { id: 'lav', from: 0, to: 50, title: t('Lav'), interpretation: t('Lav') },
    { id: 'hoej', from: 50, to: 100, title: t('Høj'), interpretation: t('Høj') },
  ],
});

const r = (id: string, answers: Record<string, AnswerValue>): Response => ({ respondentId: id, answers });

describe('scoreScaled', () => {
  it('matches a computation by hand', () => {
    const result = scoreScaled(INSTRUMENT, [
      r('a', { s1: 5, s2: 1, t1: 3, t2: 4, note: 'fint' }), // strategi (100+100)/2=100; teknik (50+100)/2=75
      r('b', { s1: 1, s2: 5, t1: DONT_KNOW, t2: 1 }), // strategi (0+0)/2=0; teknik 0 (t1 not counted)
      r('c', { s1: 3, s2: DONT_KNOW }), // strategi 50; teknik: none
    ]);
    expect(result.respondents).toBe(3);
    const s1 = result.items.find((i) => i.itemId === 's1')!;
    expect(s1).toMatchObject({ n: 3, distribution: [1, 0, 1, 0, 1], dontKnow: 0, mean: 3, median: 3, min: 1, max: 5, score: 50 });
    const t1 = result.items.find((i) => i.itemId === 't1')!;
    expect(t1).toMatchObject({ n: 1, dontKnow: 1, mean: 3, score: 50 });
    const s2 = result.items.find((i) => i.itemId === 's2')!;
    expect(s2.score).toBe(50); // mean 3 reversed is still 3
    const strategi = result.dimensions.find((d) => d.dimension === 'strategi')!;
    expect(strategi).toMatchObject({ n: 3, score: 50, median: 50, min: 0, max: 100, band: 'hoej' });
    expect(strategi.sd).toBeCloseTo(Math.sqrt((50 ** 2 + 50 ** 2 + 0) / 3), 10);
    const teknik = result.dimensions.find((d) => d.dimension === 'teknik')!;
    expect(teknik).toMatchObject({ n: 2, score: 37.5, band: 'lav' });
    expect(result.overall.score).toBe((50 + 37.5) / 2);
    expect(result.items.map((i) => i.itemId)).not.toContain('note');
    // s2 and t2 split the team fully (100 against 0; s2 after reversing); s1 spreads 0, 50, 100.
    expect(result.disagreements.map((d) => d.itemId)).toEqual(['s2', 't2', 's1']);
    expect(result.disagreements[0]!.sd).toBe(50);
  });

  it('handles a round with a single respondent, and one with none', () => {
    const one = scoreScaled(INSTRUMENT, [r('a', { s1: 4, s2: 2, t1: 4, t2: 3 })]);
    const [strategi, teknik] = one.dimensions;
    expect([strategi!.score, strategi!.sd, strategi!.median]).toEqual([75, 0, 75]);
    expect(teknik!.score).toBeCloseTo((75 + 200 / 3) / 2, 10);
    expect(teknik!.sd).toBe(0);
    expect(teknik!.median).toBe(teknik!.score);
    expect(one.disagreements).toEqual([]);
    const none = scoreScaled(INSTRUMENT, []);
    expect(none.overall).toMatchObject({ n: 0, score: null, band: null });
    expect(none.dimensions.every((d) => d.score === null && d.band === null)).toBe(true);
  });

  const answer = fc.oneof(
    fc.integer({ min: 1, max: 5 }),
    fc.constant(DONT_KNOW as AnswerValue),
    fc.constant(undefined),
    fc.integer({ min: -3, max: 9 }),
    fc.string(),
  );
  const responses = fc
    .array(fc.record({ s1: answer, s2: answer, t1: answer, t2: answer }), { maxLength: 30 })
    .map((list) => list.map((answers, i) => ({ respondentId: `r${i}`, answers: answers as Record<string, AnswerValue> })));

  it('keeps every score within 0–100', () => {
    fc.assert(
      fc.property(responses, (rs) => {
        const result = scoreScaled(INSTRUMENT, rs);
        const scores = [
          ...result.items.map((i) => i.score),
          ...result.dimensions.flatMap((d) => [d.score, d.min, d.max, d.median]),
          result.overall.score,
        ];
        return scores.every((s) => s === null || (s >= 0 && s <= 100 + 1e-9));
      }),
    );
  });

  it('does not depend on the order of respondents', () => {
    fc.assert(
      fc.property(responses, fc.infiniteStream(fc.nat()), (rs, stream) => {
        const shuffled = [...rs];
        const rand = stream[Symbol.iterator]();
        for (let i = shuffled.length - 1; i > 0; i--) {
          const j = rand.next().value % (i + 1);
          [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
        }
        const a = scoreScaled(INSTRUMENT, rs);
        const b = scoreScaled(INSTRUMENT, shuffled);
        const close = (x: number | null, y: number | null) => (x === null ? y === null : y !== null && Math.abs(x - y) < 1e-9);
        return (
          a.dimensions.every(
            (d, k) =>
              close(d.score, b.dimensions[k]!.score) && close(d.sd, b.dimensions[k]!.sd) && close(d.median, b.dimensions[k]!.median),
          ) &&
          close(a.overall.score, b.overall.score) &&
          JSON.stringify(a.items.map((i) => i.distribution)) === JSON.stringify(b.items.map((i) => i.distribution))
        );
      }),
    );
  });

  it('never counts "don’t know" as a value', () => {
    fc.assert(
      fc.property(responses, (rs) => {
        const base = scoreScaled(INSTRUMENT, rs);
        const withDontKnow = scoreScaled(INSTRUMENT, [...rs, r('dk', { s1: DONT_KNOW, s2: DONT_KNOW, t1: DONT_KNOW, t2: DONT_KNOW })]);
        return (
          base.dimensions.every((d, k) => d.score === withDontKnow.dimensions[k]!.score && d.n === withDontKnow.dimensions[k]!.n) &&
          base.items.every((i, k) => i.n === withDontKnow.items[k]!.n && i.dontKnow + 1 === withDontKnow.items[k]!.dontKnow)
        );
      }),
    );
  });
});

const level4 = {
  type: 'level',
  dontKnow: true,
  options: [1, 2, 3, 4].map((value) => ({ value, label: t(`Generation ${value}`) })),
} as const;
const STAIRCASE: TInstrument = ZInstrument.parse({
  id: 'test-staircase',
  version: 1,
  title: t('Trappe'),
  description: t('Trappe'),
  source: { title: 'Kilde', publisher: 'FTF', year: 2017, seed: '003_59756c7e607fe50e.txt', section: 'x' },
  dimensions: ['rolle', 'gevinster'].map((id) => ({ id, title: t(id), description: t(id) })),
  items: ['rolle', 'gevinster'].flatMap((d) => [
    { id: `${d}-i-dag`, dimension: d, text: t(`${d} i dag`), answer: level4, perspective: 'today' },
    { id: `${d}-maal`, dimension: d, text: t(`${d} mål`), answer: level4, perspective: 'target' },
  ]),
  scoring: { method: 'generation', generations: 4 },
  bands: [1, 2, 3].map((g) => ({ id: `generation-${g}`, from: g, to: g + 1, title: t(`G${g}`), interpretation: t(`G${g}`) })),
});

describe('scoreGenerations', () => {
  it('places each dimension on the staircase today and as wanted, and names the mismatches', () => {
    const result = scoreGenerations(STAIRCASE, [
      r('a', { 'rolle-i-dag': 1, 'rolle-maal': 3, 'gevinster-i-dag': 2, 'gevinster-maal': 2 }),
      r('b', { 'rolle-i-dag': 2, 'rolle-maal': 4, 'gevinster-i-dag': 2, 'gevinster-maal': DONT_KNOW }),
      r('c', { 'rolle-i-dag': 1, 'rolle-maal': 3, 'gevinster-i-dag': 3 }),
    ]);
    const rolle = result.dimensions.find((d) => d.dimension === 'rolle')!;
    expect(rolle.today).toEqual({ distribution: [2, 1, 0, 0], median: 1, mean: 4 / 3, n: 3 });
    expect(rolle.target.median).toBe(3);
    expect(rolle.gap).toBe(2);
    expect(rolle.band).toBe('generation-1');
    const gevinster = result.dimensions.find((d) => d.dimension === 'gevinster')!;
    expect(gevinster.target.n).toBe(1);
    expect(gevinster.gap).toBe(0);
    expect(result.overall).toEqual({ today: 1.5, target: 2.5, lowest: 1, highest: 2, band: 'generation-1' });
    expect(result.mismatches).toEqual([{ dimension: 'rolle', gap: 2 }]);
  });

  it('stays on the staircase (1–4) whatever is answered, in any order', () => {
    const ans = fc.oneof(fc.integer({ min: -2, max: 7 }), fc.constant(DONT_KNOW as AnswerValue), fc.constant(undefined));
    fc.assert(
      fc.property(
        fc.array(fc.record({ 'rolle-i-dag': ans, 'rolle-maal': ans, 'gevinster-i-dag': ans, 'gevinster-maal': ans }), { maxLength: 25 }),
        (list) => {
          const rs = list.map((answers, i) => ({ respondentId: `r${i}`, answers: answers as Record<string, AnswerValue> }));
          const a = scoreGenerations(STAIRCASE, rs);
          const b = scoreGenerations(STAIRCASE, [...rs].reverse());
          const values = a.dimensions.flatMap((d) => [d.today.median, d.target.median, d.today.mean, d.target.mean]);
          return values.every((v) => v === null || (v >= 1 && v <= 4)) && JSON.stringify(a) === JSON.stringify(b);
        },
      ),
    );
  });
});
