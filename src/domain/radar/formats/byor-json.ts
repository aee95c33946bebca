import type { RadarDoc } from '../model.js';
import { BYOR_FIELDS, type ByorOptions, type ByorRecord, docToRecords, recordsToDoc } from './byor.js';
import { checkEncoding } from './byor-csv.js';
import { IssueList, type RadarParseResult, type RadarSerializeResult } from './issues.js';
import { isObject, parseJson } from './json.js';

/**
 * Build Your Own Radar's JSON: an array of objects with the CSV's columns as keys (see ./byor.ts
 * for the mapping and what it cannot carry). Values are strings, as BYOR writes them; isNew may
 * also be a boolean. Keys are matched regardless of case; other keys are ignored.
 */

const KNOWN = BYOR_FIELDS;

export function parseByorJson(text: string, options: ByorOptions = {}): RadarParseResult {
  const issues = new IssueList();
  checkEncoding(text, issues);
  if (text.trim() === '' || text.trim() === '\ufeff') {
    issues.add(null, 'empty_file');
    return { ok: false, errors: issues.result() };
  }
  const parsed = parseJson(text);
  if (!parsed.ok) {
    issues.add(parsed.line, 'malformed_json', undefined, { column: parsed.column });
    return { ok: false, errors: issues.result() };
  }
  const { value, lines } = parsed;
  if (!Array.isArray(value)) {
    issues.add(isObject(value) ? lines.of(value) : 1, 'wrong_type', undefined, { expected: 'array' });
    return { ok: false, errors: issues.result() };
  }
  const records: ByorRecord[] = [];
  value.forEach((item, k) => {
    if (!isObject(item)) {
      issues.add(Array.isArray(item) ? lines.of(item) : lines.of(value), 'wrong_type', `[${k}]`, { expected: 'object' });
      return;
    }
    const record: ByorRecord = { line: lines.of(item) };
    for (const [raw, v] of Object.entries(item)) {
      const key = KNOWN[raw.trim().toLowerCase()];
      if (!key) continue;
      if (typeof v === 'string') record[key] = v;
      else if (key === 'isNew' && typeof v === 'boolean') record[key] = String(v);
      else if (v !== null) {
        issues.add(lines.ofKey(item, raw), 'wrong_type', key, { expected: 'string' });
        (record.invalid ??= []).push(key);
      }
    }
    records.push(record);
  });
  const doc = recordsToDoc(records, issues, options);
  return doc ? { ok: true, doc } : { ok: false, errors: issues.result() };
}

export function serializeByorJson(doc: RadarDoc): RadarSerializeResult {
  const records = docToRecords(doc);
  if (!records.ok) return records;
  const objects = records.rows.map((row) => Object.fromEntries(records.header.map((column, k) => [column, row[k]!])));
  return { ok: true, text: JSON.stringify(objects, null, 2) + '\n' };
}
