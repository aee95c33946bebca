import type { RadarDoc } from '../model.js';

/**
 * What can be wrong with a radar file, as stable codes; ./messages.ts words them in Danish and
 * English, and the API and web UI can do the same from the code and its params.
 */
export const RADAR_ISSUE_CODES = [
  'empty_file',
  'invalid_encoding',
  'malformed_csv',
  'malformed_json',
  'wrong_type',
  'missing_column',
  'duplicate_column',
  'missing_value',
  'invalid_value',
  'invalid_link',
  'invalid_date',
  'too_long',
  'unknown_ring',
  'unknown_sector',
  'duplicate_name',
  'duplicate_id',
  'too_many_blips',
  'too_many_rings',
  'too_many_sectors',
  'too_few_rings',
  'too_few_sectors',
  'too_many_errors',
  /** Writing: the format holds a fixed number of sectors or rings and the radar has another. */
  'unsupported_sector_count',
  'unsupported_ring_count',
] as const;
export type RadarIssueCode = (typeof RADAR_ISSUE_CODES)[number];

/**
 * One problem. `line` is the 1-based line of the file it was found on (null for the file as a
 * whole or for a radar being written); `field` names the column, key or path.
 */
export interface RadarIssue {
  line: number | null;
  field?: string;
  code: RadarIssueCode;
  params?: Record<string, string | number>;
}

export type RadarParseResult = { ok: true; doc: RadarDoc } | { ok: false; errors: RadarIssue[] };
export type RadarSerializeResult = { ok: true; text: string } | { ok: false; errors: RadarIssue[] };

/** A file with more problems than this is reported only this far: a wrong file need not list 10,000 lines. */
export const MAX_REPORTED_ISSUES = 200;

/** Collects a file's problems, all of them, up to MAX_REPORTED_ISSUES. */
export class IssueList {
  readonly items: RadarIssue[] = [];
  private dropped = 0;

  add(line: number | null, code: RadarIssueCode, field?: string, params?: Record<string, string | number>): void {
    if (this.items.length >= MAX_REPORTED_ISSUES) {
      this.dropped++;
      return;
    }
    const issue: RadarIssue = { line, code };
    if (field !== undefined) issue.field = field;
    if (params !== undefined) issue.params = params;
    this.items.push(issue);
  }

  get empty(): boolean {
    return this.items.length === 0 && this.dropped === 0;
  }

  /** The problems, file-wide first and then by line (in the order found within a line), with a last note of any left out. */
  result(): RadarIssue[] {
    const sorted = this.items
      .map((issue, i) => ({ issue, i }))
      .sort((a, b) => (a.issue.line ?? 0) - (b.issue.line ?? 0) || a.i - b.i)
      .map((x) => x.issue);
    if (this.dropped > 0) sorted.push({ line: null, code: 'too_many_errors', params: { shown: MAX_REPORTED_ISSUES, more: this.dropped } });
    return sorted;
  }
}

/** Clips a value quoted in an issue, so a message never repeats a whole paragraph of a bad file. */
export function quoted(value: unknown): string {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
