import type { RadarIssue, RadarIssueCode } from './issues.js';

/**
 * The radar file problems in words, Danish and English, for the CLI (which prints them) and as
 * the wording the web UI's translations follow. Values from the file are quoted as the language
 * quotes: »…« in Danish, “…” in English.
 */

export type RadarMessageLang = 'da' | 'en';
type Params = Record<string, string | number>;

const q = (lang: RadarMessageLang, value: unknown): string => (lang === 'da' ? `»${String(value)}«` : `“${String(value)}”`);
const allowed = (lang: RadarMessageLang, p: Params): string =>
  p.allowed === undefined || p.allowed === '' ? '' : lang === 'da' ? ` (mulige: ${p.allowed})` : ` (allowed: ${p.allowed})`;

const EXPECTED: Record<string, { da: string; en: string }> = {
  array: { da: 'en liste', en: 'an array' },
  object: { da: 'et objekt', en: 'an object' },
  string: { da: 'en tekst', en: 'a string' },
  integer: { da: 'et helt tal', en: 'a whole number' },
  boolean: { da: 'true eller false', en: 'true or false' },
};

const MESSAGES: Record<RadarIssueCode, (lang: RadarMessageLang, p: Params) => string> = {
  empty_file: (l) => (l === 'da' ? 'Filen indeholder ingen blips.' : 'The file holds no blips.'),
  invalid_encoding: (l) =>
    l === 'da'
      ? 'Filen er ikke gemt som UTF-8 (æ, ø og å ser forkerte ud). Gem den som UTF-8, og prøv igen.'
      : 'The file is not saved as UTF-8 (some letters look wrong). Save it as UTF-8 and try again.',
  malformed_csv: (l, p) =>
    p.reason === 'unclosed_quote'
      ? l === 'da'
        ? 'Et felt i anførselstegn bliver aldrig afsluttet.'
        : 'A quoted field is never closed.'
      : l === 'da'
        ? 'Der står tekst efter et afsluttende anførselstegn.'
        : 'There is text after a closing quote.',
  malformed_json: (l, p) =>
    l === 'da' ? `Filen er ikke gyldig JSON (kolonne ${p.column}).` : `The file is not valid JSON (column ${p.column}).`,
  wrong_type: (l, p) => {
    const e = EXPECTED[String(p.expected)];
    return l === 'da' ? `Skal være ${e?.da ?? p.expected}.` : `Must be ${e?.en ?? p.expected}.`;
  },
  missing_column: (l, p) => (l === 'da' ? `Kolonnen ${q(l, p.column)} mangler.` : `The column ${q(l, p.column)} is missing.`),
  duplicate_column: (l, p) =>
    l === 'da' ? `Kolonnen ${q(l, p.column)} står der to gange.` : `The column ${q(l, p.column)} appears twice.`,
  missing_value: (l) => (l === 'da' ? 'Skal udfyldes.' : 'Required.'),
  invalid_value: (l, p) =>
    l === 'da' ? `Værdien ${q(l, p.value)} er ugyldig${allowed(l, p)}.` : `The value ${q(l, p.value)} is not valid${allowed(l, p)}.`,
  invalid_link: (l, p) =>
    l === 'da'
      ? `${q(l, p.value)} er ikke et gyldigt link (kun http og https).`
      : `${q(l, p.value)} is not a valid link (http and https only).`,
  invalid_date: (l, p) => (l === 'da' ? `${q(l, p.value)} er ikke en dato (åååå-mm-dd).` : `${q(l, p.value)} is not a date (yyyy-mm-dd).`),
  too_long: (l, p) => (l === 'da' ? `Er for lang (højst ${p.max}).` : `Is too long (at most ${p.max}).`),
  unknown_ring: (l, p) => (l === 'da' ? `Ukendt ring ${q(l, p.value)}${allowed(l, p)}.` : `Unknown ring ${q(l, p.value)}${allowed(l, p)}.`),
  unknown_sector: (l, p) =>
    l === 'da' ? `Ukendt sektor ${q(l, p.value)}${allowed(l, p)}.` : `Unknown sector ${q(l, p.value)}${allowed(l, p)}.`,
  duplicate_name: (l, p) => {
    const first = p.firstLine === undefined ? '' : l === 'da' ? ` (linje ${p.firstLine})` : ` (line ${p.firstLine})`;
    return l === 'da' ? `Navnet ${q(l, p.name)} er brugt før${first}.` : `The name ${q(l, p.name)} is used before${first}.`;
  },
  duplicate_id: (l, p) => {
    const first = p.firstLine === undefined ? '' : l === 'da' ? ` (linje ${p.firstLine})` : ` (line ${p.firstLine})`;
    return l === 'da' ? `Id'et ${q(l, p.id)} er brugt før${first}.` : `The id ${q(l, p.id)} is used before${first}.`;
  },
  too_many_blips: (l, p) => (l === 'da' ? `En radar må højst have ${p.max} blips.` : `A radar may have at most ${p.max} blips.`),
  too_many_rings: (l, p) => (l === 'da' ? `En radar må højst have ${p.max} ringe.` : `A radar may have at most ${p.max} rings.`),
  too_many_sectors: (l, p) => (l === 'da' ? `En radar må højst have ${p.max} sektorer.` : `A radar may have at most ${p.max} sectors.`),
  too_few_rings: (l) => (l === 'da' ? 'En radar skal have mindst én ring.' : 'A radar needs at least one ring.'),
  too_few_sectors: (l) => (l === 'da' ? 'En radar skal have mindst én sektor.' : 'A radar needs at least one sector.'),
  too_many_errors: (l, p) => (l === 'da' ? `… og ${p.more} fejl mere.` : `… and ${p.more} more problems.`),
  unsupported_sector_count: (l, p) =>
    l === 'da'
      ? `${p.format} kan kun vise ${p.allowed ?? '?'} sektorer, og radaren har ${p.count}.`
      : `${p.format} can only show ${p.allowed ?? '?'} sectors, and the radar has ${p.count}.`,
  unsupported_ring_count: (l, p) =>
    l === 'da'
      ? `${p.format} kan kun vise ${p.allowed ?? '?'} ringe, og radaren har ${p.count}.`
      : `${p.format} can only show ${p.allowed ?? '?'} rings, and the radar has ${p.count}.`,
};

/** Params the messages quote; one that is missing reads as "?" rather than "undefined". */
const QUOTED = ['value', 'column', 'name', 'id', 'expected', 'reason', 'max', 'min', 'count', 'format', 'more'];

/** The message for a problem, without where it is. */
export function radarIssueMessage(issue: RadarIssue, lang: RadarMessageLang): string {
  const params: Params = { ...Object.fromEntries(QUOTED.map((k) => [k, '?'])), ...issue.params };
  return MESSAGES[issue.code](lang, params);
}

/** The problem as a line to print: where (line and field), then what. */
export function formatRadarIssue(issue: RadarIssue, lang: RadarMessageLang): string {
  const where = [issue.line === null ? null : `${lang === 'da' ? 'Linje' : 'Line'} ${issue.line}`, issue.field ?? null].filter(
    (x) => x !== null,
  );
  const message = radarIssueMessage(issue, lang);
  return where.length === 0 ? message : `${where.join(', ')}: ${message}`;
}
