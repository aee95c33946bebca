import type { TInstrument, TItem } from '../instruments/schema.js';
import { mean, median, minMax, standardDeviation } from '../stats.js';

/**
 * Scores of a round, computed from the answers alone: pure, order-independent, and never
 * counting "don't know" or a missing answer as a value.
 */

export const DONT_KNOW = 'dont_know' as const;

/** One answer as stored: a number for scales and levels, option ids for picks, text, or "don't know". */
export type AnswerValue = number | string | string[] | typeof DONT_KNOW;

export interface Response {
  respondentId: string;
  answers: Readonly<Record<string, AnswerValue | undefined>>;
}

export interface Spread {
  /** How many values the figures are computed from. */
  n: number;
  mean: number | null;
  median: number | null;
  sd: number | null;
  min: number | null;
  max: number | null;
}

export interface ItemResult extends Spread {
  itemId: string;
  dimension: string;
  /** Counts per answer value 1..K (index 0 is value 1). */
  distribution: number[];
  dontKnow: number;
  /** The mean mapped onto 0–100 (reversed items already turned). */
  score: number | null;
}

export interface DimensionResult extends Spread {
  dimension: string;
  /** Team score 0–100: the mean of the respondents' dimension scores (`mean` repeats it). */
  score: number | null;
  band: string | null;
}

export interface ScaledResult {
  method: 'scaled-mean';
  respondents: number;
  items: ItemResult[];
  dimensions: DimensionResult[];
  overall: Spread & { score: number | null; band: string | null };
  /** Items with the widest spread of answers (standard deviation on 0–100), widest first. */
  disagreements: { itemId: string; sd: number }[];
}

function spread(values: number[]): Spread {
  const mm = minMax(values);
  return {
    n: values.length,
    mean: mean(values),
    median: median(values),
    sd: standardDeviation(values),
    min: mm?.min ?? null,
    max: mm?.max ?? null,
  };
}

/** The number of answer values an item's scale has, or 0 when it has no scale. */
export function scaleSize(item: TItem): number {
  if (item.answer.type === 'agreement') return item.answer.max - item.answer.min + 1;
  if (item.answer.type === 'level') return item.answer.options.length;
  return 0;
}

/** A valid numeric answer on the item's scale, or null ("don't know", missing, or not a scale value). */
export function scaleValue(item: TItem, value: AnswerValue | undefined): number | null {
  const k = scaleSize(item);
  if (k === 0 || typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > k) return null;
  return value;
}

/** A scale value mapped onto 0–100, reversed items turned round. */
export function toScore(item: TItem, value: number): number {
  const k = scaleSize(item);
  const v = item.reverse ? k + 1 - value : value;
  return ((v - 1) / (k - 1)) * 100;
}

export function bandFor(instrument: TInstrument, score: number | null): string | null {
  if (score === null) return null;
  const sorted = [...instrument.bands].sort((a, b) => a.from - b.from);
  const last = sorted[sorted.length - 1];
  if (last && score === last.to) return last.id;
  return sorted.find((b) => score >= b.from && score < b.to)?.id ?? null;
}

function itemResult(item: TItem, responses: readonly Response[]): ItemResult {
  const k = scaleSize(item);
  const distribution = new Array<number>(k).fill(0);
  const values: number[] = [];
  let dontKnow = 0;
  for (const r of responses) {
    const raw = r.answers[item.id];
    if (raw === DONT_KNOW) dontKnow++;
    const v = scaleValue(item, raw);
    if (v === null) continue;
    distribution[v - 1]!++;
    values.push(v);
  }
  const s = spread(values);
  return {
    itemId: item.id,
    dimension: item.dimension,
    ...s,
    distribution,
    dontKnow,
    score: s.mean === null ? null : toScore(item, s.mean),
  };
}

/** Scores an instrument with the `scaled-mean` method over a set of responses. */
export function scoreScaled(instrument: TInstrument, responses: readonly Response[]): ScaledResult {
  const scored = instrument.items.filter((i) => i.scored && scaleSize(i) > 0);
  const items = scored.map((i) => itemResult(i, responses));
  const dimIndex = new Map(instrument.dimensions.map((d, k) => [d.id, k]));
  const nDims = instrument.dimensions.length;

  // Every answer on 0–100 once: scores[item][respondent], null where there is no value.
  const scores = scored.map((item) =>
    responses.map((r) => {
      const v = scaleValue(item, r.answers[item.id]);
      return v === null ? null : toScore(item, v);
    }),
  );

  // Each respondent's score per dimension: the mean of their item scores in it.
  const perRespondent = responses.map((_, r) => {
    const sums = new Array<number>(nDims).fill(0);
    const counts = new Array<number>(nDims).fill(0);
    scored.forEach((item, i) => {
      const value = scores[i]![r];
      if (value === null || value === undefined) return;
      const d = dimIndex.get(item.dimension)!;
      sums[d]! += value;
      counts[d]!++;
    });
    return sums.map((sum, d) => (counts[d]! > 0 ? sum / counts[d]! : null));
  });

  const dimensions: DimensionResult[] = instrument.dimensions.map((d, k) => {
    const s = spread(perRespondent.map((p) => p[k]!).filter((x): x is number => x !== null));
    return { dimension: d.id, ...s, score: s.mean, band: bandFor(instrument, s.mean) };
  });

  const overallPerRespondent = perRespondent
    .map((p) => mean(p.filter((x): x is number => x !== null)))
    .filter((x): x is number => x !== null);
  const overallScore = mean(dimensions.map((d) => d.score).filter((x): x is number => x !== null));
  const overall = { ...spread(overallPerRespondent), score: overallScore, band: bandFor(instrument, overallScore) };

  const disagreements = scored
    .map((item, i) => {
      const values = scores[i]!.filter((v): v is number => v !== null);
      return { itemId: item.id, sd: values.length >= 2 ? (standardDeviation(values) ?? 0) : 0 };
    })
    .filter((d) => d.sd > 0)
    .sort((a, b) => b.sd - a.sd || a.itemId.localeCompare(b.itemId));

  return { method: 'scaled-mean', respondents: responses.length, items, dimensions, overall, disagreements };
}

export interface GenerationDimensionResult {
  dimension: string;
  /** Respondents' answers per generation 1–4 (index 0 is generation 1). */
  today: { distribution: number[]; median: number | null; mean: number | null; n: number };
  target: { distribution: number[]; median: number | null; mean: number | null; n: number };
  /** How far the wanted practice lies above today's (target median − today median). */
  gap: number | null;
  band: string | null;
}

export interface GenerationResult {
  method: 'generation';
  respondents: number;
  dimensions: GenerationDimensionResult[];
  /** The organisation's step on the staircase: the median of the dimensions' medians today. */
  overall: { today: number | null; target: number | null; lowest: number | null; highest: number | null; band: string | null };
  /** Dimensions where today's practice lags where the organisation wants to be, largest gap first. */
  mismatches: { dimension: string; gap: number }[];
}

function generationSide(instrument: TInstrument, dimension: string, perspective: 'today' | 'target', responses: readonly Response[]) {
  const items = instrument.items.filter((i) => i.scored && i.dimension === dimension && i.perspective === perspective);
  const distribution = [0, 0, 0, 0];
  const values: number[] = [];
  for (const r of responses) {
    const own = items.map((i) => scaleValue(i, r.answers[i.id])).filter((v): v is number => v !== null);
    const m = median(own);
    if (m === null) continue;
    values.push(m);
    distribution[Math.min(3, Math.max(0, Math.round(m) - 1))]!++;
  }
  return { distribution, median: median(values), mean: mean(values), n: values.length };
}

/** Places the organisation on Kræmmergaard's staircase per dimension, today and as wanted. */
export function scoreGenerations(instrument: TInstrument, responses: readonly Response[]): GenerationResult {
  const dimensions = instrument.dimensions.map((d) => {
    const today = generationSide(instrument, d.id, 'today', responses);
    const target = generationSide(instrument, d.id, 'target', responses);
    const gap = today.median !== null && target.median !== null ? target.median - today.median : null;
    return { dimension: d.id, today, target, gap, band: bandFor(instrument, today.median) };
  });
  const todays = dimensions.map((d) => d.today.median).filter((x): x is number => x !== null);
  const targets = dimensions.map((d) => d.target.median).filter((x): x is number => x !== null);
  const mm = minMax(todays);
  const today = median(todays);
  return {
    method: 'generation',
    respondents: responses.length,
    dimensions,
    overall: { today, target: median(targets), lowest: mm?.min ?? null, highest: mm?.max ?? null, band: bandFor(instrument, today) },
    mismatches: dimensions
      .filter((d): d is GenerationDimensionResult & { gap: number } => d.gap !== null && d.gap > 0)
      .map((d) => ({ dimension: d.dimension, gap: d.gap }))
      .sort((a, b) => b.gap - a.gap || a.dimension.localeCompare(b.dimension)),
  };
}
