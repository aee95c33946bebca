import { mean } from '../stats.js';
import type { GenerationResult, ScaledResult } from './scoring.js';

export interface ScoreSummary {
  overall: number | null;
  /** Dimension id → score 0–100, or today's generation 1–4. */
  dimensions: Record<string, number | null>;
}

/** The figures comparisons use: the overall score and one figure per dimension. */
export function summarise(result: ScaledResult | GenerationResult): ScoreSummary {
  if (result.method === 'scaled-mean') {
    return { overall: result.overall.score, dimensions: Object.fromEntries(result.dimensions.map((d) => [d.dimension, d.score])) };
  }
  return { overall: result.overall.today, dimensions: Object.fromEntries(result.dimensions.map((d) => [d.dimension, d.today.median])) };
}

/** Organisations weigh equally: each figure is the mean of the organisations' figures. */
export function averageSummaries(summaries: ScoreSummary[], dimensionIds: string[]): ScoreSummary {
  const avg = (values: (number | null)[]) => mean(values.filter((v): v is number => v !== null));
  return {
    overall: avg(summaries.map((s) => s.overall)),
    dimensions: Object.fromEntries(dimensionIds.map((d) => [d, avg(summaries.map((s) => s.dimensions[d] ?? null))])),
  };
}
