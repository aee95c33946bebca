import type { AnswerValue, Response } from '../../../domain/assessments/scoring.js';
import type { SubmittedResponse } from './repository.js';

/** Answers as stored (JSON text per item) back into values. */
export function parseAnswers(stored: Record<string, string>): Record<string, AnswerValue> {
  return Object.fromEntries(Object.entries(stored).map(([k, v]) => [k, JSON.parse(v) as AnswerValue]));
}

export function toResponses(submitted: SubmittedResponse[]): Response[] {
  return submitted.map((r) => ({ respondentId: r.responseId, answers: parseAnswers(r.answers) }));
}
