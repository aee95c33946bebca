import { useCallback, useEffect, useRef, useState, type ChangeEvent, type FormEvent } from 'react';
import { ApiError } from '../api/client.js';
import { serverFieldErrors, type FieldErrors, type Validation } from '../lib/validation.js';
import type { Language } from '../i18n/index.js';
import { useLanguage } from './useLanguage.js';

type Values = Record<string, string | boolean>;

export interface SummaryItem {
  /** The id of the field to jump to; absent for a message about the whole form. */
  target?: string;
  text: string;
}

export interface UseFormOptions<V extends Values, B> {
  /** Prefix for the fields' ids, unique on the page. */
  id: string;
  initial: V;
  /** Field labels, used in the error summary so each link says which field it is about. */
  labels: Record<keyof V & string, string>;
  validate: (values: V, language: Language) => Validation<B>;
  onSubmit: (body: B) => Promise<void>;
  /** Called on every submit attempt, e.g. to clear an earlier success message. */
  onAttempt?: () => void;
}

export interface FieldProps {
  id: string;
  name: string;
  value: string;
  error: string | undefined;
  onChange: (event: ChangeEvent<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>) => void;
}

export interface CheckboxProps {
  id: string;
  name: string;
  checked: boolean;
  error: string | undefined;
  onChange: (event: ChangeEvent<HTMLInputElement>) => void;
}

/**
 * Form state with the DKFDS error pattern: validation with the shared contracts on submit,
 * server field errors mapped onto the fields, and an error summary that takes the focus.
 */
export function useForm<V extends Values, B>(options: UseFormOptions<V, B>) {
  const { language } = useLanguage();
  const [values, setValues] = useState<V>(options.initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const [failures, setFailures] = useState(0);
  const summaryRef = useRef<HTMLDivElement>(null);
  const optionsRef = useRef(options);
  optionsRef.current = options;

  useEffect(() => {
    if (failures > 0) summaryRef.current?.focus();
  }, [failures]);

  const setValue = useCallback(<K extends keyof V>(name: K, value: V[K]) => {
    setValues((v) => ({ ...v, [name]: value }));
  }, []);

  const fail = useCallback((fieldErrors: FieldErrors, message: string | null) => {
    setErrors(fieldErrors);
    setFormError(message);
    setFailures((n) => n + 1);
  }, []);

  const handleSubmit = useCallback(
    async (event?: FormEvent) => {
      event?.preventDefault();
      if (submitting) return;
      optionsRef.current.onAttempt?.();
      const result = optionsRef.current.validate(values, language);
      if (!result.ok) {
        fail(result.errors, null);
        return;
      }
      setSubmitting(true);
      try {
        await optionsRef.current.onSubmit(result.data);
        setErrors({});
        setFormError(null);
      } catch (error) {
        if (error instanceof ApiError) {
          const fieldErrors = serverFieldErrors(error.fields);
          const known = Object.keys(fieldErrors).some((k) => k in optionsRef.current.initial);
          fail(fieldErrors, known ? null : error.message);
        } else {
          fail({}, error instanceof Error ? error.message : String(error));
        }
      } finally {
        setSubmitting(false);
      }
    },
    [submitting, values, language, fail],
  );

  const fieldId = (name: keyof V & string) => `${options.id}-${name}`;

  const field = (name: keyof V & string): FieldProps => ({
    id: fieldId(name),
    name,
    value: String(values[name] ?? ''),
    error: errors[name],
    onChange: (event) => setValue(name, event.target.value as V[typeof name]),
  });

  const checkbox = (name: keyof V & string): CheckboxProps => ({
    id: fieldId(name),
    name,
    checked: Boolean(values[name]),
    error: errors[name],
    onChange: (event) => setValue(name, event.target.checked as V[typeof name]),
  });

  // The summary lists problems in the order of the fields on the page, then any others.
  const labels = options.labels as Record<string, string>;
  const ordered = [...Object.keys(labels).filter((path) => path in errors), ...Object.keys(errors).filter((path) => !(path in labels))];
  const summary: SummaryItem[] = formError ? [{ text: formError }] : [];
  for (const path of ordered) {
    const message = errors[path] ?? '';
    const label = labels[path];
    summary.push(label ? { target: fieldId(path as keyof V & string), text: `${label}: ${message}` } : { text: message });
  }

  const reset = useCallback((next?: V) => {
    setValues(next ?? optionsRef.current.initial);
    setErrors({});
    setFormError(null);
  }, []);

  return { values, setValue, errors, formError, submitting, handleSubmit, field, checkbox, summary, summaryRef, reset };
}
