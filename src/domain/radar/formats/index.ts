import type { RadarDoc } from '../model.js';
import { type BackstageOptions, parseBackstage, serializeBackstage } from './backstage.js';
import type { ByorOptions } from './byor.js';
import { parseByorCsv, serializeByorCsv } from './byor-csv.js';
import { parseByorJson, serializeByorJson } from './byor-json.js';
import type { RadarParseResult, RadarSerializeResult } from './issues.js';
import { parseZalando, serializeZalando } from './zalando.js';

/**
 * The radar exchange formats, one entry point for the API, the web UI and the CLI
 * (`pejling radar import|export --format …`). Every function is pure: text in, a radar or the
 * file's problems out, or a radar in and text (or why it cannot be written) out. Reading never
 * returns part of a file: a file with any problem gives all its problems and no radar.
 */

export const RADAR_FORMATS = ['byor-csv', 'byor-json', 'zalando', 'backstage'] as const;
export type RadarFormat = (typeof RADAR_FORMATS)[number];

export type RadarParseOptions = ByorOptions;
export type RadarSerializeOptions = BackstageOptions;

/** Reads a radar file. `options` (ring and sector names, title) apply to the BYOR formats, which lack them. */
export function parseRadar(format: RadarFormat, text: string, options: RadarParseOptions = {}): RadarParseResult {
  switch (format) {
    case 'byor-csv':
      return parseByorCsv(text, options);
    case 'byor-json':
      return parseByorJson(text, options);
    case 'zalando':
      return parseZalando(text);
    case 'backstage':
      return parseBackstage(text);
  }
}

/** Writes a radar in a format, or says why the radar does not fit it (such as five sectors for BYOR). */
export function serializeRadar(format: RadarFormat, doc: RadarDoc, options: RadarSerializeOptions = {}): RadarSerializeResult {
  switch (format) {
    case 'byor-csv':
      return serializeByorCsv(doc);
    case 'byor-json':
      return serializeByorJson(doc);
    case 'zalando':
      return serializeZalando(doc);
    case 'backstage':
      return serializeBackstage(doc, options);
  }
}

export { validateRadarDoc } from './common.js';
export type { RadarIssue, RadarIssueCode, RadarParseResult, RadarSerializeResult } from './issues.js';
export { formatRadarIssue, radarIssueMessage } from './messages.js';
export { htmlToMarkdown, markdownToHtml } from './markdown.js';
export { htmlToText, sanitizeHtml } from './sanitize.js';
