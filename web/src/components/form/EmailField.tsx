import { TextField, type TextFieldProps } from './TextField.tsx';

/** A TextField for an email address: the email keyboard on phones, and autofill by default. */
export function EmailField({ autoComplete = 'email', ...props }: Omit<TextFieldProps, 'type' | 'inputMode'>) {
  return <TextField type="email" inputMode="email" spellCheck={false} autoCapitalize="none" autoComplete={autoComplete} {...props} />;
}
