import fc from 'fast-check';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MOVEMENTS, type RadarDoc, type RadarDocBlip, type RadarDocSnapshot, nameKey } from '../model.js';
import { BACKSTAGE_RING_COLORS } from './backstage.js';
import { byorKey } from './byor.js';
import { RADAR_FORMATS, type RadarFormat, parseRadar, serializeRadar, validateRadarDoc } from './index.js';
import { htmlToMarkdown, markdownToHtml } from './markdown.js';
import { sanitizeHtml } from './sanitize.js';
import { ZALANDO_RINGS } from './zalando.js';
import { SHARED_DIR, sharedFixture } from '../../../../test/helpers/fixtures.js';
import { join } from 'node:path';

/**
 * Writing a radar in a format and reading it back gives the radar again, less what the format
 * cannot carry. `carried` says what that is, format by format; it is the specification the
 * round trips are checked against.
 */

const FALLBACK_DATE = '2026-01-15';

/** Markdown is how Backstage carries a description. */
const viaMarkdown = (html: string): string => markdownToHtml(htmlToMarkdown(html));

function carried(format: RadarFormat, doc: RadarDoc): RadarDoc {
  const names = <T extends { name: string }>(list: T[]) => list.map((x) => ({ name: x.name }));
  switch (format) {
    case 'byor-csv':
    case 'byor-json':
      // Names only (their order comes from the reader's options), no title, link, id, history or editions.
      return {
        sectors: names(doc.sectors),
        rings: names(doc.rings),
        blips: doc.blips.map(({ name, sector, ring, movement, description }) => ({ name, sector, ring, movement, description })),
      };
    case 'zalando': {
      // No descriptions, ids, history, or editions but the last; a ring without a colour gets Zalando's.
      const last = doc.editions?.[doc.editions.length - 1];
      return {
        ...(doc.title !== undefined ? { title: doc.title } : {}),
        ...(last !== undefined ? { editions: [last] } : {}),
        sectors: names(doc.sectors),
        rings: doc.rings.map((r, k) => ({
          name: r.name,
          color: r.color ?? ZALANDO_RINGS[k]!.color,
          ...(r.description !== undefined ? { description: r.description } : {}),
        })),
        blips: doc.blips.map((b) => ({
          name: b.name,
          sector: b.sector,
          ring: b.ring,
          movement: b.movement,
          description: '',
          ...(b.link !== undefined ? { link: b.link } : {}),
          ...(b.inactive ? { inactive: true } : {}),
        })),
      };
    }
    case 'backstage': {
      // Not inactive; descriptions as Markdown; a blip without history gets one snapshot (dated as the
      // writer is told); editions are the dates of the history. Ids are checked on their own (new ones
      // are made up from names).
      const fallback = FALLBACK_DATE;
      const blips = doc.blips.map((b): RadarDocBlip => {
        const history: RadarDocSnapshot[] = b.history?.length
          ? b.history.map((h) => {
              const description = h.description === undefined ? '' : viaMarkdown(h.description);
              return { edition: h.edition, ring: h.ring, movement: h.movement, ...(description !== '' ? { description } : {}) };
            })
          : [{ edition: fallback, ring: b.ring, movement: b.movement }];
        return {
          name: b.name,
          sector: b.sector,
          ring: b.ring,
          movement: b.movement,
          description: viaMarkdown(b.description),
          ...(b.link !== undefined ? { link: b.link } : {}),
          history,
        };
      });
      const editions = [...new Set(blips.flatMap((b) => b.history!.map((h) => h.edition)))].sort();
      return {
        ...(doc.title !== undefined ? { title: doc.title } : {}),
        ...(editions.length > 0 ? { editions } : {}),
        sectors: names(doc.sectors),
        rings: doc.rings.map((r, k) => ({
          name: r.name,
          color: r.color ?? BACKSTAGE_RING_COLORS[k]!,
          ...(r.description !== undefined ? { description: r.description } : {}),
        })),
        blips,
      };
    }
  }
}

/** Ids apart: they are checked by `checkIds`. */
function withoutIds(doc: RadarDoc): RadarDoc {
  const strip = <T extends { id?: string }>(x: T): Omit<T, 'id'> => {
    const { id: _id, ...rest } = x;
    return rest;
  };
  return { ...doc, sectors: doc.sectors.map(strip), rings: doc.rings.map(strip), blips: doc.blips.map(strip) };
}

/** Backstage keeps the ids it is given and makes up unique ones for the rest. */
function checkIds(before: RadarDoc, after: RadarDoc): void {
  for (const key of ['sectors', 'rings', 'blips'] as const) {
    const ids = after[key].map((x) => x.id);
    expect(ids.every((id) => typeof id === 'string' && id !== '')).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    before[key].forEach((x, k) => {
      if (x.id !== undefined) expect(ids[k]).toBe(x.id);
    });
  }
}

function roundTrip(format: RadarFormat, doc: RadarDoc): RadarDoc {
  const written = serializeRadar(format, doc, { date: FALLBACK_DATE });
  if (!written.ok) throw new Error(`cannot write ${format}: ${JSON.stringify(written.errors)}`);
  const read = parseRadar(format, written.text, { rings: doc.rings.map((r) => r.name), sectors: doc.sectors.map((s) => s.name) });
  if (!read.ok) throw new Error(`cannot read back ${format}: ${JSON.stringify(read.errors)}\n${written.text}`);
  return read.doc;
}

function expectRoundTrip(format: RadarFormat, doc: RadarDoc): RadarDoc {
  const after = roundTrip(format, doc);
  if (format === 'backstage') {
    checkIds(doc, after);
    expect(withoutIds(after)).toEqual(withoutIds(carried(format, doc)));
  } else {
    expect(after).toEqual(carried(format, doc));
  }
  // What one trip keeps, a second trip keeps exactly.
  const again = roundTrip(format, after);
  expect(again).toEqual(after);
  return after;
}

// ---------------------------------------------------------------------------------------------
// The real files

const fixture = (path: string) => sharedFixture(`radar/${path}`);

function parsed(format: RadarFormat, path: string, transform: (text: string) => string = (t) => t): RadarDoc {
  const r = parseRadar(format, transform(fixture(path)));
  if (!r.ok) throw new Error(`${path}: ${JSON.stringify(r.errors)}`);
  return r.doc;
}

/** sheet.csv repeats two blips; without the repeats it is a valid radar. */
const withoutRepeats = (text: string): string =>
  text
    .split('\n')
    .filter((_, k) => k + 1 !== 14 && k + 1 !== 31)
    .join('\n');

const FIXTURE_FILES: [string, RadarFormat, ((t: string) => string)?][] = [
  ['byor/localfiles_radar.csv', 'byor-csv'],
  ['byor/sheet.csv', 'byor-csv', withoutRepeats],
  ['byor/localfiles_radar.json', 'byor-json'],
  ['zalando/config.json', 'zalando'],
  ['backstage-statisticsnorway.json', 'backstage'],
];

describe('round trips of the real files', () => {
  it('finds the shared radar fixtures', () => {
    expect(existsSync(join(SHARED_DIR, 'fixtures', 'radar')), `fixture directory missing in ${SHARED_DIR}`).toBe(true);
  });

  it.each(FIXTURE_FILES)('%s, written in its own format and read again, is the same radar', (path, format, transform) => {
    const doc = parsed(format, path, transform);
    const written = serializeRadar(format, doc);
    if (!written.ok) throw new Error(JSON.stringify(written.errors));
    // Read with no options at all, as `pejling radar import` would.
    expect(parseRadar(format, written.text)).toEqual({ ok: true, doc });
  });

  for (const [path, from, transform] of FIXTURE_FILES) {
    for (const to of RADAR_FORMATS) {
      it(`${path} → ${to} → back keeps what ${to} carries`, () => {
        const doc = parsed(from, path, transform);
        // Zalando draws four rings; Statistics Norway's radar has three.
        if (to === 'zalando' && doc.rings.length !== 4) {
          expect(serializeRadar(to, doc)).toMatchObject({ ok: false, errors: [{ code: 'unsupported_ring_count' }] });
          return;
        }
        expectRoundTrip(to, doc);
      });
    }
  }
});

// ---------------------------------------------------------------------------------------------
// Any radar

const CHARS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789æøåÆØÅé &-.,/()\'"+#*_'.split('');
const label = fc
  .array(fc.constantFrom(...CHARS), { minLength: 1, maxLength: 24 })
  .map((cs) => cs.join('').replace(/\s+/g, ' ').trim())
  .filter((s) => s !== '');
const names = (min: number, max: number) => fc.uniqueArray(label, { minLength: min, maxLength: max, selector: (s) => byorKey(nameKey(s)) });
const htmlPiece = fc.oneof(
  fc.constantFrom(
    '<p>',
    '</p>',
    '<ul><li>',
    '</li><li>',
    '</li></ul>',
    '<strong>',
    '</strong>',
    '<em>',
    '</em>',
    '<code>',
    '</code>',
    '<br>',
  ),
  fc.constantFrom('<a href="https://example.dk/a?b=1&amp;c=2">', '<a href="mailto:radar@example.dk">', '</a>', '<script>x</script>'),
  label.map((s) => ` ${s} `),
  label,
);
const description = fc.oneof(
  fc.constant(''),
  fc.array(htmlPiece, { maxLength: 12 }).map((ps) => sanitizeHtml(ps.join(''))),
);
const color = fc.constantFrom('#93c47d', '#FBDB84', 'rgb(1, 2, 3)', 'teal');
const link = fc.constantFrom('https://example.dk', 'https://example.dk/tech/x?y=1', 'http://intra.example/a_(b)');
const isoDates = fc
  .uniqueArray(fc.integer({ min: 0, max: 365 * 30 }), { minLength: 1, maxLength: 6 })
  .map((days) => [...days].sort((a, b) => a - b).map((d) => new Date(Date.UTC(2000, 0, 1 + d)).toISOString().slice(0, 10)));

function radar(ringCount: { min: number; max: number }): fc.Arbitrary<RadarDoc> {
  return fc
    .record({
      title: fc.option(label, { nil: undefined }),
      sectors: names(4, 4),
      sectorIds: fc.array(fc.option(label, { nil: undefined }), { minLength: 4, maxLength: 4 }),
      rings: names(ringCount.min, ringCount.max),
      ringExtras: fc.array(fc.record({ color: fc.option(color, { nil: undefined }), description: fc.option(label, { nil: undefined }) }), {
        minLength: 8,
        maxLength: 8,
      }),
      editions: fc.option(isoDates, { nil: undefined }),
      blipNames: names(1, 12),
      blips: fc.array(
        fc.record({
          sector: fc.nat(3),
          ring: fc.nat(7),
          movement: fc.constantFrom(...MOVEMENTS),
          description,
          link: fc.option(link, { nil: undefined }),
          inactive: fc.boolean(),
          id: fc.option(label, { nil: undefined }),
          history: fc.array(
            fc.record({
              step: fc.nat(5),
              ring: fc.nat(7),
              movement: fc.constantFrom(...MOVEMENTS),
              description: fc.option(description, { nil: undefined }),
            }),
            {
              maxLength: 4,
            },
          ),
        }),
        { minLength: 12, maxLength: 12 },
      ),
    })
    .map((r) => {
      const uniqueIds = (ids: (string | undefined)[]) => ids.map((id, k) => (id !== undefined && ids.indexOf(id) === k ? id : undefined));
      const sectorIds = uniqueIds(r.sectorIds);
      const blipIds = uniqueIds(r.blips.map((b) => b.id));
      const doc: RadarDoc = {
        sectors: r.sectors.map((name, k) => ({ name, ...(sectorIds[k] !== undefined ? { id: sectorIds[k] } : {}) })),
        rings: r.rings.map((name, k) => ({
          name,
          ...(r.ringExtras[k]!.color !== undefined ? { color: r.ringExtras[k]!.color } : {}),
          ...(r.ringExtras[k]!.description !== undefined ? { description: r.ringExtras[k]!.description } : {}),
        })),
        blips: r.blipNames.map((name, k): RadarDocBlip => {
          const b = r.blips[k]!;
          const ring = b.ring % r.rings.length;
          const blip: RadarDocBlip = { name, sector: b.sector, ring, movement: b.movement, description: b.description };
          if (b.link !== undefined) blip.link = b.link;
          if (b.inactive) blip.inactive = true;
          if (blipIds[k] !== undefined) blip.id = blipIds[k];
          if (r.editions && b.history.length > 0) {
            // Snapshots in the editions' order, the last one where the blip is now.
            let at = 0;
            const history = b.history.map((h) => {
              at = Math.min(r.editions!.length - 1, at + (h.step % 2));
              const s: RadarDocSnapshot = { edition: r.editions![at]!, ring: h.ring % r.rings.length, movement: h.movement };
              if (h.description) s.description = h.description;
              return s;
            });
            history[history.length - 1] = { ...history[history.length - 1]!, ring, movement: b.movement };
            blip.history = history;
          }
          return blip;
        }),
      };
      if (r.title !== undefined) doc.title = r.title;
      if (r.editions) doc.editions = r.editions;
      return doc;
    });
}

describe('round trips of any radar', () => {
  it('generates valid radars', () => {
    fc.assert(
      fc.property(radar({ min: 1, max: 8 }), (doc) => {
        expect(validateRadarDoc(doc)).toEqual([]);
      }),
    );
  });

  const cases: [RadarFormat, { min: number; max: number }][] = [
    ['byor-csv', { min: 1, max: 4 }],
    ['byor-json', { min: 1, max: 4 }],
    ['zalando', { min: 4, max: 4 }],
    ['backstage', { min: 1, max: 8 }],
  ];
  it.each(cases)('%s keeps what it carries', (format, rings) => {
    fc.assert(
      fc.property(radar(rings), (doc) => {
        expectRoundTrip(format, doc);
      }),
      { numRuns: 150 },
    );
  });

  it('BYOR with BYOR’s own ring and quadrant names needs no options to come back the same', () => {
    fc.assert(
      fc.property(radar({ min: 4, max: 4 }), fc.constantFrom<RadarFormat>('byor-csv', 'byor-json'), (generated, format) => {
        const doc = carried(format, {
          ...generated,
          sectors: ['Techniques', 'Platforms', 'Tools', 'Languages & Frameworks'].map((name) => ({ name })),
          rings: ['Adopt', 'Trial', 'Assess', 'Hold'].map((name) => ({ name })),
        });
        const written = serializeRadar(format, doc);
        expect(written.ok && parseRadar(format, written.text)).toEqual({ ok: true, doc });
      }),
      { numRuns: 100 },
    );
  });
});
