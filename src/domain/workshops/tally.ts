import type { TInstrument } from '../instruments/schema.js';

export interface ItemTally {
  itemId: string;
  /** How many answered 1, 2, 3, 4 and 5. */
  counts: [number, number, number, number, number];
  n: number;
  mean: number | null;
}

export interface DimensionTally {
  dimensionId: string;
  /** Answers given to the dimension's statements. */
  n: number;
  mean: number | null;
}

export interface TallySnapshot {
  respondents: number;
  complete: number;
  items: ItemTally[];
  dimensions: DimensionTally[];
}

/**
 * The live tally of a questionnaire: who answered what (1–5 per statement), kept so that one
 * answer changes it in constant time. A respondent is a participant or a group sharing a device.
 */
export class LiveTally {
  private readonly byRespondent = new Map<string, Map<string, number>>();
  private readonly sums = new Map<string, { counts: [number, number, number, number, number]; sum: number }>();
  private readonly itemDimension = new Map<string, string>();
  private completeCount = 0;

  constructor(private readonly instrument: Pick<TInstrument, 'items' | 'dimensions'>) {
    for (const item of instrument.items) {
      this.itemDimension.set(item.id, item.dimension);
      this.sums.set(item.id, { counts: [0, 0, 0, 0, 0], sum: 0 });
    }
  }

  has(itemId: string): boolean {
    return this.sums.has(itemId);
  }

  get itemCount(): number {
    return this.sums.size;
  }

  answersOf(respondent: string): Record<string, number> {
    return Object.fromEntries(this.byRespondent.get(respondent) ?? []);
  }

  /** Sets (or with null removes) one answer; returns whether anything changed. */
  set(respondent: string, itemId: string, value: number | null): boolean {
    const sums = this.sums.get(itemId);
    if (!sums) throw new Error(`unknown item ${itemId}`);
    if (value !== null && (!Number.isInteger(value) || value < 1 || value > 5)) throw new Error(`value out of range: ${value}`);
    let answers = this.byRespondent.get(respondent);
    const before = answers?.get(itemId) ?? null;
    if (before === value) return false;
    const wasComplete = answers?.size === this.sums.size;
    if (before !== null) {
      sums.counts[before - 1]!--;
      sums.sum -= before;
    }
    if (value === null) {
      answers!.delete(itemId);
      if (answers!.size === 0) this.byRespondent.delete(respondent);
    } else {
      if (!answers) this.byRespondent.set(respondent, (answers = new Map()));
      answers.set(itemId, value);
      sums.counts[value - 1]!++;
      sums.sum += value;
    }
    const isComplete = (this.byRespondent.get(respondent)?.size ?? 0) === this.sums.size;
    this.completeCount += Number(isComplete) - Number(wasComplete);
    return true;
  }

  snapshot(): TallySnapshot {
    const items: ItemTally[] = [];
    const dims = new Map<string, { n: number; sum: number }>(this.instrument.dimensions.map((d) => [d.id, { n: 0, sum: 0 }]));
    for (const [itemId, s] of this.sums) {
      const n = s.counts.reduce((a, b) => a + b, 0);
      items.push({ itemId, counts: [...s.counts], n, mean: n ? s.sum / n : null });
      const d = dims.get(this.itemDimension.get(itemId)!);
      if (d) {
        d.n += n;
        d.sum += s.sum;
      }
    }
    return {
      respondents: this.byRespondent.size,
      complete: this.completeCount,
      items,
      dimensions: [...dims].map(([dimensionId, d]) => ({ dimensionId, n: d.n, mean: d.n ? d.sum / d.n : null })),
    };
  }
}
