import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOGUE_FILE, type CatalogueReader, type TCatalogue, ZCatalogue, loadCatalogue, parseCatalogue } from './catalogue.js';
import { ringOf } from './rule.js';
import { ROOT, SEEDS, loadContent, texts } from '../../../test/helpers/content.js';

/**
 * The technology catalogue, content/radar/catalogue.json: it must satisfy ZCatalogue, carry both
 * languages everywhere, hold the 20 technologies and five areas of the source, say things in our
 * own words, and its ring rule must place technologies as computed by hand.
 */

const FILE = 'catalogue.json';
const content = loadContent('radar', ZCatalogue);
const raw = content.raw(FILE) as Record<string, unknown>;
const catalogue = (): TCatalogue => parseCatalogue(raw);
const clone = (): Record<string, unknown> => structuredClone(raw);

/** The 20 technologies in the list of the source (004), in its order. */
const SOURCE_TECHNOLOGIES = [
  'kunstig-intelligens',
  'big-data',
  'fysiske-robotter',
  'droner',
  'virtual-reality',
  'augmented-reality',
  '3d-print',
  'blockchain',
  'chatbots',
  'rpa',
  'apps',
  'skaerme-og-selvbetjening',
  'digital-twin',
  'edge-computing',
  'virtuelle-digitale-assistenter',
  'cloud',
  'iot-og-sensorer',
  'video-og-visuel-kontakt',
  'autonome-koeretoejer',
  'kvantecomputere',
];
const SOURCE_AREAS = [
  'dagtilbud-og-skole',
  'social-og-sundhed',
  'arbejdsmarked-og-erhverv',
  'teknik-og-miljoe',
  'oekonomi-og-administration',
];

/** Sentences in a text: a stop followed by a space and a capital (or the end). */
const sentences = (s: string) => s.trim().split(/(?<=[.!?])\s+(?=[A-ZÆØÅ])/).length;

describe('content/radar/catalogue.json', () => {
  it('exists and satisfies ZCatalogue', () => {
    expect(content.files).toContain(FILE);
    const problems = content.issues(FILE);
    if (problems) console.error(`${FILE} does not satisfy ZCatalogue:\n${problems}`);
    expect(problems).toBe('');
  });

  it('has every text in both Danish and English, none empty', () => {
    const all = texts(raw);
    expect(all.length).toBeGreaterThan(100);
    for (const { path, text } of all) {
      expect(Object.keys(text).sort(), path).toEqual(['da', 'en']);
      for (const lang of ['da', 'en'] as const) {
        const value = text[lang];
        expect(typeof value === 'string' && value.trim().length > 0, `${path}.${lang}`).toBe(true);
      }
    }
  });

  it('names its source publication, the radar and seeds that exist (when the seeds are at hand)', () => {
    const cat = catalogue();
    expect([cat.source.title, cat.source.publisher, cat.source.year, cat.source.seed]).toEqual([
      'Ledelse i en digital tid',
      'KL (Kommunernes Landsforening)',
      2020,
      '004_eca04518f750382d.txt',
    ]);
    expect([cat.model.title, cat.model.publisher]).toEqual(['Kommunernes Teknologiradar', 'KL (Kommunernes Landsforening)']);
    if (!existsSync(SEEDS)) return;
    for (const seed of [cat.source.seed, cat.model.seed, ...cat.furtherSources.map((s) => s.seed)])
      expect(existsSync(join(SEEDS, seed)), seed).toBe(true);
  });

  it('holds the 20 technologies of the source, at least, with unique ids and names', () => {
    const cat = catalogue();
    const ids = cat.technologies.map((t) => t.id);
    expect(ids.length).toBeGreaterThanOrEqual(20);
    expect(ids).toEqual(expect.arrayContaining(SOURCE_TECHNOLOGIES));
    expect(new Set(ids).size).toBe(ids.length);
    for (const lang of ['da', 'en'] as const) {
      const names = cat.technologies.map((t) => t.name[lang].toLowerCase());
      expect(new Set(names).size, lang).toBe(names.length);
    }
  });

  it('describes every technology in two to four sentences, in Danish and English', () => {
    for (const tech of catalogue().technologies) {
      for (const lang of ['da', 'en'] as const) {
        const n = sentences(tech.description[lang]);
        expect(n >= 2 && n <= 4, `${tech.id}.${lang}: ${n} sentences`).toBe(true);
      }
    }
  });

  it('has the five areas of the source, in its order, with unique ids', () => {
    const ids = catalogue().areas.map((a) => a.id);
    expect(ids).toEqual(SOURCE_AREAS);
    expect(catalogue().areas.map((a) => a.name.da)).toEqual([
      'Dagtilbud og skole',
      'Social og sundhed',
      'Arbejdsmarked og erhverv',
      'Teknik og miljø',
      'Økonomi og administration',
    ]);
  });

  it('gives examples only for known areas: every technology in at least three, most in all', () => {
    const cat = catalogue();
    const areas = new Set(cat.areas.map((a) => a.id));
    let everywhere = 0;
    for (const tech of cat.technologies) {
      for (const ex of tech.examples) expect(areas.has(ex.area), `${tech.id}: ${ex.area}`).toBe(true);
      const covered = new Set(tech.examples.map((e) => e.area));
      expect(covered.size, tech.id).toBeGreaterThanOrEqual(3);
      if (covered.size === areas.size) everywhere += 1;
    }
    expect(everywhere).toBeGreaterThanOrEqual(Math.ceil((cat.technologies.length * 2) / 3));
  });

  it('groups the technologies in four sectors of our own, each with some', () => {
    const c = catalogue();
    expect(c.sectors.map((s) => s.id)).toEqual([
      'data-og-intelligens',
      'automatisering-og-robotter',
      'kontakt-og-oplevelser',
      'infrastruktur',
    ]);
    for (const sector of c.sectors) expect(c.technologies.filter((t) => t.sector === sector.id).length).toBeGreaterThanOrEqual(3);
  });

  it('starts every technology with an empty list of cases', () => {
    for (const tech of catalogue().technologies) expect(tech.cases, tech.id).toEqual([]);
  });

  it('has KL’s four rings from the centre out, with English names', () => {
    const rings = catalogue().rings;
    expect(rings.map((r) => r.id)).toEqual(['klar', 'afproev', 'hold-oeje', 'afvent']);
    expect(rings.map((r) => r.name.da.toUpperCase())).toEqual(['KLAR', 'AFPRØV', 'HOLD ØJE', 'AFVENT']);
    expect(rings.map((r) => r.name.en)).toEqual(['Ready', 'Trial', 'Watch', 'Wait']);
  });

  it('has consistent scales: maturity 1–5 over TRL 1–9, five spread answers, relevance 1–5', () => {
    const cat = catalogue();
    expect(cat.maturity.levels.map((l) => [l.level, l.trl.from, l.trl.to])).toEqual([
      [1, 1, 3],
      [2, 4, 5],
      [3, 6, 7],
      [4, 8, 8],
      [5, 9, 9],
    ]);
    expect(cat.spread.options.map((o) => o.id)).toEqual(['i-drift', 'afproeves', 'overvejes', 'ikke-overvejet', 'ved-ikke']);
    expect(cat.relevance.levels.map((l) => l.value)).toEqual([1, 2, 3, 4, 5]);
    expect(cat.ringRule.maturityLevels).toBe(cat.maturity.levels.length);
    expect(cat.ringRule.spreadPoints).toEqual({ 'i-drift': 3, afproeves: 2, overvejes: 1, 'ikke-overvejet': 0, 'ved-ikke': null });
    expect(cat.ringRule.thresholds.map((t) => [t.ring, t.min])).toEqual([
      ['klar', 0.75],
      ['afproev', 0.5],
      ['hold-oeje', 0.25],
      ['afvent', 0],
    ]);
  });

  it('places technologies by its ring rule as computed by hand', () => {
    const rule = catalogue().ringRule;
    // (1 + 1)/2 = 1
    expect(ringOf(5, { 'i-drift': 8 }, rule)).toBe('klar');
    // (¾ + (6+2+1)/12)/2 = 0.75
    expect(ringOf(4, { 'i-drift': 2, afproeves: 1, overvejes: 1, 'ved-ikke': 3 }, rule)).toBe('klar');
    // (½ + (3+2+1+0)/12)/2 = 0.5
    expect(ringOf(3, { 'i-drift': 1, afproeves: 1, overvejes: 1, 'ikke-overvejet': 1 }, rule)).toBe('afproev');
    // (¼ + 1/9)/2 ≈ 0.18
    expect(ringOf(2, { overvejes: 1, 'ikke-overvejet': 2 }, rule)).toBe('afvent');
    // (½ + 1/3)/2 ≈ 0.42
    expect(ringOf(3, { overvejes: 5 }, rule)).toBe('hold-oeje');
    expect(ringOf(3, { 'ved-ikke': 5 }, rule)).toBeNull();
  });

  it('says things in its own words: no run of eight words taken from the seeds (when at hand)', () => {
    if (!existsSync(SEEDS)) return;
    const words = (s: string) =>
      s
        .replace(/-\s*\n\s*/g, '')
        .toLowerCase()
        .split(/[^a-zæøåéü0-9]+/)
        .filter(Boolean);
    const RUN = 8;
    const seen = new Set<string>();
    for (const f of readdirSync(SEEDS).filter((f) => f.endsWith('.txt'))) {
      const w = words(readFileSync(join(SEEDS, f), 'utf8'));
      for (let k = 0; k + RUN <= w.length; k++) seen.add(w.slice(k, k + RUN).join(' '));
    }
    for (const { path, text } of texts(raw)) {
      const w = words(String(text.da));
      for (let k = 0; k + RUN <= w.length; k++) {
        const run = w.slice(k, k + RUN).join(' ');
        expect(seen.has(run), `${path}.da repeats the seed: “${run}”`).toBe(false);
      }
    }
  });
});

describe('ZCatalogue refuses', () => {
  const problems = (mutate: (c: Record<string, unknown>) => void): string => {
    const c = clone();
    mutate(c);
    const result = ZCatalogue.safeParse(c);
    return result.success ? '' : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('\n');
  };
  const at = <T = Record<string, unknown>>(c: Record<string, unknown>, key: string) => c[key] as T[];

  it('a duplicate technology id', () => {
    expect(
      problems((c) => {
        at(c, 'technologies').push({ ...at(c, 'technologies')[0]!, name: { da: 'Anden', en: 'Other' } });
      }),
    ).toMatch(/duplicate technology id "kunstig-intelligens"/);
  });

  it('a technology in an unknown sector, and two sectors with one id', () => {
    expect(
      problems((c) => {
        at<{ sector: string }>(c, 'technologies')[0]!.sector = 'rummet';
      }),
    ).toMatch(/technologies\.0\.sector: unknown sector "rummet"/);
    expect(
      problems((c) => {
        at(c, 'sectors').push({ ...at(c, 'sectors')[0]! });
      }),
    ).toMatch(/duplicate sector id "data-og-intelligens"/);
  });

  it('an example in an unknown area', () => {
    expect(
      problems((c) => {
        const examples = at<{ examples: { area: string }[] }>(c, 'technologies')[0]!.examples;
        examples[0]!.area = 'sundhed';
      }),
    ).toMatch(/technologies\.0\.examples\.0\.area: unknown area "sundhed"/);
  });

  it('an empty Danish or English text', () => {
    expect(
      problems((c) => {
        at<{ description: { en: string } }>(c, 'technologies')[1]!.description.en = '  ';
      }),
    ).toMatch(/technologies\.1\.description\.en/);
  });

  it('thresholds that do not name the rings from the centre out', () => {
    expect(
      problems((c) => {
        const rule = c.ringRule as { thresholds: { ring: string; min: number }[] };
        rule.thresholds = [
          { ring: 'klar', min: 0.75 },
          { ring: 'hold-oeje', min: 0.5 },
          { ring: 'afproev', min: 0.25 },
          { ring: 'afvent', min: 0 },
        ];
      }),
    ).toMatch(/from the centre out \(klar, afproev, hold-oeje, afvent\)/);
    expect(
      problems((c) => {
        (c.ringRule as { thresholds: unknown[] }).thresholds.splice(2, 1);
      }),
    ).toMatch(/must name every ring once/);
  });

  it('a ring rule that does not fit the scales', () => {
    expect(
      problems((c) => {
        (c.ringRule as { maturityLevels: number }).maturityLevels = 9;
      }),
    ).toMatch(/maturity scale has 5/);
    expect(
      problems((c) => {
        delete (c.ringRule as { spreadPoints: Record<string, unknown> }).spreadPoints['ved-ikke'];
      }),
    ).toMatch(/spread option "ved-ikke" has no points/);
    expect(
      problems((c) => {
        (c.ringRule as { spreadPoints: Record<string, unknown> }).spreadPoints['i-brug'] = 3;
      }),
    ).toMatch(/points for unknown spread option "i-brug"/);
  });

  it('maturity levels with a gap in TRL or out of order, and relevance not numbered 1…n', () => {
    expect(
      problems((c) => {
        (c.maturity as { levels: { trl: { from: number } }[] }).levels[1]!.trl.from = 5;
      }),
    ).toMatch(/without gaps/);
    expect(
      problems((c) => {
        (c.maturity as { levels: { level: number }[] }).levels[0]!.level = 2;
      }),
    ).toMatch(/numbered 1, 2, 3/);
    expect(
      problems((c) => {
        (c.relevance as { levels: unknown[] }).levels.pop();
        (c.relevance as { levels: { value: number }[] }).levels[0]!.value = 0;
      }),
    ).not.toBe('');
  });

  it('a case without a proper address, and unknown fields', () => {
    expect(
      problems((c) => {
        at<{ cases: unknown[] }>(c, 'technologies')[0]!.cases.push({
          title: { da: 'Et forsøg', en: 'A trial' },
          organisation: 'En Kommune',
          url: 'javascript:alert(1)',
        });
      }),
    ).toMatch(/cases\.0\.url/);
    expect(
      problems((c) => {
        c.colour = 'blue';
      }),
    ).not.toBe('');
  });

  it('accepts any number of areas (later editions had eight)', () => {
    expect(
      problems((c) => {
        for (const [id, da, en] of [
          ['kultur-og-fritid', 'Kultur og fritid', 'Culture and leisure'],
          ['borgerservice', 'Borgerservice', 'Citizen services'],
          ['beredskab', 'Beredskab', 'Emergency services'],
        ])
          at(c, 'areas').push({ id, name: { da, en }, description: { da, en } });
      }),
    ).toBe('');
  });
});

describe('loadCatalogue', () => {
  const fromDisk: CatalogueReader = (file) => readFileSync(join(ROOT, file), 'utf8');

  it('reads the file once per reader and hands out the same frozen catalogue', () => {
    let reads = 0;
    const reader: CatalogueReader = (file) => {
      reads += 1;
      return fromDisk(file);
    };
    const first = loadCatalogue(reader);
    const second = loadCatalogue(reader);
    expect(second).toBe(first);
    expect(reads).toBe(1);
    expect(first.technologies.length).toBeGreaterThanOrEqual(20);
    expect(Object.isFrozen(first.technologies[0]!.name)).toBe(true);
    expect(() => (first.technologies as unknown[]).push({})).toThrow(TypeError);
  });

  it('asks for the catalogue by its path in the project', () => {
    const asked: string[] = [];
    loadCatalogue((file) => {
      asked.push(file);
      return fromDisk(file);
    });
    expect(asked).toEqual([CATALOGUE_FILE]);
    expect(existsSync(join(ROOT, CATALOGUE_FILE))).toBe(true);
  });

  it('names the file and every problem when the file is broken', () => {
    expect(() => loadCatalogue(() => '{ not json')).toThrow(/content\/radar\/catalogue\.json is not valid JSON/);
    const broken = clone();
    (broken.areas as { id: string }[])[0]!.id = 'Dagtilbud';
    delete broken.notes;
    let message = '';
    try {
      loadCatalogue(() => JSON.stringify(broken));
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toMatch(/^content\/radar\/catalogue\.json is not a valid technology catalogue:/);
    expect(message).toMatch(/areas\.0\.id: lower-case words joined by hyphens/);
    expect(message).toMatch(/notes:/);
  });
});
