import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, testDatabase, type TestApp } from '../../../test/app.ts';
import { send, signUp, type TestUser } from '../../../test/auth.ts';
import { logMood, logWater } from '../../../test/checkins.ts';
import { createMemoryMailer } from '../../integrations/email/mailer.ts';

describe(`check-ins (${testDatabase})`, () => {
  let t: TestApp;
  let owner: TestUser;
  let viewer: TestUser;
  let editor: TestUser;
  let stranger: TestUser;
  beforeAll(async () => {
    t = await createTestApp({ REGISTRATION: 'open' }, { mailer: createMemoryMailer() });
    [owner, viewer, editor, stranger] = [await signUp(t.app), await signUp(t.app), await signUp(t.app), await signUp(t.app)];
    await send(t.app, 'POST', '/api/v1/sharing', { cookie: owner.cookie }, { email: viewer.email, role: 'viewer' });
    await send(t.app, 'POST', '/api/v1/sharing', { cookie: owner.cookie }, { email: editor.email, role: 'editor' });
  });
  afterAll(async () => {
    await t.close();
  });

  it('records, reads, edits and deletes a mood check-in with emotions and a note', async () => {
    const mood = await logMood(t.app, owner, { score: 7, note: 'Long walk helped', emotions: ['Calm', 'calm', 'hopeful'] });
    expect(mood).toMatchObject({ score: 7, note: 'Long walk helped', emotions: ['calm', 'hopeful'], ownerId: owner.id });
    const patched = await send(t.app, 'PATCH', `/api/v1/checkins/mood/${mood.id}`, { cookie: owner.cookie }, { score: 8, note: null });
    expect(patched.json()).toMatchObject({ score: 8, note: null });
    expect((await send(t.app, 'DELETE', `/api/v1/checkins/mood/${mood.id}`, { cookie: owner.cookie })).statusCode).toBe(204);
    expect((await t.app.inject({ url: `/api/v1/checkins/mood/${mood.id}`, headers: { cookie: owner.cookie } })).statusCode).toBe(404);
  });

  it('stores notes and emotions encrypted: a canary never appears in the database', async () => {
    const canary = `canary-${Date.now()}-wellbeing`;
    const emotion = `canaryemotion${Date.now().toString(36).replace(/\d/g, 'x')}`;
    const mood = await logMood(t.app, owner, { note: canary, emotions: [emotion] });
    expect(mood.note).toBe(canary);
    const stored = await sql<{ note: string; emotions: string }>`select note, emotions from mood_checkin where note is not null`.execute(t.app.db.kysely);
    expect(stored.rows.every((row) => row.note.startsWith('v1:') && !row.note.includes(canary))).toBe(true);
    expect(stored.rows.every((row) => row.emotions.startsWith('v1:') && !row.emotions.includes(emotion))).toBe(true);
    if (testDatabase === 'sqlite') {
      for (const file of readdirSync(t.environment.dataDir).filter((name) => name.startsWith('daybook.sqlite'))) {
        const bytes = readFileSync(path.join(t.environment.dataDir, file));
        expect(bytes.includes(Buffer.from(canary))).toBe(false);
        expect(bytes.includes(Buffer.from(emotion))).toBe(false);
      }
    }
  });

  it('lists newest first with keyset pagination and a date filter', async () => {
    const user = await signUp(t.app);
    for (const hour of [8, 9, 10, 11]) await logWater(t.app, user, { amountMl: 100 * hour, recordedAt: `2026-11-20T${String(hour).padStart(2, '0')}:00:00Z` });
    const first = await t.app.inject({ url: '/api/v1/checkins/water?limit=3', headers: { cookie: user.cookie } });
    expect(first.json().items.map((w: { amountMl: number }) => w.amountMl)).toEqual([1100, 1000, 900]);
    const second = await t.app.inject({ url: `/api/v1/checkins/water?limit=3&cursor=${first.json().nextCursor}`, headers: { cookie: user.cookie } });
    expect(second.json()).toMatchObject({ items: [{ amountMl: 800 }], nextCursor: null });
    const filtered = await t.app.inject({ url: '/api/v1/checkins/water?from=2026-11-20T09:30:00Z&to=2026-11-20T10:30:00Z', headers: { cookie: user.cookie } });
    expect(filtered.json().items.map((w: { amountMl: number }) => w.amountMl)).toEqual([1000]);
  });

  it('summarises days in the person\'s time zone across a DST change', async () => {
    const user = await signUp(t.app);
    await send(t.app, 'PATCH', '/api/v1/checkins/settings', { cookie: user.cookie }, { timeZone: 'America/New_York', waterGoalMl: 1000 });
    // 2026-11-01 is 25 hours long in New York; 23:30 local on the 1st is 04:30Z on the 2nd.
    await logWater(t.app, user, { amountMl: 600, recordedAt: '2026-11-02T04:30:00Z' });
    await logWater(t.app, user, { amountMl: 600, recordedAt: '2026-11-01T05:00:00Z' });
    await logWater(t.app, user, { amountMl: 300, recordedAt: '2026-11-02T05:30:00Z' });
    await logMood(t.app, user, { score: 4, recordedAt: '2026-11-01T12:00:00Z' });
    await logMood(t.app, user, { score: 8, recordedAt: '2026-11-01T20:00:00Z' });
    const summary = await t.app.inject({ url: '/api/v1/checkins/summary?from=2026-11-01&to=2026-11-02', headers: { cookie: user.cookie } });
    expect(summary.statusCode).toBe(200);
    expect(summary.json()).toMatchObject({
      timeZone: 'America/New_York',
      waterGoalMl: 1000,
      days: [
        { date: '2026-11-01', waterMl: 1200, goalMet: true, moodAverage: 6, moodCount: 2 },
        { date: '2026-11-02', waterMl: 300, goalMet: false, moodAverage: null, moodCount: 0 },
      ],
    });
  });

  it('lets a viewer read but not write, an editor add and edit, and hides everything from others', async () => {
    const mood = await logMood(t.app, owner, { score: 5 });
    expect((await t.app.inject({ url: `/api/v1/checkins/mood/${mood.id}`, headers: { cookie: viewer.cookie } })).statusCode).toBe(200);
    expect((await t.app.inject({ url: `/api/v1/checkins/mood?owner=${owner.id}`, headers: { cookie: viewer.cookie } })).json().items.length).toBeGreaterThan(0);
    const viewerWrite = await send(t.app, 'PATCH', `/api/v1/checkins/mood/${mood.id}`, { cookie: viewer.cookie }, { score: 1 });
    expect(viewerWrite.statusCode).toBe(403);
    expect((await send(t.app, 'POST', '/api/v1/checkins/water', { cookie: viewer.cookie }, { amountMl: 200, ownerId: owner.id })).statusCode).toBe(403);

    const added = await send(t.app, 'POST', '/api/v1/checkins/water', { cookie: editor.cookie }, { amountMl: 200, ownerId: owner.id });
    expect(added.statusCode).toBe(201);
    expect(added.json()).toMatchObject({ ownerId: owner.id, createdBy: editor.id });
    expect((await send(t.app, 'PATCH', `/api/v1/checkins/mood/${mood.id}`, { cookie: editor.cookie }, { score: 6 })).json().score).toBe(6);

    for (const url of [`/api/v1/checkins/mood/${mood.id}`, `/api/v1/checkins/mood?owner=${owner.id}`, `/api/v1/checkins/summary?owner=${owner.id}&from=2026-11-01&to=2026-11-02`]) {
      expect((await t.app.inject({ url, headers: { cookie: stranger.cookie } })).statusCode).toBe(404);
    }
    expect((await send(t.app, 'DELETE', `/api/v1/checkins/mood/${mood.id}`, { cookie: stranger.cookie })).statusCode).toBe(404);
    expect((await t.app.inject({ url: `/api/v1/checkins/mood/${mood.id}`, headers: { cookie: owner.cookie } })).json().score).toBe(6);
  });

  it('exports my own check-ins as JSON and as formula-safe CSV, and audits it', async () => {
    const user = await signUp(t.app);
    await logMood(t.app, user, { score: 3, note: '=HYPERLINK("http://evil.example")' });
    await logWater(t.app, user, { amountMl: 500 });
    const json = await t.app.inject({ url: '/api/v1/checkins/export?format=json', headers: { cookie: user.cookie } });
    expect(json.json().mood[0].note).toBe('=HYPERLINK("http://evil.example")');
    const csv = await t.app.inject({ url: '/api/v1/checkins/export?format=csv', headers: { cookie: user.cookie } });
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.headers['content-disposition']).toMatch(/attachment; filename="daybook-checkins-/);
    expect(csv.body).toContain(`"'=HYPERLINK(""http://evil.example"")"`);
    const audit = await t.app.db.kysely.selectFrom('audit_log').select('action').where('actor_id', '=', user.id).where('action', '=', 'checkins.exported').execute();
    expect(audit).toHaveLength(2);
  });
});
