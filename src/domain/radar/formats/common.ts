import { MOVEMENTS, type Movement, RADAR_LIMITS, type RadarDoc, isSafeLink, nameKey } from '../model.js';
import { type IssueList, type RadarIssue, quoted } from './issues.js';

/** Checks shared by every format's reader, each reporting into the file's IssueList. */

/** A name (of a blip, ring, sector or radar): trimmed, present, within bounds, one line. */
export function checkName(issues: IssueList, line: number | null, field: string, raw: string): string | null {
  const name = raw.normalize('NFC').trim();
  if (name === '') {
    issues.add(line, 'missing_value', field);
    return null;
  }
  if (name.length > RADAR_LIMITS.name) {
    issues.add(line, 'too_long', field, { max: RADAR_LIMITS.name });
    return null;
  }
  if (/[\u0000-\u001f\u007f]/.test(name)) {
    issues.add(line, 'invalid_value', field, { value: quoted(name) });
    return null;
  }
  return name;
}

/** A sanitised description within bounds; the bound is on what is kept, after sanitising. */
export function checkDescription(issues: IssueList, line: number | null, field: string, html: string): string {
  if (html.length > RADAR_LIMITS.description) issues.add(line, 'too_long', field, { max: RADAR_LIMITS.description });
  return html;
}

/** A blip's link: empty means none; anything but http(s) is refused rather than dropped, so nobody loses a link unawares. */
export function checkLink(issues: IssueList, line: number | null, field: string, raw: string): string | undefined {
  const link = raw.trim();
  if (link === '') return undefined;
  if (!isSafeLink(link)) {
    issues.add(line, 'invalid_link', field, { value: quoted(link) });
    return undefined;
  }
  return link;
}

/** Reports the second and later blips with a name already used (case and surrounding space aside). */
export class NameRegister {
  private readonly seen = new Map<string, number | null>();

  check(issues: IssueList, line: number | null, field: string, name: string): void {
    const key = nameKey(name);
    if (this.seen.has(key)) {
      const first = this.seen.get(key);
      issues.add(
        line,
        'duplicate_name',
        field,
        first === null || first === undefined ? { name: quoted(name) } : { name: quoted(name), firstLine: first },
      );
    } else this.seen.set(key, line);
  }
}

/** The blip-count bound, reported once, on the first blip beyond it. */
export function checkBlipCount(issues: IssueList, index: number, line: number | null): void {
  if (index === RADAR_LIMITS.blips) issues.add(line, 'too_many_blips', undefined, { max: RADAR_LIMITS.blips });
}

/** Zalando's and Backstage's `moved`: -1 out, 0 unchanged, 1 in, 2 new. */
export const MOVED_TO_MOVEMENT: ReadonlyMap<number, Movement> = new Map([
  [-1, 'moved-out'],
  [0, 'unchanged'],
  [1, 'moved-in'],
  [2, 'new'],
]);
export const MOVEMENT_TO_MOVED: Record<Movement, number> = { 'moved-out': -1, unchanged: 0, 'moved-in': 1, new: 2 };

/** A radar's problems before it is written: the model's invariants (./model.ts) and bounds. */
/**
 * A valid radar that a tool with a fixed shape can draw: `validateRadarDoc`'s issues plus one for
 * a sector or ring count the format cannot carry.
 */
export function validateForFormat(
  doc: RadarDoc,
  format: string,
  sectors: { min: number; max: number },
  rings: { min: number; max: number },
): RadarIssue[] {
  const errors = validateRadarDoc(doc);
  const allowed = (r: { min: number; max: number }) => (r.min === r.max ? String(r.min) : `${r.min}–${r.max}`);
  if (doc.sectors.length < sectors.min || doc.sectors.length > sectors.max)
    errors.push({
      line: null,
      field: 'sectors',
      code: 'unsupported_sector_count',
      params: { format, count: doc.sectors.length, allowed: allowed(sectors) },
    });
  if (doc.rings.length < rings.min || doc.rings.length > rings.max)
    errors.push({
      line: null,
      field: 'rings',
      code: 'unsupported_ring_count',
      params: { format, count: doc.rings.length, allowed: allowed(rings) },
    });
  return errors;
}

export function validateRadarDoc(doc: RadarDoc): RadarIssue[] {
  const issues: RadarIssue[] = [];
  const add = (field: string, code: RadarIssue['code'], params?: Record<string, string | number>): void => {
    issues.push(params ? { line: null, field, code, params } : { line: null, field, code });
  };
  const nameOk = (field: string, name: unknown): void => {
    if (typeof name !== 'string' || name.trim() === '' || name !== name.trim()) add(field, 'invalid_value', { value: quoted(name) });
    else if (name.length > RADAR_LIMITS.name) add(field, 'too_long', { max: RADAR_LIMITS.name });
  };
  const unique = (list: { name: string; id?: string }[], field: string): void => {
    const names = new Set<string>();
    const ids = new Set<string>();
    list.forEach((x, k) => {
      nameOk(`${field}[${k}].name`, x.name);
      if (names.has(nameKey(x.name))) add(`${field}[${k}].name`, 'duplicate_name', { name: quoted(x.name) });
      names.add(nameKey(x.name));
      if (x.id !== undefined) {
        if (ids.has(x.id)) add(`${field}[${k}].id`, 'duplicate_id', { id: quoted(x.id) });
        ids.add(x.id);
        nameOk(`${field}[${k}].id`, x.id);
      }
    });
  };
  if (doc.sectors.length === 0) add('sectors', 'too_few_sectors', { min: 1 });
  if (doc.sectors.length > RADAR_LIMITS.sectors) add('sectors', 'too_many_sectors', { max: RADAR_LIMITS.sectors });
  if (doc.rings.length === 0) add('rings', 'too_few_rings', { min: 1 });
  if (doc.rings.length > RADAR_LIMITS.rings) add('rings', 'too_many_rings', { max: RADAR_LIMITS.rings });
  if (doc.blips.length > RADAR_LIMITS.blips) add('blips', 'too_many_blips', { max: RADAR_LIMITS.blips });
  if (doc.title !== undefined) nameOk('title', doc.title);
  unique(doc.sectors, 'sectors');
  unique(doc.rings, 'rings');
  const editions = doc.editions ?? [];
  if (editions.length > RADAR_LIMITS.editions) add('editions', 'too_long', { max: RADAR_LIMITS.editions });
  if (new Set(editions).size !== editions.length) add('editions', 'duplicate_name', { name: 'editions' });
  editions.forEach((e, k) => nameOk(`editions[${k}]`, e));
  const ringOk = (field: string, ring: number): void => {
    if (!Number.isInteger(ring) || ring < 0 || ring >= doc.rings.length) add(field, 'unknown_ring', { value: ring });
  };
  const movementOk = (field: string, movement: string): void => {
    if (!(MOVEMENTS as readonly string[]).includes(movement)) add(field, 'invalid_value', { value: quoted(movement) });
  };
  const descriptionOk = (field: string, description: string): void => {
    if (description.length > RADAR_LIMITS.description) add(field, 'too_long', { max: RADAR_LIMITS.description });
  };
  const names = new Set<string>();
  const ids = new Set<string>();
  doc.blips.forEach((b, k) => {
    const at = `blips[${k}]`;
    nameOk(`${at}.name`, b.name);
    if (names.has(nameKey(b.name))) add(`${at}.name`, 'duplicate_name', { name: quoted(b.name) });
    names.add(nameKey(b.name));
    if (b.id !== undefined) {
      nameOk(`${at}.id`, b.id);
      if (ids.has(b.id)) add(`${at}.id`, 'duplicate_id', { id: quoted(b.id) });
      ids.add(b.id);
    }
    if (!Number.isInteger(b.sector) || b.sector < 0 || b.sector >= doc.sectors.length)
      add(`${at}.sector`, 'unknown_sector', { value: b.sector });
    ringOk(`${at}.ring`, b.ring);
    movementOk(`${at}.movement`, b.movement);
    descriptionOk(`${at}.description`, b.description);
    if (b.link !== undefined && !isSafeLink(b.link)) add(`${at}.link`, 'invalid_link', { value: quoted(b.link) });
    const history = b.history ?? [];
    if (history.length > RADAR_LIMITS.history) add(`${at}.history`, 'too_long', { max: RADAR_LIMITS.history });
    let previous = -1;
    history.forEach((h, j) => {
      const hat = `${at}.history[${j}]`;
      ringOk(`${hat}.ring`, h.ring);
      movementOk(`${hat}.movement`, h.movement);
      if (h.description !== undefined) descriptionOk(`${hat}.description`, h.description);
      const index = editions.indexOf(h.edition);
      // Snapshots follow the editions' order; two in one edition are allowed (Backstage has them).
      if (index < 0 || index < previous) add(`${hat}.edition`, 'invalid_value', { value: quoted(h.edition) });
      previous = Math.max(previous, index);
    });
    const last = history[history.length - 1];
    if (last && (last.ring !== b.ring || last.movement !== b.movement))
      add(`${at}.history`, 'invalid_value', { value: 'last snapshot ≠ current placement' });
  });
  return issues;
}
