import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, testDatabase, type TestApp } from '../../../test/app.ts';
import { send, signUp, type TestUser } from '../../../test/auth.ts';
import { addTransaction, uploadCsv } from '../../../test/money.ts';
import { buildApp } from '../../app.ts';
import { JobRepository } from '../../jobs/job.repository.ts';
import { addDays } from '../../lib/dates.ts';
import { createMemoryMailer } from '../../integrations/email/mailer.ts';

const silent = new Writable({ write: (_chunk, _encoding, callback) => callback() });
const today = () => new Date().toISOString().slice(0, 10);

describe(`money background work: repeating items and imports (${testDatabase})`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ REGISTRATION: 'open' }, { mailer: createMemoryMailer() });
  });
  afterAll(async () => {
    await t.close();
  });
  const get = async (user: TestUser, url: string) => t.app.inject({ url, headers: { cookie: user.cookie } });
  const list = async (user: TestUser) => (await get(user, '/api/v1/money/transactions?limit=100')).json().items as Array<{ date: string; recurringId: string | null; payee: string; amountMinor: number; importId: string | null }>;

  it('materialises each occurrence exactly once, across two instances running at the same time and re-runs', async () => {
    const user = await signUp(t.app);
    const start = addDays(today(), -21);
    const created = await send(t.app, 'POST', '/api/v1/money/recurring', { cookie: user.cookie }, { kind: 'expense', amount: '9.99', currency: 'EUR', payee: 'Music stream', cadence: 'weekly', startDate: start });
    expect(created.statusCode).toBe(201);
    // More sweep jobs than one: both instances take one each and race over the same rule.
    await send(t.app, 'PATCH', `/api/v1/money/recurring/${created.json().id}`, { cookie: user.cookie }, { endDate: null });
    // On PostgreSQL, a second app instance on the same database. SQLite is single-instance by
    // design (and synchronous: two instances in one test process would block each other), so
    // there the two sweeps interleave inside one instance.
    const second = testDatabase === 'postgres' ? await buildApp(t.config, { startWorkers: false, logDestination: silent, mailer: createMemoryMailer() }) : t.app;
    try {
      await Promise.all([t.app.jobs.runDue(), second.jobs.runDue()]);
      await Promise.all([t.app.jobs.runDue(), second.jobs.runDue()]);
    } finally {
      if (second !== t.app) await second.close();
    }
    const made = (await list(user)).filter((item) => item.recurringId === created.json().id);
    expect(made.map((item) => item.date).sort()).toEqual([start, addDays(start, 7), addDays(start, 14), addDays(start, 21)]);
    const rule = (await get(user, '/api/v1/money/recurring')).json().items[0];
    expect(rule.nextDate).toBe(addDays(start, 28));
  });

  it('a paused rule makes nothing, and resuming does not back-fill the pause', async () => {
    const user = await signUp(t.app);
    const start = addDays(today(), 1);
    const rule = (await send(t.app, 'POST', '/api/v1/money/recurring', { cookie: user.cookie }, { kind: 'income', amount: '2000', currency: 'EUR', payee: 'Employer', cadence: 'monthly', startDate: start })).json();
    expect(rule.nextDate).toBe(start);
    await t.app.jobs.runDue();
    expect(await list(user)).toEqual([]);
    const paused = await send(t.app, 'PATCH', `/api/v1/money/recurring/${rule.id}`, { cookie: user.cookie }, { active: false });
    expect(paused.json().active).toBe(false);
  });

  it('imports a file atomically in the background, flags duplicates, and reports progress', async () => {
    const user = await signUp(t.app);
    await addTransaction(t.app, user, { date: '2026-10-02', amount: '4.50', payee: 'Blue Bottle Coffee' });
    const csv = '\uFEFFDate;Payee;Amount;Category\n01.10.2026;Stadtwerke;-61,20;Bills\n02.10.2026;Blue Bottle Coffee;-4,50;\n03.10.2026;Employer GmbH;2.500,00;Salary\n03.10.2026;Employer GmbH;2.500,00;Salary\n';
    const uploaded = await uploadCsv(t.app, user, csv);
    expect(uploaded.statusCode).toBe(201);
    const upload = uploaded.json();
    expect(upload).toMatchObject({ encoding: 'utf-8-bom', delimiter: ';', rowCount: 4, status: 'uploaded', headers: ['Date', 'Payee', 'Amount', 'Category'] });
    expect(upload.mapping).toMatchObject({ date: 0, payee: 1, amount: 2, category: 3, dateFormat: 'DD.MM.YYYY', decimalStyle: 'comma' });
    const options = { mapping: upload.mapping, currency: 'EUR', account: 'Giro' };
    const preview = (await send(t.app, 'POST', `/api/v1/money/imports/${upload.id}/preview`, { cookie: user.cookie }, options)).json();
    expect(preview).toMatchObject({ rowCount: 4, validRows: 4, duplicates: 2, errors: [] });
    expect(preview.rows.map((row: { line: number; duplicate: string; amountMinor: number; kind: string }) => [row.line, row.duplicate, row.kind, row.amountMinor])).toEqual([
      [2, 'none', 'expense', 6120],
      [3, 'existing', 'expense', 450],
      [4, 'none', 'income', 250000],
      [5, 'in_file', 'income', 250000],
    ]);
    const committed = await send(t.app, 'POST', `/api/v1/money/imports/${upload.id}/commit`, { cookie: user.cookie }, { ...options, skipLines: [3, 5] });
    expect(committed.statusCode).toBe(202);
    expect(committed.json().status).toBe('committing');
    expect((await send(t.app, 'POST', `/api/v1/money/imports/${upload.id}/commit`, { cookie: user.cookie }, options)).statusCode).toBe(409);
    await t.app.jobs.runDue();
    const done = (await get(user, `/api/v1/money/imports/${upload.id}`)).json();
    expect(done).toMatchObject({ status: 'done', importedRows: 2, processedRows: 4 });
    const imported = (await list(user)).filter((item) => item.importId === upload.id);
    expect(imported.map((item) => [item.date, item.payee, item.amountMinor]).sort()).toEqual([
      ['2026-10-01', 'Stadtwerke', 6120],
      ['2026-10-03', 'Employer GmbH', 250000],
    ]);
    // Category names from the file become the person's categories.
    const categories = (await get(user, '/api/v1/money/categories')).json().items as Array<{ name: string; kind: string }>;
    expect(categories).toEqual(expect.arrayContaining([expect.objectContaining({ name: 'Bills', kind: 'expense' }), expect.objectContaining({ name: 'Salary', kind: 'income' })]));
  });

  it('imports nothing when any row is invalid, and says which', async () => {
    const user = await signUp(t.app);
    const upload = (await uploadCsv(t.app, user, 'date,description,amount\n2026-10-01,Bakery,-3.20\n2026-02-30,Cinema,-12.00\n2026-10-03,Bookshop,-9.999\n')).json();
    const response = await send(t.app, 'POST', `/api/v1/money/imports/${upload.id}/commit`, { cookie: user.cookie }, { mapping: upload.mapping, currency: 'EUR', account: 'Bank' });
    expect(response.statusCode).toBe(422);
    expect(response.json().error.code).toBe('IMPORT_ROWS_INVALID');
    expect(response.json().error.details.map((d: { path: string }) => d.path)).toEqual([expect.stringMatching(/^line 3/), expect.stringMatching(/^line 4/)]);
    await t.app.jobs.runDue();
    expect(await list(user)).toEqual([]);
    expect((await get(user, `/api/v1/money/imports/${upload.id}`)).json().status).toBe('uploaded');
  });

  it('holds imported dates to the range the API accepts', async () => {
    const user = await signUp(t.app);
    const farAhead = addDays(today(), 400);
    const upload = (await uploadCsv(t.app, user, `date,description,amount\n2026-10-01,Bakery,-3.20\n1969-12-31,Old shop,-1.00\n${farAhead},Someday,-2.00\n`)).json();
    const options = { mapping: upload.mapping, currency: 'EUR', account: 'Bank' };
    const preview = (await send(t.app, 'POST', `/api/v1/money/imports/${upload.id}/preview`, { cookie: user.cookie }, options)).json();
    expect(preview.validRows).toBe(1);
    expect(preview.errors.map((error: { line: number; code: string }) => [error.line, error.code])).toEqual([[3, 'date'], [4, 'date']]);
    const refused = await send(t.app, 'POST', `/api/v1/money/imports/${upload.id}/commit`, { cookie: user.cookie }, options);
    expect([refused.statusCode, refused.json().error.code]).toEqual([422, 'IMPORT_ROWS_INVALID']);
    // Leaving those lines out imports the rest.
    expect((await send(t.app, 'POST', `/api/v1/money/imports/${upload.id}/commit`, { cookie: user.cookie }, { ...options, skipLines: [3, 4] })).statusCode).toBe(202);
    await t.app.jobs.runDue();
    expect((await list(user)).map((item) => item.payee)).toEqual(['Bakery']);
  });

  it('brings an archived category back when a file files rows under it', async () => {
    const user = await signUp(t.app);
    const climbing = (await send(t.app, 'POST', '/api/v1/money/categories', { cookie: user.cookie }, { name: 'Climbing', kind: 'expense' })).json().id as string;
    await addTransaction(t.app, user, { categoryId: climbing });
    expect((await send(t.app, 'DELETE', `/api/v1/money/categories/${climbing}`, { cookie: user.cookie })).json()).toEqual({ archived: true });
    const upload = (await uploadCsv(t.app, user, 'date,description,amount,category\n2026-10-01,Wall pass,-12.00,climbing\n')).json();
    expect((await send(t.app, 'POST', `/api/v1/money/imports/${upload.id}/commit`, { cookie: user.cookie }, { mapping: upload.mapping, currency: 'EUR', account: 'Bank' })).statusCode).toBe(202);
    await t.app.jobs.runDue();
    const categories = (await get(user, '/api/v1/money/categories')).json().items as Array<{ id: string; archived: boolean }>;
    expect(categories.find((category) => category.id === climbing)).toMatchObject({ archived: false });
    expect((await get(user, `/api/v1/money/transactions?categoryId=${climbing}`)).json().items).toHaveLength(2);
  });

  it('reads Latin-1 files', async () => {
    const user = await signUp(t.app);
    const bytes = Buffer.from('Date,Payee,Amount\n2026-10-05,Caf\xe9 M\xfcller,-7.80\n', 'latin1');
    const upload = (await uploadCsv(t.app, user, bytes)).json();
    expect(upload.encoding).toBe('latin1');
    expect(upload.sample[0][1]).toBe('Café Müller');
  });

  it('writes an import once when two runs of its job overlap (a retry, or a lease taken over on another instance)', async () => {
    const user = await signUp(t.app);
    const rows = Array.from({ length: 3000 }, (_, index) => `2026-10-${String(1 + (index % 28)).padStart(2, '0')},Shop ${index},-${1 + (index % 50)}.00`);
    const upload = (await uploadCsv(t.app, user, `date,payee,amount\n${rows.join('\n')}\n`)).json();
    const committed = await send(t.app, 'POST', `/api/v1/money/imports/${upload.id}/commit`, { cookie: user.cookie }, { mapping: upload.mapping, currency: 'EUR', account: 'Giro' });
    expect(committed.statusCode).toBe(202);
    // A second job for the same import, as a retry or a re-claimed lease would leave it.
    await new JobRepository(t.app.db).enqueue('money.import', { importId: upload.id }, { uniqueKey: `second-run:${upload.id}` }, new Date());
    const second = testDatabase === 'postgres' ? await buildApp(t.config, { startWorkers: false, logDestination: silent, mailer: createMemoryMailer() }) : t.app;
    try {
      await Promise.all([t.app.jobs.runDue(), second.jobs.runDue()]);
    } finally {
      if (second !== t.app) await second.close();
    }
    const written = await t.app.db.kysely.selectFrom('money_transaction').select((eb) => eb.fn.countAll<number>().as('count')).where('user_id', '=', user.id).executeTakeFirstOrThrow();
    expect(Number(written.count)).toBe(3000);
    expect((await get(user, `/api/v1/money/imports/${upload.id}`)).json()).toMatchObject({ status: 'done', importedRows: 3000 });
  });

  it('a due rule is made even when more than a batch of rules are not yet due in their owners\' time zones', async () => {
    // Kiritimati (UTC+14) is always a calendar day ahead of Pago Pago (UTC-11).
    const kiritimatiToday = new Intl.DateTimeFormat('en-CA', { timeZone: 'Pacific/Kiritimati' }).format(new Date());
    const behind = await signUp(t.app);
    const ahead = await signUp(t.app);
    expect((await send(t.app, 'PATCH', '/api/v1/checkins/settings', { cookie: behind.cookie }, { timeZone: 'Pacific/Pago_Pago' })).statusCode).toBe(200);
    expect((await send(t.app, 'PATCH', '/api/v1/checkins/settings', { cookie: ahead.cookie }, { timeZone: 'Pacific/Kiritimati' })).statusCode).toBe(200);
    const rule = { kind: 'expense', amount: '1', currency: 'EUR', cadence: 'monthly', startDate: kiritimatiToday };
    const first = await send(t.app, 'POST', '/api/v1/money/recurring', { cookie: behind.cookie }, { ...rule, payee: 'Not yet' });
    expect(first.statusCode).toBe(201);
    // 200 more like it (more than one sweep batch), copied in the database: 200 requests would be slow.
    const template = await t.app.db.kysely.selectFrom('money_recurring').selectAll().where('id', '=', first.json().id).executeTakeFirstOrThrow();
    await t.app.db.kysely.insertInto('money_recurring').values(Array.from({ length: 200 }, () => ({ ...template, id: randomUUID() }))).execute();
    expect((await send(t.app, 'POST', '/api/v1/money/recurring', { cookie: ahead.cookie }, { ...rule, payee: 'Rent' })).statusCode).toBe(201);
    await t.app.jobs.runDue();
    expect((await list(ahead)).map((item) => [item.payee, item.date])).toEqual([['Rent', kiritimatiToday]]);
    expect(await list(behind)).toEqual([]);
  });
});
