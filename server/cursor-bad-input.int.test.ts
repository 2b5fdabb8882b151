import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, testDatabase, type TestApp } from '../test/app.ts';
import { signUp, type TestUser } from '../test/auth.ts';
import { createMemoryMailer } from './integrations/email/mailer.ts';

/** A cursor that is well-formed base64url JSON, as a client could make by hand. */
const handMade = (at: string, id = 'x') => Buffer.from(JSON.stringify({ at, id })).toString('base64url');

const timeOrderedLists = [
  '/api/v1/journal/entries',
  '/api/v1/checkins/mood',
  '/api/v1/checkins/water',
  '/api/v1/notifications',
  '/api/v1/admin/users',
  '/api/v1/admin/audit',
];
const impossibleTimes = ['nope', '2026-13-45T99:99:99Z', '2026-11-01|not-a-time', ''];

describe(`every list refuses a hand-made cursor it cannot use (${testDatabase})`, () => {
  let t: TestApp;
  let admin: TestUser;
  beforeAll(async () => {
    t = await createTestApp({ REGISTRATION: 'open' }, { mailer: createMemoryMailer() });
    admin = await signUp(t.app); // the first account is the administrator
  });
  afterAll(async () => {
    await t.close();
  });

  // A NUL inside the base64url text is invisible to the URL guard; PostgreSQL refuses it in text.
  it.each([...timeOrderedLists, '/api/v1/money/transactions'])('%s with a NUL inside the cursor → 400 VALIDATION_FAILED', async (url) => {
    for (const cursor of [handMade('2026-01-01T00:00:00Z', 'x\u0000'), handMade('2026-01-01\u0000|2026-01-01T00:00:00Z')]) {
      const response = await t.app.inject({ url: `${url}?cursor=${cursor}`, headers: { cookie: admin.cookie } });
      expect(response.statusCode).toBe(400);
      expect(response.json().error.code).toBe('VALIDATION_FAILED');
    }
  });

  it.each(timeOrderedLists.flatMap((url) => impossibleTimes.map((at) => [url, at] as const)))('%s with at=%j → 400 VALIDATION_FAILED', async (url, at) => {
    const response = await t.app.inject({ url: `${url}?cursor=${handMade(at)}`, headers: { cookie: admin.cookie } });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('VALIDATION_FAILED');
  });
});
