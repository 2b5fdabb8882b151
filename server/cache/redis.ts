import { Redis } from 'ioredis';
import type { Logger } from 'pino';
import type { Metrics } from '../lib/metrics.ts';
import type { Cache } from './cache.ts';

export interface RedisConnection {
  client: Redis;
  /** Resolves true once connected, false if that takes longer than the timeout. Never rejects. */
  waitUntilReady(timeoutMs: number): Promise<boolean>;
  ping(): Promise<void>;
  close(): Promise<void>;
}

/**
 * One Redis client per instance. Commands fail fast while disconnected (no offline queue), so a
 * Redis outage costs a request a few milliseconds, never a hang; ioredis keeps reconnecting.
 */
export function connectRedis(url: string, logger: Logger): RedisConnection {
  const client = new Redis(url, {
    lazyConnect: false,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    connectTimeout: 2000,
    commandTimeout: 1000,
    retryStrategy: (attempt) => Math.min(attempt * 200, 5000),
  });
  let lastState = 'connecting';
  client.on('error', (error: Error) => {
    if (lastState !== 'error') logger.warn({ err: { message: error.message } }, 'redis unavailable; degrading');
    lastState = 'error';
  });
  client.on('ready', () => {
    if (lastState === 'error') logger.info('redis connection restored');
    lastState = 'ready';
  });
  return {
    client,
    waitUntilReady: (timeoutMs) =>
      new Promise((resolve) => {
        if (client.status === 'ready') return resolve(true);
        const timer = setTimeout(() => {
          client.off('ready', onReady);
          resolve(false);
        }, timeoutMs);
        const onReady = () => {
          clearTimeout(timer);
          resolve(true);
        };
        client.once('ready', onReady);
      }),
    ping: async () => {
      await client.ping();
    },
    close: async () => {
      client.disconnect();
    },
  };
}

export class RedisCache implements Cache {
  readonly kind = 'redis';
  readonly #client: Redis;
  readonly #prefix: string;
  readonly #metrics: Metrics;

  constructor(client: Redis, metrics: Metrics, prefix = 'daybook:cache:') {
    this.#client = client;
    this.#metrics = metrics;
    this.#prefix = prefix;
  }

  async get(key: string): Promise<string | undefined> {
    try {
      return (await this.#client.get(this.#prefix + key)) ?? undefined;
    } catch {
      this.#metrics.redisErrors.inc({ operation: 'cache_get' });
      return undefined;
    }
  }

  async set(key: string, value: string, ttlSeconds: number): Promise<void> {
    try {
      await this.#client.set(this.#prefix + key, value, 'EX', ttlSeconds);
    } catch {
      this.#metrics.redisErrors.inc({ operation: 'cache_set' });
    }
  }

  /** INCR and EXPIRE NX in one round trip; on a Redis failure the count is unknown, so 0 (allow). */
  async increment(key: string, ttlSeconds: number, by = 1): Promise<number> {
    try {
      const results = await this.#client.multi().incrby(this.#prefix + key, by).expire(this.#prefix + key, ttlSeconds, 'NX').exec();
      return Number(results?.[0]?.[1] ?? 0);
    } catch {
      this.#metrics.redisErrors.inc({ operation: 'cache_increment' });
      return 0;
    }
  }

  async delete(key: string): Promise<void> {
    try {
      await this.#client.del(this.#prefix + key);
    } catch {
      this.#metrics.redisErrors.inc({ operation: 'cache_delete' });
    }
  }
}
