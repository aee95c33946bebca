import { RADAR_LIMITS, type RadarDoc, type RadarDocBlip, type RadarDocRing, type RadarDocSector } from '../model.js';
import { MOVED_TO_MOVEMENT, MOVEMENT_TO_MOVED, NameRegister, checkBlipCount, checkLink, checkName, validateForFormat } from './common.js';
import { IssueList, type RadarParseResult, type RadarSerializeResult, quoted } from './issues.js';
import { type JsonReader, isColor, readJsonObject } from './json-reader.js';
import type { JsonObject } from './json.js';

/**
 * Zalando's tech radar (github.com/zalando/tech-radar): the object its radar_visualization()
 * takes, `{ title, date, quadrants: [{name}], rings: [{name, color, description?}], entries }`,
 * each entry `{ label, quadrant, ring, moved, active, link? }` with quadrant and ring as indexes.
 * Zalando's own config.json holds only `date` and `entries` (its quadrants and rings live in its
 * page), so missing quadrants and rings are Zalando's: Languages, Infrastructure, Datastores,
 * Data Management, and ADOPT, TRIAL, ASSESS, HOLD with Zalando's colours.
 *
 * Mapping: label → name; quadrant i → sector i (Zalando's 0 is the bottom right and goes round
 * clockwise; the order is kept and where to draw it is the layout's business); ring i → ring i
 * (0 innermost); moved -1/0/1/2 → moved-out/unchanged/moved-in/new (missing: unchanged);
 * active: false → inactive (missing: active); link → link ("" is none); date → the one edition.
 * Other keys (svg_id, width, colors, print_layout…) are drawing options and are ignored.
 *
 * What Zalando cannot carry: descriptions (its blips have a label only), history, editions but the
 * last, ids, and a ring without a colour (written with Zalando's colour for its place). Writing
 * needs exactly four sectors and four rings, which is all radar_visualization() draws.
 */

export const ZALANDO_QUADRANTS = ['Languages', 'Infrastructure', 'Datastores', 'Data Management'] as const;
export const ZALANDO_RINGS = [
  { name: 'ADOPT', color: '#5ba300' },
  { name: 'TRIAL', color: '#009eb0' },
  { name: 'ASSESS', color: '#c7ba00' },
  { name: 'HOLD', color: '#e09b96' },
] as const;

export function parseZalando(text: string): RadarParseResult {
  const issues = new IssueList();
  const file = readJsonObject(text, issues);
  if (!file) return { ok: false, errors: issues.result() };
  const { root, read } = file;

  const title = read.str(root, 'title', 'title');
  const date = read.str(root, 'date', 'date');
  const sectors = readQuadrants(root, read, issues);
  const rings = readRings(root, read, issues);
  const entries = read.arr(root, 'entries', 'entries', true);
  const doc: RadarDoc = { sectors: sectors ?? [], rings: rings ?? [], blips: [] };
  if (title !== undefined && title.trim() !== '') doc.title = checkName(issues, read.line(root, 'title'), 'title', title) ?? '';
  if (date !== undefined && date.trim() !== '') doc.editions = [checkName(issues, read.line(root, 'date'), 'date', date) ?? ''];

  if (entries) {
    if (entries.length === 0) issues.add(read.line(entries), 'empty_file', 'entries');
    const names = new NameRegister();
    for (const { item, index } of read.objects(entries, 'entries')) {
      checkBlipCount(issues, index, read.line(item));
      const blip = readEntry(item, `entries[${index}]`, read, issues, doc, names);
      if (blip) doc.blips.push(blip);
    }
  }
  return issues.empty ? { ok: true, doc } : { ok: false, errors: issues.result() };
}

function readQuadrants(root: JsonObject, read: JsonReader, issues: IssueList): RadarDocSector[] | null {
  const list = read.arr(root, 'quadrants', 'quadrants');
  if (list === undefined) return ZALANDO_QUADRANTS.map((name) => ({ name }));
  if (list.length === 0) issues.add(read.line(list), 'too_few_sectors', 'quadrants', { min: 1 });
  if (list.length > RADAR_LIMITS.sectors)
    issues.add(read.line(list), 'too_many_sectors', 'quadrants', { count: list.length, max: RADAR_LIMITS.sectors });
  const names = new NameRegister();
  const out: RadarDocSector[] = [];
  for (const { item, index } of read.objects(list, 'quadrants')) {
    const path = `quadrants[${index}].name`;
    const raw = read.str(item, 'name', path, true);
    const name = raw === undefined ? null : checkName(issues, read.line(item, 'name'), path, raw);
    if (name !== null) {
      names.check(issues, read.line(item, 'name'), path, name);
      out.push({ name });
    }
  }
  return out;
}

function readRings(root: JsonObject, read: JsonReader, issues: IssueList): RadarDocRing[] | null {
  const list = read.arr(root, 'rings', 'rings');
  if (list === undefined) return ZALANDO_RINGS.map((r) => ({ ...r }));
  if (list.length === 0) issues.add(read.line(list), 'too_few_rings', 'rings', { min: 1 });
  if (list.length > RADAR_LIMITS.rings)
    issues.add(read.line(list), 'too_many_rings', 'rings', { count: list.length, max: RADAR_LIMITS.rings });
  const names = new NameRegister();
  const out: RadarDocRing[] = [];
  for (const { item, index } of read.objects(list, 'rings')) {
    const path = `rings[${index}]`;
    const raw = read.str(item, 'name', `${path}.name`, true);
    const name = raw === undefined ? null : checkName(issues, read.line(item, 'name'), `${path}.name`, raw);
    const color = read.str(item, 'color', `${path}.color`);
    const description = read.str(item, 'description', `${path}.description`);
    if (color !== undefined && !isColor(color))
      issues.add(read.line(item, 'color'), 'invalid_value', `${path}.color`, { value: quoted(color) });
    if (description !== undefined && description.length > RADAR_LIMITS.description)
      issues.add(read.line(item, 'description'), 'too_long', `${path}.description`, { max: RADAR_LIMITS.description });
    if (name === null) continue;
    names.check(issues, read.line(item, 'name'), `${path}.name`, name);
    const ring: RadarDocRing = { name };
    if (color !== undefined && color.trim() !== '') ring.color = color.trim();
    if (description !== undefined && description.trim() !== '') ring.description = description.trim();
    out.push(ring);
  }
  return out;
}

function readEntry(
  item: JsonObject,
  path: string,
  read: JsonReader,
  issues: IssueList,
  doc: RadarDoc,
  names: NameRegister,
): RadarDocBlip | null {
  const line = read.line(item);
  const label = read.str(item, 'label', `${path}.label`, true);
  const quadrant = read.int(item, 'quadrant', `${path}.quadrant`, true);
  const ring = read.int(item, 'ring', `${path}.ring`, true);
  const moved = read.int(item, 'moved', `${path}.moved`);
  const active = read.bool(item, 'active', `${path}.active`);
  const rawLink = read.str(item, 'link', `${path}.link`);

  const name = label === undefined ? null : checkName(issues, read.line(item, 'label'), `${path}.label`, label);
  if (name !== null) names.check(issues, line, `${path}.label`, name);
  if (quadrant !== undefined && (quadrant < 0 || quadrant >= doc.sectors.length))
    issues.add(read.line(item, 'quadrant'), 'unknown_sector', `${path}.quadrant`, {
      value: quadrant,
      allowed: `0–${doc.sectors.length - 1}`,
    });
  if (ring !== undefined && (ring < 0 || ring >= doc.rings.length))
    issues.add(read.line(item, 'ring'), 'unknown_ring', `${path}.ring`, { value: ring, allowed: `0–${doc.rings.length - 1}` });
  const movement = MOVED_TO_MOVEMENT.get(moved ?? 0);
  if (!movement) issues.add(read.line(item, 'moved'), 'invalid_value', `${path}.moved`, { value: moved ?? '', allowed: '-1, 0, 1, 2' });
  const link = rawLink === undefined ? undefined : checkLink(issues, read.line(item, 'link'), `${path}.link`, rawLink);

  if (name === null || quadrant === undefined || ring === undefined || !movement) return null;
  const blip: RadarDocBlip = { name, sector: quadrant, ring, movement, description: '' };
  if (link !== undefined) blip.link = link;
  if (active === false) blip.inactive = true;
  return blip;
}

export function serializeZalando(doc: RadarDoc): RadarSerializeResult {
  const errors = validateForFormat(doc, 'Zalando', { min: 4, max: 4 }, { min: 4, max: 4 });
  if (errors.length > 0) return { ok: false, errors };
  const out: Record<string, unknown> = {};
  if (doc.title !== undefined) out.title = doc.title;
  const date = doc.editions?.[doc.editions.length - 1];
  if (date !== undefined) out.date = date;
  out.quadrants = doc.sectors.map((s) => ({ name: s.name }));
  out.rings = doc.rings.map((r, k) => ({
    name: r.name,
    color: r.color ?? ZALANDO_RINGS[k]!.color,
    ...(r.description !== undefined ? { description: r.description } : {}),
  }));
  out.entries = doc.blips.map((b) => ({
    quadrant: b.sector,
    ring: b.ring,
    label: b.name,
    ...(b.link !== undefined ? { link: b.link } : {}),
    active: !b.inactive,
    moved: MOVEMENT_TO_MOVED[b.movement],
  }));
  return { ok: true, text: JSON.stringify(out, null, 2) + '\n' };
}
