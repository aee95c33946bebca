import type { AnswerValue, Response } from '../../../domain/assessments/scoring.js';
import type { SubmittedResponse } from './repository.js';

/** One stored answer (JSON text) back into its value; plain numbers, by far the most common, skip the JSON parser. */
export function parseAnswer(text: string): AnswerValue {
  const first = text.charCodeAt(0);
  if (first >= 48 && first <= 57 && text.length <= 15 && /^\d+(\.\d+)?$/.test(text)) return Number(text);
  return JSON.parse(text) as AnswerValue;
}

/** Answers as stored (JSON text per item) back into values. */
export function parseAnswers(stored: Record<string, string>): Record<string, AnswerValue> {
  const out: Record<string, AnswerValue> = {};
  for (const key in stored) out[key] = parseAnswer(stored[key]!);
  return out;
}

export function toResponses(submitted: SubmittedResponse[]): Response[] {
  return submitted.map((r) => ({ respondentId: r.responseId, answers: r.answers }));
}
