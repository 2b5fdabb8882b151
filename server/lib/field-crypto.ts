import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { appendFileSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * AES-256-GCM for free text about a person's health (DESIGN.md, "Encryption at rest").
 * A ciphertext reads `v1:<keyId>:<iv>:<ciphertext+tag>` (base64url). The associated data binds it
 * to its place (table, column, row), so a ciphertext copied elsewhere fails to decrypt; any
 * tampering is an error, never garbage.
 */
export class DecryptionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DecryptionError';
  }
}

export interface Keyring {
  currentKeyId: string;
  keys: ReadonlyMap<string, Buffer>;
}

const keyBytes = 32;
const ivBytes = 12;

/** A key's id is derived from the key, so no table of ids is needed and nothing secret is stored. */
export function keyIdOf(key: Buffer): string {
  return createHash('sha256').update(key).digest('base64url').slice(0, 10);
}

export function parseKey(encoded: string, label: string): Buffer {
  const key = Buffer.from(encoded.trim(), 'base64');
  if (key.length !== keyBytes) throw new Error(`${label}: must be ${keyBytes} bytes, base64-encoded (openssl rand -base64 32)`);
  return key;
}

export function currentKey(keyring: Keyring): Buffer {
  const key = keyring.keys.get(keyring.currentKeyId);
  if (!key) throw new Error('current encryption key missing from keyring');
  return key;
}

export function buildKeyring(current: Buffer, previous: Buffer[] = []): Keyring {
  const keys = new Map<string, Buffer>();
  for (const key of [current, ...previous]) keys.set(keyIdOf(key), key);
  return { currentKeyId: keyIdOf(current), keys };
}

/**
 * The key from DATA_ENCRYPTION_KEY, or else the one generated at first start in DATA_DIR (mode
 * 0600). It is never stored in the database or in a database backup.
 */
export function loadKeyring(configured: string | undefined, previous: string[], dataDir: string): Keyring {
  const previousKeys = previous.map((value, index) => parseKey(value, `DATA_ENCRYPTION_PREVIOUS_KEYS[${index}]`));
  if (configured) return buildKeyring(parseKey(configured, 'DATA_ENCRYPTION_KEY'), previousKeys);
  const file = keyFilePath(dataDir);
  previousKeys.push(...readPreviousKeyFile(dataDir));
  if (!existsSync(file)) {
    mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    try {
      writeFileSync(file, `${randomBytes(keyBytes).toString('base64')}\n`, { mode: 0o600, flag: 'wx' });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  return buildKeyring(parseKey(readFileSync(file, 'utf8'), file), previousKeys);
}

export function keyFilePath(dataDir: string): string {
  return path.join(dataDir, 'encryption-key');
}

/** Keys retired by `daybook rotate-key`, one per line, kept so older values stay readable. */
export function previousKeyFilePath(dataDir: string): string {
  return path.join(dataDir, 'encryption-key.previous');
}

function readPreviousKeyFile(dataDir: string): Buffer[] {
  const file = previousKeyFilePath(dataDir);
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim().length > 0)
    .map((line, index) => parseKey(line, `${file} line ${index + 1}`));
}

/**
 * Replaces the key file with a new random key, first appending the old one to the previous-keys
 * file so that no moment exists in which existing ciphertexts cannot be read.
 */
export function rotateKeyFile(dataDir: string): void {
  const current = readFileSync(keyFilePath(dataDir), 'utf8').trim();
  appendFileSync(previousKeyFilePath(dataDir), `${current}\n`, { mode: 0o600 });
  const next = `${keyFilePath(dataDir)}.next`;
  writeFileSync(next, `${randomBytes(keyBytes).toString('base64')}\n`, { mode: 0o600 });
  renameSync(next, keyFilePath(dataDir));
}

export class FieldCipher {
  readonly #keyring: Keyring;

  constructor(keyring: Keyring) {
    this.#keyring = keyring;
  }

  encrypt(plaintext: string, context: string): string {
    const key = currentKey(this.#keyring);
    const iv = randomBytes(ivBytes);
    const cipher = createCipheriv('aes-256-gcm', key, iv);
    cipher.setAAD(Buffer.from(context, 'utf8'));
    const sealed = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final(), cipher.getAuthTag()]);
    return `v1:${this.#keyring.currentKeyId}:${iv.toString('base64url')}:${sealed.toString('base64url')}`;
  }

  decrypt(ciphertext: string, context: string): string {
    const [version, keyId, ivText, sealedText] = ciphertext.split(':');
    if (version !== 'v1' || !keyId || !ivText || !sealedText) throw new DecryptionError('unrecognised ciphertext format');
    const key = this.#keyring.keys.get(keyId);
    if (!key) throw new DecryptionError(`encrypted under key ${keyId}, which is not configured`);
    const sealed = Buffer.from(sealedText, 'base64url');
    if (sealed.length < 16) throw new DecryptionError('ciphertext too short');
    try {
      const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(ivText, 'base64url'));
      decipher.setAAD(Buffer.from(context, 'utf8'));
      decipher.setAuthTag(sealed.subarray(sealed.length - 16));
      return Buffer.concat([decipher.update(sealed.subarray(0, sealed.length - 16)), decipher.final()]).toString('utf8');
    } catch {
      throw new DecryptionError('ciphertext failed authentication (tampered, or moved from another record)');
    }
  }

  /** Decrypts under whichever configured key wrote it, and encrypts again under the current key. */
  reencrypt(ciphertext: string, context: string): string {
    return this.encrypt(this.decrypt(ciphertext, context), context);
  }

  /** True when the value was written under an older key and should be re-encrypted. */
  needsRotation(ciphertext: string): boolean {
    return ciphertext.split(':')[1] !== this.#keyring.currentKeyId;
  }
}
