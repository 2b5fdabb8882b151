import { LRUCache } from 'lru-cache';

/**
 * A small key/value cache. Values are strings so that the memory and Redis implementations
 * behave the same; callers serialise. A cache never throws: a failure is a miss.
 */
export interface Cache {
  readonly kind: 'memory' | 'redis';
  get(key: string): Promise<string | undefined>;
  set(key: string, value: string, ttlSeconds: number): Promise<void>;
  delete(key: string): Promise<void>;
  /** Adds `by` (default 1) to a counter that expires `ttlSeconds` after it was created; returns the new value. */
  increment(key: string, ttlSeconds: number, by?: number): Promise<number>;
}

export class MemoryCache implements Cache {
  readonly kind = 'memory';
  readonly #entries: LRUCache<string, string>;

  constructor(maxEntries: number) {
    this.#entries = new LRUCache({ max: maxEntries, ttlAutopurge: false });
  }

  async get(key: string): Promise<string | undefined> {
    return this.#entries.get(key);
  }

  async set(key: string, value: string, ttlSeconds: number): Promise<void> {
    this.#entries.set(key, value, { ttl: ttlSeconds * 1000 });
  }

  async delete(key: string): Promise<void> {
    this.#entries.delete(key);
  }

  async increment(key: string, ttlSeconds: number, by = 1): Promise<number> {
    const remaining = this.#entries.getRemainingTTL(key);
    const next = Number(this.#entries.get(key) ?? '0') + by;
    // Keep the window's original expiry: the counter resets when the window ends, not on each hit.
    this.#entries.set(key, String(next), { ttl: remaining > 0 && Number.isFinite(remaining) ? remaining : ttlSeconds * 1000 });
    return next;
  }
}
