import { createHmac, hkdfSync } from 'node:crypto';

/**
 * Searchable tokens without a plaintext index: each word becomes a keyed HMAC, so the database
 * can match words it cannot read. The key is derived from the data-encryption key and never
 * stored. What leaks to someone holding only the database is which entries share a word, not
 * the word.
 */
export class BlindIndex {
  readonly #key: Buffer;

  constructor(encryptionKey: Buffer) {
    this.#key = Buffer.from(hkdfSync('sha256', encryptionKey, Buffer.alloc(0), 'daybook blind index v1', 32));
  }

  token(word: string): string {
    return createHmac('sha256', this.#key).update(word).digest('base64url').slice(0, 22);
  }

  /** Tokens for every distinct searchable word of a text (words of 2+ letters, case- and accent-folded). */
  tokensOf(text: string): string[] {
    return [...new Set(searchWords(text))].map((word) => this.token(word));
  }
}

/** Lower-cased, accent-folded words; what a search box compares. */
export function searchWords(text: string): string[] {
  const folded = text.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
  return (folded.match(/[\p{L}\p{N}]{2,}/gu) ?? []).slice(0, 2000);
}
