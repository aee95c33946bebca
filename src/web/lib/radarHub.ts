import type { TFieldError } from '../../contracts/errors.js';
import type { TEditionStatus, TRadarAnswer, TRadarTechnology } from '../../contracts/radar.js';
import type { RadarFormat } from '../../domain/radar/formats/index.js';
import type { Validation } from './validation.js';

/*
 * Pure helpers of the radar's own pages (the hub, an edition, answering, rating maturity and the
 * catalogue): addresses, which actions an edition offers, the answers as cells of technology ×
 * area with progress, the queue of unsaved changes, the problems of an imported file, and the
 * technology form of the catalogue.
 */

// ---------------------------------------------------------------- addresses

export const radarPath = (orgId: string) => `/org/${orgId}/radar`;
export const editionPath = (orgId: string, editionId: string) => `${radarPath(orgId)}/udgaver/${editionId}`;
export const answerPath = (orgId: string, editionId: string) => `${editionPath(orgId, editionId)}/svar`;
export const maturityPath = (orgId: string, editionId: string) => `${editionPath(orgId, editionId)}/modenhed`;
export const jointRadarPath = (orgId: string, editionId: string) => `${editionPath(orgId, editionId)}/radar`;
export const ownRadarPath = (orgId: string, editionId: string) => `${editionPath(orgId, editionId)}/egen`;
export const storedRadarPath = (orgId: string, radarId: string) => `${radarPath(orgId)}/radarer/${radarId}`;
export const CATALOGUE_ADMIN_PATH = '/admin/teknologier';

// ---------------------------------------------------------------- editions

export type EditionAction = 'answer' | 'maturity' | 'radar' | 'own' | 'manage';

/**
 * What the organisation can do with an edition, in the order the hub lists them: answer (taking
 * part, open), rate maturity (coordinating, open), see the joint radar and its own radar (once
 * opened), and manage it (facilitators of the coordinating organisation).
 */
export function editionActions(
  edition: { status: TEditionStatus; coordinating: boolean; participating: boolean },
  canFacilitate: boolean,
): EditionAction[] {
  const actions: EditionAction[] = [];
  const open = edition.status === 'open';
  if (edition.participating && open) actions.push('answer');
  if (edition.coordinating && open) actions.push('maturity');
  if (edition.status !== 'draft') {
    actions.push('radar');
    if (edition.participating) actions.push('own');
  }
  if (edition.coordinating && canFacilitate) actions.push('manage');
  return actions;
}

/** The control buttons an edition's status allows: open a draft, close an open one, reopen a closed one. */
export function statusControls(status: TEditionStatus): ('open' | 'close' | 'reopen')[] {
  if (status === 'draft') return ['open'];
  if (status === 'open') return ['close'];
  return ['reopen'];
}

// ---------------------------------------------------------------- grouping

/**
 * Items grouped by their sector in the order of `sectors`; items of a sector not listed come last
 * under their own id, so nothing is ever dropped.
 */
export function groupBySector<T extends { sector: string }, S extends { id: string }>(
  items: readonly T[],
  sectors: readonly S[],
): { sectorId: string; sector: S | null; items: T[] }[] {
  const groups = sectors.map((sector) => ({ sectorId: sector.id, sector: sector as S | null, items: [] as T[] }));
  const byId = new Map(groups.map((g) => [g.sectorId, g]));
  for (const item of items) {
    let group = byId.get(item.sector);
    if (!group) {
      group = { sectorId: item.sector, sector: null, items: [] };
      groups.push(group);
      byId.set(item.sector, group);
    }
    group.items.push(item);
  }
  return groups.filter((g) => g.items.length > 0);
}

// ---------------------------------------------------------------- answers

/** One answer cell (a technology in an area) as the answer page holds it. */
export interface AnswerCell {
  spread: string | null;
  /** A level 1…n, 0 for »Ved ikke«, null while not answered. */
  relevance: number | null;
}

export const EMPTY_CELL: AnswerCell = { spread: null, relevance: null };

export const cellKey = (technologyId: string, areaId: string) => `${technologyId}|${areaId}`;

/** The stored answers as cells by key. */
export function cellsFromAnswers(answers: readonly TRadarAnswer[]): Record<string, AnswerCell> {
  const cells: Record<string, AnswerCell> = {};
  for (const a of answers) cells[cellKey(a.technologyId, a.areaId)] = { spread: a.spread, relevance: a.relevance };
  return cells;
}

/** The answer the API stores for a cell. */
export function answerOf(technologyId: string, areaId: string, cell: AnswerCell): TRadarAnswer {
  return { technologyId, areaId, spread: cell.spread, relevance: cell.relevance };
}

/** A cell counts as answered once the spread is given (its options include »Ved ikke«); relevance may be left open. */
export const isCellAnswered = (cell: AnswerCell | undefined) => Boolean(cell && cell.spread !== null);

/** How many cells of the chosen areas are answered, of how many. */
export function answerProgress(
  technologyIds: readonly string[],
  areaIds: readonly string[],
  cells: Record<string, AnswerCell>,
): { answered: number; total: number } {
  let answered = 0;
  for (const t of technologyIds) for (const a of areaIds) if (isCellAnswered(cells[cellKey(t, a)])) answered += 1;
  return { answered, total: technologyIds.length * areaIds.length };
}

/** A technology is done when every chosen area has an answer. */
export function technologyAnswered(technologyId: string, areaIds: readonly string[], cells: Record<string, AnswerCell>): boolean {
  return areaIds.length > 0 && areaIds.every((a) => isCellAnswered(cells[cellKey(technologyId, a)]));
}

/** The respondent's areas kept in the edition's order, ignoring any the edition no longer has. */
export function orderedAreas(chosen: readonly string[], editionAreas: readonly { id: string }[]): string[] {
  const set = new Set(chosen);
  return editionAreas.filter((a) => set.has(a.id)).map((a) => a.id);
}

// ---------------------------------------------------------------- unsaved changes

/** Changes waiting to be saved: the newest value per key, and optionally one extra value (the chosen areas). */
export interface Pending<T, E> {
  items: Record<string, T>;
  extra: E | undefined;
}

export const emptyPending = <T, E>(): Pending<T, E> => ({ items: {}, extra: undefined });

export const isPendingEmpty = (p: Pending<unknown, unknown>) => p.extra === undefined && Object.keys(p.items).length === 0;

/** Older changes overlaid by newer ones (used when a batch that failed is put back in front of later changes). */
export function mergePending<T, E>(older: Pending<T, E>, newer: Pending<T, E>): Pending<T, E> {
  return { items: { ...older.items, ...newer.items }, extra: newer.extra !== undefined ? newer.extra : older.extra };
}

// ---------------------------------------------------------------- areas of a new edition

/** An area while it is edited: catalogue areas keep their id, new ones get one from the server. */
export interface AreaDraft {
  key: string;
  id?: string;
  name: string;
  /** The name as shown when editing began, and the stored Danish name. */
  original?: { name: string; da: string };
}

/** Areas for editing, named in the interface's language (`name`), remembering the stored Danish name. */
export function areaDrafts(areas: readonly { id: string; name: string; da?: string }[]): AreaDraft[] {
  return areas.map((a) => ({ key: a.id, id: a.id, name: a.name, original: { name: a.name, da: a.da ?? a.name } }));
}

/**
 * The areas as the API takes them: one name per area, which the server takes as the new name in
 * both languages unless it is the stored Danish name. An area left as it was is therefore sent
 * with its Danish name, so editing in English does not overwrite the Danish (and English) names.
 */
export function areaInputs(drafts: readonly AreaDraft[]): { id?: string; name: string }[] {
  return drafts.map((d) => {
    if (!d.id) return { name: d.name };
    const unchanged = d.original && d.name.trim() === d.original.name;
    return { id: d.id, name: unchanged && d.original ? d.original.da : d.name };
  });
}

/** True when the drafts are the given areas unchanged (then the API's default can be used). */
export function sameAreas(drafts: readonly AreaDraft[], areas: readonly { id: string; name: string }[]): boolean {
  return drafts.length === areas.length && drafts.every((d, i) => d.id === areas[i]?.id && d.name.trim() === areas[i]?.name);
}

// ---------------------------------------------------------------- organisations

/** Organisations whose name (or type label) holds every word of the query, case-insensitively. */
export function filterOrganisations<T extends { name: string }>(orgs: readonly T[], query: string, typeLabel?: (o: T) => string): T[] {
  const words = query.toLocaleLowerCase('da').split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...orgs];
  return orgs.filter((o) => {
    const hay = `${o.name} ${typeLabel ? typeLabel(o) : ''}`.toLocaleLowerCase('da');
    return words.every((w) => hay.includes(w));
  });
}

/** Names sorted the Danish way (æ, ø, å last). */
export function byDanishName<T extends { name: string }>(a: T, b: T): number {
  return a.name.localeCompare(b.name, 'da');
}

// ---------------------------------------------------------------- import

/** The file types each import format is read from. */
export const FORMAT_ACCEPT: Record<RadarFormat, string> = {
  'byor-csv': '.csv,text/csv',
  'byor-json': '.json,application/json',
  zalando: '.json,application/json',
  backstage: '.json,application/json',
};

export interface FileProblem {
  /** The line in the file, when the problem has one. */
  line: number | null;
  message: string;
  /** The message names the line itself (»Linje 3, name: …«), so it needs no prefix. */
  located: boolean;
}

/** The problems of a file the server refused, in the order of the file (problems without a line first). */
export function fileProblems(fields: readonly TFieldError[]): FileProblem[] {
  const problems = fields.map((f) => {
    const m = /\bline\s+(\d+)/i.exec(f.path);
    const line = m ? Number(m[1]) : null;
    const located = line !== null && new RegExp(`^\\s*(linje|line)\\s+${line}\\b`, 'i').test(f.message);
    return { line, message: f.message, located };
  });
  return problems
    .map((p, index) => ({ p, index }))
    .sort((a, b) => (a.p.line ?? 0) - (b.p.line ?? 0) || a.index - b.index)
    .map(({ p }) => p);
}

/** The largest file the import takes (the API's limit on the text). */
export const IMPORT_MAX_CHARS = 900_000;

// ---------------------------------------------------------------- maturity

/** The TRL span of a maturity level: »TRL 1–3«, or »TRL 8« for one step. */
export function trlSpan(trl: { from: number; to: number }): string {
  return trl.from === trl.to ? `TRL ${trl.from}` : `TRL ${trl.from}–${trl.to}`;
}

// ---------------------------------------------------------------- catalogue technologies

export interface ExampleDraft {
  key: string;
  area: string;
  da: string;
  en: string;
}

export interface CaseDraft {
  key: string;
  title: string;
  organisation: string;
  url: string;
  area: string;
}

/** A catalogue technology as its form holds it. */
export interface TechnologyDraft {
  nameDa: string;
  nameEn: string;
  descriptionDa: string;
  descriptionEn: string;
  sector: string;
  abbreviation: string;
  examples: ExampleDraft[];
  cases: CaseDraft[];
}

export function emptyTechnologyDraft(sector: string): TechnologyDraft {
  return { nameDa: '', nameEn: '', descriptionDa: '', descriptionEn: '', sector, abbreviation: '', examples: [], cases: [] };
}

export function technologyDraft(tech: TRadarTechnology): TechnologyDraft {
  return {
    nameDa: tech.name.da,
    nameEn: tech.name.en,
    descriptionDa: tech.description.da,
    descriptionEn: tech.description.en,
    sector: tech.sector,
    abbreviation: tech.abbreviation ?? '',
    examples: tech.examples.map((e, i) => ({ key: `example-${i}`, area: e.area, da: e.text.da, en: e.text.en })),
    cases: tech.cases.map((c, i) => ({ key: `case-${i}`, title: c.title, organisation: c.organisation, url: c.url, area: c.area ?? '' })),
  };
}

/** The body for creating or updating the technology (validated against the contract by the caller). */
export function technologyBody(draft: TechnologyDraft) {
  const abbreviation = draft.abbreviation.trim();
  return {
    sector: draft.sector,
    name: { da: draft.nameDa, en: draft.nameEn },
    abbreviation: abbreviation === '' ? null : abbreviation,
    description: { da: draft.descriptionDa, en: draft.descriptionEn },
    examples: draft.examples.map((e) => ({ area: e.area, text: { da: e.da, en: e.en } })),
    cases: draft.cases.map((c) => ({
      title: c.title,
      organisation: c.organisation,
      url: c.url.trim(),
      ...(c.area ? { area: c.area } : {}),
    })),
  };
}

// ---------------------------------------------------------------- forms

/**
 * A failed validation's problems in the order of the fields on the page (by the first of
 * `order` each path starts with), so the error summary reads from the top; others come last.
 */
export function inFieldOrder<T>(validation: Validation<T>, order: readonly string[]): Validation<T> {
  if (validation.ok) return validation;
  const rank = (path: string) => {
    const i = order.findIndex((prefix) => path === prefix || path.startsWith(`${prefix}.`));
    return i < 0 ? order.length : i;
  };
  const entries = Object.entries(validation.errors).map(([path, message], index) => ({ path, message, index }));
  entries.sort((a, b) => rank(a.path) - rank(b.path) || a.index - b.index);
  return { ok: false, errors: Object.fromEntries(entries.map((e) => [e.path, e.message])) };
}

// ---------------------------------------------------------------- the radar's look and ring rule

/** A sector or ring name while it is edited, remembering the name shown and the stored Danish name. */
export interface NameDraft {
  id: string;
  name: string;
  original: { name: string; da: string };
}

/** A ring while it is edited: name, colour and the least value of the rule as a percentage (text). */
export interface RingDraft extends NameDraft {
  color: string;
  percent: string;
  originalColor: string;
  originalMin: number;
  originalPercent: string;
}

/** The look and ring rule of an edition as its form holds them (numbers as typed). */
export interface LookDraft {
  sectors: NameDraft[];
  rings: RingDraft[];
  maturity: string;
  spread: string;
  original: { maturity: string; spread: string; weights: { maturity: number; spread: number } };
}

/** A number as a leader types it: decimal comma in Danish, point in English; at most two decimals. */
export function formatDecimal(value: number, language: 'da' | 'en'): string {
  const text = String(Number(value.toFixed(2)));
  return language === 'da' ? text.replace('.', ',') : text;
}

/** A typed number (comma or point as decimal mark); NaN unless it is a plain non-negative number. */
export function parseDecimal(text: string): number {
  const trimmed = text.trim();
  if (!/^\d+([.,]\d+)?$/.test(trimmed)) return Number.NaN;
  return Number(trimmed.replace(',', '.'));
}

/** The least value 0–1 of a ring as a percentage: 0.75 → »75«. */
export const percentOf = (min: number, language: 'da' | 'en') => formatDecimal(min * 100, language);

/** The form's starting point from the edition (names in the language shown). */
export function lookDraft(
  edition: {
    sectors: readonly { id: string; name: { da: string; en: string } }[];
    rings: readonly { id: string; name: { da: string; en: string }; color: string; min: number }[];
    weights: { maturity: number; spread: number };
  },
  language: 'da' | 'en',
): LookDraft {
  const named = (x: { id: string; name: { da: string; en: string } }): NameDraft => {
    const name = language === 'en' ? x.name.en || x.name.da : x.name.da;
    return { id: x.id, name, original: { name, da: x.name.da } };
  };
  const maturity = formatDecimal(edition.weights.maturity, language);
  const spread = formatDecimal(edition.weights.spread, language);
  return {
    sectors: edition.sectors.map(named),
    rings: edition.rings.map((r) => {
      const percent = percentOf(r.min, language);
      return {
        ...named(r),
        color: r.color,
        percent,
        originalColor: r.color,
        originalMin: r.min,
        originalPercent: percent,
      };
    }),
    maturity,
    spread,
    original: { maturity, spread, weights: { ...edition.weights } },
  };
}

/** A name as the API takes it: the stored Danish name when it was left as shown, so editing in English keeps both. */
const nameInput = (d: NameDraft) => (d.name.trim() === d.original.name ? d.original.da : d.name);

/** A ring's least value 0–1 from its percentage; the stored value when left as shown (no rounding drift). */
export function ringMin(ring: RingDraft): number {
  if (ring.percent.trim() === ring.originalPercent) return ring.originalMin;
  const percent = parseDecimal(ring.percent.replace(/\s*%\s*$/, ''));
  return Number.isNaN(percent) ? Number.NaN : Number((percent / 100).toFixed(6));
}

const weightInput = (text: string, shown: string, stored: number) => (text.trim() === shown ? stored : parseDecimal(text));

/** The body that sets every sector name, every ring and the weights (validated against the contract by the caller). */
export function lookBody(draft: LookDraft) {
  return {
    sectors: draft.sectors.map((s) => ({ id: s.id, name: nameInput(s) })),
    rings: draft.rings.map((r) => ({
      id: r.id,
      name: nameInput(r),
      color: r.color === r.originalColor ? r.color : r.color.toLowerCase(),
      min: ringMin(r),
    })),
    weights: {
      maturity: weightInput(draft.maturity, draft.original.maturity, draft.original.weights.maturity),
      spread: weightInput(draft.spread, draft.original.spread, draft.original.weights.spread),
    },
  };
}

/** A problem of the ring rule the contract cannot see, by body path; the caller words it. */
export type LookProblem =
  | { path: string; problem: 'percent' }
  | { path: string; problem: 'falling'; inner: number }
  | { path: string; problem: 'outermost' }
  | { path: string; problem: 'weight' };

/**
 * The ring rule's problems: each percentage a number from 0 to 100, falling strictly from the
 * centre out, the outermost exactly 0; each weight a number above 0 and at most 100.
 */
export function lookProblems(draft: LookDraft): LookProblem[] {
  const problems: LookProblem[] = [];
  const mins = draft.rings.map(ringMin);
  mins.forEach((min, i) => {
    const path = `rings.${i}.min`;
    if (Number.isNaN(min) || min < 0 || min > 1) return problems.push({ path, problem: 'percent' });
    const inner = mins[i - 1];
    if (inner !== undefined && !Number.isNaN(inner) && !(min < inner))
      return problems.push({ path, problem: 'falling', inner: inner * 100 });
    if (i === mins.length - 1 && min !== 0) problems.push({ path, problem: 'outermost' });
    return undefined;
  });
  const body = lookBody(draft);
  for (const key of ['maturity', 'spread'] as const) {
    const w = body.weights[key];
    if (Number.isNaN(w) || w <= 0 || w > 100) problems.push({ path: `weights.${key}`, problem: 'weight' });
  }
  return problems;
}
