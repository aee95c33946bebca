/**
 * The neutral, in-memory technology radar that every exchange format is read into and written
 * from (./formats/): Build Your Own Radar CSV and JSON, Zalando's tech radar and Backstage's.
 * It holds what those formats carry between them and nothing of how a radar is drawn, so a radar
 * read from one format and written to another keeps every blip with its ring, sector, movement
 * and description, and a radar written and read again in the same format comes back equal (less
 * what that format cannot carry, which each format module lists).
 *
 * Choices:
 * - Rings are ordered from the centre out and sectors in their order in the source; blips refer to
 *   them by index, so renaming a ring or sector never touches the blips.
 * - A description is a sanitised HTML fragment (./formats/sanitize.ts), not plain text: BYOR
 *   descriptions are HTML and Backstage's are Markdown, and both use paragraphs, emphasis, lists
 *   and links that plain text would lose. The fragment is canonical (sanitising it again changes
 *   nothing), so two docs can be compared as strings; '' means no description.
 * - `history` is the blip's timeline, oldest first, and its last snapshot is the current
 *   placement (same ring and movement as the blip). Only Backstage carries it.
 * - `editions` are the radar's editions, oldest first: ISO dates (Backstage) or any name, such as
 *   Zalando's "2026.05". Every edition in a history is one of them.
 */

/**
 * How a blip moved since the previous edition. Zalando and Backstage write it as `moved`:
 * -1 moved out, 0 unchanged, 1 moved in, 2 new; BYOR as `isNew` and, when present, `status`.
 */
export const MOVEMENTS = ['new', 'moved-in', 'moved-out', 'unchanged'] as const;
export type Movement = (typeof MOVEMENTS)[number];

/** Bounds a radar must keep; a file beyond them is refused (its size is the caller's to check). */
export const RADAR_LIMITS = {
  blips: 2000,
  sectors: 12,
  rings: 8,
  /** Characters of a blip, ring or sector name, a title, an id or an edition. */
  name: 200,
  /** Characters of a sanitised description. */
  description: 10_000,
  link: 2000,
  /** Snapshots in one blip's history. */
  history: 200,
  editions: 500,
} as const;

export interface RadarDocSector {
  name: string;
  /** The identifier a format refers to it by (Backstage's quadrant id); kept for round trips. */
  id?: string;
}

export interface RadarDocRing {
  name: string;
  /** The identifier a format refers to it by (Backstage's ring id); kept for round trips. */
  id?: string;
  /** A CSS colour as the source gave it (Zalando and Backstage colour their rings). */
  color?: string;
  /** Plain text explaining the ring (Zalando's ring table, Backstage's ring description). */
  description?: string;
}

/** One placement of a blip in an edition. */
export interface RadarDocSnapshot {
  edition: string;
  ring: number;
  movement: Movement;
  /** Why it was placed so: a sanitised HTML fragment. */
  description?: string;
}

export interface RadarDocBlip {
  name: string;
  /** The identifier a format gave it (Backstage's entry id); kept for round trips. */
  id?: string;
  sector: number;
  ring: number;
  movement: Movement;
  /** A sanitised HTML fragment; '' when there is none. */
  description: string;
  /** An http(s) address for more about the blip. */
  link?: string;
  /** Zalando's `active: false`: shown greyed out, without its link. */
  inactive?: boolean;
  history?: RadarDocSnapshot[];
}

export interface RadarDoc {
  title?: string;
  editions?: string[];
  sectors: RadarDocSector[];
  rings: RadarDocRing[];
  blips: RadarDocBlip[];
}

/** The key two names are compared by: names differing only in case or surrounding space are the same blip. */
export function nameKey(name: string): string {
  return name.normalize('NFC').trim().toLocaleLowerCase('en');
}

/** Whether an address may be a link: only http(s), so a file can never smuggle in a `javascript:` link. */
export function isSafeLink(value: string): boolean {
  if (value.length > RADAR_LIMITS.link || /[\s<>"\u0000-\u001f\u007f]/.test(value)) return false;
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}
