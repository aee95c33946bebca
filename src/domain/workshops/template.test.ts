import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { type TWorkshopTemplate, ZWorkshopTemplate } from './template.js';
import { ROOT, SEEDS, loadContent, texts } from '../../../test/helpers/content.js';

/**
 * The workshop content files: every `content/workshops/*.json` must satisfy ZWorkshopTemplate, be named after its
 * id, carry both languages everywhere, and keep the structure of the source it encodes.
 */

const INSTRUMENTS = join(ROOT, 'content', 'instruments');
const content = loadContent('workshops', ZWorkshopTemplate);
const { files, issues } = content;
const template = (id: string): TWorkshopTemplate => content.get(id);

describe('workshop content files', () => {
  it('exist, including the leadership development workshop', () => {
    expect(files).toEqual(expect.arrayContaining(['udviklingsvaerksted.json']));
  });

  describe.each(files)('%s', (file) => {
    const raw = content.raw(file);
    const tpl = () => template(file.replace(/\.json$/, ''));

    it('satisfies ZWorkshopTemplate', () => {
      const problems = issues(file);
      if (problems) console.error(`${file} does not satisfy ZWorkshopTemplate:\n${problems}`);
      expect(problems, `${file} does not satisfy ZWorkshopTemplate`).toBe('');
    });

    it('is named after its id', () => {
      expect(file).toBe(`${tpl().id}.json`);
    });

    it('has unique step ids', () => {
      const ids = tpl().steps.map((s) => s.id);
      expect(new Set(ids).size, ids.join(', ')).toBe(ids.length);
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

    it('names an instrument that exists in content/instruments', () => {
      const { instrumentId } = tpl();
      expect(existsSync(join(INSTRUMENTS, `${instrumentId}.json`)), instrumentId).toBe(true);
    });

    it('names a seed that exists (when the seeds are at hand)', () => {
      if (!existsSync(SEEDS)) return;
      const { seed } = tpl().source;
      expect(existsSync(join(SEEDS, seed)), seed).toBe(true);
    });
  });
});

describe('udviklingsvaerksted', () => {
  let tpl: TWorkshopTemplate;
  beforeAll(() => {
    tpl = template('udviklingsvaerksted');
  });

  it('is version 1 and names its source publication', () => {
    expect(tpl.version).toBe(1);
    expect([tpl.source.title, tpl.source.year, tpl.source.seed]).toEqual(['Ledelse af digitalisering', 2005, '002_bf1625b67df4dfb1.txt']);
  });

  it('lasts four hours in all', () => {
    expect(tpl.steps.reduce((sum, s) => sum + s.durationMinutes, 0)).toBe(240);
  });

  it('has the ten steps of the source’s activity plan, in order, with their kinds and durations', () => {
    expect(tpl.steps.map((s) => s.kind)).toEqual([
      'present', // introduction
      'present', // the strategic perspective
      'present', // technical status
      'questionnaire', // leadership status
      'break',
      'picture', // the common picture
      'areas', // area work on the focus areas
      'break',
      'plans', // the common plans
      'conclusion', // conclusion and next steps
    ]);
    expect(tpl.steps.map((s) => s.durationMinutes)).toEqual([15, 15, 30, 30, 15, 30, 45, 10, 45, 5]);
  });

  it('gives breaks no goals', () => {
    for (const step of tpl.steps.filter((s) => s.kind === 'break')) expect(step.goals, step.id).toEqual([]);
  });

  it('has the ten ground rules of annex 2', () => {
    expect(tpl.groundRules.rules).toHaveLength(10);
  });

  it('has the action-plan columns of annex 3, in order, for groups of at least two', () => {
    expect(tpl.actionPlan.fields.map((f) => f.id)).toEqual(['indsatsomraade', 'aktivitet', 'ressourcer', 'periode', 'ansvarlig']);
    expect(tpl.actionPlan.minGroupSize).toBe(2);
  });

  it('answers the questionnaire “Analyse af digitale ledelsesudfordringer”', () => {
    expect(tpl.instrumentId).toBe('ledelsesudfordringer');
    expect(existsSync(join(INSTRUMENTS, 'ledelsesudfordringer.json'))).toBe(true);
  });

  it('selects 3 strengths, 3 challenges and 3–5 focus areas for the common picture', () => {
    expect(tpl.picture.categories.map((c) => [c.id, c.select.min, c.select.max])).toEqual([
      ['strength', 3, 3],
      ['challenge', 3, 3],
      ['focus', 3, 5],
    ]);
  });

  it('discusses the common plans by ambition level, shared resources, wholeness and signal value', () => {
    expect(tpl.planThemes.map((t) => t.id)).toEqual(['ambitionsniveau', 'faelles-ressourcer', 'helhedsorientering', 'signalvaerdi']);
  });
});
