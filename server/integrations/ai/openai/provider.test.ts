import type { AddressInfo } from 'node:net';
import { Counter, Registry } from 'prom-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AiProvider } from '../provider.ts';
import { MemoryCache } from '../../../cache/cache.ts';
import { AiBudget } from '../budget.ts';
import { createOpenAiProvider } from './provider.ts';
import { fakeOpenAi, type Mode } from '../../../../test/fake-openai.ts';

const localStandIn: AiProvider = {
  name: 'local',
  analyseEntry: async () => ({ sentiment: { score: 0, label: 'neutral', emotions: [] }, reflection: { acknowledgement: 'local', strategy: { id: 'x', title: 'x', steps: [], basis: 'x' } } }),
};

describe('OpenAI-compatible provider against a fake server', () => {
  const fake = fakeOpenAi();
  let port = 0;
  const registry = new Registry();
  const fallbacks = new Counter({ name: 'fallbacks', help: 'x', labelNames: ['reason'] as const, registers: [registry] });
  const warnings: unknown[] = [];

  beforeAll(async () => {
    await new Promise<void>((resolve) => fake.server.listen(0, '127.0.0.1', resolve));
    port = (fake.server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => fake.server.close(() => resolve())));

  const baseOptions = () => ({
    baseURL: `http://127.0.0.1:${port}/v1`,
    apiKey: 'test-key',
    model: 'fake',
    maxTokens: 200,
    temperature: 0.2,
    timeoutMs: 300,
    fallback: localStandIn,
    logger: { warn: (obj: unknown) => void warnings.push(obj) },
    fallbacks,
  });
  /** A fresh provider per case, so one case's failures do not open the next one's circuit. */
  const newProvider = (breakerThreshold?: number) => createOpenAiProvider({ ...baseOptions(), ...(breakerThreshold ? { breakerThreshold } : {}) });

  it('reads a streamed JSON answer and adds a strategy from the curated library', async () => {
    fake.set('stream');
    const result = await newProvider().analyseEntry({ text: 'A tense day at work.', seed: 1, userId: 'u1' });
    expect(result.sentiment).toEqual({ score: -0.4, label: 'negative', emotions: ['anxiety'] });
    expect(result.reflection.acknowledgement).toMatch(/tense day/);
    expect(result.reflection.strategy.steps.length).toBeGreaterThan(0);
  });

  it('retries after a 429 and succeeds', async () => {
    fake.set('rate-limited-once');
    const result = await newProvider().analyseEntry({ text: 'x', seed: 1, userId: 'u1' });
    expect(result.sentiment.label).toBe('negative');
    expect(fake.requests()).toBe(2);
  });

  it.each<[Mode, string]>([
    ['error', 'http_500'],
    ['malformed', 'malformed'],
    ['slow', 'timeout'],
  ])('falls back to the local analysis on a %s answer, and counts it', async (mode, reason) => {
    fake.set(mode);
    const result = await newProvider().analyseEntry({ text: 'private words', seed: 1, userId: 'u1' });
    expect(result.reflection.acknowledgement).toBe('local');
    expect(await registry.getSingleMetricAsString('fallbacks')).toContain(`reason="${reason}"`);
    // A malformed answer is not worth retrying; transient failures are retried.
    if (mode === 'malformed') expect(fake.requests()).toBe(1);
    else expect(fake.requests()).toBeGreaterThan(1);
    expect(JSON.stringify(warnings)).not.toContain('private words');
  });

  it('stops calling a failing server once the circuit opens', async () => {
    fake.set('error');
    const provider = newProvider(2);
    await provider.analyseEntry({ text: 'x', seed: 1, userId: 'u1' });
    const before = fake.requests();
    const result = await provider.analyseEntry({ text: 'x', seed: 1, userId: 'u1' });
    expect(result.reflection.acknowledgement).toBe('local');
    expect(fake.requests()).toBe(before);
    expect(await registry.getSingleMetricAsString('fallbacks')).toContain('reason="circuit_open"');
  });

  it('uses the local analysis once a person is over their AI budget', async () => {
    fake.set('stream');
    const budget = new AiBudget(new MemoryCache(10), { requestsPerMinute: 1, tokensPerDay: 1_000_000 });
    const provider = createOpenAiProvider({ ...baseOptions(), budget });
    expect((await provider.analyseEntry({ text: 'x', seed: 1, userId: 'u2' })).reflection.acknowledgement).toMatch(/tense day/);
    expect((await provider.analyseEntry({ text: 'x', seed: 1, userId: 'u2' })).reflection.acknowledgement).toBe('local');
    expect(await registry.getSingleMetricAsString('fallbacks')).toContain('reason="budget"');
  });
});
