import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ZInstrument, type TItem } from '../instruments/schema.js';
import { answerProblem, progress } from './answers.js';
import { dialogueFor } from './dialogue.js';
import { scoreGenerations, scoreScaled } from './scoring.js';

const load = (id: string) =>
  ZInstrument.parse(JSON.parse(readFileSync(new URL(`../../../content/instruments/${id}.json`, import.meta.url), 'utf8')));
const t = (s: string) => ({ da: s, en: s });
const item = (answer: TItem['answer']): TItem => ({ id: 'x', dimension: 'd', text: t('x'), answer, reverse: false, scored: false });

describe('answerProblem', () => {
  const agreement = item({ type: 'agreement', min: 1, max: 5, lowLabel: t('lo'), highLabel: t('hi'), dontKnow: false });
  const pick = item({ type: 'pick', maxPicks: 2, options: ['a', 'b', 'c'].map((id) => ({ id, label: t(id) })) });
  const number = item({ type: 'number', min: 0, max: 100, integer: true });
  const text = item({ type: 'text', maxLength: 5 });

  it('accepts what fits each answer type and names what does not', () => {
    expect(answerProblem(agreement, 3)).toBeNull();
    expect(answerProblem(agreement, 6)).toBe('not_on_scale');
    expect(answerProblem(agreement, 2.5)).toBe('not_on_scale');
    expect(answerProblem(agreement, 'dont_know')).toBe('dont_know_not_allowed');
    expect(answerProblem(pick, ['a', 'c'])).toBeNull();
    expect(answerProblem(pick, ['a', 'b', 'c'])).toBe('too_many_picks');
    expect(answerProblem(pick, ['a', 'a'])).toBe('unknown_option');
    expect(answerProblem(pick, ['z'])).toBe('unknown_option');
    expect(answerProblem(pick, 'a')).toBe('wrong_type');
    expect(answerProblem(number, 42)).toBeNull();
    expect(answerProblem(number, 4.2)).toBe('not_integer');
    expect(answerProblem(number, 101)).toBe('out_of_range');
    expect(answerProblem(text, 'hej')).toBeNull();
    expect(answerProblem(text, 'for lang')).toBe('too_long');
    expect(answerProblem(text, 3)).toBe('wrong_type');
  });

  it('counts progress over all items and lists the scored ones still missing', () => {
    const kl = load('kl-digital-modenhed');
    const first = kl.items[0]!.id;
    const p = progress(kl, { [first]: 'dont_know' });
    expect(p).toEqual({ answered: 1, total: kl.items.length, missing: kl.items.slice(1).map((i) => i.id) });
  });
});

describe('dialogueFor', () => {
  it('proposes the questions of the weakest dimensions, the disagreements and the band', () => {
    const kl = load('kl-digital-modenhed');
    const answers = (v: Record<string, number>) => Object.fromEntries(kl.items.map((i) => [i.id, v[i.dimension]!]));
    const result = scoreScaled(kl, [
      { respondentId: 'a', answers: answers({ strategi: 5, styring: 1, forankring: 2, teknik: 4 }) },
      { respondentId: 'b', answers: answers({ strategi: 1, styring: 1, forankring: 2, teknik: 4 }) },
    ]);
    const prompts = dialogueFor(kl, result);
    const weakest = prompts.filter((p) => p.why === 'weakest_dimension').map((p) => p.dimension);
    expect(new Set(weakest)).toEqual(new Set(['styring', 'forankring']));
    expect(prompts.filter((p) => p.why === 'disagreement').every((p) => p.dimension === 'strategi')).toBe(true);
    expect(prompts.filter((p) => p.why === 'band').length).toBeGreaterThan(0);
    expect(new Set(prompts.map((p) => p.questionId)).size).toBe(prompts.length);
  });

  it('offers the leadership questions of the generations from today’s step to the wanted one', () => {
    const fg = load('fire-generationer');
    const answers = Object.fromEntries(fg.items.map((i) => [i.id, i.perspective === 'today' ? 1 : 3]));
    const prompts = dialogueFor(fg, scoreGenerations(fg, [{ respondentId: 'a', answers }]));
    const generations = new Set(
      prompts.filter((p) => p.why === 'generation').map((p) => fg.dialogue.find((q) => q.id === p.questionId)!.generation),
    );
    expect(generations).toEqual(new Set([1, 2, 3]));
  });

  it('always offers the source’s themes and discussion prompts', () => {
    expect(dialogueFor(load('naermeste-leder'), null).filter((p) => p.why === 'theme')).toHaveLength(11);
    expect(dialogueFor(load('ledelsesudfordringer'), null).map((p) => p.why)).toEqual(['discussion', 'discussion', 'discussion']);
  });
});
