import { describe, expect, it } from 'vitest';
import type { RadarDoc } from '../model.js';
import { type RadarFormat, formatRadarIssue, parseRadar } from './index.js';
import { sharedFixture } from '../../../../test/helpers/fixtures.js';

/**
 * Real radar files, read from the shared fixtures (never copied into the repository): what each
 * gives, quirks included. A missing fixture directory fails these tests; it does not skip them.
 */

const fixture = (path: string) => sharedFixture(`radar/${path}`);

function read(format: RadarFormat, path: string): RadarDoc {
  const r = parseRadar(format, fixture(path));
  if (!r.ok) throw new Error(`${path}: ${r.errors.map((e) => formatRadarIssue(e, 'en')).join('; ')}`);
  return r.doc;
}

const count = <T>(items: T[], f: (x: T) => boolean): number => items.filter(f).length;
const byName = (doc: RadarDoc, name: string) => doc.blips.find((b) => b.name === name)!;

describe('BYOR: localfiles_radar.csv (BYOR’s own test radar)', () => {
  const doc = read('byor-csv', 'byor/localfiles_radar.csv');

  it('has its 99 blips in BYOR’s rings and quadrants, "languages-and-frameworks" included', () => {
    expect(doc.blips).toHaveLength(99);
    expect(doc.rings.map((r) => r.name)).toEqual(['Adopt', 'Trial', 'Assess', 'Hold']);
    expect(doc.sectors.map((s) => s.name)).toEqual(['Techniques', 'Platforms', 'Tools', 'Languages & Frameworks']);
    expect(doc.blips.map((b) => doc.rings[b.ring]!.name).filter((r) => r === 'Adopt')).toHaveLength(11);
    expect(count(doc.blips, (b) => b.sector === 3)).toBe(24);
    expect(count(doc.blips, (b) => b.movement === 'new')).toBe(60);
  });

  it('keeps absolute links and formatting, and drops the relative links to thoughtworks.com', () => {
    const blip = doc.blips[0]!;
    expect(blip.name).toBe('Dependency drift fitness function');
    expect(blip.description).toMatch(
      /^Fitness functions introduced by evolutionary architecture, borrowed from <a href="https:\/\/en\.wikipedia\.org\/wiki\/Evolutionary_computation#/,
    );
    expect(blip.description).toContain('<strong>dependency drift fitness function</strong>');
    expect(blip.description).toContain('such as Dependabot or Snyk');
    expect(doc.blips.some((b) => b.description.includes('href="/'))).toBe(false);
  });

  it('counts lines right after descriptions that span several lines of the file', () => {
    const lines = fixture('byor/localfiles_radar.csv').split('\n');
    const last = lines.length - 2; // the file ends with a line break
    expect(lines[last]).toMatch(/^Testing Library,Assess,languages-and-frameworks,/);
    lines[last] = lines[last]!.replace(',Assess,', ',Nope,');
    const r = parseRadar('byor-csv', lines.join('\n'));
    expect(r).toMatchObject({ ok: false, errors: [{ line: last + 1, field: 'ring', code: 'unknown_ring' }] });
  });
});

describe('BYOR: sheet.csv (a published Google Sheet)', () => {
  it('is refused: two blips appear twice, and both repeats are reported with where they first appear', () => {
    const r = parseRadar('byor-csv', fixture('byor/sheet.csv'));
    expect(r).toEqual({
      ok: false,
      errors: [
        { line: 14, field: 'name', code: 'duplicate_name', params: { name: 'Delta Lake', firstLine: 13 } },
        { line: 31, field: 'name', code: 'duplicate_name', params: { name: 'Databricks Overwatch', firstLine: 7 } },
      ],
    });
    if (!r.ok) expect(formatRadarIssue(r.errors[0]!, 'da')).toBe('Linje 14, name: Navnet »Delta Lake« er brugt før (linje 13).');
  });

  it('reads without the repeats, with "Languages & Frameworks" spelled BYOR’s way', () => {
    const lines = fixture('byor/sheet.csv').split('\n');
    const r = parseRadar('byor-csv', lines.filter((_, k) => k + 1 !== 14 && k + 1 !== 31).join('\n'));
    expect(r.ok && r.doc.blips.length).toBe(36);
    expect(r.ok && r.doc.blips.find((b) => b.sector === 3)).toBeTruthy();
  });
});

describe('BYOR: localfiles_radar.json', () => {
  it('reads lower-case rings and quadrants as BYOR’s', () => {
    const doc = read('byor-json', 'byor/localfiles_radar.json');
    expect(doc.blips.map((b) => [b.name, doc.rings[b.ring]!.name, doc.sectors[b.sector]!.name, b.movement])).toEqual([
      ['Babel', 'Adopt', 'Tools', 'new'],
      ['Apache Kafka', 'Trial', 'Languages & Frameworks', 'unchanged'],
      ['Android-x86', 'Assess', 'Platforms', 'new'],
      ['GrapCloud lift and shifthQL', 'Hold', 'Techniques', 'unchanged'],
    ]);
  });
});

describe('Zalando: config.json (Zalando’s data file: date and entries only)', () => {
  const doc = read('zalando', 'zalando/config.json');

  it('reads the 81 entries with Zalando’s quadrants and rings and the date as the edition', () => {
    expect(doc.blips).toHaveLength(81);
    expect(doc.editions).toEqual(['2026.05']);
    expect(doc.sectors.map((s) => s.name)).toEqual(['Languages', 'Infrastructure', 'Datastores', 'Data Management']);
    expect(byName(doc, 'Go')).toMatchObject({ sector: 0, ring: 0 });
    expect(byName(doc, 'PostgreSQL')).toMatchObject({ sector: 2, ring: 0 });
  });

  it('maps moved and links', () => {
    expect(count(doc.blips, (b) => b.movement === 'moved-in')).toBe(4);
    expect(count(doc.blips, (b) => b.movement === 'new')).toBe(1);
    expect(byName(doc, 'Agentgateway').movement).toBe('new');
    expect(count(doc.blips, (b) => b.link !== undefined)).toBe(26);
    expect(byName(doc, 'Nakadi').link).toBe('https://nakadi.io');
    expect(count(doc.blips, (b) => b.inactive === true)).toBe(0);
  });
});

describe('Backstage: Statistics Norway’s radar', () => {
  const doc = read('backstage', 'backstage-statisticsnorway.json');

  it('reads title, three rings with ids and colours, four quadrants and 47 entries', () => {
    expect(doc.title).toBe('SSB IT teknologiradar');
    expect(doc.rings).toEqual([
      { id: 'bruk', name: 'Bruk', color: '#93c47d' },
      { id: 'vurder', name: 'Vurder', color: '#fbdb84' },
      { id: 'avstå', name: 'Avstå', color: '#efafa9' },
    ]);
    expect(doc.sectors.map((s) => s.id)).toEqual(['programmering', 'infrastruktur', 'devops', 'sikkerhet']);
    expect(doc.blips).toHaveLength(47);
  });

  it('reads timelines (newest first in the file) as history, oldest first, the newest snapshot current', () => {
    const bigQuery = byName(doc, 'Google BigQuery');
    expect(bigQuery.history!.map((h) => [h.edition, doc.rings[h.ring]!.id, h.movement])).toEqual([
      ['2022-05-16', 'vurder', 'unchanged'],
      ['2024-10-28', 'bruk', 'moved-in'],
      ['2026-03-02', 'avstå', 'new'],
    ]);
    expect(bigQuery).toMatchObject({ ring: 2, movement: 'new', id: 'Google BigQuery' });
    expect(byName(doc, 'Maven')).toMatchObject({ ring: 2, movement: 'moved-out' });
    expect(doc.editions).toHaveLength(21);
    expect(doc.editions![0]).toBe('2022-05-16');
    expect(doc.editions![20]).toBe('2026-03-02');
  });

  it('keeps the key as the id where there is no id ("Precommit" for Pre-commit)', () => {
    expect(byName(doc, 'Pre-commit').id).toBe('Precommit');
  });

  it('reads descriptions as Markdown: emphasis, paragraphs, line breaks and bare addresses', () => {
    const bigQuery = byName(doc, 'Google BigQuery');
    expect(bigQuery.description).toMatch(
      /Mer info her: <a href="https:\/\/cloud\.google\.com\/bigquery" rel="noopener noreferrer">https:\/\/cloud\.google\.com\/bigquery<\/a>$/,
    );
    const latest = bigQuery.history![2]!.description!;
    expect(latest.match(/<p>/g)).toHaveLength(3);
    expect(latest).toContain('Disse <em>skal</em> vurderes');
    expect(byName(doc, 'Maven').description).toContain('xml-filen.\nMaven repositores');
  });
});
