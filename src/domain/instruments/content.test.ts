import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Response, scoreGenerations, scoreScaled } from '../assessments/scoring.js';
import { type TInstrument, ZInstrument } from './schema.js';
import { SEEDS, loadContent, texts } from '../../../test/helpers/content.js';

/**
 * The instrument content files: every `content/instruments/*.json` must satisfy ZInstrument, be named after its
 * id, carry both languages everywhere, and keep the structure of the source it encodes.
 */

const content = loadContent('instruments', ZInstrument);
const { files, issues } = content;
const instrument = (id: string): TInstrument => content.get(id);

const count = <T>(xs: T[], pred: (x: T) => boolean) => xs.filter(pred).length;

describe('instrument content files', () => {
  it('exist, including the four instruments of the source models', () => {
    expect(files).toEqual(
      expect.arrayContaining(['kl-digital-modenhed.json', 'fire-generationer.json', 'ledelsesudfordringer.json', 'naermeste-leder.json']),
    );
  });

  describe.each(files)('%s', (file) => {
    const raw = content.raw(file);
    const inst = () => instrument(file.replace(/\.json$/, ''));

    it('satisfies ZInstrument', () => {
      const problems = issues(file);
      if (problems) console.error(`${file} does not satisfy ZInstrument:\n${problems}`);
      expect(problems, `${file} does not satisfy ZInstrument`).toBe('');
    });

    it('is named after its id', () => {
      expect(file).toBe(`${inst().id}.json`);
    });

    it('has every text in both Danish and English', () => {
      const all = texts(raw);
      expect(all.length).toBeGreaterThan(0);
      for (const { path, text } of all) {
        expect(Object.keys(text).sort(), path).toEqual(['da', 'en']);
        for (const lang of ['da', 'en'] as const) {
          const value = text[lang];
          expect(typeof value === 'string' && value.trim().length > 0, `${path}.${lang}`).toBe(true);
        }
      }
    });

    it('names a seed that exists (when the seeds are at hand)', () => {
      if (!existsSync(SEEDS)) return;
      const { seed } = inst().source;
      expect(existsSync(join(SEEDS, seed)), seed).toBe(true);
    });

    it('has no two items with the same Danish text', () => {
      const seen = new Set<string>();
      for (const item of inst().items) {
        const key = item.text.da.trim().toLowerCase();
        expect(seen.has(key), `${item.id}: "${item.text.da}"`).toBe(false);
        seen.add(key);
      }
    });
  });

  it('share no item text across instruments', () => {
    const owner = new Map<string, string>();
    for (const file of files) {
      const inst = instrument(file.replace(/\.json$/, ''));
      for (const item of inst.items) {
        const key = item.text.da.trim().toLowerCase();
        expect(owner.get(key), `${inst.id}/${item.id}`).toBeUndefined();
        owner.set(key, `${inst.id}/${item.id}`);
      }
    }
  });
});

describe('kl-digital-modenhed', () => {
  let inst: TInstrument;
  beforeAll(() => {
    inst = instrument('kl-digital-modenhed');
  });

  it('has exactly the four areas of KL’s model, each with guiding questions and at least five scored agreement items', () => {
    expect(inst.dimensions.map((d) => d.id)).toEqual(['strategi', 'styring', 'forankring', 'teknik']);
    for (const d of inst.dimensions) {
      expect(d.guidingQuestions.length, d.id).toBeGreaterThan(0);
      const items = inst.items.filter((i) => i.dimension === d.id && i.scored && i.answer.type === 'agreement');
      expect(items.length, d.id).toBeGreaterThanOrEqual(5);
    }
  });

  it('asks for agreement from “Helt uenig” to “Helt enig”, with “don’t know” allowed', () => {
    for (const item of inst.items) {
      expect(item.answer.type, item.id).toBe('agreement');
      if (item.answer.type !== 'agreement') continue;
      expect(item.answer.lowLabel.da).toBe('Helt uenig');
      expect(item.answer.highLabel.da).toBe('Helt enig');
      expect(item.answer.dontKnow, item.id).toBe(true);
    }
  });

  it('scores on 0–100 with four or five bands, dialogue per area and per band, and says what we designed', () => {
    expect(inst.scoring.method).toBe('scaled-mean');
    expect(inst.bands.length).toBeGreaterThanOrEqual(4);
    expect(inst.bands.length).toBeLessThanOrEqual(5);
    for (const d of inst.dimensions)
      expect(
        count(inst.dialogue, (q) => q.dimension === d.id),
        d.id,
      ).toBeGreaterThan(0);
    for (const b of inst.bands)
      expect(
        count(inst.dialogue, (q) => q.band === b.id),
        b.id,
      ).toBeGreaterThan(0);
    expect(inst.notes).toBeDefined();
  });
});

describe('fire-generationer', () => {
  let inst: TInstrument;
  beforeAll(() => {
    inst = instrument('fire-generationer');
  });

  it('has the six aspects of the table “4 generationer af Digital Modenhed”', () => {
    expect(inst.dimensions.map((d) => d.id)).toEqual([
      'anvendelse',
      'optaget-af',
      'gevinster',
      'kultur-og-mindset',
      'forandringer',
      'it-vaerdi',
    ]);
  });

  it('has one “today” and one “target” level item per aspect, each with four options', () => {
    expect(inst.scoring).toEqual({ method: 'generation', generations: 4 });
    for (const d of inst.dimensions) {
      for (const perspective of ['today', 'target'] as const) {
        const items = inst.items.filter((i) => i.dimension === d.id && i.perspective === perspective);
        expect(items.length, `${d.id} ${perspective}`).toBe(1);
        const answer = items[0]!.answer;
        expect(answer.type).toBe('level');
        if (answer.type !== 'level') continue;
        expect(answer.options.map((o) => o.value)).toEqual([1, 2, 3, 4]);
        for (const o of answer.options) expect(o.description, `${d.id} ${perspective} ${o.value}`).toBeDefined();
      }
    }
  });

  it('uses the same four descriptions for today and target', () => {
    for (const d of inst.dimensions) {
      const [today, target] = (['today', 'target'] as const).map(
        (p) => inst.items.find((i) => i.dimension === d.id && i.perspective === p)!.answer,
      );
      expect(today, d.id).toEqual(target);
    }
  });

  it('has one band per generation over 1–4 and the leadership questions of every generation', () => {
    const bands = [...inst.bands].sort((a, b) => a.from - b.from);
    expect(bands.map((b) => b.id)).toEqual(['generation-1', 'generation-2', 'generation-3', 'generation-4']);
    bands.forEach((b, k) => {
      const generation = k + 1;
      const last = k === bands.length - 1;
      expect(b.from <= generation && (generation < b.to || (last && generation === b.to)), `${b.id} holds generation ${generation}`).toBe(
        true,
      );
    });
    expect([1, 2, 3, 4].map((g) => count(inst.dialogue, (q) => q.generation === g))).toEqual([4, 5, 5, 4]);
  });
});

describe('ledelsesudfordringer', () => {
  let inst: TInstrument;
  beforeAll(() => {
    inst = instrument('ledelsesudfordringer');
  });

  it('has the twelve statements in the five areas of the source, in the source’s order and grouping', () => {
    expect(inst.dimensions.map((d) => d.id)).toEqual([
      'vision-maal-og-strategi',
      'engagement',
      'koordination-og-kommunikation',
      'projektledelse',
      'organisering-og-involvering',
    ]);
    expect(inst.dimensions.map((d) => count(inst.items, (i) => i.dimension === d.id))).toEqual([4, 1, 2, 3, 2]);
    const agreement = inst.items.filter((i) => i.answer.type === 'agreement' && i.scored);
    expect(agreement).toHaveLength(12);
    expect(inst.items).toHaveLength(12);
    const order = inst.dimensions.map((d) => d.id);
    const positions = inst.items.map((i) => order.indexOf(i.dimension));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  it('scores 1 (helt uenig) to 5 (helt enig) onto 0–100 and ends with three discussion prompts', () => {
    expect(inst.scoring.method).toBe('scaled-mean');
    for (const item of inst.items) {
      if (item.answer.type !== 'agreement') continue;
      expect([item.answer.min, item.answer.max, item.answer.lowLabel.da, item.answer.highLabel.da]).toEqual([
        1,
        5,
        'Helt uenig',
        'Helt enig',
      ]);
    }
    expect(inst.discussionPrompts.map((p) => p.id)).toEqual(['styrker', 'udfordringer', 'handling']);
  });
});

describe('naermeste-leder', () => {
  let inst: TInstrument;
  beforeAll(() => {
    inst = instrument('naermeste-leder');
  });

  it('has the four self-check areas, with the six traits of a digital mindset in the first', () => {
    expect(inst.dimensions.map((d) => d.id)).toEqual(['digitalt-mindset', 'ledelsesadfaerd', 'fokus', 'viden-kompetencer-og-netvaerk']);
    expect(count(inst.items, (i) => i.dimension === 'digitalt-mindset')).toBe(6);
    for (const d of inst.dimensions) {
      expect(
        count(inst.items, (i) => i.dimension === d.id && i.scored && i.answer.type === 'agreement'),
        d.id,
      ).toBeGreaterThanOrEqual(3);
    }
    expect(inst.scoring.method).toBe('scaled-mean');
  });

  it('has the dialogue questions of the three themes: omverdenen 4, organisationen 3, medarbejderne 4', () => {
    const themes = ['omverdenen', 'organisationen', 'medarbejderne'];
    expect(themes.map((th) => count(inst.dialogue, (q) => q.theme === th))).toEqual([4, 3, 4]);
    expect(inst.dialogue.filter((q) => q.theme !== undefined).every((q) => themes.includes(q.theme!))).toBe(true);
  });
});

describe('the content works with the scoring', () => {
  const answerAll = (inst: TInstrument, value: (perspective: 'today' | 'target' | undefined) => number): Response => ({
    respondentId: 'r1',
    answers: Object.fromEntries(inst.items.map((i) => [i.id, value(i.perspective)])),
  });

  it.each(['kl-digital-modenhed', 'ledelsesudfordringer', 'naermeste-leder'])(
    '%s: the lowest and highest answers reach the lowest and highest band',
    (id) => {
      const inst = instrument(id);
      const sorted = [...inst.bands].sort((a, b) => a.from - b.from);
      const low = scoreScaled(inst, [answerAll(inst, () => 1)]);
      const high = scoreScaled(inst, [answerAll(inst, () => 5)]);
      expect([low.overall.score, low.overall.band]).toEqual([0, sorted[0]!.id]);
      expect([high.overall.score, high.overall.band]).toEqual([100, sorted[sorted.length - 1]!.id]);
      for (const d of high.dimensions) expect(d.score, d.dimension).toBe(100);
    },
  );

  it('fire-generationer: generation 1 today and 4 as target shows a gap of 3 on every aspect', () => {
    const inst = instrument('fire-generationer');
    const result = scoreGenerations(inst, [answerAll(inst, (p) => (p === 'today' ? 1 : 4))]);
    expect(result.overall.band).toBe('generation-1');
    expect(result.mismatches.map((m) => m.gap)).toEqual(inst.dimensions.map(() => 3));
    const wanted = scoreGenerations(inst, [answerAll(inst, () => 4)]);
    expect(wanted.overall.band).toBe('generation-4');
  });
});
