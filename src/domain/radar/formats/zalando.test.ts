import { describe, expect, it } from 'vitest';
import type { RadarDoc } from '../model.js';
import type { RadarParseResult } from './issues.js';
import { parseZalando, serializeZalando } from './zalando.js';

const errorsOf = (r: RadarParseResult) => (r.ok ? [] : r.errors);
const docOf = (r: RadarParseResult): RadarDoc => {
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.doc;
};

describe('Zalando: reading', () => {
  it('reads Zalando’s config.json (date and entries) with Zalando’s quadrants and rings', () => {
    const doc = docOf(
      parseZalando(
        JSON.stringify({
          date: '2026.05',
          entries: [
            {
              quadrant: 3,
              ring: 0,
              label: 'Flink',
              link: 'https://engineering.zalando.com/tags/apache-flink.html',
              active: true,
              moved: 1,
            },
            { quadrant: 0, ring: 3, label: 'Clojure', active: false, moved: -1 },
            { quadrant: 1, ring: 1, label: 'Agentgateway', moved: 2 },
            { quadrant: 2, ring: 2, label: 'Valkey', link: '', active: true, moved: 0 },
          ],
        }),
      ),
    );
    expect(doc.sectors.map((s) => s.name)).toEqual(['Languages', 'Infrastructure', 'Datastores', 'Data Management']);
    expect(doc.rings).toEqual([
      { name: 'ADOPT', color: '#5ba300' },
      { name: 'TRIAL', color: '#009eb0' },
      { name: 'ASSESS', color: '#c7ba00' },
      { name: 'HOLD', color: '#e09b96' },
    ]);
    expect(doc.editions).toEqual(['2026.05']);
    expect(doc.blips).toEqual([
      {
        name: 'Flink',
        sector: 3,
        ring: 0,
        movement: 'moved-in',
        description: '',
        link: 'https://engineering.zalando.com/tags/apache-flink.html',
      },
      { name: 'Clojure', sector: 0, ring: 3, movement: 'moved-out', description: '', inactive: true },
      { name: 'Agentgateway', sector: 1, ring: 1, movement: 'new', description: '' },
      { name: 'Valkey', sector: 2, ring: 2, movement: 'unchanged', description: '' },
    ]);
  });

  it('reads the whole radar_visualization() configuration when given', () => {
    const doc = docOf(
      parseZalando(
        JSON.stringify({
          title: 'Vores radar',
          svg_id: 'radar',
          quadrants: [{ name: 'Metoder' }, { name: 'Værktøjer' }, { name: 'Platforme' }, { name: 'Sprog' }],
          rings: [
            { name: 'Brug', color: '#93c47d', description: 'Vi bruger det.' },
            { name: 'Afprøv', color: 'rgb(147, 210, 194)' },
            { name: 'Vurdér', color: 'gold' },
            { name: 'Undgå', color: '#efafa9' },
          ],
          entries: [{ quadrant: 1, ring: 2, label: 'X', active: true, moved: 0 }],
        }),
      ),
    );
    expect(doc.title).toBe('Vores radar');
    expect(doc.rings[0]).toEqual({ name: 'Brug', color: '#93c47d', description: 'Vi bruger det.' });
    expect(doc.blips[0]).toMatchObject({ sector: 1, ring: 2 });
  });

  it('reports every problem on its line', () => {
    const text = `{
  "quadrants": [{ "name": "A" }, { "name": "B" }],
  "rings": [{ "name": "R", "color": "red;background:url(x)" }],
  "entries": [
    { "quadrant": 0, "ring": 0, "label": "Ok", "moved": 0 },
    { "quadrant": 2, "ring": 1, "label": "Out", "moved": 3 },
    { "quadrant": 0, "ring": 0, "label": "ok", "link": "javascript:alert(1)" },
    { "quadrant": "0", "ring": 0 }
  ]
}`;
    expect(errorsOf(parseZalando(text))).toEqual([
      { line: 3, field: 'rings[0].color', code: 'invalid_value', params: { value: 'red;background:url(x)' } },
      { line: 6, field: 'entries[1].quadrant', code: 'unknown_sector', params: { value: 2, allowed: '0–1' } },
      { line: 6, field: 'entries[1].ring', code: 'unknown_ring', params: { value: 1, allowed: '0–0' } },
      { line: 6, field: 'entries[1].moved', code: 'invalid_value', params: { value: 3, allowed: '-1, 0, 1, 2' } },
      { line: 7, field: 'entries[2].label', code: 'duplicate_name', params: { name: 'ok', firstLine: 5 } },
      { line: 7, field: 'entries[2].link', code: 'invalid_link', params: { value: 'javascript:alert(1)' } },
      { line: 8, field: 'entries[3].label', code: 'missing_value' },
      { line: 8, field: 'entries[3].quadrant', code: 'wrong_type', params: { expected: 'integer' } },
    ]);
  });

  it('reports a file without entries, malformed JSON and a wrong top level', () => {
    expect(errorsOf(parseZalando('{"date": "2026.05"}'))).toEqual([{ line: 1, field: 'entries', code: 'missing_value' }]);
    expect(errorsOf(parseZalando('{"entries": []}'))).toEqual([{ line: 1, field: 'entries', code: 'empty_file' }]);
    expect(errorsOf(parseZalando('{"entries": [}'))).toEqual([{ line: 1, code: 'malformed_json', params: { column: 14 } }]);
    expect(errorsOf(parseZalando('[]'))).toEqual([{ line: 1, code: 'wrong_type', params: { expected: 'object' } }]);
    expect(errorsOf(parseZalando(''))).toEqual([{ line: null, code: 'empty_file' }]);
  });
});

describe('Zalando: writing', () => {
  const doc: RadarDoc = {
    title: 'T',
    editions: ['2025.10', '2026.05'],
    sectors: [{ name: 'A' }, { name: 'B' }, { name: 'C' }, { name: 'D' }],
    rings: [{ name: 'ADOPT', color: '#000' }, { name: 'TRIAL' }, { name: 'ASSESS' }, { name: 'HOLD', description: 'Stop.' }],
    blips: [
      { name: 'X', sector: 3, ring: 1, movement: 'new', description: '<p>lost</p>', link: 'https://x.dk', inactive: true },
      { name: 'Y', sector: 0, ring: 0, movement: 'moved-out', description: '' },
    ],
  };

  it('writes the configuration radar_visualization() takes, with the last edition as its date', () => {
    const r = serializeZalando(doc);
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(JSON.parse(r.text)).toEqual({
      title: 'T',
      date: '2026.05',
      quadrants: [{ name: 'A' }, { name: 'B' }, { name: 'C' }, { name: 'D' }],
      rings: [
        { name: 'ADOPT', color: '#000' },
        { name: 'TRIAL', color: '#009eb0' },
        { name: 'ASSESS', color: '#c7ba00' },
        { name: 'HOLD', color: '#e09b96', description: 'Stop.' },
      ],
      entries: [
        { quadrant: 3, ring: 1, label: 'X', link: 'https://x.dk', active: false, moved: 2 },
        { quadrant: 0, ring: 0, label: 'Y', active: true, moved: -1 },
      ],
    });
  });

  it('refuses a radar without four sectors and four rings', () => {
    expect(serializeZalando({ ...doc, rings: doc.rings.slice(0, 3) })).toEqual({
      ok: false,
      errors: [{ line: null, field: 'rings', code: 'unsupported_ring_count', params: { format: 'Zalando', count: 3, allowed: '4' } }],
    });
  });
});
