import { type Movement, RADAR_LIMITS, type RadarDoc, type RadarDocBlip, type RadarDocRing, type RadarDocSnapshot } from '../model.js';
import {
  MOVED_TO_MOVEMENT,
  MOVEMENT_TO_MOVED,
  NameRegister,
  checkBlipCount,
  checkDescription,
  checkLink,
  checkName,
  validateRadarDoc,
} from './common.js';
import { IssueList, type RadarIssue, type RadarParseResult, type RadarSerializeResult, quoted } from './issues.js';
import { type JsonReader, isColor, readJsonObject } from './json-reader.js';
import type { JsonObject, JsonValue } from './json.js';
import { htmlToMarkdown, markdownToHtml } from './markdown.js';

/**
 * Backstage's tech radar (@backstage-community/plugin-tech-radar): `{ quadrants: [{id, name}],
 * rings: [{id, name, color, description?}], entries }`, each entry `{ key, id, title, quadrant
 * (a quadrant id), url?, links?, description?, timeline: [{ date, ringId, moved?, description? }] }`,
 * newest snapshot first (Backstage shows timeline[0]). A top-level `title`, which Backstage
 * ignores, is kept.
 *
 * Mapping: title → name; id (else key) → id; quadrant id → sector; url (else the first of links)
 * → link; description (Markdown, ./markdown.ts) → description; the timeline → history, oldest first
 * (by date; for one date, later in the file is older, as Backstage reads it), and the newest
 * snapshot's ring and movement are the blip's; the distinct dates, sorted, are the editions.
 * moved -1/0/1 → moved-out/unchanged/moved-in, and 2 → new as in Zalando's radar (Backstage's
 * MovedState lists only -1, 0 and 1, but files such as Statistics Norway's use 2); missing moved
 * is unchanged. Dates must be ISO dates (2024-06-14, or with a time).
 *
 * Writing gives each blip, ring and quadrant an id from its name when it has none, writes `moved`
 * 2 for new blips (or 0 with `strictMovedState`, for Backstage versions that check MovedState;
 * then new reads back as unchanged), and gives a blip without history one snapshot, dated
 * `date`, else the last edition if it is a date, else today.
 *
 * What Backstage cannot carry: whether a blip is inactive, more than one link (links beyond the
 * first and link titles are not kept on reading), editions no blip was placed in, and editions
 * that are not dates. Writing needs exactly four sectors, which is what Backstage draws.
 */

export interface BackstageOptions {
  /** The date of the snapshot written for a blip without history (YYYY-MM-DD). */
  date?: string;
  /** Write new blips as moved 0, for Backstage versions that accept only -1, 0 and 1. */
  strictMovedState?: boolean;
}

/** Colours for rings without one, from the centre out: the usual adopt, trial, assess and hold colours first. */
export const BACKSTAGE_RING_COLORS = ['#5BA300', '#009EB0', '#C7BA00', '#E09B96', '#8E7CC3', '#6D9EEB', '#E69138', '#999999'];

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
export const isIsoDate = (value: string): boolean => ISO_DATE.test(value) && !Number.isNaN(Date.parse(value.replace(' ', 'T')));
const time = (value: string): number => Date.parse(value.replace(' ', 'T'));

export function parseBackstage(text: string): RadarParseResult {
  const issues = new IssueList();
  const file = readJsonObject(text, issues);
  if (!file) return { ok: false, errors: issues.result() };
  const { root, read } = file;

  const title = read.str(root, 'title', 'title');
  const sectors = readScale(root, 'quadrants', read, issues);
  const rings = readScale(root, 'rings', read, issues);
  const entries = read.arr(root, 'entries', 'entries', true);
  const doc: RadarDoc = { sectors: sectors.items, rings: rings.items, blips: [] };
  if (title !== undefined && title.trim() !== '') doc.title = checkName(issues, read.line(root, 'title'), 'title', title) ?? '';

  if (entries) {
    if (entries.length === 0) issues.add(read.line(entries), 'empty_file', 'entries');
    const names = new NameRegister();
    const ids = new Map<string, number | null>();
    for (const { item, index } of read.objects(entries, 'entries')) {
      checkBlipCount(issues, index, read.line(item));
      const blip = readEntry(item, `entries[${index}]`, read, issues, { sectors: sectors.ids, rings: rings.ids });
      if (!blip) continue;
      names.check(issues, read.line(item, 'title'), `entries[${index}].title`, blip.name);
      if (blip.id !== undefined) {
        const first = ids.get(blip.id);
        if (first === undefined) ids.set(blip.id, read.line(item));
        else
          issues.add(
            read.line(item),
            'duplicate_id',
            `entries[${index}].id`,
            first === null ? { id: quoted(blip.id) } : { id: quoted(blip.id), firstLine: first },
          );
      }
      doc.blips.push(blip);
    }
  }
  const editions = [...new Set(doc.blips.flatMap((b) => (b.history ?? []).map((h) => h.edition)))].sort(byDate);
  if (editions.length > RADAR_LIMITS.editions) issues.add(null, 'too_long', 'timeline', { max: RADAR_LIMITS.editions });
  if (editions.length > 0) doc.editions = editions;
  return issues.empty ? { ok: true, doc } : { ok: false, errors: issues.result() };
}

const byDate = (a: string, b: string): number => time(a) - time(b) || (a < b ? -1 : a > b ? 1 : 0);

/** Quadrants or rings as read, and the index of each id. */
interface Scale {
  items: RadarDocRing[];
  ids: Map<string, number>;
}

function readScale(root: JsonObject, key: 'quadrants' | 'rings', read: JsonReader, issues: IssueList): Scale {
  const list = read.arr(root, key, key, true) ?? [];
  const max = key === 'rings' ? RADAR_LIMITS.rings : RADAR_LIMITS.sectors;
  if (list.length === 0) issues.add(read.line(root, key), key === 'rings' ? 'too_few_rings' : 'too_few_sectors', key, { min: 1 });
  if (list.length > max)
    issues.add(read.line(list), key === 'rings' ? 'too_many_rings' : 'too_many_sectors', key, { count: list.length, max });
  const items: RadarDocRing[] = [];
  const ids = new Map<string, number>();
  const names = new NameRegister();
  for (const { item, index } of read.objects(list, key)) {
    const path = `${key}[${index}]`;
    const rawId = read.str(item, 'id', `${path}.id`, true);
    const rawName = read.str(item, 'name', `${path}.name`, true);
    const id = rawId === undefined ? null : checkName(issues, read.line(item, 'id'), `${path}.id`, rawId);
    const name = rawName === undefined ? null : checkName(issues, read.line(item, 'name'), `${path}.name`, rawName);
    const ring: RadarDocRing = { name: name ?? '', id: id ?? '' };
    if (key === 'rings') {
      const color = read.str(item, 'color', `${path}.color`)?.trim();
      const description = read.str(item, 'description', `${path}.description`)?.trim();
      if (color && !isColor(color)) issues.add(read.line(item, 'color'), 'invalid_value', `${path}.color`, { value: quoted(color) });
      else if (color) ring.color = color;
      if (description && description.length > RADAR_LIMITS.description)
        issues.add(read.line(item, 'description'), 'too_long', `${path}.description`, { max: RADAR_LIMITS.description });
      else if (description) ring.description = description;
    }
    if (id === null || name === null) continue;
    names.check(issues, read.line(item, 'name'), `${path}.name`, name);
    if (ids.has(id)) issues.add(read.line(item, 'id'), 'duplicate_id', `${path}.id`, { id: quoted(id) });
    else ids.set(id, items.length);
    items.push(ring);
  }
  return { items, ids };
}

/** An id in a map, exactly or else regardless of case (people type "DevOps" for "devops"). */
function lookUp(ids: Map<string, number>, value: string): number | undefined {
  const exact = ids.get(value);
  if (exact !== undefined) return exact;
  const lower = value.toLowerCase();
  for (const [id, index] of ids) if (id.toLowerCase() === lower) return index;
  return undefined;
}

function readEntry(
  item: JsonObject,
  path: string,
  read: JsonReader,
  issues: IssueList,
  scales: { sectors: Map<string, number>; rings: Map<string, number> },
): RadarDocBlip | null {
  const rawTitle = read.str(item, 'title', `${path}.title`, true);
  const rawId = read.str(item, 'id', `${path}.id`) ?? read.str(item, 'key', `${path}.key`);
  const quadrant = read.str(item, 'quadrant', `${path}.quadrant`, true);
  const url = read.str(item, 'url', `${path}.url`);
  const links = read.arr(item, 'links', `${path}.links`);
  const description = read.str(item, 'description', `${path}.description`);
  const timeline = read.arr(item, 'timeline', `${path}.timeline`, true);

  const name = rawTitle === undefined ? null : checkName(issues, read.line(item, 'title'), `${path}.title`, rawTitle);
  const id =
    rawId === undefined || rawId.trim() === '' ? undefined : (checkName(issues, read.line(item, 'id'), `${path}.id`, rawId) ?? undefined);
  const sector = quadrant === undefined ? undefined : lookUp(scales.sectors, quadrant.trim());
  if (quadrant !== undefined && sector === undefined)
    issues.add(read.line(item, 'quadrant'), 'unknown_sector', `${path}.quadrant`, {
      value: quoted(quadrant),
      allowed: [...scales.sectors.keys()].join(', '),
    });
  let link: string | undefined;
  if (url !== undefined) link = checkLink(issues, read.line(item, 'url'), `${path}.url`, url);
  else if (links && links.length > 0) {
    const first = read.objects(links, `${path}.links`)[0];
    const firstUrl = first ? read.str(first.item, 'url', `${path}.links[0].url`, true) : undefined;
    if (firstUrl !== undefined) link = checkLink(issues, read.line(first!.item, 'url'), `${path}.links[0].url`, firstUrl);
  }
  const html =
    description === undefined
      ? ''
      : checkDescription(issues, read.line(item, 'description'), `${path}.description`, markdownToHtml(description));

  const history = readTimeline(timeline, `${path}.timeline`, read, issues, scales.rings, read.line(item, 'timeline'));
  const current = history?.[history.length - 1];
  if (name === null || sector === undefined || !history || !current) return null;
  const blip: RadarDocBlip = { name, sector, ring: current.ring, movement: current.movement, description: html, history };
  if (id !== undefined) blip.id = id;
  if (link !== undefined) blip.link = link;
  return blip;
}

function readTimeline(
  timeline: JsonValue[] | undefined,
  path: string,
  read: JsonReader,
  issues: IssueList,
  rings: Map<string, number>,
  line: number | null,
): RadarDocSnapshot[] | null {
  if (!timeline) return null;
  if (timeline.length === 0) {
    issues.add(line, 'missing_value', path);
    return null;
  }
  if (timeline.length > RADAR_LIMITS.history) issues.add(line, 'too_long', path, { max: RADAR_LIMITS.history });
  const snapshots: (RadarDocSnapshot & { order: number })[] = [];
  let ok = true;
  for (const { item, index } of read.objects(timeline, path)) {
    const at = `${path}[${index}]`;
    const date = read.str(item, 'date', `${at}.date`, true);
    const ringId = read.str(item, 'ringId', `${at}.ringId`, true);
    const moved = read.int(item, 'moved', `${at}.moved`);
    const description = read.str(item, 'description', `${at}.description`);
    if (date !== undefined && !isIsoDate(date.trim()))
      issues.add(read.line(item, 'date'), 'invalid_date', `${at}.date`, { value: quoted(date) });
    const ring = ringId === undefined ? undefined : lookUp(rings, ringId.trim());
    if (ringId !== undefined && ring === undefined)
      issues.add(read.line(item, 'ringId'), 'unknown_ring', `${at}.ringId`, {
        value: quoted(ringId),
        allowed: [...rings.keys()].join(', '),
      });
    const movement: Movement | undefined = MOVED_TO_MOVEMENT.get(moved ?? 0);
    if (!movement) issues.add(read.line(item, 'moved'), 'invalid_value', `${at}.moved`, { value: moved ?? '', allowed: '-1, 0, 1, 2' });
    const html =
      description === undefined
        ? ''
        : checkDescription(issues, read.line(item, 'description'), `${at}.description`, markdownToHtml(description));
    if (date === undefined || !isIsoDate(date.trim()) || ring === undefined || !movement) {
      ok = false;
      continue;
    }
    const snapshot: RadarDocSnapshot & { order: number } = { edition: date.trim(), ring, movement, order: index };
    if (html !== '') snapshot.description = html;
    snapshots.push(snapshot);
  }
  if (!ok || snapshots.length === 0) return null;
  // Oldest first; of two on one date, the one later in the file is the older (Backstage lists newest first).
  snapshots.sort((a, b) => byDate(a.edition, b.edition) || b.order - a.order);
  return snapshots.map(({ order: _order, ...s }) => s);
}

/** A readable id from a name, unique among `taken`. */
function idFor(name: string, taken: Set<string>): string {
  const base =
    name
      .toLowerCase()
      .replace(/æ/g, 'ae')
      .replace(/ø/g, 'oe')
      .replace(/ß/g, 'ss')
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 80) || 'item';
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

function ids<T extends { name: string; id?: string }>(list: T[]): string[] {
  const taken = new Set(list.flatMap((x) => (x.id !== undefined ? [x.id] : [])));
  return list.map((x) => x.id ?? idFor(x.name, taken));
}

export function serializeBackstage(doc: RadarDoc, options: BackstageOptions = {}): RadarSerializeResult {
  const errors: RadarIssue[] = validateRadarDoc(doc);
  if (doc.sectors.length !== 4)
    errors.push({
      line: null,
      field: 'sectors',
      code: 'unsupported_sector_count',
      params: { format: 'Backstage', count: doc.sectors.length, allowed: '4' },
    });
  const lastEdition = doc.editions?.[doc.editions.length - 1];
  const fallback =
    options.date ?? (lastEdition !== undefined && isIsoDate(lastEdition) ? lastEdition : new Date().toISOString().slice(0, 10));
  if (!isIsoDate(fallback)) errors.push({ line: null, field: 'date', code: 'invalid_date', params: { value: quoted(fallback) } });
  doc.blips.forEach((b, k) =>
    (b.history ?? []).forEach((h, j) => {
      if (!isIsoDate(h.edition))
        errors.push({ line: null, field: `blips[${k}].history[${j}].edition`, code: 'invalid_date', params: { value: quoted(h.edition) } });
    }),
  );
  if (errors.length > 0) return { ok: false, errors };

  const sectorIds = ids(doc.sectors);
  const ringIds = ids(doc.rings);
  const blipIds = ids(doc.blips);
  const moved = (m: Movement): number => (m === 'new' && options.strictMovedState ? 0 : MOVEMENT_TO_MOVED[m]);
  const out: Record<string, unknown> = {};
  if (doc.title !== undefined) out.title = doc.title;
  out.quadrants = doc.sectors.map((s, k) => ({ id: sectorIds[k], name: s.name }));
  out.rings = doc.rings.map((r, k) => ({
    id: ringIds[k],
    name: r.name,
    color: r.color ?? BACKSTAGE_RING_COLORS[k % BACKSTAGE_RING_COLORS.length],
    ...(r.description !== undefined ? { description: r.description } : {}),
  }));
  out.entries = doc.blips.map((b, k) => {
    const history = b.history && b.history.length > 0 ? b.history : [{ edition: fallback, ring: b.ring, movement: b.movement }];
    const description = htmlToMarkdown(b.description);
    return {
      key: blipIds[k],
      id: blipIds[k],
      title: b.name,
      quadrant: sectorIds[b.sector],
      ...(b.link !== undefined ? { url: b.link } : {}),
      ...(description !== '' ? { description } : {}),
      timeline: [...history].reverse().map((h) => {
        const text = h.description === undefined ? '' : htmlToMarkdown(h.description);
        return { moved: moved(h.movement), ringId: ringIds[h.ring], date: h.edition, ...(text !== '' ? { description: text } : {}) };
      }),
    };
  });
  return { ok: true, text: JSON.stringify(out, null, 2) + '\n' };
}
