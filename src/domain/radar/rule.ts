import { z } from 'zod';
import { ZText } from '../instruments/schema.js';

/**
 * The ring rule of the technology radar: where a technology lands, from its technical maturity
 * and its spread. KL places a technology by the mean of the two; how both are measured and
 * normalised is Pejling's proposal, kept as data (`ringRule` in content/radar/catalogue.json) so
 * an edition can change it:
 *
 * - maturity m = (level − 1) / (levels − 1), so level 1 → 0 and the top level → 1. A mean of
 *   several assessors may fall between two levels.
 * - spread s = Σ points × answers / (highest points × answers counted), where each spread answer
 *   carries points (in operation 3, being tested 2, being considered 1, not considered 0) and an
 *   answer with `null` points ("don't know") is left out, so it neither raises nor lowers s.
 * - value = (w_m·m + w_s·s) / (w_m + w_s), the plain mean with equal weights.
 * - ring: the first threshold (from the centre out) whose `min` the value reaches.
 *
 * No maturity, or no counted spread answer, gives no place (null): a ring is never guessed.
 * Pure and framework-free: used by the server, the web and the exports alike.
 */

const Slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'lower-case words joined by hyphens');

/** Comparisons with a threshold allow for binary rounding (2/3 + 1/3 is not always 1 in floating point). */
const TOLERANCE = 1e-9;

export const ZRingRule = z
  .object({
    method: z.literal('mean-of-maturity-and-spread'),
    /** The rule in words, for the people reading the radar. */
    explanation: ZText,
    weights: z.object({ maturity: z.number().positive(), spread: z.number().positive() }).strict(),
    /** How many levels the maturity scale has (level 1 is the lowest). */
    maturityLevels: z.number().int().min(2).max(20),
    /** Points per spread answer option; null leaves the answer out ("don't know"). */
    spreadPoints: z.record(Slug, z.number().finite().min(0).nullable()),
    /** From the centre out: a value of at least `min` (0–1) lands in `ring`. */
    thresholds: z.array(z.object({ ring: Slug, min: z.number().min(0).max(1) }).strict()).min(2),
  })
  .strict()
  .superRefine((rule, ctx) => {
    const problem = (message: string, path: (string | number)[]) => ctx.addIssue({ code: 'custom', message, path });
    const points = Object.values(rule.spreadPoints);
    if (points.length < 2) problem('at least two spread options are needed', ['spreadPoints']);
    if (!points.some((p) => p !== null && p > 0)) problem('at least one spread option must give points', ['spreadPoints']);
    if (!points.some((p) => p === 0)) problem('one spread option must give 0 points (the technology is not in use)', ['spreadPoints']);
    const seen = new Set<string>();
    rule.thresholds.forEach((t, k) => {
      if (seen.has(t.ring)) problem(`ring "${t.ring}" has two thresholds`, ['thresholds', k, 'ring']);
      seen.add(t.ring);
      const previous = rule.thresholds[k - 1];
      if (previous && !(t.min < previous.min))
        problem(`thresholds must fall from the centre out (${t.min} is not below ${previous.min})`, ['thresholds', k, 'min']);
    });
    const last = rule.thresholds[rule.thresholds.length - 1];
    if (last && last.min !== 0)
      problem('the outermost ring must start at 0, so every value has a ring', ['thresholds', rule.thresholds.length - 1, 'min']);
  });

export type TRingRule = z.output<typeof ZRingRule>;

/** How many answers of each spread option (by option id); a missing option counts 0. */
export type SpreadCounts = Readonly<Partial<Record<string, number>>>;

export interface SpreadShare {
  /** 0–1, or null when no answer counts. */
  share: number | null;
  /** Answers that entered the share. */
  counted: number;
  /** Answers left out ("don't know"). */
  excluded: number;
}

export interface RadarScore {
  /** Normalised maturity, 0–1, or null when not assessed. */
  maturity: number | null;
  spread: SpreadShare;
  /** The weighted mean of maturity and spread, 0–1, or null when either is missing. */
  value: number | null;
  /** The ring id, or null when there is no value. */
  ring: string | null;
}

/** Maturity level (1…levels, fractions allowed for a mean) onto 0–1; null stays null. */
export function normaliseMaturity(level: number | null, rule: TRingRule): number | null {
  if (level === null) return null;
  const top = rule.maturityLevels;
  if (!Number.isFinite(level) || level < 1 || level > top) throw new RangeError(`maturity level ${level} is outside 1–${top}`);
  return (level - 1) / (top - 1);
}

/** The weighted share of the spread answers, "don't know" (null points) left out. */
export function spreadShare(counts: SpreadCounts, rule: TRingRule): SpreadShare {
  let points = 0;
  let counted = 0;
  let excluded = 0;
  for (const [option, n] of Object.entries(counts)) {
    if (n === undefined) continue;
    if (!(option in rule.spreadPoints)) throw new RangeError(`unknown spread option "${option}"`);
    if (!Number.isInteger(n) || n < 0) throw new RangeError(`count for "${option}" must be a whole number ≥ 0, not ${n}`);
    const p = rule.spreadPoints[option];
    if (p === null || p === undefined) {
      excluded += n;
      continue;
    }
    points += p * n;
    counted += n;
  }
  const highest = Math.max(...Object.values(rule.spreadPoints).map((p) => p ?? 0));
  // One division of two sums: a share that is exactly representable (½, ¾ …) comes out exact.
  return { share: counted === 0 ? null : points / (highest * counted), counted, excluded };
}

/** The ring of a value 0–1: the first threshold, from the centre out, that the value reaches. */
export function ringForValue(value: number, rule: TRingRule): string {
  if (!Number.isFinite(value) || value < -TOLERANCE || value > 1 + TOLERANCE) throw new RangeError(`value ${value} is outside 0–1`);
  const hit = rule.thresholds.find((t) => value >= t.min - TOLERANCE);
  // The outermost threshold is 0 (the schema insists), so a value in 0–1 always finds one.
  return (hit ?? rule.thresholds[rule.thresholds.length - 1]!).ring;
}

/** Maturity, spread, their weighted mean and the ring, each null when it cannot be known. */
export function score(maturityLevel: number | null, spreadCounts: SpreadCounts, rule: TRingRule): RadarScore {
  const maturity = normaliseMaturity(maturityLevel, rule);
  const spread = spreadShare(spreadCounts, rule);
  if (maturity === null || spread.share === null) return { maturity, spread, value: null, ring: null };
  const { maturity: wm, spread: ws } = rule.weights;
  const value = (wm * maturity + ws * spread.share) / (wm + ws);
  return { maturity, spread, value, ring: ringForValue(value, rule) };
}

/** The ring a technology lands in, or null when its maturity or its spread is unknown. */
export function ringOf(maturityLevel: number | null, spreadCounts: SpreadCounts, rule: TRingRule): string | null {
  return score(maturityLevel, spreadCounts, rule).ring;
}
