/** Daybook's password rules (DESIGN.md, NIST SP 800-63B-4); the server enforces the same. */
export const passwordMinLength = 15;
export const passwordMaxLength = 128;

/** Length as a person counts it: by Unicode code point, so an emoji is one character. */
export function codePointLength(value: string): number {
  return Array.from(value).length;
}

export const passwordHint = `At least ${passwordMinLength} characters, any kind. A few unrelated words make a strong password.`;
