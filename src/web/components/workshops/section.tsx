import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../../api/client.js';
import type { SummaryItem } from '../../hooks/useForm.js';
import { serverFieldErrors, type FieldErrors, type Validation } from '../../lib/validation.js';

/** The id of the input for a body path: `steps.2.title` in the form `agenda` → `agenda-steps-2-title`. */
export function pathId(formId: string, path: string): string {
  return `${formId}-${path.replace(/\./g, '-')}`;
}

/**
 * Saving one section of the preparation page (agenda, rules, areas) with the DKFDS error
 * pattern: client validation with the shared contract, the server's field errors on the fields,
 * an error summary that takes the focus, and a success message.
 */
export function useSectionSave(describe: (path: string) => { label: string; target: string } | null) {
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const [failures, setFailures] = useState(0);
  const summaryRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (failures > 0) summaryRef.current?.focus();
  }, [failures]);

  const fail = useCallback((fieldErrors: FieldErrors, message: string | null) => {
    setErrors(fieldErrors);
    setFormError(message);
    setFailures((n) => n + 1);
  }, []);

  const submit = useCallback(
    async <B,>(validation: Validation<B>, send: (body: B) => Promise<void>, savedText: string) => {
      if (saving) return;
      setSaved(null);
      if (!validation.ok) return fail(validation.errors, null);
      setSaving(true);
      try {
        await send(validation.data);
        setErrors({});
        setFormError(null);
        setSaved(savedText);
      } catch (error) {
        if (error instanceof ApiError) {
          const fieldErrors = serverFieldErrors(error.fields);
          fail(fieldErrors, Object.keys(fieldErrors).length > 0 ? null : error.message);
        } else {
          fail({}, error instanceof Error ? error.message : String(error));
        }
      } finally {
        setSaving(false);
      }
    },
    [saving, fail],
  );

  const summary: SummaryItem[] = formError ? [{ text: formError }] : [];
  for (const [path, message] of Object.entries(errors)) {
    const about = describe(path);
    summary.push(about ? { target: about.target, text: `${about.label}: ${message}` } : { text: message });
  }

  const reset = useCallback(() => {
    setErrors({});
    setFormError(null);
    setSaved(null);
  }, []);

  return { errors, summary, summaryRef, saving, saved, setSaved, submit, reset };
}
