import type { RadarDoc } from '../model.js';
import { BYOR_FIELDS, type ByorField, type ByorOptions, type ByorRecord, docToRecords, recordsToDoc } from './byor.js';
import { parseCsv, writeCsv } from './csv.js';
import { IssueList, type RadarParseResult, type RadarSerializeResult } from './issues.js';

/**
 * Build Your Own Radar's CSV (see ./byor.ts for the mapping and what it cannot carry). Header
 * names are matched regardless of case and surrounding space; columns other than BYOR's are
 * ignored; isNew may be left out when status is there.
 */

const KNOWN = BYOR_FIELDS;
const REQUIRED = ['name', 'ring', 'quadrant', 'description'] as const;

export function parseByorCsv(text: string, options: ByorOptions = {}): RadarParseResult {
  const issues = new IssueList();
  checkEncoding(text, issues);
  const csv = parseCsv(text);
  for (const p of csv.problems) issues.add(p.line, 'malformed_csv', undefined, { reason: p.reason });
  const [header, ...rows] = csv.rows;
  if (!header) {
    issues.add(null, 'empty_file');
    return { ok: false, errors: issues.result() };
  }
  const columns = new Map<ByorField, number>();
  header.fields.forEach((raw, index) => {
    const key = KNOWN[raw.trim().toLowerCase()];
    if (!key) return;
    if (columns.has(key)) issues.add(header.line, 'duplicate_column', key, { column: raw.trim() });
    else columns.set(key, index);
  });
  for (const column of REQUIRED) if (!columns.has(column)) issues.add(header.line, 'missing_column', column, { column });
  if (!columns.has('isNew') && !columns.has('status')) issues.add(header.line, 'missing_column', 'isNew', { column: 'isNew' });
  // Without its columns every row would be wrong the same way: the header's problems say it all.
  if (REQUIRED.some((c) => !columns.has(c))) return { ok: false, errors: issues.result() };

  const records: ByorRecord[] = rows.map((row) => {
    const record: ByorRecord = { line: row.line };
    for (const [key, index] of columns) record[key] = row.fields[index];
    return record;
  });
  const doc = recordsToDoc(records, issues, options);
  return doc ? { ok: true, doc } : { ok: false, errors: issues.result() };
}

export function serializeByorCsv(doc: RadarDoc): RadarSerializeResult {
  const records = docToRecords(doc);
  if (!records.ok) return records;
  return { ok: true, text: writeCsv([records.header, ...records.rows]) };
}

/** A file read with the wrong encoding shows replacement characters; say so rather than import mojibake. */
export function checkEncoding(text: string, issues: IssueList): void {
  const at = text.indexOf('\ufffd');
  if (at < 0) return;
  let line = 1;
  for (let k = 0; k < at; k++) if (text.charCodeAt(k) === 10) line++;
  issues.add(line, 'invalid_encoding');
}
