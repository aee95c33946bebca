import type { TRound } from '../../contracts/assessments.js';
import type { TInstrument, TItem, TText } from '../../domain/instruments/schema.js';
import type { Language } from '../i18n/index.js';

/** An answer as the API stores it: a number, "dont_know", option ids (picks) or text. */
export type Answer = number | string | string[];

export const DONT_KNOW = 'dont_know';

/** An instrument's text in the interface language. */
export function tx(text: TText | undefined, language: Language): string {
  return text ? text[language] : '';
}

/** The source line of an instrument: »Title«, publisher (year), quoted the Danish or English way. */
export function sourceLine(source: { title: string; publisher: string; year: number }, language: Language): string {
  const [open, close] = language === 'da' ? ['»', '«'] : ['“', '”'];
  return `${open}${source.title}${close}, ${source.publisher} (${source.year})`;
}

export interface DimensionStep {
  id: string;
  title: TText;
  description: TText;
  items: { item: TItem; number: number }[];
}

/** The instrument's items grouped by dimension, in order, each numbered across the whole questionnaire. */
export function dimensionSteps(instrument: TInstrument): DimensionStep[] {
  let number = 0;
  return instrument.dimensions.map((d) => ({
    id: d.id,
    title: d.title,
    description: d.description,
    items: instrument.items.filter((i) => i.dimension === d.id).map((item) => ({ item, number: ++number })),
  }));
}

/** The id of the first input of an item, which error summary links jump to. */
export function itemInputId(itemId: string): string {
  return `svar-${itemId}`;
}

/** Whether an item has been given an answer (a "don't know" counts). */
export function isAnswered(value: Answer | undefined): boolean {
  if (value === undefined) return false;
  if (Array.isArray(value)) return value.length > 0;
  return value !== '';
}

export interface Segment {
  /** The answer value 1..K. */
  value: number;
  count: number;
  /** Share of the answers on the scale (0–1). */
  share: number;
  /** Where the segment starts and ends on the axis from −1 (all disagree) to 1 (all agree). */
  from: number;
  to: number;
}

/**
 * A diverging stacked bar: values below the middle of the scale to the left of the centre line,
 * values above it to the right, and the middle value (on odd scales) split across the centre.
 * "Don't know" is not part of the distribution and so never part of the bar.
 */
export function divergingSegments(distribution: readonly number[]): Segment[] {
  const total = distribution.reduce((a, b) => a + b, 0);
  if (total === 0) return [];
  const k = distribution.length;
  const mid = (k + 1) / 2;
  const share = (v: number) => (distribution[v - 1] ?? 0) / total;
  const segments: Segment[] = [];
  // Leftwards from the centre: the middle value's left half, then the values below it, nearest first.
  let left = 0;
  let right = 0;
  if (Number.isInteger(mid)) {
    const half = share(mid) / 2;
    left = 0 - half;
    right = half;
    segments.push({ value: mid, count: distribution[mid - 1] ?? 0, share: share(mid), from: left, to: right });
  }
  for (let v = Math.ceil(mid) - 1; v >= 1; v--) {
    if (Number.isInteger(mid) && v === mid) continue;
    const s = share(v);
    segments.push({ value: v, count: distribution[v - 1] ?? 0, share: s, from: left - s, to: left });
    left -= s;
  }
  for (let v = Math.floor(mid) + 1; v <= k; v++) {
    const s = share(v);
    segments.push({ value: v, count: distribution[v - 1] ?? 0, share: s, from: right, to: right + s });
    right += s;
  }
  return segments.sort((a, b) => a.value - b.value);
}

/** Shares of the answers below and above the middle of the scale (the middle value counted as half each way). */
export function sideShares(distribution: readonly number[]): { disagree: number; neutral: number; agree: number } {
  const segments = divergingSegments(distribution);
  const k = distribution.length;
  const mid = (k + 1) / 2;
  let disagree = 0;
  let agree = 0;
  let neutral = 0;
  for (const s of segments) {
    if (s.value < mid) disagree += s.share;
    else if (s.value > mid) agree += s.share;
    else neutral += s.share;
  }
  return { disagree, neutral, agree };
}

/** The interface's round page paths. */
export function roundsPath(orgId: string): string {
  return `/org/${orgId}/vurderinger`;
}

export function roundPath(orgId: string, roundId: string): string {
  return `${roundsPath(orgId)}/${roundId}`;
}

export function resultsPath(orgId: string, roundId: string): string {
  return `${roundPath(orgId, roundId)}/resultater`;
}

/** What a member does next in a round: answer (or go on, or look at the answers) and whether results can be opened. */
export function roundActions(round: TRound, canFacilitate: boolean): { answer: 'start' | 'continue' | 'view' | null; results: boolean } {
  const open = round.status === 'open';
  let answer: 'start' | 'continue' | 'view' | null = null;
  if (open) answer = round.myStatus === 'not_started' ? 'start' : round.myStatus === 'in_progress' ? 'continue' : 'view';
  else if (round.myStatus !== 'not_started') answer = 'view';
  const results = !open || canFacilitate || round.myStatus !== 'not_started';
  return { answer, results };
}

/** Parses a number typed the Danish or English way ("3,5" or "3.5"); null when it is not a number. */
export function parseDecimal(text: string): number | null {
  const cleaned = text.trim().replace(/\s/g, '').replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(cleaned)) return null;
  return Number(cleaned);
}
