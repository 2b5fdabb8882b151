import type { ComponentProps, ReactNode } from 'react';
import { inputClasses } from './field-styles.ts';
import { FieldShell } from './FieldShell.tsx';

interface TextAreaFieldProps extends Omit<ComponentProps<'textarea'>, 'id'> {
  id: string;
  label: string;
  hint?: ReactNode;
  error?: string | undefined;
}

/** A labelled multi-line input, wired like TextField. */
export function TextAreaField({ id, label, hint, error, className = '', rows = 3, ...textarea }: TextAreaFieldProps) {
  return (
    <FieldShell id={id} label={label} hint={hint} error={error}>
      {(ariaDescribedBy) => (
        <textarea
          id={id}
          name={id}
          rows={rows}
          aria-invalid={error ? true : undefined}
          aria-describedby={ariaDescribedBy}
          className={`${inputClasses} resize-y leading-relaxed ${className}`}
          {...textarea}
        />
      )}
    </FieldShell>
  );
}
