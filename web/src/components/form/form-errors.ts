import { isApiError } from '../../lib/api-client.ts';

/** What went wrong with a form: a message about the whole form and/or one per field. */
export interface FormErrors<Field extends string> {
  form?: string;
  fields: Partial<Record<Field, string>>;
  /** The server's error code, when the failure came from it. */
  code?: string;
}

export const noErrors = { fields: {} } as const;

export function hasErrors<Field extends string>(errors: FormErrors<Field>): boolean {
  return Boolean(errors.form) || Object.values(errors.fields).some(Boolean);
}

/**
 * Turns a failed request into form errors, showing the server's message. `fieldFor` places a
 * code's message on the field it is about (PASSWORD_TOO_SHORT → the password field); any other
 * failure is about the whole form.
 */
export function errorsFromApi<Field extends string>(error: unknown, fieldFor: (code: string) => Field | undefined = () => undefined): FormErrors<Field> {
  if (!isApiError(error)) return { form: 'Something went wrong. Please try again.', fields: {} };
  const field = fieldFor(error.code);
  if (field) return { fields: { [field]: error.message } as Partial<Record<Field, string>>, code: error.code };
  return { form: error.message, fields: {}, code: error.code };
}

/** Codes about a new password (the server's policy), for `errorsFromApi`. */
export function isNewPasswordCode(code: string): boolean {
  return code.startsWith('PASSWORD_');
}

/** A simple shape check; the server has the last word on what an address may be. */
export function looksLikeEmail(value: string): boolean {
  return /^[^\s@]+@[^\s@]+$/.test(value.trim());
}

/** What is wrong with a typed email address: `whenEmpty` for none (undefined when optional). */
export function emailProblem(value: string, whenEmpty?: string): string | undefined {
  if (!value.trim()) return whenEmpty;
  return looksLikeEmail(value) ? undefined : 'Enter an email address like name@example.org.';
}
