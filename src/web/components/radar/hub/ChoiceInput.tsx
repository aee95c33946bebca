import type { ChangeEvent, ReactNode } from 'react';

/** One DKFDS radio button or checkbox with its label and, if given, a hint that describes it. */
export function ChoiceInput({
  type,
  id,
  name,
  value,
  checked,
  onChange,
  hint,
  children,
}: {
  type: 'radio' | 'checkbox';
  id: string;
  name: string;
  value: string | number;
  checked: boolean;
  onChange: (event: ChangeEvent<HTMLInputElement>) => void;
  hint?: ReactNode;
  /** The label. */
  children: ReactNode;
}) {
  return (
    <div className={`form-group-${type}`}>
      <input
        className={`form-${type}`}
        type={type}
        id={id}
        name={name}
        value={value}
        checked={checked}
        onChange={onChange}
        aria-describedby={hint ? `${id}-hint` : undefined}
      />
      <label htmlFor={id} className="form-label">
        {children}
      </label>
      {hint ? (
        <span className="form-hint" id={`${id}-hint`}>
          {hint}
        </span>
      ) : null}
    </div>
  );
}
