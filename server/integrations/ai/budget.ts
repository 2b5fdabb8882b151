import type { Cache } from '../../cache/cache.ts';

export interface BudgetLimits {
  requestsPerMinute: number;
  tokensPerDay: number;
}

/**
 * Per-person limits on calls to a remote AI provider: requests per minute and tokens per UTC
 * day, counted in the shared cache (Redis when configured, so all instances share them). Over
 * either limit the local analysis is used instead; nothing is refused.
 */
export class AiBudget {
  readonly #cache: Cache;
  readonly #limits: BudgetLimits;

  constructor(cache: Cache, limits: BudgetLimits) {
    this.#cache = cache;
    this.#limits = limits;
  }

  async tryStart(userId: string, now: Date): Promise<boolean> {
    const day = now.toISOString().slice(0, 10);
    const tokens = await this.#cache.increment(`ai:tokens:${userId}:${day}`, 86_400, 0);
    if (tokens >= this.#limits.tokensPerDay) return false;
    const minute = Math.floor(now.getTime() / 60_000);
    return (await this.#cache.increment(`ai:calls:${userId}:${minute}`, 60)) <= this.#limits.requestsPerMinute;
  }

  async spend(userId: string, tokens: number, now: Date): Promise<void> {
    await this.#cache.increment(`ai:tokens:${userId}:${now.toISOString().slice(0, 10)}`, 86_400, tokens);
  }
}
