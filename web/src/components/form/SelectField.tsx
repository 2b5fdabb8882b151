import type { ComponentProps, ReactNode } from 'react';
import { inputClasses } from './field-styles.ts';
import { FieldShell } from './FieldShell.tsx';

export interface SelectOption<Value extends string> {
  value: Value;
  label: string;
}

interface SelectFieldProps<Value extends string> extends Omit<ComponentProps<'select'>, 'id' | 'value' | 'onChange'> {
  id: string;
  label: string;
  hint?: ReactNode;
  error?: string | undefined;
  options: ReadonlyArray<SelectOption<Value>>;
  value: Value;
  onChange: (value: Value) => void;
}

/** A labelled drop-down list, wired like TextField. */
export function SelectField<Value extends string>({ id, label, hint, error, options, value, onChange, className = '', ...select }: SelectFieldProps<Value>) {
  return (
    <FieldShell id={id} label={label} hint={hint} error={error}>
      {(ariaDescribedBy) => (
        <select
          id={id}
          name={id}
          value={value}
          onChange={(event) => {
            const chosen = options.find((option) => option.value === event.target.value);
            if (chosen) onChange(chosen.value);
          }}
          aria-invalid={error ? true : undefined}
          aria-describedby={ariaDescribedBy}
          className={`${inputClasses} cursor-pointer ${className}`}
          {...select}
        >
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </FieldShell>
  );
}
