import type { TInstrument, TItem } from '../instruments/schema.js';
import { DONT_KNOW, type AnswerValue } from './scoring.js';

/** Why an answer does not fit its item, as a message key shared by server and web. */
export type AnswerProblem =
  | 'unknown_item'
  | 'not_on_scale'
  | 'dont_know_not_allowed'
  | 'unknown_option'
  | 'too_many_picks'
  | 'too_long'
  | 'out_of_range'
  | 'not_integer'
  | 'wrong_type';

/** Checks one answer against its item's answer type; null when it fits. */
export function answerProblem(item: TItem, value: AnswerValue): AnswerProblem | null {
  const spec = item.answer;
  if (value === DONT_KNOW) {
    if (spec.type === 'agreement' || spec.type === 'level') return spec.dontKnow ? null : 'dont_know_not_allowed';
    return 'wrong_type';
  }
  switch (spec.type) {
    case 'agreement':
      return typeof value === 'number' && Number.isInteger(value) && value >= spec.min && value <= spec.max ? null : 'not_on_scale';
    case 'level':
      return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= spec.options.length ? null : 'not_on_scale';
    case 'pick': {
      if (!Array.isArray(value)) return 'wrong_type';
      const ids = new Set(spec.options.map((o) => o.id));
      if (value.some((v) => !ids.has(v)) || new Set(value).size !== value.length) return 'unknown_option';
      return value.length > spec.maxPicks ? 'too_many_picks' : null;
    }
    case 'text':
      if (typeof value !== 'string') return 'wrong_type';
      return value.length > spec.maxLength ? 'too_long' : null;
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value)) return 'wrong_type';
      if (spec.integer && !Number.isInteger(value)) return 'not_integer';
      return value < spec.min || value > spec.max ? 'out_of_range' : null;
  }
}

/** The scored items a complete response must answer (a "don't know" counts as an answer). */
export function requiredItems(instrument: TInstrument): TItem[] {
  return instrument.items.filter((i) => i.scored);
}

/** How far a respondent has come: answered items of all items that take an answer. */
export function progress(
  instrument: TInstrument,
  answers: Readonly<Record<string, AnswerValue | undefined>>,
): { answered: number; total: number; missing: string[] } {
  const required = requiredItems(instrument);
  const missing = required.filter((i) => answers[i.id] === undefined).map((i) => i.id);
  const answered = instrument.items.filter((i) => answers[i.id] !== undefined).length;
  return { answered, total: instrument.items.length, missing };
}
