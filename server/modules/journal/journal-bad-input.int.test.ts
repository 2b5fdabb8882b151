import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, testDatabase, type TestApp } from '../../../test/app.ts';
import { send, signUp, type TestUser } from '../../../test/auth.ts';
import { writeEntry } from '../../../test/journal.ts';
import { createMemoryMailer } from '../../integrations/email/mailer.ts';

describe(`journal bad input (${testDatabase})`, () => {
  let t: TestApp;
  let owner: TestUser;
  let other: TestUser;
  let entryId: string;
  beforeAll(async () => {
    t = await createTestApp({ REGISTRATION: 'open' }, { mailer: createMemoryMailer() });
    [owner, other] = [await signUp(t.app), await signUp(t.app)];
    entryId = (await writeEntry(t.app, owner, { body: 'unchanged', tags: ['keep'], mood: 5 })).id;
  });
  afterAll(async () => {
    await t.close();
  });

  const list = async () => (await t.app.inject({ url: '/api/v1/journal/entries?limit=100', headers: { cookie: owner.cookie } })).json();
  const future = () => new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10);

  it.each<[string, 'POST' | 'PATCH', () => string, () => unknown, number, string, 'owner' | 'other']>([
    ['an empty body', 'POST', () => '/api/v1/journal/entries', () => ({ body: '   ' }), 400, 'VALIDATION_FAILED', 'owner'],
    ['a body over 5,000 characters', 'POST', () => '/api/v1/journal/entries', () => ({ body: 'x'.repeat(5001) }), 400, 'VALIDATION_FAILED', 'owner'],
    ['21 tags', 'POST', () => '/api/v1/journal/entries', () => ({ body: 'x', tags: Array.from({ length: 21 }, (_, i) => `t${i}`) }), 400, 'VALIDATION_FAILED', 'owner'],
    ['a 41-character tag', 'POST', () => '/api/v1/journal/entries', () => ({ body: 'x', tags: ['t'.repeat(41)] }), 400, 'VALIDATION_FAILED', 'owner'],
    ['mood 0', 'POST', () => '/api/v1/journal/entries', () => ({ body: 'x', mood: 0 }), 400, 'VALIDATION_FAILED', 'owner'],
    ['mood 11', 'POST', () => '/api/v1/journal/entries', () => ({ body: 'x', mood: 11 }), 400, 'VALIDATION_FAILED', 'owner'],
    ['mood 5.5', 'POST', () => '/api/v1/journal/entries', () => ({ body: 'x', mood: 5.5 }), 400, 'VALIDATION_FAILED', 'owner'],
    ['a date far in the past', 'POST', () => '/api/v1/journal/entries', () => ({ body: 'x', entryDate: '1899-01-01' }), 400, 'VALIDATION_FAILED', 'owner'],
    ['a date in the future', 'POST', () => '/api/v1/journal/entries', () => ({ body: 'x', entryDate: future() }), 400, 'VALIDATION_FAILED', 'owner'],
    ['an impossible date', 'POST', () => '/api/v1/journal/entries', () => ({ body: 'x', entryDate: '2026-02-30' }), 400, 'VALIDATION_FAILED', 'owner'],
    ['an unknown field', 'POST', () => '/api/v1/journal/entries', () => ({ body: 'x', userId: 'someone' }), 400, 'VALIDATION_FAILED', 'owner'],
    ['a body that is not text', 'POST', () => '/api/v1/journal/entries', () => ({ body: ['x'] }), 400, 'VALIDATION_FAILED', 'owner'],
    ['an empty patch', 'PATCH', () => `/api/v1/journal/entries/${entryId}`, () => ({}), 400, 'VALIDATION_FAILED', 'owner'],
    ["another user's id", 'PATCH', () => `/api/v1/journal/entries/${entryId}`, () => ({ body: 'overwritten' }), 404, 'NOT_FOUND', 'other'],
  ])('%s → %i %s, nothing changes', async (_name, method, url, body, status, code, as) => {
    const before = await list();
    const response = await send(t.app, method, url(), { cookie: (as === 'owner' ? owner : other).cookie }, body());
    expect(response.statusCode).toBe(status);
    expect(response.json().error.code).toBe(code);
    expect(await list()).toEqual(before);
  });

  it.each([
    ['a bad cursor', '/api/v1/journal/entries?cursor=zzz'],
    ['mood 11 as a filter', '/api/v1/journal/entries?mood=11'],
    ['a malformed date filter', '/api/v1/journal/entries?from=yesterday'],
    ['an over-long search', `/api/v1/journal/entries?q=${'a'.repeat(201)}`],
  ])('rejects a list query with %s', async (_name, url) => {
    const response = await t.app.inject({ url, headers: { cookie: owner.cookie } });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('VALIDATION_FAILED');
  });

  it('honours a configured MAX_INPUT_LENGTH', async () => {
    const small = await createTestApp({ REGISTRATION: 'open', MAX_INPUT_LENGTH: '100' }, { mailer: createMemoryMailer() });
    try {
      const user = await signUp(small.app);
      expect((await send(small.app, 'POST', '/api/v1/journal/entries', { cookie: user.cookie }, { body: 'x'.repeat(101) })).statusCode).toBe(400);
      expect((await send(small.app, 'POST', '/api/v1/journal/entries', { cookie: user.cookie }, { body: 'x'.repeat(100) })).statusCode).toBe(201);
    } finally {
      await small.close();
    }
  });
});
