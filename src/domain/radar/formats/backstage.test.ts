import { describe, expect, it } from 'vitest';
import type { RadarDoc } from '../model.js';
import { parseBackstage, serializeBackstage } from './backstage.js';
import type { RadarParseResult } from './issues.js';

const errorsOf = (r: RadarParseResult) => (r.ok ? [] : r.errors);
const docOf = (r: RadarParseResult): RadarDoc => {
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.doc;
};

const QUADRANTS = [
  { id: 'languages', name: 'Languages' },
  { id: 'process', name: 'Process' },
  { id: 'infrastructure', name: 'Infrastructure' },
  { id: 'datastores', name: 'Datastores' },
];
const RINGS = [
  { id: 'adopt', name: 'ADOPT', color: '#5BA300' },
  { id: 'trial', name: 'TRIAL', color: '#009EB0', description: 'Worth trying.' },
  { id: 'hold', name: 'HOLD', color: '#E09B96' },
];

describe('Backstage: reading', () => {
  it('reads entries with timelines as blips with history, newest snapshot current', () => {
    const doc = docOf(
      parseBackstage(
        JSON.stringify({
          title: 'Radar',
          quadrants: QUADRANTS,
          rings: RINGS,
          entries: [
            {
              key: 'ts',
              id: 'typescript',
              title: 'TypeScript',
              quadrant: 'languages',
              url: 'https://www.typescriptlang.org',
              description: 'Types for *JavaScript*. See https://www.typescriptlang.org.',
              timeline: [
                { moved: 1, ringId: 'adopt', date: '2024-06-14', description: 'We use it **everywhere**.' },
                { moved: 0, ringId: 'trial', date: '2022-05-16' },
              ],
            },
            { key: 'Precommit', title: 'Pre-commit', quadrant: 'Process', timeline: [{ moved: 2, ringId: 'trial', date: '2024-06-14' }] },
          ],
        }),
      ),
    );
    expect(doc.title).toBe('Radar');
    expect(doc.sectors[0]).toEqual({ id: 'languages', name: 'Languages' });
    expect(doc.rings[1]).toEqual({ id: 'trial', name: 'TRIAL', color: '#009EB0', description: 'Worth trying.' });
    expect(doc.editions).toEqual(['2022-05-16', '2024-06-14']);
    expect(doc.blips).toEqual([
      {
        name: 'TypeScript',
        id: 'typescript',
        sector: 0,
        ring: 0,
        movement: 'moved-in',
        link: 'https://www.typescriptlang.org',
        description:
          'Types for <em>JavaScript</em>. See <a href="https://www.typescriptlang.org" rel="noopener noreferrer">https://www.typescriptlang.org</a>.',
        history: [
          { edition: '2022-05-16', ring: 1, movement: 'unchanged' },
          { edition: '2024-06-14', ring: 0, movement: 'moved-in', description: 'We use it <strong>everywhere</strong>.' },
        ],
      },
      // The key stands in for a missing id; a quadrant id in another case is still found.
      {
        name: 'Pre-commit',
        id: 'Precommit',
        sector: 1,
        ring: 1,
        movement: 'new',
        description: '',
        history: [{ edition: '2024-06-14', ring: 1, movement: 'new' }],
      },
    ]);
  });

  it('reads the first of several links', () => {
    const doc = docOf(
      parseBackstage(
        JSON.stringify({
          quadrants: QUADRANTS,
          rings: RINGS,
          entries: [
            {
              id: 'x',
              title: 'X',
              quadrant: 'languages',
              links: [
                { url: 'https://a.dk', title: 'A' },
                { url: 'https://b.dk', title: 'B' },
              ],
              timeline: [{ ringId: 'adopt', date: '2024-01-01' }],
            },
          ],
        }),
      ),
    );
    expect(doc.blips[0]!.link).toBe('https://a.dk');
  });

  it('reports every problem on its line', () => {
    const text = `{
  "quadrants": [{ "id": "a", "name": "A" }, { "id": "a", "name": "B" }],
  "rings": [{ "id": "adopt", "name": "Adopt", "color": "#5BA300" }],
  "entries": [
    { "id": "x", "title": "X", "quadrant": "nowhere", "timeline": [{ "ringId": "adopt", "date": "2024-01-01" }] },
    { "id": "y", "title": "Y", "quadrant": "a", "timeline": [] },
    {
      "id": "x", "title": "Z", "quadrant": "a", "url": "ftp://files",
      "timeline": [{ "ringId": "trial", "date": "14.06.2024", "moved": 5 }]
    }
  ]
}`;
    expect(errorsOf(parseBackstage(text))).toEqual([
      { line: 2, field: 'quadrants[1].id', code: 'duplicate_id', params: { id: 'a' } },
      { line: 5, field: 'entries[0].quadrant', code: 'unknown_sector', params: { value: 'nowhere', allowed: 'a' } },
      { line: 6, field: 'entries[1].timeline', code: 'missing_value' },
      { line: 8, field: 'entries[2].url', code: 'invalid_link', params: { value: 'ftp://files' } },
      { line: 9, field: 'entries[2].timeline[0].date', code: 'invalid_date', params: { value: '14.06.2024' } },
      { line: 9, field: 'entries[2].timeline[0].ringId', code: 'unknown_ring', params: { value: 'trial', allowed: 'adopt' } },
      { line: 9, field: 'entries[2].timeline[0].moved', code: 'invalid_value', params: { value: 5, allowed: '-1, 0, 1, 2' } },
    ]);
  });

  it('reports duplicate titles and ids of entries', () => {
    const entry = (id: string, title: string) => ({
      id,
      title,
      quadrant: 'languages',
      timeline: [{ ringId: 'adopt', date: '2024-01-01' }],
    });
    const errors = errorsOf(
      parseBackstage(JSON.stringify({ quadrants: QUADRANTS, rings: RINGS, entries: [entry('a', 'A'), entry('a', 'B'), entry('c', 'a')] })),
    );
    expect(errors.map((e) => [e.code, e.field])).toEqual([
      ['duplicate_id', 'entries[1].id'],
      ['duplicate_name', 'entries[2].title'],
    ]);
  });
});

describe('Backstage: writing', () => {
  const doc: RadarDoc = {
    editions: ['2022-05-16', '2024-06-14'],
    sectors: [{ name: 'Sprog og rammeværker' }, { name: 'Værktøjer' }, { name: 'Platforme', id: 'platforms' }, { name: 'Metoder' }],
    rings: [{ name: 'Brug' }, { name: 'Afprøv', color: '#123456', description: 'Prøv det.' }],
    blips: [
      {
        name: 'TypeScript',
        sector: 0,
        ring: 0,
        movement: 'moved-in',
        description: '<p>Types for <em>JavaScript</em>.</p><ul><li>one</li></ul>',
        link: 'https://www.typescriptlang.org',
        history: [
          { edition: '2022-05-16', ring: 1, movement: 'unchanged' },
          { edition: '2024-06-14', ring: 0, movement: 'moved-in', description: 'Now <strong>everywhere</strong>.' },
        ],
      },
      { name: 'Æblemost', sector: 3, ring: 1, movement: 'new', description: '' },
    ],
  };

  it('writes the timeline newest first, descriptions as Markdown, and ids from names', () => {
    const r = serializeBackstage(doc);
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(JSON.parse(r.text)).toEqual({
      quadrants: [
        { id: 'sprog-og-rammevaerker', name: 'Sprog og rammeværker' },
        { id: 'vaerktoejer', name: 'Værktøjer' },
        { id: 'platforms', name: 'Platforme' },
        { id: 'metoder', name: 'Metoder' },
      ],
      rings: [
        { id: 'brug', name: 'Brug', color: '#5BA300' },
        { id: 'afproev', name: 'Afprøv', color: '#123456', description: 'Prøv det.' },
      ],
      entries: [
        {
          key: 'typescript',
          id: 'typescript',
          title: 'TypeScript',
          quadrant: 'sprog-og-rammevaerker',
          url: 'https://www.typescriptlang.org',
          description: 'Types for *JavaScript*.\n\n- one',
          timeline: [
            { moved: 1, ringId: 'brug', date: '2024-06-14', description: 'Now **everywhere**.' },
            { moved: 0, ringId: 'afproev', date: '2022-05-16' },
          ],
        },
        // A blip without history gets one snapshot, in the last edition.
        {
          key: 'aeblemost',
          id: 'aeblemost',
          title: 'Æblemost',
          quadrant: 'metoder',
          timeline: [{ moved: 2, ringId: 'afproev', date: '2024-06-14' }],
        },
      ],
    });
  });

  it('writes new as moved 0 for Backstage versions that check MovedState, and a given date', () => {
    const r = serializeBackstage({ ...doc, editions: undefined, blips: [doc.blips[1]!] }, { strictMovedState: true, date: '2026-01-31' });
    expect(r.ok && JSON.parse(r.text).entries[0].timeline).toEqual([{ moved: 0, ringId: 'afproev', date: '2026-01-31' }]);
  });

  it('refuses editions that are not dates, and a radar without four sectors', () => {
    const named: RadarDoc = {
      ...doc,
      editions: ['Forår', '2024-06-14'],
      blips: [{ ...doc.blips[0]!, history: [{ ...doc.blips[0]!.history![0]!, edition: 'Forår' }, doc.blips[0]!.history![1]!] }],
    };
    expect(serializeBackstage(named)).toMatchObject({
      ok: false,
      errors: [{ code: 'invalid_date', field: 'blips[0].history[0].edition' }],
    });
    expect(serializeBackstage({ ...doc, sectors: doc.sectors.slice(0, 3), blips: [] })).toMatchObject({
      ok: false,
      errors: [{ code: 'unsupported_sector_count', params: { count: 3 } }],
    });
  });

  it('refuses a radar whose history disagrees with its blips', () => {
    const bad: RadarDoc = { ...doc, blips: [{ ...doc.blips[0]!, ring: 1 }] };
    expect(serializeBackstage(bad)).toMatchObject({ ok: false, errors: [{ field: 'blips[0].history', code: 'invalid_value' }] });
  });
});
