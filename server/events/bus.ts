import { EventEmitter } from 'node:events';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import type { Metrics } from '../lib/metrics.ts';

/** A change someone else's screen should show: which owner's data, and what happened. */
export interface DataEvent {
  ownerId: string;
  kind: string;
  action: 'created' | 'updated' | 'deleted';
  id: string;
  /** The instance that published it, so it can skip its own echo from Redis. */
  origin?: string;
}

export interface EventBus {
  publish(event: DataEvent): Promise<void>;
  subscribe(handler: (event: DataEvent) => void): () => void;
  close(): Promise<void>;
}

/** One instance: events go straight to local subscribers. */
export class MemoryBus implements EventBus {
  readonly #emitter = new EventEmitter();

  constructor() {
    this.#emitter.setMaxListeners(0);
  }

  async publish(event: DataEvent): Promise<void> {
    this.#emitter.emit('event', event);
  }

  subscribe(handler: (event: DataEvent) => void): () => void {
    this.#emitter.on('event', handler);
    return () => this.#emitter.off('event', handler);
  }

  async close(): Promise<void> {
    this.#emitter.removeAllListeners();
  }
}

const channel = 'daybook:events';

/**
 * Several instances: every event goes through Redis pub/sub so a check-in saved on one instance
 * reaches screens connected to another. Local subscribers hear it at once; the Redis echo of an
 * instance's own event is dropped. If Redis is down, local delivery still works.
 */
export class RedisBus implements EventBus {
  readonly #local = new MemoryBus();
  readonly #publisher: Redis;
  readonly #subscriber: Redis;
  readonly #instance = crypto.randomUUID();
  readonly #metrics: Metrics;

  private constructor(publisher: Redis, subscriber: Redis, metrics: Metrics) {
    this.#publisher = publisher;
    this.#subscriber = subscriber;
    this.#metrics = metrics;
  }

  static async connect(publisher: Redis, logger: Pick<Logger, 'warn'>, metrics: Metrics): Promise<RedisBus> {
    // A subscribed connection can do nothing else, so it is a second connection.
    const subscriber = publisher.duplicate({ enableOfflineQueue: true });
    subscriber.on('error', () => undefined);
    const bus = new RedisBus(publisher, subscriber, metrics);
    subscriber.on('message', (_channel: string, message: string) => bus.#receive(message));
    try {
      await subscriber.subscribe(channel);
    } catch {
      logger.warn('redis pub/sub unavailable; live updates reach this instance only until it returns');
    }
    return bus;
  }

  #receive(message: string): void {
    try {
      const event = JSON.parse(message) as DataEvent;
      if (event.origin !== this.#instance) void this.#local.publish(event);
    } catch {
      // A malformed message on our channel is ignored.
    }
  }

  async publish(event: DataEvent): Promise<void> {
    await this.#local.publish(event);
    try {
      await this.#publisher.publish(channel, JSON.stringify({ ...event, origin: this.#instance }));
    } catch {
      this.#metrics.redisErrors.inc({ operation: 'publish' });
    }
  }

  subscribe(handler: (event: DataEvent) => void): () => void {
    return this.#local.subscribe(handler);
  }

  async close(): Promise<void> {
    await this.#local.close();
    this.#subscriber.disconnect();
  }
}
