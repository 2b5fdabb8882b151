import type { ReactNode } from 'react';
import { Choice } from './Choice.tsx';
import { labelClasses } from './field-styles.ts';

export interface RadioOption<Value extends string> {
  value: Value;
  label: string;
  hint?: ReactNode;
}

interface RadioGroupProps<Value extends string> {
  /** Each radio's id is `${name}-${value}`. */
  name: string;
  legend: string;
  options: ReadonlyArray<RadioOption<Value>>;
  value: Value;
  onChange: (value: Value) => void;
}

/** A choice of one, each option with a line of explanation; the fieldset's legend names the group. */
export function RadioGroup<Value extends string>({ name, legend, options, value, onChange }: RadioGroupProps<Value>) {
  return (
    <fieldset className="space-y-3">
      <legend className={`${labelClasses} mb-2`}>{legend}</legend>
      {options.map((option) => (
        <Choice
          key={option.value}
          id={`${name}-${option.value}`}
          type="radio"
          name={name}
          value={option.value}
          label={option.label}
          hint={option.hint}
          checked={value === option.value}
          onChange={() => onChange(option.value)}
        />
      ))}
    </fieldset>
  );
}
