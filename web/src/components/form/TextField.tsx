import type { ComponentProps, ReactNode } from 'react';
import { inputClasses } from './field-styles.ts';
import { FieldShell } from './FieldShell.tsx';

/** Input attributes, `ref` included (a plain prop since React 19). */
export interface TextFieldProps extends Omit<ComponentProps<'input'>, 'id'> {
  id: string;
  label: string;
  hint?: ReactNode;
  error?: string | undefined;
  labelAside?: ReactNode;
}

/** A labelled single-line input; an error marks it invalid and is read with it. */
export function TextField({ id, label, hint, error, labelAside, className = '', type = 'text', ...input }: TextFieldProps) {
  return (
    <FieldShell id={id} label={label} hint={hint} error={error} labelAside={labelAside}>
      {(ariaDescribedBy) => (
        <input
          id={id}
          name={id}
          type={type}
          aria-invalid={error ? true : undefined}
          aria-describedby={ariaDescribedBy}
          className={`${inputClasses} ${className}`}
          {...input}
        />
      )}
    </FieldShell>
  );
}
