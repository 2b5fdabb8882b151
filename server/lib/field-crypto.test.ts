import { randomBytes } from 'node:crypto';
import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DecryptionError, FieldCipher, buildKeyring, loadKeyring } from './field-crypto.ts';

describe('FieldCipher', () => {
  const key = randomBytes(32);
  const cipher = new FieldCipher(buildKeyring(key));

  it('round-trips text, including Unicode, and never repeats a ciphertext', () => {
    const text = 'Felt heavy today 🌧️ — but walked by the river.';
    const a = cipher.encrypt(text, 'mood_checkin.note:1');
    const b = cipher.encrypt(text, 'mood_checkin.note:1');
    expect(a).not.toBe(b);
    expect(a).not.toContain('river');
    expect(cipher.decrypt(a, 'mood_checkin.note:1')).toBe(text);
  });

  it.each([
    ['a flipped byte', (c: string) => c.slice(0, -3) + (c.at(-3) === 'A' ? 'B' : 'A') + c.slice(-2)],
    ['a truncated value', (c: string) => c.slice(0, 20)],
    ['a foreign format', () => 'plain text'],
    ['an unknown key id', (c: string) => c.replace(/^v1:[^:]+:/, 'v1:nokey:')],
  ])('refuses %s with a DecryptionError', (_name, mangle) => {
    const sealed = cipher.encrypt('private', 'ctx');
    expect(() => cipher.decrypt(mangle(sealed), 'ctx')).toThrow(DecryptionError);
  });

  it('refuses a ciphertext moved to another record', () => {
    const sealed = cipher.encrypt('private', 'mood_checkin.note:row-1');
    expect(() => cipher.decrypt(sealed, 'mood_checkin.note:row-2')).toThrow(DecryptionError);
  });

  it('reads values written under a previous key and flags them for rotation', () => {
    const oldKey = randomBytes(32);
    const old = new FieldCipher(buildKeyring(oldKey)).encrypt('before rotation', 'ctx');
    const rotated = new FieldCipher(buildKeyring(randomBytes(32), [oldKey]));
    expect(rotated.decrypt(old, 'ctx')).toBe('before rotation');
    expect(rotated.needsRotation(old)).toBe(true);
    expect(rotated.needsRotation(rotated.encrypt('x', 'ctx'))).toBe(false);
  });

  it('generates a key file readable only by its owner when none is configured', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'daybook-keys-'));
    const first = loadKeyring(undefined, [], dir);
    const again = loadKeyring(undefined, [], dir);
    expect(again.currentKeyId).toBe(first.currentKeyId);
    expect(statSync(path.join(dir, 'encryption-key')).mode & 0o777).toBe(0o600);
  });

  it('rejects a configured key of the wrong size', () => {
    expect(() => loadKeyring(Buffer.alloc(16).toString('base64'), [], tmpdir())).toThrow(/32 bytes/);
  });
});
