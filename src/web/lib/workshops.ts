import type { TNoteCategory, TPicture, TPlanRow, TPlans, TServerMessage, TSnapshot, TTally } from '../../contracts/live.js';
import type { TArea, TWorkshopNotes, TWorkshopStep } from '../../contracts/workshops.js';
import type { TInstrument } from '../../domain/instruments/schema.js';
import type { StepClock } from '../../domain/workshops/timer.js';
import type { TStepKind } from '../../domain/workshops/template.js';
import type { Language } from '../i18n/index.js';

/*
 * Pure helpers of the workshop pages: addresses, times as the console and projector show them,
 * the live state a WebSocket keeps, the tally as rows of a table, the common picture's notes and
 * selection, the area plans, and the facilitator's notes of the common plans.
 */

// ---------------------------------------------------------------- addresses

export const workshopsPath = (orgId: string) => `/org/${orgId}/vaerksteder`;
export const workshopPath = (orgId: string, workshopId: string) => `${workshopsPath(orgId)}/${workshopId}`;
export const consolePath = (orgId: string, workshopId: string) => `${workshopPath(orgId, workshopId)}/styring`;
export const projectorPath = (orgId: string, workshopId: string) => `${workshopPath(orgId, workshopId)}/projektor`;
export const actionPlansPath = (orgId: string) => `/org/${orgId}/handlingsplaner`;

/** The address participants open: the server's when it gave one, else this site's. */
export function joinUrlOf(joinUrl: string | null | undefined, joinCode: string, origin: string): string {
  return joinUrl ?? `${origin}/deltag/${joinCode}`;
}

/** A join code split for reading aloud and from a distance: ABC DEF. */
export function spacedCode(code: string): string {
  return code.length === 6 ? `${code.slice(0, 3)} ${code.slice(3)}` : code;
}

// ---------------------------------------------------------------- times

/** A duration as m:ss, or h:mm:ss from an hour; negative durations are shown by their size. */
export function formatDuration(ms: number): string {
  const total = Math.floor(Math.abs(ms) / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const ss = String(s).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

/**
 * What the timer shows: the time left, counted down and rounded up to the second (so 0:00 is
 * reached exactly at the end), and from then on the overrun, counted up: +2:13.
 */
export function timerText(remainingMs: number): string {
  if (remainingMs >= 0) return formatDuration(Math.ceil(remainingMs / 1000) * 1000);
  return `+${formatDuration(-remainingMs)}`;
}

/** Minutes as hours and minutes: 240 → { hours: 4, minutes: 0 }. */
export function splitMinutes(total: number): { hours: number; minutes: number } {
  return { hours: Math.floor(total / 60), minutes: total % 60 };
}

export function totalMinutes(steps: readonly { durationMinutes: number }[]): number {
  return steps.reduce((sum, s) => sum + (Number.isFinite(s.durationMinutes) ? s.durationMinutes : 0), 0);
}

/** When each step begins and ends if the workshop starts at `start` and keeps to its durations. */
export function plannedTimes(start: string | null, steps: readonly { durationMinutes: number }[]): { from: Date; to: Date }[] | null {
  if (!start) return null;
  let at = Date.parse(start);
  if (!Number.isFinite(at)) return null;
  return steps.map((s) => {
    const from = new Date(at);
    at += (Number.isFinite(s.durationMinutes) ? s.durationMinutes : 0) * 60_000;
    return { from, to: new Date(at) };
  });
}

/** An ISO instant as the date (YYYY-MM-DD) and time (HH:MM) on the Copenhagen wall clock, for date and time inputs. */
export function copenhagenParts(iso: string | null): { date: string; time: string } {
  if (!iso) return { date: '', time: '' };
  const formatter = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/Copenhagen',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  const p: Record<string, string> = {};
  for (const part of formatter.formatToParts(new Date(iso))) p[part.type] = part.value;
  return { date: `${p.year}-${p.month}-${p.day}`, time: `${p.hour}:${p.minute}` };
}

/** The step's clock as the shared timer reads it. */
export function clockOf(step: { durationMs: number; elapsedMs: number; runningSince: string | null }): StepClock {
  return { durationMs: step.durationMs, elapsedMs: step.elapsedMs, runningSince: step.runningSince };
}

// ---------------------------------------------------------------- live state

/** What a console or projector knows of a running workshop: the last snapshot with the deltas since applied. */
export interface LiveState {
  snapshot: TSnapshot;
  /** Server clock minus this device's clock, in ms, measured when the snapshot arrived. */
  offsetMs: number;
}

/**
 * Applies one frame from the server: a snapshot replaces everything (and resets the clock offset),
 * a delta updates what it carries; anything else leaves the state as it is.
 */
export function applyFrame(state: LiveState | null, message: TServerMessage, receivedAt: number): LiveState | null {
  if (message.type === 'snapshot') {
    const serverTime = Date.parse(message.serverTime);
    return { snapshot: message, offsetMs: Number.isFinite(serverTime) ? serverTime - receivedAt : 0 };
  }
  if (message.type === 'delta') {
    if (!state || message.revision < state.snapshot.revision) return state;
    return { ...state, snapshot: mergeDelta(state.snapshot, message) };
  }
  return state;
}

/** A delta's fields over the snapshot's: every field it carries (participants, tally and whatever comes later). */
function mergeDelta(snapshot: TSnapshot, delta: Extract<TServerMessage, { type: 'delta' }>): TSnapshot {
  const { type: _type, revision, ...changes } = delta;
  const present = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined));
  return { ...snapshot, ...present, revision } as TSnapshot;
}

/** Wait before the next reconnection attempt: exponential from 0.5 s up to 30 s, with full jitter in its upper half. */
export function backoffDelay(attempt: number, random: number): number {
  const ceiling = Math.min(30_000, 500 * 2 ** Math.max(0, attempt));
  return Math.round(ceiling / 2 + (ceiling / 2) * Math.min(1, Math.max(0, random)));
}

// ---------------------------------------------------------------- the agenda while editing

/** A step as edited on the preparation page; `key` tells React which is which, also for new steps. */
export interface DraftStep {
  key: string;
  id?: string;
  kind: TStepKind;
  title: string;
  durationMinutes: string;
  purpose: string;
}

export function draftSteps(steps: readonly TWorkshopStep[]): DraftStep[] {
  return steps.map((s) => ({
    key: s.id,
    id: s.id,
    kind: s.kind,
    title: s.title,
    durationMinutes: String(s.durationMinutes),
    purpose: s.purpose,
  }));
}

/** The steps as the PATCH body wants them (a duration that is not a whole number is left for validation to reject). */
export function stepsBody(steps: readonly DraftStep[]) {
  return steps.map((s) => {
    const minutes = s.durationMinutes.trim() === '' ? Number.NaN : Number(s.durationMinutes);
    return {
      ...(s.id ? { id: s.id } : {}),
      kind: s.kind,
      title: s.title,
      durationMinutes: minutes,
      purpose: s.purpose,
    };
  });
}

/** The list with the element at `from` moved to `to`; out-of-range moves change nothing. */
export function moveItem<T>(list: readonly T[], from: number, to: number): T[] {
  if (from < 0 || from >= list.length || to < 0 || to >= list.length || from === to) return [...list];
  const next = [...list];
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item as T);
  return next;
}

// ---------------------------------------------------------------- the tally as rows

export interface ItemRow {
  itemId: string;
  /** Number across the questionnaire, 1-based. */
  number: number;
  text: string;
  dimensionId: string;
  counts: [number, number, number, number, number];
  n: number;
  mean: number | null;
}

export interface DimensionRow {
  dimensionId: string;
  title: string;
  n: number;
  mean: number | null;
}

export interface TallyRows {
  respondents: number;
  complete: number;
  dimensions: DimensionRow[];
  items: ItemRow[];
}

const NO_COUNTS: [number, number, number, number, number] = [0, 0, 0, 0, 0];

/**
 * The tally in the instrument's order with its texts: one row per area (dimension) and one per
 * statement, numbered across the questionnaire; statements without answers count zero.
 */
export function tallyRows(tally: TTally, instrument: Pick<TInstrument, 'dimensions' | 'items'>, language: Language): TallyRows {
  const items = new Map(tally.items.map((i) => [i.itemId, i]));
  const dims = new Map(tally.dimensions.map((d) => [d.dimensionId, d]));
  const itemRows: ItemRow[] = [];
  let number = 0;
  for (const dimension of instrument.dimensions) {
    for (const item of instrument.items.filter((i) => i.dimension === dimension.id)) {
      const t = items.get(item.id);
      const counts = (t?.counts.length === 5 ? [...t.counts] : [...NO_COUNTS]) as ItemRow['counts'];
      itemRows.push({
        itemId: item.id,
        number: ++number,
        text: item.text[language],
        dimensionId: dimension.id,
        counts,
        n: t?.n ?? 0,
        mean: t?.mean ?? null,
      });
    }
  }
  return {
    respondents: tally.respondents,
    complete: tally.complete,
    dimensions: instrument.dimensions.map((d) => ({
      dimensionId: d.id,
      title: d.title[language],
      n: dims.get(d.id)?.n ?? 0,
      mean: dims.get(d.id)?.mean ?? null,
    })),
    items: itemRows,
  };
}

/** The parts of a stacked bar of counts 1–5: where each starts and how wide it is, as shares of the whole (0–1). */
export function stackedSegments(counts: readonly number[]): { value: number; count: number; from: number; share: number }[] {
  const n = counts.reduce((a, b) => a + b, 0);
  if (n === 0) return [];
  let at = 0;
  return counts.map((count, i) => {
    const segment = { value: i + 1, count, from: at, share: count / n };
    at += count / n;
    return segment;
  });
}

/** Where a mean on the 1–5 scale lies along a bar, 0–1. */
export function scalePosition(mean: number | null): number {
  if (mean === null || !Number.isFinite(mean)) return 0;
  return Math.min(1, Math.max(0, (mean - 1) / 4));
}

// ---------------------------------------------------------------- the common picture

export type PictureNote = TPicture['notes'][number];
export type Selection = Record<TNoteCategory, string[]>;

export const NOTE_CATEGORIES: readonly TNoteCategory[] = ['strength', 'challenge', 'focus'];

/** The phases shown by dots: voting and selecting list the notes by their dots. */
export function ranksByDots(phase: TPicture['phase']): boolean {
  return phase === 'vote' || phase === 'select';
}

/** Most dots first; equal dots keep their order (the order they were written in). Dots not sent count as none. */
export function byDots<T extends { dots: number | null }>(notes: readonly T[]): T[] {
  return notes
    .map((note, index) => ({ note, index }))
    .sort((a, b) => (b.note.dots ?? 0) - (a.note.dots ?? 0) || a.index - b.index)
    .map((x) => x.note);
}

/** The note a merged note ends up in, following merges of merges (and stopping at a loop or a missing note). */
export function mergeRoot(noteId: string, byId: ReadonlyMap<string, { id: string; mergedInto: string | null }>): string {
  let current = byId.get(noteId);
  const seen = new Set<string>();
  while (current?.mergedInto && !seen.has(current.id)) {
    seen.add(current.id);
    const next = byId.get(current.mergedInto);
    if (!next) break;
    current = next;
  }
  return current?.id ?? noteId;
}

/** A note that stands on its own in the console's list, with the notes merged into it. */
export interface NoteGroup {
  note: PictureNote;
  merged: PictureNote[];
}

/**
 * The notes of one category as the console lists them: every note not merged away (hidden ones
 * too, marked), each with the notes merged into it; by dots when `rank`, else as written.
 */
export function noteGroups(notes: readonly PictureNote[], category: TNoteCategory, rank: boolean): NoteGroup[] {
  const byId = new Map(notes.map((n) => [n.id, n]));
  const own = notes.filter((n) => n.category === category);
  const ownIds = new Set(own.map((n) => n.id));
  const rootOf = new Map(own.map((n) => [n.id, n.mergedInto ? mergeRoot(n.id, byId) : n.id]));
  const groups = new Map<string, NoteGroup>();
  // A note stands on its own unless it ends up in another note of this category.
  for (const note of own) {
    const root = rootOf.get(note.id) ?? note.id;
    if (root === note.id || !ownIds.has(root)) groups.set(note.id, { note, merged: [] });
  }
  for (const note of own) {
    const root = rootOf.get(note.id) ?? note.id;
    if (root !== note.id) groups.get(root)?.merged.push(note);
  }
  const list = [...groups.values()];
  if (!rank) return list;
  return list
    .map((group, index) => ({ group, index }))
    .sort((a, b) => (b.group.note.dots ?? 0) - (a.group.note.dots ?? 0) || a.index - b.index)
    .map((x) => x.group);
}

/** Notes another note of the same category can be merged into: shown, not merged away, not itself. */
export function mergeTargets(notes: readonly PictureNote[], note: PictureNote): PictureNote[] {
  return notes.filter((n) => n.id !== note.id && n.category === note.category && !n.hidden && !n.mergedInto);
}

/** Whether the leadership can select a note: neither hidden nor merged away. */
export function selectable(note: Pick<PictureNote, 'hidden' | 'mergedInto'>): boolean {
  return !note.hidden && !note.mergedInto;
}

/** The stored selection per category, in its order (notes hidden or merged since are left out). */
export function selectionOf(notes: readonly PictureNote[]): Selection {
  const out: Selection = { strength: [], challenge: [], focus: [] };
  for (const category of NOTE_CATEGORIES) {
    out[category] = notes
      .filter((n) => n.category === category && n.selected !== null && selectable(n))
      .sort((a, b) => (a.selected ?? 0) - (b.selected ?? 0))
      .map((n) => n.id);
  }
  return out;
}

/** A selection without the notes that can no longer be selected (hidden, merged or gone). */
export function validSelection(selection: Selection, notes: readonly PictureNote[]): Selection {
  const ok = new Map(notes.map((n) => [n.id, n]));
  const keep = (category: TNoteCategory) =>
    selection[category].filter((id) => {
      const note = ok.get(id);
      return note !== undefined && note.category === category && selectable(note);
    });
  return { strength: keep('strength'), challenge: keep('challenge'), focus: keep('focus') };
}

export function sameSelection(a: Selection, b: Selection): boolean {
  return NOTE_CATEGORIES.every((c) => a[c].length === b[c].length && a[c].every((id, i) => b[c][i] === id));
}

/** Ticks or unticks a note: a ticked note goes last; nothing is added beyond `max`. */
export function toggleSelected(list: readonly string[], noteId: string, max: number): string[] {
  if (list.includes(noteId)) return list.filter((id) => id !== noteId);
  return list.length >= max ? [...list] : [...list, noteId];
}

export interface CategoryCheck {
  category: TNoteCategory;
  count: number;
  min: number;
  max: number;
  /** How many more are needed to reach the minimum. */
  missing: number;
  /** How many are over the maximum. */
  excess: number;
}

/** How each category's selection stands against the template's »select 3« or »select 3–5«. */
export function selectionChecks(
  selection: Selection,
  rules: readonly { id: TNoteCategory; select: { min: number; max: number } }[],
): CategoryCheck[] {
  return rules.map(({ id, select }) => {
    const count = selection[id].length;
    return {
      category: id,
      count,
      min: select.min,
      max: select.max,
      missing: Math.max(0, select.min - count),
      excess: Math.max(0, count - select.max),
    };
  });
}

// ---------------------------------------------------------------- the area plans

export interface AreaPlan {
  areaId: string;
  /** The area's name; null for rows of an area no longer in the workshop. */
  name: string | null;
  members: number;
  rows: TPlanRow[];
}

/** Every area in the workshop's order with its members and rows (in order); rows of unknown areas last. */
export function areaPlans(plans: TPlans | null, areas: readonly TArea[]): AreaPlan[] {
  const rows = [...(plans?.rows ?? [])].sort((a, b) => a.position - b.position);
  const members = plans?.members ?? {};
  const known = new Set(areas.map((a) => a.id));
  const out: AreaPlan[] = areas.map((a) => ({
    areaId: a.id,
    name: a.name,
    members: members[a.id] ?? 0,
    rows: rows.filter((r) => r.areaId === a.id),
  }));
  const unknown = [...new Set(rows.filter((r) => !known.has(r.areaId)).map((r) => r.areaId))];
  for (const areaId of unknown) {
    out.push({ areaId, name: null, members: members[areaId] ?? 0, rows: rows.filter((r) => r.areaId === areaId) });
  }
  return out;
}

/** The value of one field of a plan row, trimmed ('' when empty or missing). */
export function cellText(row: TPlanRow, field: keyof TPlanRow['cells']): string {
  return row.cells[field]?.value.trim() ?? '';
}

export function emptyRow(row: TPlanRow): boolean {
  return Object.values(row.cells).every((cell) => cell.value.trim() === '');
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A plan date as people read it: 2027-03-01 → 01.03.2027 (da) or 01 Mar 2027 (en); other text as written. */
export function planDateText(value: string, language: Language): string {
  const text = value.trim();
  const m = ISO_DAY.exec(text);
  if (!m) return text;
  const [, y, mo, d] = m as unknown as [string, string, string, string];
  const month = Number(mo);
  if (month < 1 || month > 12 || Number(d) < 1 || Number(d) > 31) return text;
  return language === 'da' ? `${d}.${mo}.${y}` : `${d} ${MONTHS_EN[month - 1]} ${y}`;
}

/** The two dates of the template's »start–end«, each as people read it ('' when not given). */
export function periodParts(start: string, end: string, language: Language): { from: string; to: string } {
  return { from: planDateText(start, language), to: planDateText(end, language) };
}

// ---------------------------------------------------------------- the facilitator's notes

/** The notes form: a text per dialogue theme (every theme present), the owners and the conclusion. */
export function notesDraftOf(notes: TWorkshopNotes | null | undefined, themeIds: readonly string[]): TWorkshopNotes {
  const themes: Record<string, string> = { ...(notes?.themes ?? {}) };
  for (const id of themeIds) themes[id] ??= '';
  return { themes, owners: notes?.owners ?? '', conclusion: notes?.conclusion ?? '' };
}

/** Whether two versions of the notes say the same (the server trims what it stores). */
export function sameNotes(a: TWorkshopNotes, b: TWorkshopNotes): boolean {
  const same = (x: string | undefined, y: string | undefined) => (x ?? '').trim() === (y ?? '').trim();
  const keys = new Set([...Object.keys(a.themes), ...Object.keys(b.themes)]);
  return same(a.owners, b.owners) && same(a.conclusion, b.conclusion) && [...keys].every((k) => same(a.themes[k], b.themes[k]));
}

// ---------------------------------------------------------------- QR code

/** The dark modules of a QR code as one SVG path (each module a 1×1 square), offset by a quiet zone. */
export function qrPath(isDark: (row: number, col: number) => boolean, size: number, margin: number): string {
  const parts: string[] = [];
  for (let row = 0; row < size; row++) {
    let col = 0;
    while (col < size) {
      if (!isDark(row, col)) {
        col++;
        continue;
      }
      // Runs of dark modules in a row become one rectangle: a shorter path.
      const start = col;
      while (col < size && isDark(row, col)) col++;
      parts.push(`M${start + margin} ${row + margin}h${col - start}v1h${start - col}z`);
    }
  }
  return parts.join('');
}
