import { z } from 'zod';

/**
 * An instrument (a questionnaire with its scoring and interpretation) as a content file in
 * `content/instruments/<id>.json`. Every text exists in Danish and English; every instrument
 * names the publication it encodes. The file is data: scoring code reads it, never the reverse.
 */

/** An id in content files: lower-case words joined by hyphens. */
export const Slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'lower-case words joined by hyphens');

export const ZText = z.object({ da: z.string().trim().min(1), en: z.string().trim().min(1) }).strict();
export type TText = z.infer<typeof ZText>;

export const ZSource = z
  .object({
    title: z.string().min(1),
    publisher: z.string().min(1),
    year: z.number().int().min(1990).max(2100),
    /** The seed file in ../shared/seeds the structure was taken from. */
    seed: z.string().regex(/^\d{3}_[0-9a-f]{16}\.txt$/),
    /** Where in the publication (chapter, section, table). */
    section: z.string().min(1),
  })
  .strict();

/** Agreement with a statement, 1 (strongly disagree) to 5 (strongly agree), optionally "don't know". */
const ZAgreement = z
  .object({ type: z.literal('agreement'), min: z.literal(1), max: z.literal(5), lowLabel: ZText, highLabel: ZText, dontKnow: z.boolean() })
  .strict();

/** Choose the one description (of N ordered levels) that fits best. */
const ZLevel = z
  .object({
    type: z.literal('level'),
    options: z
      .array(z.object({ value: z.number().int().min(1), label: ZText, description: ZText.optional() }).strict())
      .min(2)
      .max(10),
    dontKnow: z.boolean(),
  })
  .strict();

/** Pick at most maxPicks of a list. */
const ZPick = z
  .object({
    type: z.literal('pick'),
    maxPicks: z.number().int().min(1),
    options: z.array(z.object({ id: Slug, label: ZText }).strict()).min(2),
  })
  .strict();

const ZFreeText = z.object({ type: z.literal('text'), maxLength: z.number().int().min(1).max(5000) }).strict();

const ZNumber = z
  .object({ type: z.literal('number'), min: z.number(), max: z.number(), integer: z.boolean(), unit: ZText.optional() })
  .strict();

export const ZAnswerSpec = z.discriminatedUnion('type', [ZAgreement, ZLevel, ZPick, ZFreeText, ZNumber]);
export type TAnswerSpec = z.infer<typeof ZAnswerSpec>;

export const ZDimension = z
  .object({
    id: Slug,
    title: ZText,
    description: ZText,
    /** The source's guiding questions for this dimension, in our own words. */
    guidingQuestions: z.array(ZText).default([]),
  })
  .strict();

export const ZItem = z
  .object({
    id: Slug,
    dimension: Slug,
    text: ZText,
    help: ZText.optional(),
    answer: ZAnswerSpec,
    /** Agreement items worded negatively count the other way round (5 → 1). */
    reverse: z.boolean().default(false),
    /** Whether the answer enters the score (free text and picks never do). */
    scored: z.boolean().default(true),
    /** For paired questions (Kræmmergaard's staircase): how the organisation works today, or where it wants to be. */
    perspective: z.enum(['today', 'target']).optional(),
  })
  .strict();
export type TItem = z.infer<typeof ZItem>;

/**
 * How answers become scores:
 * - `scaled-mean`: each scored item is mapped linearly onto 0–100 (agreement 1→0, 5→100;
 *   level 1→0, highest→100); a dimension scores the mean of its items; the overall score is
 *   the mean of the dimensions. "Don't know" and unanswered items are left out, never counted.
 * - `generation`: level items name a generation (1–4); per dimension the organisation's
 *   generation today and its target are the medians of the `today` and `target` items; the gap
 *   between them (and between dimensions) is the mismatch the source warns about.
 */
export const ZScoring = z.discriminatedUnion('method', [
  z.object({ method: z.literal('scaled-mean'), scale: z.object({ min: z.literal(0), max: z.literal(100) }).strict() }).strict(),
  z.object({ method: z.literal('generation'), generations: z.literal(4) }).strict(),
]);

/** A band of the score (0–100, or generation 1–4) with what it means. Bands are contiguous. */
export const ZBand = z
  .object({ id: Slug, from: z.number(), to: z.number(), title: ZText, interpretation: ZText })
  .strict()
  .refine((b) => b.from < b.to, { message: 'from must be below to' });

/** A question for the team's dialogue, attached to a dimension, a band or a generation (or none: general). */
export const ZDialogueQuestion = z
  .object({
    id: Slug,
    text: ZText,
    dimension: Slug.optional(),
    band: Slug.optional(),
    generation: z.number().int().min(1).max(4).optional(),
    /** A theme of the source, e.g. "omverdenen" in KL's leadership themes. */
    theme: Slug.optional(),
  })
  .strict();

export const ZInstrument = z
  .object({
    id: Slug,
    /** Bumped whenever items, options, scoring or bands change; finished rounds keep the version they used. */
    version: z.number().int().min(1),
    title: ZText,
    description: ZText,
    source: ZSource,
    /** What we added or designed ourselves where the source gives no item list or scale. */
    notes: ZText.optional(),
    dimensions: z.array(ZDimension).min(1),
    items: z.array(ZItem).min(1),
    scoring: ZScoring,
    bands: z.array(ZBand).min(1),
    dialogue: z.array(ZDialogueQuestion).default([]),
    /** Open prompts for the discussion after answering (e.g. strengths, challenges, what to act on). */
    discussionPrompts: z.array(z.object({ id: Slug, text: ZText }).strict()).default([]),
  })
  .strict()
  .superRefine((inst, ctx) => {
    const problem = (message: string, path: (string | number)[]) => ctx.addIssue({ code: 'custom', message, path });
    const unique = (ids: string[], what: string) => {
      const seen = new Set<string>();
      for (const id of ids) {
        if (seen.has(id)) problem(`duplicate ${what} id "${id}"`, [what]);
        seen.add(id);
      }
    };
    unique(
      inst.dimensions.map((d) => d.id),
      'dimensions',
    );
    unique(
      inst.items.map((i) => i.id),
      'items',
    );
    unique(
      inst.dialogue.map((q) => q.id),
      'dialogue',
    );
    unique(
      inst.bands.map((b) => b.id),
      'bands',
    );
    const dims = new Set(inst.dimensions.map((d) => d.id));
    const bands = new Set(inst.bands.map((b) => b.id));
    inst.items.forEach((item, i) => {
      if (!dims.has(item.dimension)) problem(`unknown dimension "${item.dimension}"`, ['items', i, 'dimension']);
      if (item.reverse && item.answer.type !== 'agreement') problem('only agreement items can be reversed', ['items', i, 'reverse']);
      if (item.scored && (item.answer.type === 'text' || item.answer.type === 'pick'))
        problem('free text and picks cannot be scored', ['items', i, 'scored']);
      if (item.answer.type === 'level') {
        const values = item.answer.options.map((o) => o.value);
        if (values.some((v, k) => v !== k + 1)) problem('level options must be numbered 1, 2, 3, …', ['items', i, 'answer', 'options']);
      }
      if (item.answer.type === 'pick' && item.answer.maxPicks > item.answer.options.length)
        problem('maxPicks exceeds the options', ['items', i, 'answer']);
      if (inst.scoring.method === 'generation' && item.scored) {
        if (item.answer.type !== 'level' || item.answer.options.length !== 4)
          problem('generation items must be level items with 4 options', ['items', i, 'answer']);
        if (!item.perspective) problem('generation items need a perspective (today or target)', ['items', i, 'perspective']);
      }
    });
    for (const d of inst.dimensions) {
      if (!inst.items.some((it) => it.dimension === d.id && it.scored)) problem(`dimension "${d.id}" has no scored item`, ['dimensions']);
    }
    inst.dialogue.forEach((q, i) => {
      if (q.dimension && !dims.has(q.dimension)) problem(`unknown dimension "${q.dimension}"`, ['dialogue', i, 'dimension']);
      if (q.band && !bands.has(q.band)) problem(`unknown band "${q.band}"`, ['dialogue', i, 'band']);
    });
    const sorted = [...inst.bands].sort((a, b) => a.from - b.from);
    const [lo, hi] = inst.scoring.method === 'scaled-mean' ? [0, 100] : [1, 4];
    if (sorted[0] && sorted[0].from !== lo) problem(`bands must start at ${lo}`, ['bands']);
    if (sorted.length && sorted[sorted.length - 1]!.to !== hi) problem(`bands must end at ${hi}`, ['bands']);
    sorted.forEach((b, k) => {
      const next = sorted[k + 1];
      if (next && next.from !== b.to) problem(`bands "${b.id}" and "${next.id}" must meet (${b.to} ≠ ${next.from})`, ['bands']);
    });
  });

export type TInstrument = z.infer<typeof ZInstrument>;
export type TBand = z.infer<typeof ZBand>;
