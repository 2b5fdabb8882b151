import { describe, expect, it } from 'vitest';
import { blocklistEntryCount, checkNewPassword, codePointLength } from './password-policy.ts';

describe('checkNewPassword', () => {
  it.each([
    ['14 characters', 'qwhdkzmxbtnplr', 'PASSWORD_TOO_SHORT'],
    ['15 lowercase letters', 'qwhdkzmxbtnplrv', undefined],
    ['64 emoji (128 UTF-16 units, 64 code points)', '🌿'.repeat(32) + '🌊'.repeat(32), undefined],
    ['128 code points of emoji (256 UTF-16 units)', '🌿🌊'.repeat(64), undefined],
    ['129 characters', 'a1'.repeat(64) + 'b', 'PASSWORD_TOO_LONG'],
    ['14 emoji', '🌿'.repeat(7) + '🌊'.repeat(7), 'PASSWORD_TOO_SHORT'],
    ['a blocklisted password', 'qwertyuiopasdfghjkl', 'PASSWORD_BLOCKLISTED'],
    ['a blocklisted password in other case', 'QWERTYUIOPASDFGHJKL', 'PASSWORD_BLOCKLISTED'],
    ['one character repeated', 'aaaaaaaaaaaaaaaa', 'PASSWORD_BLOCKLISTED'],
    ['the email address itself', 'someone.long@example.org', 'PASSWORD_BLOCKLISTED'],
    ['not a string', 12345678901234567890, 'PASSWORD_INVALID'],
    ['spaces and Unicode of any kind', 'grüne Äpfel im Schnee 🍏', undefined],
  ])('%s', (_name, password, expected) => {
    expect(checkNewPassword(password, { email: 'someone.long@example.org' })?.code).toBe(expected);
  });

  it('counts code points, not UTF-16 units', () => {
    expect(codePointLength('🌿🌊')).toBe(2);
    expect('🌿🌊'.length).toBe(4);
  });

  it('ships a blocklist of at least 100,000 common and breached passwords', () => {
    expect(blocklistEntryCount()).toBeGreaterThanOrEqual(100_000);
  });
});
