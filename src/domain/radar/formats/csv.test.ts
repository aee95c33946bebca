import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvField, parseCsv, writeCsv } from './csv.js';

describe('parseCsv', () => {
  it('reads quoted fields with commas, quotes and line breaks, and knows each row’s first line', () => {
    const text = 'name,description\nA,"one, two"\nB,"say ""hi"""\nC,"line 1\nline 2\r\nline 3"\nD,plain\n';
    const { rows, problems } = parseCsv(text);
    expect(problems).toEqual([]);
    expect(rows).toEqual([
      { line: 1, fields: ['name', 'description'] },
      { line: 2, fields: ['A', 'one, two'] },
      { line: 3, fields: ['B', 'say "hi"'] },
      { line: 4, fields: ['C', 'line 1\nline 2\r\nline 3'] },
      { line: 7, fields: ['D', 'plain'] },
    ]);
  });

  it('strips a byte-order mark and reads CRLF, LF and CR line ends', () => {
    expect(parseCsv('\ufeffa,b\r\n1,2\r\n').rows).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['1', '2'] },
    ]);
    expect(parseCsv('a,b\r1,2').rows).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['1', '2'] },
    ]);
  });

  it('skips blank rows but counts their lines', () => {
    expect(parseCsv('a,b\n\n,\n1,2\n\n').rows).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 4, fields: ['1', '2'] },
    ]);
  });

  it('reads semicolons when the header has them and no comma (Excel with Danish settings)', () => {
    expect(parseCsv('name;ring\n"a;b";Adopt, or not').rows).toEqual([
      { line: 1, fields: ['name', 'ring'] },
      { line: 2, fields: ['a;b', 'Adopt, or not'] },
    ]);
  });

  it('keeps a quote inside an unquoted field, and an empty last field', () => {
    expect(parseCsv('a,b,c\n5" screen,x,').rows[1]!.fields).toEqual(['5" screen', 'x', '']);
  });

  it('reports a quote never closed on the line it opens, and text after a closing quote', () => {
    expect(parseCsv('a,b\n1,"open\n2,3\n').problems).toEqual([{ line: 2, reason: 'unclosed_quote' }]);
    expect(parseCsv('a,b\n"x"y,2\n').problems).toEqual([{ line: 2, reason: 'text_after_quote' }]);
  });

  it('reads back what it writes, whatever the fields', () => {
    const field = fc.oneof(fc.string(), fc.constantFrom('', ' ', '"', ',', '\n', '\r\n', ';', 'a"b', ' lead', 'trail '));
    fc.assert(
      fc.property(fc.array(fc.array(field, { minLength: 2, maxLength: 5 }), { minLength: 1, maxLength: 6 }), (rows) => {
        const width = rows[0]!.length;
        const even = rows.map((r) => Array.from({ length: width }, (_, k) => r[k] ?? 'x'));
        // Rows of blank fields are skipped on reading; make each row hold something.
        const table = even.map((r) => (r.every((f) => f.trim() === '') ? ['x', ...r.slice(1)] : r));
        const back = parseCsv(writeCsv(table));
        expect(back.problems).toEqual([]);
        expect(back.rows.map((r) => r.fields)).toEqual(table);
      }),
    );
  });

  it('quotes only what needs it', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "x"')).toBe('"say ""x"""');
    expect(csvField(' padded')).toBe('" padded"');
  });
});
