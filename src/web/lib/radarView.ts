import type { z } from 'zod';
import type { ZRadarView } from '../../contracts/radar.js';
import type { Movement } from '../../domain/radar/model.js';

/*
 * Pure helpers of the radar pages: addresses, which radar the page shows (and how the address
 * says it), searching and filtering blips, the legend's groups and keyboard order, sorting the
 * table, the spread of answers as bar segments, and the size of a PNG export.
 */

export type TRadarView = z.infer<typeof ZRadarView>;
export type TRadarBlip = TRadarView['blips'][number];

// ---------------------------------------------------------------- addresses

export const radarHubPath = (orgId: string) => `/org/${orgId}/radar`;
export const editionPath = (orgId: string, editionId: string) => `${radarHubPath(orgId)}/udgaver/${editionId}`;
export const ownRadarPath = (orgId: string, editionId: string) => `${editionPath(orgId, editionId)}/egen`;
export const technologyPath = (orgId: string, editionId: string, technologyId: string) =>
  `${editionPath(orgId, editionId)}/teknologier/${encodeURIComponent(technologyId)}`;
export const storedRadarPath = (orgId: string, radarId: string) => `${radarHubPath(orgId)}/radarer/${radarId}`;

/** The radar page of an edition, showing the joint radar or the chosen one. */
export function radarViewPath(orgId: string, editionId: string, choice?: RadarChoice): string {
  const base = `${editionPath(orgId, editionId)}/radar`;
  if (!choice) return base;
  return `${base}?${new URLSearchParams(searchForChoice(choice)).toString()}`;
}

// ---------------------------------------------------------------- which radar

export type RadarChoice = { radar: 'joint' } | { radar: 'own' } | { radar: 'area'; area: string };

/** The Danish words in the address: ?visning=samlet, ?visning=omraade&omraade=…, ?visning=egen. */
const VISNING = { joint: 'samlet', area: 'omraade', own: 'egen' } as const;

/**
 * The radar the address asks for. An unknown or missing area falls back to the joint radar, so an
 * old link never shows an error page.
 */
export function choiceFromSearch(search: URLSearchParams, areaIds: readonly string[]): RadarChoice {
  const visning = search.get('visning');
  if (visning === VISNING.own) return { radar: 'own' };
  if (visning === VISNING.area) {
    const area = search.get('omraade') ?? '';
    if (areaIds.includes(area)) return { radar: 'area', area };
  }
  return { radar: 'joint' };
}

/** The search parameters that say a choice (the inverse of choiceFromSearch). */
export function searchForChoice(choice: RadarChoice): Record<string, string> {
  if (choice.radar === 'area') return { visning: VISNING.area, omraade: choice.area };
  return { visning: VISNING[choice.radar] };
}

/** The API's query for a choice. */
export function choiceQuery(choice: RadarChoice): { radar: RadarChoice['radar']; area?: string } {
  return choice.radar === 'area' ? { radar: 'area', area: choice.area } : { radar: choice.radar };
}

/** A short key for a choice: 'joint', 'own' or 'area:<id>'. */
export function choiceKey(choice: RadarChoice): string {
  return choice.radar === 'area' ? `area:${choice.area}` : choice.radar;
}

// ---------------------------------------------------------------- filters

export const MOVEMENT_FILTERS = ['all', 'changed', 'new', 'moved', 'unchanged'] as const;
export type MovementFilter = (typeof MOVEMENT_FILTERS)[number];

export interface RadarFilter {
  /** Free text: part of a name or abbreviation, or a blip's number. */
  query: string;
  /** A sector or ring index; null for all. */
  sector: number | null;
  ring: number | null;
  movement: MovementFilter;
}

export const NO_FILTER: RadarFilter = { query: '', sector: null, ring: null, movement: 'all' };

export function isFiltering(filter: RadarFilter): boolean {
  return filter.query.trim() !== '' || filter.sector !== null || filter.ring !== null || filter.movement !== 'all';
}

/** Lower case without accents, so "robot" finds "Robotteknologi" and "cafe" finds "Café". */
export function normaliseText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .trim();
}

function movementMatches(movement: Movement, filter: MovementFilter): boolean {
  switch (filter) {
    case 'all':
      return true;
    case 'changed':
      return movement !== 'unchanged';
    case 'new':
      return movement === 'new';
    case 'moved':
      return movement === 'moved-in' || movement === 'moved-out';
    case 'unchanged':
      return movement === 'unchanged';
  }
}

/** Whether a blip passes the filter. A query of digits only matches the blip's number exactly. */
export function blipMatches(blip: TRadarBlip, filter: RadarFilter): boolean {
  if (filter.sector !== null && blip.sector !== filter.sector) return false;
  if (filter.ring !== null && blip.ring !== filter.ring) return false;
  if (!movementMatches(blip.movement, filter.movement)) return false;
  const query = normaliseText(filter.query);
  if (!query) return true;
  if (/^\d+$/.test(query)) return blip.number === Number(query);
  return normaliseText(blip.name).includes(query) || (blip.abbreviation ? normaliseText(blip.abbreviation).includes(query) : false);
}

/** The ids of the blips that pass the filter. */
export function matchingIds(blips: readonly TRadarBlip[], filter: RadarFilter): Set<string> {
  return new Set(blips.filter((b) => blipMatches(b, filter)).map((b) => b.id));
}

/** Parses a select's value as an index, '' meaning none. */
export function indexOrNull(value: string): number | null {
  if (value === '') return null;
  const n = Number(value);
  return Number.isInteger(n) && n >= 0 ? n : null;
}

export function isMovementFilter(value: string): value is MovementFilter {
  return (MOVEMENT_FILTERS as readonly string[]).includes(value);
}

// ---------------------------------------------------------------- legend and keyboard order

/** Blips in legend order: sector, then ring, then number (which the layout gives in that order). */
export function legendOrder(blips: readonly TRadarBlip[]): TRadarBlip[] {
  return [...blips].sort((a, b) => a.sector - b.sector || a.ring - b.ring || a.number - b.number || (a.id < b.id ? -1 : 1));
}

export interface LegendRing {
  ring: number;
  name: string;
  color: string;
  blips: TRadarBlip[];
}

export interface LegendSector {
  sector: number;
  name: string;
  rings: LegendRing[];
  count: number;
}

/** The legend: sectors in order, each with its rings from the centre out; only groups with blips. */
export function legendGroups(view: Pick<TRadarView, 'sectors' | 'rings'>, blips: readonly TRadarBlip[]): LegendSector[] {
  const ordered = legendOrder(blips);
  return view.sectors.flatMap((sector, s) => {
    const inSector = ordered.filter((b) => b.sector === s);
    if (inSector.length === 0) return [];
    const rings = view.rings.flatMap((ring, r) => {
      const inRing = inSector.filter((b) => b.ring === r);
      return inRing.length ? [{ ring: r, name: ring.name, color: ring.color, blips: inRing }] : [];
    });
    return [{ sector: s, name: sector.name, rings, count: inSector.length }];
  });
}

/**
 * Where a key moves the focus among blips in legend order: arrows to the next or previous (round
 * the end), Home and End to the first and last. Null for other keys or an empty order.
 */
export function nextInOrder(order: readonly string[], current: string | null, key: string): string | null {
  if (order.length === 0) return null;
  const last = order.length - 1;
  const index = current === null ? -1 : order.indexOf(current);
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
      return order[index < 0 || index === last ? 0 : index + 1] ?? null;
    case 'ArrowLeft':
    case 'ArrowUp':
      return order[index <= 0 ? last : index - 1] ?? null;
    case 'Home':
      return order[0] ?? null;
    case 'End':
      return order[last] ?? null;
    default:
      return null;
  }
}

// ---------------------------------------------------------------- table

export const SORT_KEYS = ['number', 'name', 'sector', 'ring', 'movement', 'relevance', 'organisations'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortDirection = 'ascending' | 'descending';

const MOVEMENT_ORDER: Record<Movement, number> = { new: 0, 'moved-in': 1, 'moved-out': 2, unchanged: 3 };

function sortValue(blip: TRadarBlip, key: SortKey): number | string | null {
  switch (key) {
    case 'number':
      return blip.number;
    case 'name':
      return blip.name;
    case 'sector':
      return blip.sector;
    case 'ring':
      return blip.ring;
    case 'movement':
      return MOVEMENT_ORDER[blip.movement];
    case 'relevance':
      return blip.relevanceMean ?? blip.relevance ?? null;
    case 'organisations':
      return blip.organisations ?? null;
  }
}

/** The table's rows sorted by a column; unknown values last in both directions, ties by number. */
export function sortBlips(blips: readonly TRadarBlip[], key: SortKey, direction: SortDirection, locale: string): TRadarBlip[] {
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  const sign = direction === 'ascending' ? 1 : -1;
  return [...blips].sort((a, b) => {
    const va = sortValue(a, key);
    const vb = sortValue(b, key);
    if (va === null || vb === null) {
      if (va !== vb) return va === null ? 1 : -1;
    } else {
      const order = typeof va === 'string' && typeof vb === 'string' ? collator.compare(va, vb) : Number(va) - Number(vb);
      if (order !== 0) return sign * order;
    }
    return a.number - b.number;
  });
}

// ---------------------------------------------------------------- spread of answers

export interface SpreadSegment {
  index: number;
  count: number;
  /** Where the segment starts and how much of the bar it takes (0–1). */
  from: number;
  share: number;
}

export function spreadTotal(counts: readonly { count: number }[]): number {
  return counts.reduce((sum, c) => sum + (Number.isFinite(c.count) && c.count > 0 ? c.count : 0), 0);
}

/** A spread of answers as the segments of one bar (empty options left out; nothing when no answers). */
export function spreadSegments(counts: readonly { count: number }[]): SpreadSegment[] {
  const total = spreadTotal(counts);
  if (total === 0) return [];
  let from = 0;
  const segments: SpreadSegment[] = [];
  counts.forEach((c, index) => {
    if (!(Number.isFinite(c.count) && c.count > 0)) return;
    const share = c.count / total;
    segments.push({ index, count: c.count, from, share });
    from += share;
  });
  return segments;
}

// ---------------------------------------------------------------- export

export interface ViewBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The viewBox of an SVG document's root element, or null. */
export function parseViewBox(svg: string): ViewBox | null {
  const match = /<svg\b[^>]*\sviewBox="([^"]+)"/.exec(svg);
  if (!match) return null;
  const parts = match[1]!
    .trim()
    .split(/[\s,]+/)
    .map(Number);
  if (parts.length !== 4 || parts.some((p) => !Number.isFinite(p))) return null;
  const [x, y, width, height] = parts as [number, number, number, number];
  return width > 0 && height > 0 ? { x, y, width, height } : null;
}

/** Whole pixels for a PNG of the radar: the longer side `longSide`, the shorter one in proportion. */
export function pngSize(box: ViewBox | null, longSide = 2000): { width: number; height: number } {
  if (!box) return { width: longSide, height: longSide };
  const scale = longSide / Math.max(box.width, box.height);
  return { width: Math.max(1, Math.round(box.width * scale)), height: Math.max(1, Math.round(box.height * scale)) };
}

/**
 * An SVG document as a data: address for an <img>. Not a blob: address, as the Content Security
 * Policy allows images from 'self' and data: only.
 */
export function svgDataUrl(svg: string): string {
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}

/** A file name from a title: "Fælles radar 2026" → "faelles-radar-2026". */
export function fileSlug(title: string, fallback = 'radar'): string {
  const slug = title
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug || fallback;
}

// ---------------------------------------------------------------- numbers

/** The index of a ring (or sector) by id in a list, or -1. */
export function indexById(list: readonly { id: string }[], id: string | null | undefined): number {
  return id ? list.findIndex((item) => item.id === id) : -1;
}
