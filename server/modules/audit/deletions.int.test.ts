import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, testDatabase, type TestApp } from '../../../test/app.ts';
import { send, signUp, type TestUser } from '../../../test/auth.ts';
import { logMood, logWater } from '../../../test/checkins.ts';
import { writeEntry } from '../../../test/journal.ts';
import { addBudget, addTransaction, uploadCsv } from '../../../test/money.ts';
import { createMemoryMailer } from '../../integrations/email/mailer.ts';

const canary = 'canary-gambling-debt-7f3a';

/** Every kind of deletion, each creating its own fresh thing to delete (with the canary in it where it can hold text). */
const deletions: Array<[action: string, make: (t: TestApp, user: TestUser) => Promise<string>]> = [
  ['journal.entry_deleted', async (t, user) => `/api/v1/journal/entries/${(await writeEntry(t.app, user, { body: `Owe money: ${canary}` })).id}`],
  ['checkins.mood_deleted', async (t, user) => `/api/v1/checkins/mood/${(await logMood(t.app, user, { note: canary })).id}`],
  ['checkins.water_deleted', async (t, user) => `/api/v1/checkins/water/${(await logWater(t.app, user)).id}`],
  ['money.transaction_deleted', async (t, user) => `/api/v1/money/transactions/${(await addTransaction(t.app, user, { payee: canary, note: canary })).id}`],
  ['money.budget_deleted', async (t, user) => `/api/v1/money/budgets/${(await addBudget(t.app, user, { amount: '300' })).id}`],
  ['money.category_deleted', async (t, user) => `/api/v1/money/categories/${(await send(t.app, 'POST', '/api/v1/money/categories', { cookie: user.cookie }, { name: canary, kind: 'expense' })).json().id}`],
  ['money.recurring_deleted', async (t, user) => `/api/v1/money/recurring/${(await send(t.app, 'POST', '/api/v1/money/recurring', { cookie: user.cookie }, { kind: 'expense', amount: '9.99', currency: 'EUR', payee: canary, cadence: 'weekly', startDate: '2026-11-02' })).json().id}`],
  ['money.import_discarded', async (t, user) => `/api/v1/money/imports/${(await uploadCsv(t.app, user, `date,description,amount\n2026-10-01,${canary},-3.20\n`)).json().id}`],
];

describe(`audit: every deletion is recorded, without its content (${testDatabase})`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ REGISTRATION: 'open' }, { mailer: createMemoryMailer() });
  });
  afterAll(async () => {
    await t.close();
  });
  const auditRows = (actorId: string) => t.app.db.kysely.selectFrom('audit_log').selectAll().where('actor_id', '=', actorId).execute();

  it.each(deletions)('%s', async (action, make) => {
    const user = await signUp(t.app);
    const url = await make(t, user);
    const id = url.split('/').pop();
    expect((await send(t.app, 'DELETE', url, { cookie: user.cookie })).statusCode).toBe(204);

    const rows = (await auditRows(user.id)).filter((row) => row.action === action);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ outcome: 'success', actor_id: user.id, target_id: user.id });
    expect(JSON.parse(String(rows[0]?.detail))).toMatchObject({ id });
    expect(JSON.stringify(rows)).not.toContain(canary);
  });

  it('names the owner as the target when an editor deletes what was shared with them', async () => {
    const owner = await signUp(t.app);
    const editor = await signUp(t.app);
    await send(t.app, 'POST', '/api/v1/sharing', { cookie: owner.cookie }, { email: editor.email, role: 'editor' });
    const spent = await addTransaction(t.app, owner);
    expect((await send(t.app, 'DELETE', `/api/v1/money/transactions/${spent.id}`, { cookie: editor.cookie })).statusCode).toBe(204);
    const rows = (await auditRows(editor.id)).filter((row) => row.action === 'money.transaction_deleted');
    expect(rows).toMatchObject([{ actor_id: editor.id, target_id: owner.id }]);
  });

  it('records nothing when the deletion is refused', async () => {
    const owner = await signUp(t.app);
    const stranger = await signUp(t.app);
    const entry = await writeEntry(t.app, owner);
    expect((await send(t.app, 'DELETE', `/api/v1/journal/entries/${entry.id}`, { cookie: stranger.cookie })).statusCode).toBe(404);
    expect((await auditRows(stranger.id)).filter((row) => row.action.endsWith('_deleted'))).toEqual([]);
  });
});
