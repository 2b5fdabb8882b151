import { describe, expect, it } from 'vitest';
import { MemoryCache } from '../../cache/cache.ts';
import { AiBudget } from './budget.ts';

describe('AiBudget', () => {
  const now = new Date('2026-11-23T10:00:00Z');

  it('allows a few calls a minute per person, then says no until the next minute', async () => {
    const budget = new AiBudget(new MemoryCache(100), { requestsPerMinute: 2, tokensPerDay: 1_000_000 });
    expect(await budget.tryStart('a', now)).toBe(true);
    expect(await budget.tryStart('a', now)).toBe(true);
    expect(await budget.tryStart('a', now)).toBe(false);
    expect(await budget.tryStart('b', now)).toBe(true);
    expect(await budget.tryStart('a', new Date(now.getTime() + 60_000))).toBe(true);
  });

  it('stops at the daily token budget and starts again the next day', async () => {
    const budget = new AiBudget(new MemoryCache(100), { requestsPerMinute: 100, tokensPerDay: 1000 });
    expect(await budget.tryStart('a', now)).toBe(true);
    await budget.spend('a', 1000, now);
    expect(await budget.tryStart('a', now)).toBe(false);
    expect(await budget.tryStart('a', new Date('2026-11-24T00:00:01Z'))).toBe(true);
  });
});
