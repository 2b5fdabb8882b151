import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, testDatabase, type TestApp } from '../test/app.ts';
import { signUp, type TestUser } from '../test/auth.ts';
import { createMemoryMailer } from './integrations/email/mailer.ts';

/** A cursor that is well-formed base64url JSON, as a client could make by hand. */
const handMade = (at: string) => Buffer.from(JSON.stringify({ at, id: 'x' })).toString('base64url');

const timeOrderedLists = [
  '/api/v1/journal/entries',
  '/api/v1/checkins/mood',
  '/api/v1/checkins/water',
  '/api/v1/notifications',
  '/api/v1/admin/users',
  '/api/v1/admin/audit',
];
const impossibleTimes = ['nope', '2026-13-45T99:99:99Z', '2026-11-01|not-a-time', ''];

describe(`every time-ordered list refuses a cursor whose time is not a time (${testDatabase})`, () => {
  let t: TestApp;
  let admin: TestUser;
  beforeAll(async () => {
    t = await createTestApp({ REGISTRATION: 'open' }, { mailer: createMemoryMailer() });
    admin = await signUp(t.app); // the first account is the administrator
  });
  afterAll(async () => {
    await t.close();
  });

  it.each(timeOrderedLists.flatMap((url) => impossibleTimes.map((at) => [url, at] as const)))('%s with at=%j → 400 VALIDATION_FAILED', async (url, at) => {
    const response = await t.app.inject({ url: `${url}?cursor=${handMade(at)}`, headers: { cookie: admin.cookie } });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('VALIDATION_FAILED');
  });
});
