import type { InputHTMLAttributes, ReactNode } from 'react';

export interface ChoiceProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'type'> {
  id: string;
  type: 'checkbox' | 'radio';
  label: string;
  hint?: ReactNode;
}

/** A checkbox or radio button with its label beside it and an optional line of explanation. */
export function Choice({ id, type, label, hint, ...input }: ChoiceProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  return (
    <div className="flex items-start gap-3">
      <input
        id={id}
        name={id}
        type={type}
        aria-describedby={hintId}
        className={`mt-0.5 size-5 shrink-0 cursor-pointer accent-accent ${type === 'checkbox' ? 'rounded' : ''}`}
        {...input}
      />
      <div className="min-w-0">
        <label htmlFor={id} className="cursor-pointer text-sm font-semibold text-ink">
          {label}
        </label>
        {hint && (
          <p id={hintId} className="mt-0.5 text-sm leading-relaxed text-ink-muted">
            {hint}
          </p>
        )}
      </div>
    </div>
  );
}
