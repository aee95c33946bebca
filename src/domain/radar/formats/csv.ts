/**
 * A CSV reader and writer after RFC 4180, written here rather than taken from a package so the
 * line every row starts on is known: a row's error is reported on the line the user sees in an
 * editor, even when an earlier quoted field spans several lines.
 *
 * Reading accepts what spreadsheets write: a byte-order mark, CRLF, LF or CR line ends, quoted
 * fields holding commas, quotes ("") and line breaks, and a semicolon instead of the comma when the
 * header has semicolons and no comma (Excel with Danish settings). A quote inside an unquoted field
 * is kept as a character, as spreadsheets do; text after a closing quote and a quote left open at
 * the end of the file are errors. Rows whose fields are all blank are skipped.
 */

export interface CsvRow {
  /** 1-based line the row starts on. */
  line: number;
  fields: string[];
}

export interface CsvProblem {
  line: number;
  reason: 'unclosed_quote' | 'text_after_quote';
}

export interface CsvParsed {
  rows: CsvRow[];
  problems: CsvProblem[];
}

export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Comma, or semicolon when the first line has semicolons and no comma outside quotes. */
function detectDelimiter(text: string): ',' | ';' {
  let quoted = false;
  let semicolons = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) break;
    else if (!quoted && c === ',') return ',';
    else if (!quoted && c === ';') semicolons++;
  }
  return semicolons > 0 ? ';' : ',';
}

export function parseCsv(input: string): CsvParsed {
  const text = stripBom(input);
  const delimiter = detectDelimiter(text);
  const rows: CsvRow[] = [];
  const problems: CsvProblem[] = [];
  let line = 1;
  let i = 0;
  const n = text.length;

  while (i < n) {
    const rowLine = line;
    const fields: string[] = [];
    let endOfRow = false;
    while (!endOfRow) {
      let field = '';
      if (text[i] === '"') {
        const openedOn = line;
        i++;
        let closed = false;
        while (i < n) {
          const c = text[i]!;
          if (c === '"') {
            if (text[i + 1] === '"') {
              field += '"';
              i += 2;
              continue;
            }
            i++;
            closed = true;
            break;
          }
          if (c === '\r' || c === '\n') {
            // A CRLF inside a field is one line break, and one line.
            if (c === '\r' && text[i + 1] === '\n') {
              field += '\r\n';
              i += 2;
            } else {
              field += c;
              i++;
            }
            line++;
            continue;
          }
          field += c;
          i++;
        }
        if (!closed) {
          problems.push({ line: openedOn, reason: 'unclosed_quote' });
          fields.push(field);
          return { rows: keepNonBlank(rows, { line: rowLine, fields }), problems };
        }
        // Whatever follows a closing quote up to the next delimiter or line end is an error.
        if (i < n && text[i] !== delimiter && text[i] !== '\n' && text[i] !== '\r') {
          problems.push({ line, reason: 'text_after_quote' });
          while (i < n && text[i] !== delimiter && text[i] !== '\n' && text[i] !== '\r') i++;
        }
      } else {
        while (i < n && text[i] !== delimiter && text[i] !== '\n' && text[i] !== '\r') field += text[i++];
      }
      fields.push(field);
      if (i >= n) {
        endOfRow = true;
      } else if (text[i] === delimiter) {
        i++;
        // A delimiter at the very end of the file still ends an (empty) last field.
        if (i >= n) {
          fields.push('');
          endOfRow = true;
        }
      } else {
        i += text[i] === '\r' && text[i + 1] === '\n' ? 2 : 1;
        line++;
        endOfRow = true;
      }
    }
    keepNonBlank(rows, { line: rowLine, fields });
  }
  return { rows, problems };
}

function keepNonBlank(rows: CsvRow[], row: CsvRow): CsvRow[] {
  if (row.fields.some((f) => f.trim() !== '')) rows.push(row);
  return rows;
}

/** A field as RFC 4180 wants it: quoted when it holds a comma, quote, line break or leading or trailing space. */
export function csvField(value: string): string {
  return /[",\r\n;]|^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Rows joined with LF, the line end of BYOR's own examples; a final line end closes the file. */
export function writeCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((r) => r.map(csvField).join(',')).join('\n') + '\n';
}
