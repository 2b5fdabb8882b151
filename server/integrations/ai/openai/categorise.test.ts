import type { AddressInfo } from 'node:net';
import { Counter, Registry } from 'prom-client';
import { afterAll, describe, expect, it } from 'vitest';
import { MemoryCache } from '../../../cache/cache.ts';
import { fakeOpenAi, type Mode } from '../../../../test/fake-openai.ts';
import { AiBudget } from '../budget.ts';
import type { AiProvider } from '../provider.ts';
import { categoryPrompt, readCategoryAnswer } from './categorise.ts';
import { createOpenAiProvider } from './provider.ts';

const categories = [
  { id: 'cat-groceries-7f3a', name: 'Groceries' },
  { id: 'cat-dining-19bc', name: 'Eating out' },
  { id: 'cat-pets-0d2e', name: 'Pets' },
];

describe('readCategoryAnswer', () => {
  it.each<[string, ReturnType<typeof readCategoryAnswer>]>([
    ['{"category":3,"confidence":0.8}', { categoryId: 'cat-pets-0d2e', confidence: 0.8 }],
    ['Sure! {"category": 1, "confidence": 1}', { categoryId: 'cat-groceries-7f3a', confidence: 1 }],
    ['{"category":null,"confidence":0.1}', null],
    ['{"category":4,"confidence":0.9}', 'malformed'],
    ['{"category":0,"confidence":0.9}', 'malformed'],
    ['{"category":1.5,"confidence":0.9}', 'malformed'],
    ['{"category":"cat-pets-0d2e","confidence":0.9}', 'malformed'],
    ['{"category":1,"confidence":7}', 'malformed'],
    ['{"category":1}', 'malformed'],
    ['no JSON here', 'malformed'],
  ])('%s', (content, expected) => {
    expect(readCategoryAnswer(content, categories)).toEqual(expected);
  });

  it('numbers the categories and cuts long fields', () => {
    const prompt = categoryPrompt({ payee: 'X'.repeat(1000), note: 'for the dog', kind: 'expense', categories });
    expect(prompt).toContain('3. Pets');
    expect(prompt).toContain('Note: for the dog');
    expect(prompt).not.toContain('X'.repeat(201));
    expect(prompt).not.toContain('cat-pets-0d2e');
  });
});

const localStandIn: AiProvider = {
  name: 'local',
  analyseEntry: async () => ({ sentiment: { score: 0, label: 'neutral', emotions: [] }, reflection: { acknowledgement: 'local', strategy: { id: 'x', title: 'x', steps: [], basis: 'x' } } }),
};

describe('suggestCategory against a fake OpenAI-compatible server', () => {
  const servers: Array<ReturnType<typeof fakeOpenAi>> = [];
  const registry = new Registry();
  const fallbacks = new Counter({ name: 'category_fallbacks', help: 'x', labelNames: ['reason'] as const, registers: [registry] });
  const warnings: unknown[] = [];
  afterAll(() => Promise.all(servers.map((fake) => new Promise<void>((resolve) => fake.server.close(() => resolve())))));

  /** A fake answering `answer`, and a fresh provider on it (so one case's failures do not open the next one's circuit). */
  async function setUp(answer: string, extra: { breakerThreshold?: number; budget?: AiBudget } = {}) {
    const fake = fakeOpenAi({ answer });
    servers.push(fake);
    await new Promise<void>((resolve) => fake.server.listen(0, '127.0.0.1', resolve));
    const port = (fake.server.address() as AddressInfo).port;
    const provider = createOpenAiProvider({
      baseURL: `http://127.0.0.1:${port}/v1`,
      apiKey: 'test-key',
      model: 'fake',
      maxTokens: 200,
      temperature: 0.7,
      timeoutMs: 300,
      fallback: localStandIn,
      logger: { warn: (obj: unknown) => void warnings.push(obj) },
      fallbacks,
      ...extra,
    });
    return { fake, provider };
  }
  const input = { payee: 'PETS AT HOME 1234', note: 'secret note', kind: 'expense' as const, categories, userId: 'user-1' };

  it('maps the chosen number back to the category id, sending names but not ids or the user', async () => {
    const { fake, provider } = await setUp('{"category":3,"confidence":0.85}');
    expect(await provider.suggestCategory?.(input)).toEqual({ categoryId: 'cat-pets-0d2e', confidence: 0.85 });
    const body = JSON.parse(fake.lastBody()) as { temperature: number; max_tokens: number; messages: Array<{ content: string }> };
    expect(body.messages[1]?.content).toContain('Payee: PETS AT HOME 1234');
    expect(body.messages[1]?.content).toContain('3. Pets');
    expect(fake.lastBody()).not.toContain('cat-pets-0d2e');
    expect(fake.lastBody()).not.toContain('user-1');
    expect(body.temperature).toBe(0);
    expect(body.max_tokens).toBeLessThanOrEqual(60);
  });

  it('returns null, without counting a failure, when the model says nothing fits', async () => {
    const { provider } = await setUp('{"category":null,"confidence":0.2}');
    const before = await registry.getSingleMetricAsString('category_fallbacks');
    expect(await provider.suggestCategory?.(input)).toBeNull();
    expect(await registry.getSingleMetricAsString('category_fallbacks')).toBe(before);
  });

  it('asks nothing when there is no category to choose from', async () => {
    const { fake, provider } = await setUp('{"category":1,"confidence":0.9}');
    expect(await provider.suggestCategory?.({ ...input, categories: [] })).toBeNull();
    expect(fake.requests()).toBe(0);
  });

  it.each<[string, string, Mode, string]>([
    ['a number outside the list', '{"category":9,"confidence":0.9}', 'stream', 'malformed'],
    ['another JSON shape', '{"sentiment":{"score":0}}', 'stream', 'malformed'],
    ['prose', '', 'malformed', 'malformed'],
    ['a server error', '', 'error', 'http_500'],
    ['a slow server', '', 'slow', 'timeout'],
  ])('returns null on %s, and counts it', async (_name, answer, mode, reason) => {
    const { fake, provider } = await setUp(answer || '{}');
    fake.set(mode);
    expect(await provider.suggestCategory?.(input)).toBeNull();
    expect(await registry.getSingleMetricAsString('category_fallbacks')).toContain(`reason="${reason}"`);
    // A bad answer is not worth retrying; transient failures are retried.
    if (reason === 'malformed') expect(fake.requests()).toBe(1);
    else expect(fake.requests()).toBeGreaterThan(1);
    expect(JSON.stringify(warnings)).not.toContain('PETS AT HOME');
    expect(JSON.stringify(warnings)).not.toContain('secret note');
  });

  it('retries after a 429 and succeeds', async () => {
    const { fake, provider } = await setUp('{"category":1,"confidence":0.6}');
    fake.set('rate-limited-once');
    expect(await provider.suggestCategory?.(input)).toEqual({ categoryId: 'cat-groceries-7f3a', confidence: 0.6 });
    expect(fake.requests()).toBe(2);
  });

  it('shares the circuit breaker with the journal analysis', async () => {
    const { fake, provider } = await setUp('{}', { breakerThreshold: 2 });
    fake.set('error');
    await provider.analyseEntry({ text: 'x', seed: 1, userId: 'u1' });
    const before = fake.requests();
    expect(await provider.suggestCategory?.(input)).toBeNull();
    expect(fake.requests()).toBe(before);
    expect(await registry.getSingleMetricAsString('category_fallbacks')).toContain('reason="circuit_open"');
  });

  it('returns null once a person is over their AI budget', async () => {
    const budget = new AiBudget(new MemoryCache(10), { requestsPerMinute: 1, tokensPerDay: 1_000_000 });
    const { fake, provider } = await setUp('{"category":2,"confidence":0.7}', { budget });
    expect(await provider.suggestCategory?.(input)).toEqual({ categoryId: 'cat-dining-19bc', confidence: 0.7 });
    expect(await provider.suggestCategory?.(input)).toBeNull();
    expect(fake.requests()).toBe(1);
    expect(await registry.getSingleMetricAsString('category_fallbacks')).toContain('reason="budget"');
  });
});
