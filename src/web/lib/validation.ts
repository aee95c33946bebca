import type { z } from 'zod';
import { describeIssue, issuePath, type Lang, type TFieldError } from '../../contracts/errors.js';

/** Messages per field path; the first problem of a field wins. */
export type FieldErrors = Record<string, string>;

export type Validation<T> = { ok: true; data: T } | { ok: false; errors: FieldErrors };

/** Validates with a shared zod contract, so the browser shows the same messages as the server. */
export function validateWith<S extends z.ZodType>(schema: S, input: unknown, lang: Lang): Validation<z.output<S>> {
  const result = schema.safeParse(input);
  if (result.success) return { ok: true, data: result.data };
  const errors: FieldErrors = {};
  for (const issue of result.error.issues) {
    const path = issuePath(issue);
    errors[path] ??= describeIssue(issue, lang);
  }
  return { ok: false, errors };
}

/** Adds client-only checks (such as a repeated password) to a validation result. */
export function withExtraErrors<T>(result: Validation<T>, extra: FieldErrors): Validation<T> {
  if (Object.keys(extra).length === 0) return result;
  const errors = result.ok ? {} : result.errors;
  return { ok: false, errors: { ...extra, ...errors } };
}

/** The server's field errors, keyed by path (body paths come without a prefix). */
export function serverFieldErrors(fields: TFieldError[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const f of fields) errors[f.path.replace(/^body\./, '')] ??= f.message;
  return errors;
}
