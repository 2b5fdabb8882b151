import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, testDatabase, type TestApp } from '../../../test/app.ts';
import { newIdentity, send, signUp, type TestUser } from '../../../test/auth.ts';
import { writeEntry } from '../../../test/journal.ts';
import { createMemoryMailer } from '../../integrations/email/mailer.ts';
import { JournalAnalysisRepository } from './journal.repository.ts';

describe(`journal entries (${testDatabase})`, () => {
  let t: TestApp;
  let owner: TestUser;
  let other: TestUser;
  let admin: TestUser;
  beforeAll(async () => {
    t = await createTestApp({ REGISTRATION: 'open' }, { mailer: createMemoryMailer() });
    admin = await signUp(t.app, newIdentity('admin'));
    [owner, other] = [await signUp(t.app), await signUp(t.app)];
  });
  afterAll(async () => {
    await t.close();
  });

  it('writes, reads, edits and deletes an entry with normalised tags', async () => {
    const entry = await writeEntry(t.app, owner, { title: 'Morning', body: 'Slept badly, then a **good** walk.', tags: ['  Sleep ', '#walking', 'sleep'], mood: 6, entryDate: '2026-11-20' });
    expect(entry).toMatchObject({ title: 'Morning', tags: ['sleep', 'walking'], mood: 6, entryDate: '2026-11-20' });
    const patched = await send(t.app, 'PATCH', `/api/v1/journal/entries/${entry.id}`, { cookie: owner.cookie }, { mood: null, title: null, tags: ['rest'] });
    expect(patched.json()).toMatchObject({ mood: null, title: null, tags: ['rest'], body: 'Slept badly, then a **good** walk.' });
    expect((await send(t.app, 'DELETE', `/api/v1/journal/entries/${entry.id}`, { cookie: owner.cookie })).statusCode).toBe(204);
    expect((await t.app.inject({ url: `/api/v1/journal/entries/${entry.id}`, headers: { cookie: owner.cookie } })).statusCode).toBe(404);
  });

  it('keeps a plaintext canary out of every database file and table', async () => {
    const canary = `zebracanary${Date.now()}`;
    await writeEntry(t.app, owner, { title: `title ${canary}`, body: `body ${canary}`, tags: [`tag${canary}`.slice(0, 40)] });
    const rows = await sql<{ title: string; body: string; tags: string }>`select title, body, tags from journal_entry`.execute(t.app.db.kysely);
    expect(JSON.stringify(rows.rows)).not.toContain(canary);
    const tokens = await sql<{ token: string }>`select token from journal_token`.execute(t.app.db.kysely);
    expect(JSON.stringify(tokens.rows)).not.toContain(canary);
    if (testDatabase === 'sqlite') {
      for (const file of readdirSync(t.environment.dataDir).filter((name) => name.startsWith('daybook.sqlite'))) {
        expect(readFileSync(path.join(t.environment.dataDir, file)).includes(Buffer.from(canary))).toBe(false);
      }
    }
  });

  it('refuses a tampered ciphertext instead of showing garbage', async () => {
    const entry = await writeEntry(t.app, owner, { body: 'will be tampered' });
    const other = await writeEntry(t.app, owner, { body: 'donor' });
    // Moving another entry's ciphertext into this row must not decrypt.
    await sql`update journal_entry set body = (select body from journal_entry where id = ${other.id}) where id = ${entry.id}`.execute(t.app.db.kysely);
    const response = await t.app.inject({ url: `/api/v1/journal/entries/${entry.id}`, headers: { cookie: owner.cookie } });
    expect(response.statusCode).toBe(500);
    expect(response.body).not.toContain('donor');
    expect(response.json().error.code).toBe('INTERNAL');
    await sql`delete from journal_entry where id = ${entry.id}`.execute(t.app.db.kysely);
  });

  it('searches words, tags, mood and dates without a plaintext index', async () => {
    const user = await signUp(t.app);
    await writeEntry(t.app, user, { body: 'Walked by the river with Sam. Felt lighter.', tags: ['outdoors'], mood: 7, entryDate: '2026-11-01' });
    await writeEntry(t.app, user, { body: 'Rainy. Stayed in and read about rivers.', tags: ['indoors'], mood: 4, entryDate: '2026-11-02' });
    await writeEntry(t.app, user, { body: 'Café with Sam — good talk.', tags: ['friends', 'outdoors'], mood: 8, entryDate: '2026-11-03' });
    const search = async (query: string) =>
      (await t.app.inject({ url: `/api/v1/journal/entries?${query}`, headers: { cookie: user.cookie } })).json().items.map((e: { entryDate: string }) => e.entryDate);
    expect(await search('q=river')).toEqual(['2026-11-01']);
    expect(await search('q=SAM')).toEqual(['2026-11-03', '2026-11-01']);
    expect(await search('q=cafe%20sam')).toEqual(['2026-11-03']);
    expect(await search('tag=outdoors')).toEqual(['2026-11-03', '2026-11-01']);
    expect(await search('tag=outdoors&mood=7')).toEqual(['2026-11-01']);
    // A tag is looked up normalised as it was saved: case, spaces, a leading #, composed accents.
    await writeEntry(t.app, user, { body: 'Bath and an early night.', tags: ['Self  Care', 'café'], entryDate: '2026-11-04' });
    expect(await search('tag=%23self%20%20CARE')).toEqual(['2026-11-04']);
    expect(await search(`tag=${encodeURIComponent('cafe\u0301')}`)).toEqual(['2026-11-04']);
    expect(await search('from=2026-11-02&to=2026-11-02')).toEqual(['2026-11-02']);
    expect(await search('q=nothinglikethis')).toEqual([]);
    // Someone else's words never match my entries.
    expect((await t.app.inject({ url: '/api/v1/journal/entries?q=river', headers: { cookie: other.cookie } })).json().items).toEqual([]);
  });

  it('paginates newest first with a keyset cursor', async () => {
    const user = await signUp(t.app);
    for (const day of ['01', '02', '03', '04', '05']) await writeEntry(t.app, user, { entryDate: `2026-10-${day}` });
    const first = (await t.app.inject({ url: '/api/v1/journal/entries?limit=2', headers: { cookie: user.cookie } })).json();
    const second = (await t.app.inject({ url: `/api/v1/journal/entries?limit=2&cursor=${first.nextCursor}`, headers: { cookie: user.cookie } })).json();
    const third = (await t.app.inject({ url: `/api/v1/journal/entries?limit=2&cursor=${second.nextCursor}`, headers: { cookie: user.cookie } })).json();
    expect([...first.items, ...second.items, ...third.items].map((e: { entryDate: string }) => e.entryDate)).toEqual(['2026-10-05', '2026-10-04', '2026-10-03', '2026-10-02', '2026-10-01']);
    expect(third.nextCursor).toBeNull();
  });

  it('is private: other users get 404, admins and API keys without a session see nothing else', async () => {
    const entry = await writeEntry(t.app, owner, { body: 'private thoughts' });
    expect((await t.app.inject({ url: `/api/v1/journal/entries/${entry.id}`, headers: { cookie: other.cookie } })).statusCode).toBe(404);
    expect((await t.app.inject({ url: `/api/v1/journal/entries/${entry.id}`, headers: { cookie: admin.cookie } })).statusCode).toBe(404);
    expect((await send(t.app, 'PATCH', `/api/v1/journal/entries/${entry.id}`, { cookie: other.cookie }, { body: 'hacked' })).statusCode).toBe(404);
    expect((await send(t.app, 'DELETE', `/api/v1/journal/entries/${entry.id}`, { cookie: other.cookie })).statusCode).toBe(404);
    expect((await t.app.inject({ url: `/api/v1/journal/entries/${entry.id}`, headers: { cookie: owner.cookie } })).json().body).toBe('private thoughts');
  });
  it('looks up analyses for more entries than one statement may bind (insights over a big journal)', async () => {
    const entry = await writeEntry(t.app, owner, { body: 'A calm walk by the river.' });
    await t.app.jobs.runDue();
    const ids = [...Array.from({ length: 70_000 }, (_, index) => `missing-${index}`), entry.id];
    const found = await new JournalAnalysisRepository(t.app.db).forUser(owner.id, ids);
    expect(found.map((row) => row.entry_id)).toEqual([entry.id]);
  });
});
