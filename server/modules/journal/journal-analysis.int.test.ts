import type { AddressInfo } from 'node:net';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, testDatabase, type TestApp } from '../../../test/app.ts';
import { send, signIn, signUp, cookiesFrom, type TestUser } from '../../../test/auth.ts';
import { fakeOpenAi } from '../../../test/fake-openai.ts';
import { createMemoryMailer } from '../../integrations/email/mailer.ts';

describe(`journal analysis and crisis safety (${testDatabase})`, () => {
  let t: TestApp;
  let user: TestUser;
  let original: TestApp['environment'];
  beforeAll(async () => {
    t = await createTestApp({ REGISTRATION: 'open', LOG_LEVEL: 'info' }, { mailer: createMemoryMailer() });
    original = t.environment;
    user = await signUp(t.app);
  });
  afterAll(async () => {
    // The restart test reopens the same database; the first environment holds it.
    await t.close();
    await original.cleanup();
  });

  const write = (body: string, headers: Record<string, string> = {}) =>
    t.app.inject({
      method: 'POST',
      url: '/api/v1/journal/entries',
      headers: { cookie: user.cookie, origin: t.app.config.publicUrl.origin, 'x-requested-with': 'daybook', 'content-type': 'application/json', ...headers },
      payload: { body },
    });

  it('analyses an entry in the background: sentiment, emotions and one coping strategy', async () => {
    const saved = await write('I felt anxious and tense before the meeting, but talking to my sister helped a lot.');
    expect(saved.statusCode).toBe(201);
    expect(saved.json().support).toBeNull();
    const id = saved.json().id;
    expect((await t.app.inject({ url: `/api/v1/journal/entries/${id}`, headers: { cookie: user.cookie } })).json().analysis).toEqual({ status: 'pending' });
    expect(await t.app.jobs.runDue()).toBeGreaterThan(0);
    const analysis = (await t.app.inject({ url: `/api/v1/journal/entries/${id}`, headers: { cookie: user.cookie } })).json().analysis;
    expect(analysis).toMatchObject({ status: 'done', outdated: false, supportShown: false });
    expect(['negative', 'neutral', 'positive']).toContain(analysis.sentiment.label);
    expect(analysis.sentiment.score).toBeGreaterThanOrEqual(-1);
    expect(analysis.reflection.acknowledgement.length).toBeGreaterThan(20);
    expect(analysis.reflection.strategy.steps.length).toBeGreaterThanOrEqual(3);
    // The reflection never quotes the entry back.
    expect(analysis.reflection.acknowledgement).not.toContain('sister');
    const stored = await sql<{ result: string }>`select result from journal_analysis`.execute(t.app.db.kysely);
    expect(JSON.stringify(stored.rows)).not.toMatch(/anxious|acknowledgement|sister/);
  });

  it.each([
    ["I don't want to be here anymore.", true],
    ['Everyone would be better off without me.', true],
    ["I'm not going to hurt myself, I just needed to write this down.", false],
    ['This workout is killing me, but I love it.', false],
  ])('%j → support shown: %s', async (text, expected) => {
    const saved = await write(text, { 'accept-language': 'en-US,en;q=0.8' });
    expect(saved.statusCode).toBe(201);
    const support = saved.json().support;
    if (!expected) {
      expect(support).toBeNull();
      return;
    }
    expect(['concern', 'crisis']).toContain(support.level);
    expect(support.helplines[0]).toMatchObject({ contact: 'Call or text 988' });
    expect(support.helplines.some((line: { url: string }) => line.url === 'https://findahelpline.com')).toBe(true);
    expect(support.notice).toMatch(/not a substitute for professional care/);
    await t.app.jobs.runDue();
    const analysis = (await t.app.inject({ url: `/api/v1/journal/entries/${saved.json().id}`, headers: { cookie: user.cookie } })).json().analysis;
    expect(analysis).toMatchObject({ supportShown: true, reflection: null });
  });

  it('keeps the support panel for 72 hours, counts events, and never logs or stores the text', async () => {
    const status = (await t.app.inject({ url: '/api/v1/safety/status', headers: { cookie: user.cookie, 'accept-language': 'en-GB' } })).json();
    expect(status.supportActive).toBe(true);
    const hours = (new Date(status.supportUntil).getTime() - Date.now()) / 3_600_000;
    expect(hours).toBeGreaterThan(71);
    expect(hours).toBeLessThanOrEqual(72);
    expect(status.helplines[0]).toMatchObject({ name: 'Samaritans' });
    const events = await sql<{ level: string; signals: string }>`select level, signals from crisis_event`.execute(t.app.db.kysely);
    expect(events.rows.length).toBeGreaterThanOrEqual(2);
    expect(JSON.stringify(events.rows)).not.toMatch(/better off|be here/);
    expect(JSON.stringify(t.logs)).not.toMatch(/better off|be here anymore/);
    expect((await t.app.inject({ url: '/metrics' })).body).toMatch(/daybook_crisis_events_total\{level="(crisis|concern)",source="journal"\} [1-9]/);
  });

  it('finishes queued analysis after a restart', async () => {
    const saved = await write('A calm, grateful evening with a good book.');
    const id = saved.json().id;
    await t.app.close();
    const restarted = await createTestApp(t.environment.env, { mailer: createMemoryMailer() });
    try {
      expect(await restarted.app.jobs.runDue()).toBeGreaterThan(0);
      const cookie = cookiesFrom(await signIn(restarted.app, user.email, user.password));
      expect((await restarted.app.inject({ url: `/api/v1/journal/entries/${id}`, headers: { cookie } })).json().analysis.status).toBe('done');
    } finally {
      await restarted.close();
      t = await createTestApp(t.environment.env, { mailer: createMemoryMailer() });
      user = { ...user, cookie: cookiesFrom(await signIn(t.app, user.email, user.password)) };
    }
  });

  it('re-analyses after an edit and marks an old analysis outdated until then', async () => {
    const saved = await write('A grey day.');
    const id = saved.json().id;
    await t.app.jobs.runDue();
    await send(t.app, 'PATCH', `/api/v1/journal/entries/${id}`, { cookie: user.cookie }, { body: 'A grey day that ended with laughter and friends.' });
    expect((await t.app.inject({ url: `/api/v1/journal/entries/${id}`, headers: { cookie: user.cookie } })).json().analysis.outdated).toBe(true);
    await t.app.jobs.runDue();
    expect((await t.app.inject({ url: `/api/v1/journal/entries/${id}`, headers: { cookie: user.cookie } })).json().analysis.outdated).toBe(false);
  });

  it('an edit that leaves the words alone (mood, date) keeps the analysis current', async () => {
    const id = (await write('A grey day.')).json().id;
    await t.app.jobs.runDue();
    expect((await send(t.app, 'PATCH', `/api/v1/journal/entries/${id}`, { cookie: user.cookie }, { mood: 7 })).statusCode).toBe(200);
    expect((await t.app.inject({ url: `/api/v1/journal/entries/${id}`, headers: { cookie: user.cookie } })).json().analysis).toMatchObject({ status: 'done', outdated: false });
  });

  it('reads the tags too: crisis words only in a tag still bring support, on writing and on editing', async () => {
    const headers = { cookie: user.cookie };
    const created = await send(t.app, 'POST', '/api/v1/journal/entries', headers, { body: 'Long day at work.', tags: ['want to die'] });
    expect(['concern', 'crisis']).toContain(created.json().support?.level);
    await t.app.jobs.runDue();
    expect((await t.app.inject({ url: `/api/v1/journal/entries/${created.json().id}`, headers })).json().analysis).toMatchObject({ supportShown: true, reflection: null });

    const plain = (await send(t.app, 'POST', '/api/v1/journal/entries', headers, { body: 'Long day at work.' })).json();
    expect(plain.support).toBeNull();
    const retagged = await send(t.app, 'PATCH', `/api/v1/journal/entries/${plain.id}`, headers, { tags: ['no reason to live'] });
    expect(['concern', 'crisis']).toContain(retagged.json().support?.level);
  });
});

describe(`journal analysis through an OpenAI-compatible server (${testDatabase})`, () => {
  it('uses the remote model when configured, and the local analysis when it fails', async () => {
    const fake = fakeOpenAi();
    await new Promise<void>((resolve) => fake.server.listen(0, '127.0.0.1', resolve));
    const port = (fake.server.address() as AddressInfo).port;
    const t = await createTestApp({ REGISTRATION: 'open', AI_PROVIDER: 'openai', AI_BASE_URL: `http://127.0.0.1:${port}/v1`, AI_TIMEOUT_MS: '1000' }, { mailer: createMemoryMailer() });
    try {
      const user = await signUp(t.app);
      const entry = await send(t.app, 'POST', '/api/v1/journal/entries', { cookie: user.cookie }, { body: 'A tense day at work.' });
      await t.app.jobs.runDue();
      const remote = (await t.app.inject({ url: `/api/v1/journal/entries/${entry.json().id}`, headers: { cookie: user.cookie } })).json().analysis;
      expect(remote.reflection.acknowledgement).toMatch(/tense day/);
      expect(await sql<{ provider: string }>`select provider from journal_analysis`.execute(t.app.db.kysely).then((r) => r.rows[0]?.provider)).toBe('openai');

      fake.set('malformed');
      const second = await send(t.app, 'POST', '/api/v1/journal/entries', { cookie: user.cookie }, { body: 'Grateful for a calm evening.' });
      await t.app.jobs.runDue();
      const local = (await t.app.inject({ url: `/api/v1/journal/entries/${second.json().id}`, headers: { cookie: user.cookie } })).json().analysis;
      expect(local.status).toBe('done');
      expect(local.reflection.acknowledgement).not.toMatch(/tense day/);
      expect((await t.app.inject({ url: '/metrics' })).body).toContain('daybook_ai_fallbacks_total{reason="malformed"} 1');
    } finally {
      await t.close();
      await new Promise<void>((resolve) => fake.server.close(() => resolve()));
    }
  });
});
