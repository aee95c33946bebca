import { z } from 'zod';
import { Slug, ZSource, ZText } from '../instruments/schema.js';
import { ZRingRule } from './rule.js';

/**
 * The technology catalogue of the radar as a content file, `content/radar/catalogue.json`: the
 * technologies of Kommunernes Teknologiradar with descriptions and examples per area in our own
 * words, the areas, the four rings, the answer scales (technical maturity, spread, relevance) and
 * the ring rule. Every text exists in Danish and English; the file names its source publications.
 * The file is data: the radar code reads it, never the reverse.
 */

/** A service area with its own radar (the source has five; later editions of KL's radar eight). */
export const ZArea = z.object({ id: Slug, name: ZText, description: ZText }).strict();
export type TArea = z.infer<typeof ZArea>;

/**
 * A sector of the radar: a kind of technology. KL's radar does not group its technologies; the
 * four sectors are Pejling's, so the radar reads like the tools people know. An edition may change them.
 */
export const ZSector = z.object({ id: Slug, name: ZText, description: ZText }).strict();
export type TSector = z.infer<typeof ZSector>;

/** A ring of the radar; the catalogue lists them from the centre out. */
export const ZRing = z
  .object({
    id: Slug,
    /** KL writes the names in capitals (KLAR …); stored in ordinary case, the UI may set them in capitals. */
    name: ZText,
    /** What a place in this ring says about the technology. */
    description: ZText,
    /** What a leader might do about a technology in this ring. */
    advice: ZText,
  })
  .strict();
export type TRing = z.infer<typeof ZRing>;

/** An example of what the technology can be used for in one area. */
export const ZExample = z.object({ area: Slug, text: ZText }).strict();

/** A municipal case to read about, added as they are found. */
export const ZCase = z
  .object({
    title: ZText,
    /** The municipality or organisation behind the case, as it names itself. */
    organisation: z.string().trim().min(1),
    url: z.url({ protocol: /^https?$/ }),
    area: Slug.optional(),
  })
  .strict();
export type TCase = z.infer<typeof ZCase>;

export const ZTechnology = z
  .object({
    id: Slug,
    name: ZText,
    /** A short label for tight spots on the radar (AI, VR, RPA …), the same in both languages. */
    abbreviation: z.string().trim().min(1).max(12).optional(),
    /** The sector it is drawn in (one of the catalogue's sectors). */
    sector: Slug,
    /** Two to four sentences in plain words for a leader. */
    description: ZText,
    examples: z.array(ZExample).min(1),
    cases: z.array(ZCase),
  })
  .strict();
export type TTechnology = z.infer<typeof ZTechnology>;

/** The technical maturity scale: levels 1…n, each a span of NASA's Technology Readiness Levels (1–9). */
export const ZMaturity = z
  .object({
    question: ZText,
    /** How the scale maps to the TRL scale and how to judge it. */
    basis: ZText,
    levels: z
      .array(
        z
          .object({
            level: z.number().int().min(1),
            label: ZText,
            description: ZText,
            trl: z.object({ from: z.number().int().min(1).max(9), to: z.number().int().min(1).max(9) }).strict(),
          })
          .strict(),
      )
      .min(2),
    dontKnow: z.boolean(),
  })
  .strict();
export type TMaturity = z.infer<typeof ZMaturity>;

/** How far an organisation (or area) has come with a technology; its points live in the ring rule. */
export const ZSpread = z
  .object({
    question: ZText,
    options: z.array(z.object({ id: Slug, label: ZText, description: ZText }).strict()).min(2),
  })
  .strict();
export type TSpread = z.infer<typeof ZSpread>;

/** Relevance for the area's tasks, 1…n with a label per step. Shown beside the place; it does not move the ring. */
export const ZRelevance = z
  .object({
    question: ZText,
    levels: z.array(z.object({ value: z.number().int().min(1), label: ZText }).strict()).min(2),
    dontKnow: z.boolean(),
  })
  .strict();
export type TRelevance = z.infer<typeof ZRelevance>;

export const ZCatalogue = z
  .object({
    id: Slug,
    /** Bumped whenever technologies, areas, scales or the rule change; a radar keeps the version it was made with. */
    version: z.number().int().min(1),
    title: ZText,
    description: ZText,
    /** The publication the catalogue encodes. */
    source: ZSource,
    /** The radar itself, KL's online dialogue tool. */
    model: z
      .object({
        title: z.string().trim().min(1),
        publisher: z.string().trim().min(1),
        url: z.url({ protocol: /^https?$/ }),
        /** The seed file where the link appears. */
        seed: ZSource.shape.seed,
      })
      .strict(),
    /** Publications drawn on as well (short definitions, the radar as a dialogue tool). */
    furtherSources: z.array(ZSource).default([]),
    /** What Pejling designed itself where the sources give no scale or rule. */
    notes: ZText,
    areas: z.array(ZArea).min(1),
    sectors: z.array(ZSector).min(2).max(12),
    rings: z.array(ZRing).min(2),
    maturity: ZMaturity,
    spread: ZSpread,
    relevance: ZRelevance,
    ringRule: ZRingRule,
    technologies: z.array(ZTechnology).min(1),
  })
  .strict()
  .superRefine((cat, ctx) => {
    const problem = (message: string, path: (string | number)[]) => ctx.addIssue({ code: 'custom', message, path });
    const unique = (values: string[], what: string, path: (string | number)[]) => {
      const seen = new Set<string>();
      values.forEach((v, k) => {
        if (seen.has(v)) problem(`duplicate ${what} "${v}"`, [...path, k]);
        seen.add(v);
      });
    };
    unique(
      cat.areas.map((a) => a.id),
      'area id',
      ['areas'],
    );
    unique(
      cat.sectors.map((s) => s.id),
      'sector id',
      ['sectors'],
    );
    unique(
      cat.rings.map((r) => r.id),
      'ring id',
      ['rings'],
    );
    unique(
      cat.technologies.map((t) => t.id),
      'technology id',
      ['technologies'],
    );
    unique(
      cat.technologies.map((t) => t.name.da.trim().toLowerCase()),
      'technology name',
      ['technologies'],
    );
    unique(
      cat.spread.options.map((o) => o.id),
      'spread option id',
      ['spread', 'options'],
    );

    const areas = new Set(cat.areas.map((a) => a.id));
    const sectors = new Set(cat.sectors.map((s) => s.id));
    cat.technologies.forEach((tech, t) => {
      if (!sectors.has(tech.sector)) problem(`unknown sector "${tech.sector}"`, ['technologies', t, 'sector']);
      tech.examples.forEach((ex, e) => {
        if (!areas.has(ex.area)) problem(`unknown area "${ex.area}"`, ['technologies', t, 'examples', e, 'area']);
      });
      tech.cases.forEach((c, k) => {
        if (c.area !== undefined && !areas.has(c.area)) problem(`unknown area "${c.area}"`, ['technologies', t, 'cases', k, 'area']);
      });
    });

    // Scales: levels numbered 1, 2, 3 …; the maturity levels cover TRL 1–9 in order, without gaps.
    const numbered = (values: number[], path: (string | number)[]) => {
      if (values.some((v, k) => v !== k + 1)) problem('levels must be numbered 1, 2, 3, …', path);
    };
    numbered(
      cat.maturity.levels.map((l) => l.level),
      ['maturity', 'levels'],
    );
    numbered(
      cat.relevance.levels.map((l) => l.value),
      ['relevance', 'levels'],
    );
    cat.maturity.levels.forEach((l, k) => {
      if (l.trl.from > l.trl.to) problem('trl.from must not exceed trl.to', ['maturity', 'levels', k, 'trl']);
      const expectedFrom = k === 0 ? 1 : cat.maturity.levels[k - 1]!.trl.to + 1;
      if (l.trl.from !== expectedFrom)
        problem(`TRL spans must follow on without gaps (expected ${expectedFrom})`, ['maturity', 'levels', k, 'trl']);
    });
    const lastLevel = cat.maturity.levels[cat.maturity.levels.length - 1];
    if (lastLevel && lastLevel.trl.to !== 9) problem('the top maturity level must reach TRL 9', ['maturity', 'levels']);

    // The ring rule must fit the scales and the rings of this catalogue.
    const rule = cat.ringRule;
    if (rule.maturityLevels !== cat.maturity.levels.length)
      problem(`ringRule.maturityLevels is ${rule.maturityLevels}, the maturity scale has ${cat.maturity.levels.length}`, [
        'ringRule',
        'maturityLevels',
      ]);
    const options = cat.spread.options.map((o) => o.id);
    const pointed = Object.keys(rule.spreadPoints);
    for (const id of options) if (!pointed.includes(id)) problem(`spread option "${id}" has no points`, ['ringRule', 'spreadPoints']);
    for (const id of pointed)
      if (!options.includes(id)) problem(`points for unknown spread option "${id}"`, ['ringRule', 'spreadPoints', id]);
    const ringOrder = cat.rings.map((r) => r.id).join(', ');
    const thresholdOrder = rule.thresholds.map((t) => t.ring).join(', ');
    if (ringOrder !== thresholdOrder)
      problem(`ringRule.thresholds must name every ring once, from the centre out (${ringOrder}), not ${thresholdOrder}`, [
        'ringRule',
        'thresholds',
      ]);
  });

export type TCatalogue = z.output<typeof ZCatalogue>;

/** Where the catalogue lives, relative to the project folder. */
export const CATALOGUE_FILE = 'content/radar/catalogue.json';

/** Validates a parsed catalogue file; throws one error naming the file and every problem. */
export function parseCatalogue(raw: unknown, file: string = CATALOGUE_FILE): TCatalogue {
  const parsed = ZCatalogue.safeParse(raw);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((i) => `  ${i.path.join('.') || '(root)'}: ${i.message}`).join('\n');
  throw new Error(`${file} is not a valid technology catalogue:\n${problems}`);
}

/** Returns the text of a file given its path relative to the project folder (the server passes a readFileSync). */
export type CatalogueReader = (file: string) => string;

const cache = new WeakMap<CatalogueReader, TCatalogue>();

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

/**
 * Reads, validates and caches the catalogue: the first call per reader reads the file, later calls
 * return the same (frozen, as it is shared) catalogue. The domain reads no files itself, so it
 * runs unchanged in the browser; the server passes `(f) => readFileSync(join(PROJECT_ROOT, f), 'utf8')`
 * once at start, and an invalid file stops the start with a message naming every problem.
 */
export function loadCatalogue(read: CatalogueReader): TCatalogue {
  const cached = cache.get(read);
  if (cached) return cached;
  const text = read(CATALOGUE_FILE);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new Error(`${CATALOGUE_FILE} is not valid JSON: ${(e as Error).message}`);
  }
  const catalogue = deepFreeze(parseCatalogue(raw));
  cache.set(read, catalogue);
  return catalogue;
}
