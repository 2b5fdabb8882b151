import type { InputHTMLAttributes, ReactNode } from 'react';

interface CheckboxProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'type'> {
  id: string;
  label: string;
  hint?: ReactNode;
}

/** A checkbox with its label beside it and an optional line of explanation. */
export function Checkbox({ id, label, hint, ...input }: CheckboxProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  return (
    <div className="flex items-start gap-3">
      <input
        id={id}
        name={id}
        type="checkbox"
        aria-describedby={hintId}
        className="mt-0.5 size-5 shrink-0 cursor-pointer rounded accent-accent"
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
