import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { BlindIndex, searchWords } from './blind-index.ts';

describe('BlindIndex', () => {
  it('folds case and accents, keeps digits, and drops single letters', () => {
    expect(searchWords('Café CAFE café, a 2nd walk!')).toEqual(['cafe', 'cafe', 'cafe', '2nd', 'walk']);
  });

  it('gives the same token for the same word, and none of the word itself', () => {
    const index = new BlindIndex(randomBytes(32));
    expect(index.token('river')).toBe(index.token('river'));
    expect(index.token('river')).not.toContain('river');
    expect(index.tokensOf('River river RIVER')).toHaveLength(1);
  });

  it('depends on the key, so another instance cannot compute the tokens', () => {
    expect(new BlindIndex(randomBytes(32)).token('river')).not.toBe(new BlindIndex(randomBytes(32)).token('river'));
  });
});
