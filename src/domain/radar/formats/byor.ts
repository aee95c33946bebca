import { type Movement, RADAR_LIMITS, type RadarDoc, type RadarDocBlip } from '../model.js';
import { NameRegister, checkBlipCount, checkDescription, checkName, validateForFormat } from './common.js';
import { type IssueList, type RadarIssue, quoted } from './issues.js';
import { sanitizeHtml } from './sanitize.js';

/**
 * What Thoughtworks' Build Your Own Radar (BYOR) CSV and JSON share: one record per blip with
 * name, ring, quadrant, isNew and description (HTML), and status when a radar has movements.
 *
 * Mapping:
 * - Movement: status, when present and not empty, wins (as in BYOR): New → new, Moved In →
 *   moved-in, Moved Out → moved-out, No Change → unchanged (any case; dashes or underscores for
 *   spaces). Otherwise isNew TRUE → new, FALSE or empty → unchanged. Writing gives isNew TRUE for new
 *   blips, and the status column only when some blip moved in or out, so a radar without
 *   movements is written in exactly the five columns BYOR has always read.
 * - Rings and sectors: BYOR draws the rings and quadrants it is configured with (RINGS and
 *   QUADRANTS; by default Adopt, Trial, Assess, Hold from the centre out, and Techniques,
 *   Platforms, Tools, Languages & Frameworks), matching a blip's ring and quadrant regardless of
 *   case, with "and", "-and-" and "&" alike ("languages-and-frameworks"); earlier versions took
 *   them from the data in the order first seen. Reading here: `rings` and `sectors` when given
 *   (BYOR's configuration); otherwise BYOR's defaults when any value is one of them (then any
 *   other value is an unknown ring or sector, most likely a typo); otherwise the values themselves,
 *   in the order first seen.
 * - The description is HTML (BYOR allows it) and is sanitised; the name is plain text.
 *
 * What BYOR cannot carry: the order of rings and sectors beyond the rule above, rings or sectors
 * without blips, colours, ids, ring descriptions, links (other than inside descriptions), whether a
 * blip is inactive, history and editions, and the title (BYOR takes it from the file name; pass
 * `title` to keep one). Writing needs exactly four sectors and one to four rings, as BYOR draws.
 */

export const BYOR_RINGS = ['Adopt', 'Trial', 'Assess', 'Hold'] as const;
export const BYOR_QUADRANTS = ['Techniques', 'Platforms', 'Tools', 'Languages & Frameworks'] as const;
export const BYOR_COLUMNS = ['name', 'ring', 'quadrant', 'isNew', 'description'] as const;

export interface ByorOptions {
  /** Ring names from the centre out, as BYOR's RINGS; see above for the default. */
  rings?: readonly string[];
  /** Sector names, as BYOR's QUADRANTS. */
  sectors?: readonly string[];
  title?: string;
}

export type ByorField = 'name' | 'ring' | 'quadrant' | 'isNew' | 'description' | 'status';

/** BYOR's columns (CSV) and keys (JSON) by their lower-case spelling: BYOR reads them without regard to case. */
export const BYOR_FIELDS: Readonly<Record<string, ByorField>> = {
  name: 'name',
  ring: 'ring',
  quadrant: 'quadrant',
  isnew: 'isNew',
  description: 'description',
  status: 'status',
};

/** One blip as read, before checking; a missing field is undefined. */
export interface ByorRecord {
  line: number | null;
  name?: string;
  ring?: string;
  quadrant?: string;
  isNew?: string;
  description?: string;
  status?: string;
  /** Fields already reported as wrong, not to be reported again as missing. */
  invalid?: string[];
}

const STATUS: Record<string, Movement> = { new: 'new', 'moved in': 'moved-in', 'moved out': 'moved-out', 'no change': 'unchanged' };
const STATUS_OUT: Record<Movement, string> = { new: 'New', 'moved-in': 'Moved In', 'moved-out': 'Moved Out', unchanged: 'No Change' };

/** BYOR's comparison of ring and quadrant names. */
export function byorKey(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .replace(/(-|\s+)(and)(-|\s+)|\s*(&)\s*/g, ' & ')
    .replace(/\s+/g, ' ');
}

interface Scale {
  names: string[];
  /** Index of a value, or -1. */
  indexOf(value: string): number;
}

function scale(values: string[], given: readonly string[] | undefined, defaults: readonly string[]): Scale {
  const fixed = (names: readonly string[]): Scale => {
    const keys = names.map(byorKey);
    return { names: [...names], indexOf: (v) => keys.indexOf(byorKey(v)) };
  };
  if (given) return fixed(given);
  const defaultKeys = new Set(defaults.map(byorKey));
  if (values.some((v) => defaultKeys.has(byorKey(v)))) return fixed(defaults);
  const names: string[] = [];
  const keys: string[] = [];
  for (const v of values) {
    const key = byorKey(v);
    if (key !== '' && !keys.includes(key)) {
      keys.push(key);
      names.push(v.trim());
    }
  }
  return { names, indexOf: (v) => keys.indexOf(byorKey(v)) };
}

function movementOf(record: ByorRecord, issues: IssueList): Movement | null {
  const status = record.status?.trim() ?? '';
  if (status !== '') {
    const m = STATUS[status.toLowerCase().replace(/[-_\s]+/g, ' ')];
    if (!m) issues.add(record.line, 'invalid_value', 'status', { value: quoted(status) });
    return m ?? null;
  }
  const isNew = (record.isNew ?? '').trim().toLowerCase();
  if (isNew === 'true') return 'new';
  if (isNew === 'false' || isNew === '') return 'unchanged';
  issues.add(record.line, 'invalid_value', 'isNew', { value: quoted(record.isNew) });
  return null;
}

/** The radar the records describe, or null when any of them is wrong (everything wrong is in `issues`). */
export function recordsToDoc(records: ByorRecord[], issues: IssueList, options: ByorOptions): RadarDoc | null {
  if (records.length === 0) {
    issues.add(null, 'empty_file');
    return null;
  }
  const rings = scale(
    records.map((r) => r.ring ?? ''),
    options.rings,
    BYOR_RINGS,
  );
  const sectors = scale(
    records.map((r) => r.quadrant ?? ''),
    options.sectors,
    BYOR_QUADRANTS,
  );
  if (rings.names.length > RADAR_LIMITS.rings)
    issues.add(null, 'too_many_rings', 'ring', { count: rings.names.length, max: RADAR_LIMITS.rings });
  if (sectors.names.length > RADAR_LIMITS.sectors)
    issues.add(null, 'too_many_sectors', 'quadrant', { count: sectors.names.length, max: RADAR_LIMITS.sectors });

  const names = new NameRegister();
  const blips: RadarDocBlip[] = [];
  records.forEach((r, k) => {
    checkBlipCount(issues, k, r.line);
    if (r.invalid?.length) return;
    const name = checkName(issues, r.line, 'name', r.name ?? '');
    if (name !== null) names.check(issues, r.line, 'name', name);
    const ring = placeOf(issues, r.line, 'ring', r.ring, rings, 'unknown_ring');
    const sector = placeOf(issues, r.line, 'quadrant', r.quadrant, sectors, 'unknown_sector');
    const movement = movementOf(r, issues);
    const description = checkDescription(issues, r.line, 'description', sanitizeHtml(r.description ?? ''));
    if (name !== null && ring >= 0 && sector >= 0 && movement !== null) blips.push({ name, sector, ring, movement, description });
  });
  if (!issues.empty) return null;
  const doc: RadarDoc = { sectors: sectors.names.map((name) => ({ name })), rings: rings.names.map((name) => ({ name })), blips };
  if (options.title !== undefined && options.title.trim() !== '') doc.title = options.title.trim();
  return doc;
}

function placeOf(
  issues: IssueList,
  line: number | null,
  field: string,
  value: string | undefined,
  s: Scale,
  unknown: 'unknown_ring' | 'unknown_sector',
): number {
  if (value === undefined || value.trim() === '') {
    issues.add(line, 'missing_value', field);
    return -1;
  }
  const index = s.indexOf(value);
  if (index < 0) issues.add(line, unknown, field, { value: quoted(value.trim()), allowed: s.names.join(', ') });
  return index;
}

/** Rows for BYOR (header first), or what keeps the radar from being written as BYOR. */
export function docToRecords(doc: RadarDoc): { ok: true; header: string[]; rows: string[][] } | { ok: false; errors: RadarIssue[] } {
  const errors = validateForFormat(doc, 'BYOR', { min: 4, max: 4 }, { min: 1, max: 4 });
  // BYOR tells rings and quadrants apart by a looser key than ours ("R & D" is "R and D").
  for (const [field, list] of [
    ['rings', doc.rings],
    ['sectors', doc.sectors],
  ] as const) {
    const keys = list.map((x) => byorKey(x.name));
    keys.forEach((key, k) => {
      if (keys.indexOf(key) !== k)
        errors.push({ line: null, field: `${field}[${k}].name`, code: 'duplicate_name', params: { name: quoted(list[k]!.name) } });
    });
  }
  if (errors.length > 0) return { ok: false, errors };
  const withStatus = doc.blips.some((b) => b.movement === 'moved-in' || b.movement === 'moved-out');
  const header: string[] = [...BYOR_COLUMNS, ...(withStatus ? ['status'] : [])];
  const rows = doc.blips.map((b) => {
    const row = [b.name, doc.rings[b.ring]!.name, doc.sectors[b.sector]!.name, b.movement === 'new' ? 'TRUE' : 'FALSE', b.description];
    if (withStatus) row.push(STATUS_OUT[b.movement]);
    return row;
  });
  return { ok: true, header, rows };
}
