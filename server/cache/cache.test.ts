import { describe, expect, it } from 'vitest';
import { MemoryCache } from './cache.ts';

describe('MemoryCache', () => {
  it('stores, reads and deletes values', async () => {
    const cache = new MemoryCache(10);
    await cache.set('a', '1', 60);
    expect(await cache.get('a')).toBe('1');
    await cache.delete('a');
    expect(await cache.get('a')).toBeUndefined();
  });

  it('evicts the least recently used entry beyond its size', async () => {
    const cache = new MemoryCache(2);
    await cache.set('a', '1', 60);
    await cache.set('b', '2', 60);
    await cache.get('a');
    await cache.set('c', '3', 60);
    expect(await cache.get('b')).toBeUndefined();
    expect(await cache.get('a')).toBe('1');
  });

  it('counts within a window and starts again after it', async () => {
    const cache = new MemoryCache(10);
    expect(await cache.increment('n', 1)).toBe(1);
    expect(await cache.increment('n', 1)).toBe(2);
    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect(await cache.increment('n', 1)).toBe(1);
  });
});
