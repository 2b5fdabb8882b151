import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, testDatabase, type TestApp } from '../test/app.ts';
import { newIdentity, originOf, send, signUp, type TestUser } from '../test/auth.ts';
import { createMemoryMailer } from './integrations/email/mailer.ts';

/**
 * A NUL character anywhere in a request: PostgreSQL refuses it in text, so without the guard
 * (plugins/nul-guard.ts) each of these was a 500 there. Each is a 400 on both databases, and
 * nothing is written.
 */
const password = 'correct horse battery staple 9';
const cases: Array<[name: string, method: 'GET' | 'POST' | 'PUT' | 'PATCH', url: string, body?: unknown]> = [
  ['an id in the path', 'GET', '/api/v1/journal/entries/a%00b'],
  ['a check-in id', 'GET', '/api/v1/checkins/mood/a%00b'],
  ['a transaction id', 'GET', '/api/v1/money/transactions/a%00b'],
  ['an owner in the query', 'GET', '/api/v1/money/transactions?owner=a%00b'],
  ['a payee filter', 'GET', '/api/v1/money/transactions?payee=a%00b'],
  ['a journal search', 'GET', '/api/v1/journal/entries?q=a%00b'],
  ['a journal entry body', 'POST', '/api/v1/journal/entries', { body: 'Hello\u0000there' }],
  ['a nested key', 'PUT', '/api/v1/profile', { ['concerns\u0000']: [] }],
  ['a sign-up name and email', 'POST', '/api/auth/sign-up/email', { name: 'N\u0000', email: 'nul\u0000x@example.org', password }],
  ['a sign-in email', 'POST', '/api/auth/sign-in/email', { email: 'nul\u0000x@example.org', password }],
  ['a form-encoded sign-in', 'POST', '/api/auth/sign-in/email', 'email=nul%00x%40example.org&password=x'],
];

describe(`a NUL character anywhere in a request is a 400 (${testDatabase})`, () => {
  let t: TestApp;
  let user: TestUser;
  beforeAll(async () => {
    t = await createTestApp({ REGISTRATION: 'open' }, { mailer: createMemoryMailer() });
    user = await signUp(t.app, newIdentity('nul'));
  });
  afterAll(async () => {
    await t.close();
  });
  const counts = async () => ({
    users: Number((await t.app.db.kysely.selectFrom('user').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n),
    entries: Number((await t.app.db.kysely.selectFrom('journal_entry').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n),
  });

  it.each(cases)('%s', async (_name, method, url, body) => {
    const before = await counts();
    const response =
      method === 'GET'
        ? await t.app.inject({ url, headers: { cookie: user.cookie } })
        : typeof body === 'string'
          ? await t.app.inject({ method, url, headers: { cookie: user.cookie, origin: originOf(t.app), 'x-requested-with': 'daybook', 'content-type': 'application/x-www-form-urlencoded' }, payload: body })
          : await send(t.app, method, url, { cookie: user.cookie }, body);
    expect(response.statusCode).toBe(400);
    expect(response.json().error).toMatchObject({ code: 'VALIDATION_FAILED', message: 'Text may not contain NUL characters.' });
    expect(await counts()).toEqual(before);
  });

  it('still accepts the same requests without the NUL', async () => {
    expect((await send(t.app, 'POST', '/api/v1/journal/entries', { cookie: user.cookie }, { body: 'Hello there' })).statusCode).toBe(201);
    expect((await t.app.inject({ url: '/api/v1/money/transactions?payee=ab', headers: { cookie: user.cookie } })).statusCode).toBe(200);
  });
});
