import type { TInstrument, TText } from '../instruments/schema.js';
import type { GenerationResult, ScaledResult } from './scoring.js';

export interface DialoguePrompt {
  questionId: string;
  text: TText;
  why: 'weakest_dimension' | 'band' | 'generation' | 'theme' | 'disagreement' | 'discussion';
  dimension: string | null;
}

const WEAKEST = 2;
const DISAGREEMENTS = 3;

/**
 * The questions a result should start a dialogue on: those attached to the weakest
 * dimensions, the statements the team disagrees most on, the questions of the band (or the
 * generations from today's step to the wanted one), the source's themes and discussion prompts.
 */
export function dialogueFor(instrument: TInstrument, result: ScaledResult | GenerationResult | null): DialoguePrompt[] {
  const out: DialoguePrompt[] = [];
  const add = (p: DialoguePrompt) => {
    if (!out.some((o) => o.questionId === p.questionId)) out.push(p);
  };
  if (result?.method === 'scaled-mean') {
    const weakest = result.dimensions
      .filter((d) => d.score !== null)
      .sort((a, b) => a.score! - b.score! || a.dimension.localeCompare(b.dimension))
      .slice(0, WEAKEST)
      .map((d) => d.dimension);
    for (const dimension of weakest) {
      for (const q of instrument.dialogue.filter((q) => q.dimension === dimension))
        add({ questionId: q.id, text: q.text, why: 'weakest_dimension', dimension });
    }
    for (const d of result.disagreements.slice(0, DISAGREEMENTS)) {
      const item = instrument.items.find((i) => i.id === d.itemId);
      if (item) add({ questionId: item.id, text: item.text, why: 'disagreement', dimension: item.dimension });
    }
    for (const q of instrument.dialogue.filter((q) => q.band && q.band === result.overall.band))
      add({ questionId: q.id, text: q.text, why: 'band', dimension: null });
  }
  if (result?.method === 'generation' && result.overall.today !== null) {
    const from = Math.max(1, Math.round(result.overall.today));
    const to = Math.max(from, Math.round(result.overall.target ?? result.overall.today));
    for (const q of instrument.dialogue.filter((q) => q.generation !== undefined && q.generation >= from && q.generation <= to)) {
      add({ questionId: q.id, text: q.text, why: 'generation', dimension: null });
    }
  }
  for (const q of instrument.dialogue.filter((q) => q.theme)) add({ questionId: q.id, text: q.text, why: 'theme', dimension: null });
  for (const p of instrument.discussionPrompts) add({ questionId: p.id, text: p.text, why: 'discussion', dimension: null });
  return out;
}
