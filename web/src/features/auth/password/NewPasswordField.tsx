import { useId } from 'react';
import { PasswordField, type PasswordFieldProps } from '../../../components/form/PasswordField.tsx';
import { passwordHint } from './password-rules.ts';
import { StrengthMeter } from './StrengthMeter.tsx';

interface NewPasswordFieldProps extends Omit<PasswordFieldProps, 'value' | 'after' | 'describedByIds' | 'hint'> {
  value: string;
  /** Words about this person (name, email) that the strength check should treat as guessable. */
  userInputs: readonly string[];
}

/** A password being chosen: the rules as a hint, and a live strength meter under the input. */
export function NewPasswordField({ value, userInputs, ...field }: NewPasswordFieldProps) {
  const meterId = useId();
  return (
    <PasswordField
      {...field}
      value={value}
      hint={passwordHint}
      autoComplete="new-password"
      describedByIds={meterId}
      after={<StrengthMeter id={meterId} password={value} userInputs={userInputs} />}
    />
  );
}
