import type { ChangeEvent, InputHTMLAttributes, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface BaseProps {
  id: string;
  name: string;
  label: string;
  error?: string | undefined;
  hint?: ReactNode;
  required?: boolean;
}

function describedBy(id: string, hint: unknown, error: unknown): string | undefined {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

/** Required fields carry a visible asterisk; the input's `required` tells assistive technology. */
function Label({ id, label, required }: { id: string; label: string; required?: boolean | undefined }) {
  return (
    <label className="form-label" htmlFor={id}>
      {label}
      {required ? (
        <span className="pj-required" aria-hidden="true">
          {' *'}
        </span>
      ) : null}
    </label>
  );
}

function Messages({ id, hint, error }: { id: string; hint?: ReactNode; error?: string | undefined }) {
  return (
    <>
      {hint ? (
        <span className="form-hint" id={`${id}-hint`}>
          {hint}
        </span>
      ) : null}
      <FieldError id={id} error={error} />
    </>
  );
}

/** A field's error message (DKFDS), announced with its prefix; `${id}-error` for aria-describedby. */
export function FieldError({ id, error }: { id: string; error?: string | null | undefined }) {
  const { t } = useTranslation();
  if (!error) return null;
  return (
    <span className="form-error-message" id={`${id}-error`}>
      <span className="sr-only">{t('form.errorPrefix')} </span>
      {error}
    </span>
  );
}

type InputExtras = Pick<
  InputHTMLAttributes<HTMLInputElement>,
  'type' | 'autoComplete' | 'inputMode' | 'maxLength' | 'spellCheck' | 'readOnly' | 'pattern'
>;

export interface TextFieldProps extends BaseProps, InputExtras {
  value: string;
  onChange: (event: ChangeEvent<HTMLInputElement>) => void;
  /** DKFDS width class, e.g. input-width-m or input-char-4. */
  width?: string;
}

/** A DKFDS text input with its label, hint and error message, all linked for screen readers. */
export function TextField({ id, name, label, error, hint, required, value, onChange, width, type = 'text', ...rest }: TextFieldProps) {
  return (
    <div className={error ? 'form-group form-error' : 'form-group'}>
      <Label id={id} label={label} required={required} />
      <Messages id={id} hint={hint} error={error} />
      <input
        className={width ? `form-input ${width}` : 'form-input'}
        id={id}
        name={name}
        type={type}
        value={value}
        onChange={onChange}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        {...rest}
      />
    </div>
  );
}

export interface SelectFieldProps extends BaseProps {
  value: string;
  onChange: (event: ChangeEvent<HTMLSelectElement>) => void;
  options: { value: string; label: string }[];
  width?: string;
}

export function SelectField({ id, name, label, error, hint, required, value, onChange, options, width }: SelectFieldProps) {
  return (
    <div className={error ? 'form-group form-error' : 'form-group'}>
      <Label id={id} label={label} required={required} />
      <Messages id={id} hint={hint} error={error} />
      <select
        className={width ? `form-select ${width}` : 'form-select'}
        id={id}
        name={name}
        value={value}
        onChange={onChange}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export interface CheckboxFieldProps extends Omit<BaseProps, 'required'> {
  checked: boolean;
  onChange: (event: ChangeEvent<HTMLInputElement>) => void;
}

export function CheckboxField({ id, name, label, error, hint, checked, onChange }: CheckboxFieldProps) {
  return (
    <div className={error ? 'form-group form-error' : 'form-group'}>
      <Messages id={id} error={error} />
      <div className="form-group-checkbox">
        <input
          className="form-checkbox"
          type="checkbox"
          id={id}
          name={name}
          checked={checked}
          onChange={onChange}
          aria-describedby={describedBy(id, hint, error)}
        />
        <label htmlFor={id} className="form-label">
          {label}
        </label>
        {hint ? (
          <span className="form-hint" id={`${id}-hint`}>
            {hint}
          </span>
        ) : null}
      </div>
    </div>
  );
}

export interface RadioGroupProps {
  id: string;
  name: string;
  legend: string;
  value: string;
  onChange: (event: ChangeEvent<HTMLInputElement>) => void;
  options: { value: string; label: string; hint?: string }[];
  error?: string | undefined;
}

export function RadioGroup({ id, name, legend, value, onChange, options, error }: RadioGroupProps) {
  return (
    <div className={error ? 'form-group form-error' : 'form-group'}>
      <fieldset id={id} aria-describedby={error ? `${id}-error` : undefined}>
        <legend className="form-label">{legend}</legend>
        <Messages id={id} error={error} />
        {options.map((o) => (
          <div className="form-group-radio" key={o.value}>
            <input
              className="form-radio"
              type="radio"
              id={`${id}-${o.value}`}
              name={name}
              value={o.value}
              checked={value === o.value}
              onChange={onChange}
              aria-describedby={o.hint ? `${id}-${o.value}-hint` : undefined}
            />
            <label htmlFor={`${id}-${o.value}`} className="form-label">
              {o.label}
            </label>
            {o.hint ? (
              <span className="form-hint" id={`${id}-${o.value}-hint`}>
                {o.hint}
              </span>
            ) : null}
          </div>
        ))}
      </fieldset>
    </div>
  );
}

/** A DKFDS textarea with label, hint and error, like TextField. */
export function TextAreaField({
  id,
  label,
  value,
  onChange,
  error,
  hint,
  required,
  rows = 4,
  maxLength,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (event: ChangeEvent<HTMLTextAreaElement>) => void;
  error?: string | undefined;
  hint?: string;
  required?: boolean;
  rows?: number;
  maxLength?: number;
}) {
  return (
    <div className={error ? 'form-group form-error' : 'form-group'}>
      <Label id={id} label={label} required={required} />
      <Messages id={id} hint={hint} error={error} />
      <textarea
        className="form-input pj-textarea"
        id={id}
        name={id}
        rows={rows}
        value={value}
        onChange={onChange}
        required={required}
        maxLength={maxLength}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
      />
    </div>
  );
}
