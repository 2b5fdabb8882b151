import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { createTestApp, testDatabase } from '../../../test/app.ts';
import { send, signIn, signUp } from '../../../test/auth.ts';
import { cookiesFrom } from '../../../test/auth.ts';
import { logMood } from '../../../test/checkins.ts';
import { writeEntry } from '../../../test/journal.ts';
import { addTransaction } from '../../../test/money.ts';
import { createMemoryMailer } from '../../integrations/email/mailer.ts';

const cliPath = path.resolve(import.meta.dirname, '../../cli.ts');

describe(`daybook rotate-key (${testDatabase})`, () => {
  it('re-encrypts every value under a new key, keeps them readable, and rebuilds search', async () => {
    const first = await createTestApp({ REGISTRATION: 'open' }, { mailer: createMemoryMailer() });
    const env = { ...first.environment.env };
    const user = await signUp(first.app);
    const entry = await writeEntry(first.app, user, { title: 'Before', body: 'The lighthouse kept blinking.', tags: ['sea'] });
    const mood = await logMood(first.app, user, { note: 'note before rotation', emotions: ['hopeless'] });
    // A row from before emotions were encrypted: rotation encrypts it.
    const legacy = await logMood(first.app, user, { emotions: ['weary'] });
    await sql`update mood_checkin set emotions = ${'["weary"]'} where id = ${legacy.id}`.execute(first.app.db.kysely);
    expect((await first.app.inject({ url: `/api/v1/checkins/mood/${legacy.id}`, headers: { cookie: user.cookie } })).json().emotions).toEqual(['weary']);
    await first.app.jobs.runDue();
    await send(first.app, 'PUT', '/api/v1/profile', { cookie: user.cookie }, { gender: 'rather not say' });
    await send(first.app, 'PUT', '/api/v1/safety/plan', { cookie: user.cookie }, { warningSigns: ['not sleeping'] });
    const spent = await addTransaction(first.app, user, { note: 'therapy co-pay' });
    const keyBefore = readFileSync(path.join(first.environment.dataDir, 'encryption-key'), 'utf8');
    await first.app.close();

    const result = spawnSync(process.execPath, [cliPath, 'rotate-key'], { env: { PATH: process.env.PATH ?? '', ...env }, encoding: 'utf8', timeout: 60_000 });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('1 check-in notes, 2 check-in emotion lists, 1 journal entries (search index rebuilt), 1 analyses, 1 profiles, 1 safety plans, 1 money notes');
    expect(readFileSync(path.join(first.environment.dataDir, 'encryption-key'), 'utf8')).not.toBe(keyBefore);
    expect(readFileSync(path.join(first.environment.dataDir, 'encryption-key.previous'), 'utf8')).toContain(keyBefore.trim());

    const second = await createTestApp(env, { mailer: createMemoryMailer() });
    try {
      const cookie = cookiesFrom(await signIn(second.app, user.email, user.password));
      const newKeyId = (await sql<{ body: string }>`select body from journal_entry`.execute(second.app.db.kysely)).rows[0]?.body.split(':')[1];
      expect(second.app.cipher.needsRotation(`v1:${newKeyId}:x:y`)).toBe(false);
      expect((await second.app.inject({ url: `/api/v1/journal/entries/${entry.id}`, headers: { cookie } })).json()).toMatchObject({ title: 'Before', body: 'The lighthouse kept blinking.', tags: ['sea'], analysis: { status: 'done' } });
      expect((await second.app.inject({ url: `/api/v1/checkins/mood/${mood.id}`, headers: { cookie } })).json()).toMatchObject({ note: 'note before rotation', emotions: ['hopeless'] });
      expect((await second.app.inject({ url: `/api/v1/checkins/mood/${legacy.id}`, headers: { cookie } })).json().emotions).toEqual(['weary']);
      const stored = await sql<{ emotions: string }>`select emotions from mood_checkin`.execute(second.app.db.kysely);
      expect(stored.rows.every((row) => row.emotions.startsWith(`v1:${newKeyId}:`))).toBe(true);
      expect((await second.app.inject({ url: '/api/v1/profile', headers: { cookie } })).json().gender).toBe('rather not say');
      expect((await second.app.inject({ url: '/api/v1/safety/plan', headers: { cookie } })).json().warningSigns).toEqual(['not sleeping']);
      expect((await second.app.inject({ url: `/api/v1/money/transactions/${spent.id}`, headers: { cookie } })).json().note).toBe('therapy co-pay');
      const found = (await second.app.inject({ url: '/api/v1/journal/entries?q=lighthouse&tag=sea', headers: { cookie } })).json();
      expect(found.items.map((e: { id: string }) => e.id)).toEqual([entry.id]);
    } finally {
      await second.close();
      await first.environment.cleanup();
    }
  });
});
