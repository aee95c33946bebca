import { describe, expect, it } from 'vitest';
import type { RadarDoc } from '../model.js';
import { parseByorCsv, serializeByorCsv } from './byor-csv.js';
import { parseByorJson, serializeByorJson } from './byor-json.js';
import { MAX_REPORTED_ISSUES, type RadarParseResult } from './issues.js';

const HEADER = 'name,ring,quadrant,isNew,description';
const errorsOf = (r: RadarParseResult) => (r.ok ? [] : r.errors);
const docOf = (r: RadarParseResult): RadarDoc => {
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.doc;
};

describe('BYOR CSV: reading', () => {
  it('reads blips with BYOR’s default rings and quadrants, in BYOR’s order', () => {
    const doc = docOf(parseByorCsv(`${HEADER}\nKotlin,trial,languages-and-frameworks,TRUE,<p>Nice</p>\nJenkins,HOLD,Tools,false,\n`));
    expect(doc.rings.map((r) => r.name)).toEqual(['Adopt', 'Trial', 'Assess', 'Hold']);
    expect(doc.sectors.map((s) => s.name)).toEqual(['Techniques', 'Platforms', 'Tools', 'Languages & Frameworks']);
    expect(doc.blips).toEqual([
      { name: 'Kotlin', sector: 3, ring: 1, movement: 'new', description: 'Nice' },
      { name: 'Jenkins', sector: 2, ring: 3, movement: 'unchanged', description: '' },
    ]);
  });

  it('takes rings and quadrants from the data, in the order first seen, when none is BYOR’s', () => {
    const doc = docOf(parseByorCsv(`${HEADER}\nA,Brug,Værktøjer,FALSE,\nB,Undgå,Metoder,FALSE,\nC,brug,Metoder,FALSE,\n`));
    expect(doc.rings.map((r) => r.name)).toEqual(['Brug', 'Undgå']);
    expect(doc.sectors.map((s) => s.name)).toEqual(['Værktøjer', 'Metoder']);
    expect(doc.blips.map((b) => [b.ring, b.sector])).toEqual([
      [0, 0],
      [1, 1],
      [0, 1],
    ]);
  });

  it('uses the rings and sectors it is given, as BYOR’s RINGS and QUADRANTS', () => {
    const doc = docOf(
      parseByorCsv(`${HEADER}\nA,Undgå,Værktøjer,FALSE,\n`, { rings: ['Brug', 'Afprøv', 'Undgå'], sectors: ['Metoder', 'Værktøjer'] }),
    );
    expect(doc.rings.map((r) => r.name)).toEqual(['Brug', 'Afprøv', 'Undgå']);
    expect(doc.blips[0]).toMatchObject({ ring: 2, sector: 1 });
  });

  it('reads status, which wins over isNew', () => {
    const doc = docOf(
      parseByorCsv(
        'name,ring,quadrant,isNew,description,status\nA,Adopt,Tools,TRUE,,Moved In\nB,Adopt,Tools,FALSE,,moved-out\nC,Adopt,Tools,FALSE,,NEW\nD,Adopt,Tools,TRUE,,No Change\nE,Adopt,Tools,TRUE,,\n',
      ),
    );
    expect(doc.blips.map((b) => b.movement)).toEqual(['moved-in', 'moved-out', 'new', 'unchanged', 'new']);
  });

  it('accepts a BOM, CRLF, headers in any case and extra columns, and a title', () => {
    const doc = docOf(
      parseByorCsv(`\ufeff Name ,RING,Quadrant,ISNEW,Description,topic\r\nA,Adopt,Tools,TRUE,"x, y",t\r\n`, { title: 'Vores radar' }),
    );
    expect(doc).toMatchObject({ title: 'Vores radar', blips: [{ name: 'A', description: 'x, y' }] });
  });

  it('sanitises descriptions and keeps their formatting', () => {
    const doc = docOf(
      parseByorCsv(
        `${HEADER}\nA,Adopt,Tools,TRUE,"<p>See <a href=""https://x.dk"" onclick=""evil()"">x</a><script>alert(1)</script> and <a href=""/radar/tools/y"">y</a>.</p><p>Two</p>"\n`,
      ),
    );
    expect(doc.blips[0]!.description).toBe('<p>See <a href="https://x.dk" rel="noopener noreferrer">x</a> and y.</p><p>Two</p>');
  });

  it('reports every problem of the file, line by line, and imports nothing', () => {
    const text = [
      HEADER,
      'Kotlin,Adopt,Tools,TRUE,ok',
      'Scala,Adoptt,Tools,FALSE,"multi',
      'line"',
      'Go,Trial,Toolz,maybe,',
      'kotlin ,Hold,Tools,FALSE,',
      ',Hold,Tools,FALSE,',
      'Rust,,Tools,FALSE,',
      'Zig,Hold,Tools,FALSE,x,,,extra fields are ignored',
    ].join('\n');
    const result = parseByorCsv(text);
    expect(result.ok).toBe(false);
    expect(errorsOf(result)).toEqual([
      { line: 3, field: 'ring', code: 'unknown_ring', params: { value: 'Adoptt', allowed: 'Adopt, Trial, Assess, Hold' } },
      {
        line: 5,
        field: 'quadrant',
        code: 'unknown_sector',
        params: { value: 'Toolz', allowed: 'Techniques, Platforms, Tools, Languages & Frameworks' },
      },
      { line: 5, field: 'isNew', code: 'invalid_value', params: { value: 'maybe' } },
      { line: 6, field: 'name', code: 'duplicate_name', params: { name: 'kotlin', firstLine: 2 } },
      { line: 7, field: 'name', code: 'missing_value' },
      { line: 8, field: 'ring', code: 'missing_value' },
    ]);
  });

  it('reports missing and doubled columns on the header line', () => {
    expect(errorsOf(parseByorCsv('name,ring,ring,isNew\nA,Adopt,Adopt,TRUE\n'))).toEqual([
      { line: 1, field: 'ring', code: 'duplicate_column', params: { column: 'ring' } },
      { line: 1, field: 'quadrant', code: 'missing_column', params: { column: 'quadrant' } },
      { line: 1, field: 'description', code: 'missing_column', params: { column: 'description' } },
    ]);
    expect(errorsOf(parseByorCsv('name,ring,quadrant,description\nA,Adopt,Tools,\n'))).toEqual([
      { line: 1, field: 'isNew', code: 'missing_column', params: { column: 'isNew' } },
    ]);
  });

  it('reports an empty file, a header without blips and a quote never closed', () => {
    expect(errorsOf(parseByorCsv(''))).toEqual([{ line: null, code: 'empty_file' }]);
    expect(errorsOf(parseByorCsv(`${HEADER}\n`))).toEqual([{ line: null, code: 'empty_file' }]);
    expect(errorsOf(parseByorCsv(`${HEADER}\nA,Adopt,Tools,TRUE,"never closed\n`))).toContainEqual({
      line: 2,
      code: 'malformed_csv',
      params: { reason: 'unclosed_quote' },
    });
  });

  it('reports text read with the wrong encoding', () => {
    expect(errorsOf(parseByorCsv(`${HEADER}\nK\ufffdbenhavn,Adopt,Tools,TRUE,\n`))).toContainEqual({ line: 2, code: 'invalid_encoding' });
  });

  it('keeps to the limits', () => {
    const long = 'x'.repeat(201);
    expect(errorsOf(parseByorCsv(`${HEADER}\n${long},Adopt,Tools,TRUE,\n`))).toEqual([
      { line: 2, field: 'name', code: 'too_long', params: { max: 200 } },
    ]);
    const bigDescription = `"${'<p>a</p>'.repeat(2000)}"`;
    expect(errorsOf(parseByorCsv(`${HEADER}\nA,Adopt,Tools,TRUE,${bigDescription}\n`))).toEqual([
      { line: 2, field: 'description', code: 'too_long', params: { max: 10000 } },
    ]);
    const rings = Array.from({ length: 9 }, (_, k) => `B${k},R${k},Tools,FALSE,`).join('\n');
    expect(errorsOf(parseByorCsv(`${HEADER}\n${rings}\n`))).toEqual([
      { line: null, field: 'ring', code: 'too_many_rings', params: { count: 9, max: 8 } },
    ]);
    const many = Array.from({ length: 2001 }, (_, k) => `B${k},Adopt,Tools,FALSE,`).join('\n');
    expect(errorsOf(parseByorCsv(`${HEADER}\n${many}\n`))).toEqual([{ line: 2002, code: 'too_many_blips', params: { max: 2000 } }]);
  });

  it('reports at most 200 problems, and says how many more there were', () => {
    const bad = Array.from({ length: 300 }, (_, k) => `B${k},Nope,Tools,FALSE,`).join('\n');
    const errors = errorsOf(parseByorCsv(`${HEADER}\nA,Adopt,Tools,FALSE,\n${bad}\n`));
    expect(errors).toHaveLength(MAX_REPORTED_ISSUES + 1);
    expect(errors[errors.length - 1]).toEqual({ line: null, code: 'too_many_errors', params: { shown: 200, more: 100 } });
  });
});

describe('BYOR CSV: writing', () => {
  const doc: RadarDoc = {
    sectors: [{ name: 'Techniques' }, { name: 'Platforms' }, { name: 'Tools' }, { name: 'Languages & Frameworks' }],
    rings: [{ name: 'Adopt' }, { name: 'Trial' }, { name: 'Assess' }, { name: 'Hold' }],
    blips: [
      { name: 'A, with comma', sector: 0, ring: 0, movement: 'new', description: '<p>Say "hi"</p><p>Two</p>' },
      { name: 'B', sector: 3, ring: 3, movement: 'unchanged', description: '' },
    ],
  };

  it('writes exactly BYOR’s five columns when nothing moved', () => {
    const r = serializeByorCsv(doc);
    expect(r).toEqual({
      ok: true,
      text: 'name,ring,quadrant,isNew,description\n"A, with comma",Adopt,Techniques,TRUE,"<p>Say ""hi""</p><p>Two</p>"\nB,Hold,Languages & Frameworks,FALSE,\n',
    });
  });

  it('adds status when a blip moved in or out', () => {
    const moved: RadarDoc = {
      ...doc,
      blips: [
        { ...doc.blips[1]!, movement: 'moved-in' },
        { ...doc.blips[0]!, movement: 'unchanged' },
      ],
    };
    const r = serializeByorCsv(moved);
    expect(r.ok && r.text.split('\n')[0]).toBe('name,ring,quadrant,isNew,description,status');
    expect(r.ok && r.text.split('\n')[1]).toBe('B,Hold,Languages & Frameworks,FALSE,,Moved In');
    expect(r.ok && r.text).toContain(',No Change\n');
  });

  it('refuses a radar BYOR cannot draw', () => {
    const five = { ...doc, sectors: [...doc.sectors, { name: 'Fifth' }] };
    expect(serializeByorCsv(five)).toEqual({
      ok: false,
      errors: [{ line: null, field: 'sectors', code: 'unsupported_sector_count', params: { format: 'BYOR', count: 5, allowed: '4' } }],
    });
    const rings = { ...doc, rings: [...doc.rings, { name: 'Fifth' }] };
    expect(serializeByorCsv(rings)).toMatchObject({ ok: false, errors: [{ code: 'unsupported_ring_count' }] });
  });
});

describe('BYOR JSON', () => {
  it('reads BYOR’s array of objects, with isNew as a string or a boolean', () => {
    const doc = docOf(
      parseByorJson(
        '[{"name":"A","ring":"adopt","quadrant":"tools","isNew":"TRUE","description":"x"},{"name":"B","ring":"hold","quadrant":"tools","isNew":false,"description":""}]',
      ),
    );
    expect(doc.blips.map((b) => [b.name, b.ring, b.movement])).toEqual([
      ['A', 0, 'new'],
      ['B', 3, 'unchanged'],
    ]);
  });

  it('reports problems on the line of the object or key', () => {
    const text =
      '[\n  {"name": "A", "ring": "adopt", "quadrant": "tools", "isNew": "TRUE", "description": ""},\n  {"name": 7, "ring": "adopt", "quadrant": "tools"},\n  {\n    "name": "C",\n    "ring": "nope",\n    "quadrant": "tools"\n  },\n  "text"\n]';
    expect(errorsOf(parseByorJson(text))).toEqual(
      [
        { line: 3, field: 'name', code: 'wrong_type', params: { expected: 'string' } },
        { line: 4, field: 'ring', code: 'unknown_ring', params: { value: 'nope', allowed: 'Adopt, Trial, Assess, Hold' } },
        { line: 1, field: '[3]', code: 'wrong_type', params: { expected: 'object' } },
      ].sort((a, b) => a.line - b.line),
    );
  });

  it('reports malformed JSON with its line, and a file that is not an array', () => {
    expect(errorsOf(parseByorJson('[\n {"name": "A",}\n]'))).toEqual([{ line: 2, code: 'malformed_json', params: { column: 15 } }]);
    expect(errorsOf(parseByorJson('{"name": "A"}'))).toEqual([{ line: 1, code: 'wrong_type', params: { expected: 'array' } }]);
    expect(errorsOf(parseByorJson('[]'))).toEqual([{ line: null, code: 'empty_file' }]);
    expect(errorsOf(parseByorJson('  '))).toEqual([{ line: null, code: 'empty_file' }]);
  });

  it('writes what BYOR reads: strings, isNew as TRUE or FALSE', () => {
    const doc: RadarDoc = {
      sectors: [{ name: 'Techniques' }, { name: 'Platforms' }, { name: 'Tools' }, { name: 'Languages & Frameworks' }],
      rings: [{ name: 'Adopt' }],
      blips: [{ name: 'A', sector: 2, ring: 0, movement: 'new', description: 'x' }],
    };
    expect(serializeByorJson(doc)).toEqual({
      ok: true,
      text: '[\n  {\n    "name": "A",\n    "ring": "Adopt",\n    "quadrant": "Tools",\n    "isNew": "TRUE",\n    "description": "x"\n  }\n]\n',
    });
  });
});
