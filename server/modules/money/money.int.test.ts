import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, testDatabase, type TestApp } from '../../../test/app.ts';
import { send, signUp, type TestUser } from '../../../test/auth.ts';
import { addBudget, addTransaction, categoryByKey } from '../../../test/money.ts';
import { createMemoryMailer } from '../../integrations/email/mailer.ts';

describe(`money: transactions, categories, budgets, reports (${testDatabase})`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ REGISTRATION: 'open' }, { mailer: createMemoryMailer() });
  });
  afterAll(async () => {
    await t.close();
  });
  const get = async (user: TestUser, url: string) => t.app.inject({ url, headers: { cookie: user.cookie } });

  it.each([
    ['EUR', '12.5', 1250, '12.50'],
    ['JPY', '1500', 1500, '1500'],
    ['KWD', '1.234', 1234, '1.234'],
    ['USD', '0.29', 29, '0.29'],
    ['EUR', '90071992547409.91', 9007199254740991, '90071992547409.91'],
  ])('stores %s %s as %i minor units, exactly', async (currency, amount, minor, shown) => {
    const user = await signUp(t.app);
    const created = await addTransaction(t.app, user, { currency, amount });
    expect(created).toMatchObject({ amountMinor: minor, amount: shown, currency });
    expect((await get(user, `/api/v1/money/transactions/${created.id}`)).json()).toMatchObject({ amountMinor: minor, amount: shown });
  });

  it('keeps the note encrypted at rest and returns it to the owner', async () => {
    const user = await signUp(t.app);
    const canary = `canary-${Date.now()}-therapy-fee`;
    const created = await addTransaction(t.app, user, { note: canary });
    expect(created.note).toBe(canary);
    const row = await t.app.db.kysely.selectFrom('money_transaction').select('note').where('id', '=', created.id).executeTakeFirstOrThrow();
    expect(row.note).not.toContain(canary);
  });

  it('seeds default categories once, and nests custom ones one level deep', async () => {
    const user = await signUp(t.app);
    const [first, second] = await Promise.all([get(user, '/api/v1/money/categories'), get(user, '/api/v1/money/categories')]);
    expect(first.json().items.length).toBe(second.json().items.length);
    expect(first.json().items.map((c: { key: string }) => c.key)).toEqual(expect.arrayContaining(['groceries', 'salary', 'transport']));
    const transport = await categoryByKey(t.app, user, 'transport');
    const child = await send(t.app, 'POST', '/api/v1/money/categories', { cookie: user.cookie }, { name: 'Bike repairs', kind: 'expense', parentId: transport });
    expect(child.statusCode).toBe(201);
    const grandchild = await send(t.app, 'POST', '/api/v1/money/categories', { cookie: user.cookie }, { name: 'Tyres', kind: 'expense', parentId: child.json().id });
    expect(grandchild.statusCode).toBe(400);
    const clash = await send(t.app, 'POST', '/api/v1/money/categories', { cookie: user.cookie }, { name: '  bike   REPAIRS ', kind: 'expense' });
    expect(clash.statusCode).toBe(409);
    const wrongKind = await send(t.app, 'POST', '/api/v1/money/categories', { cookie: user.cookie }, { name: 'Tips', kind: 'income', parentId: transport });
    expect(wrongKind.statusCode).toBe(400);
  });

  it('filters by a category that is not theirs (or does not exist) to an empty page', async () => {
    const user = await signUp(t.app);
    const stranger = await signUp(t.app);
    await addTransaction(t.app, user);
    const theirs = await categoryByKey(t.app, stranger, 'groceries');
    for (const id of ['does-not-exist', theirs]) {
      const response = await get(user, `/api/v1/money/transactions?categoryId=${id}`);
      expect(response.statusCode).toBe(200);
      expect(response.json()).toEqual({ items: [], nextCursor: null });
    }
  });

  it('archives a category in use instead of deleting it, and deletes an unused one', async () => {
    const user = await signUp(t.app);
    const used = (await send(t.app, 'POST', '/api/v1/money/categories', { cookie: user.cookie }, { name: 'Climbing', kind: 'expense' })).json().id as string;
    const unused = (await send(t.app, 'POST', '/api/v1/money/categories', { cookie: user.cookie }, { name: 'Pottery', kind: 'expense' })).json().id as string;
    const spent = await addTransaction(t.app, user, { categoryId: used });
    const archived = await send(t.app, 'DELETE', `/api/v1/money/categories/${used}`, { cookie: user.cookie });
    expect(archived.statusCode).toBe(200);
    expect(archived.json()).toEqual({ archived: true });
    expect((await get(user, `/api/v1/money/transactions/${spent.id}`)).json().categoryId).toBe(used);
    expect((await send(t.app, 'DELETE', `/api/v1/money/categories/${unused}`, { cookie: user.cookie })).statusCode).toBe(204);
    const listed = (await get(user, '/api/v1/money/categories?includeArchived=true')).json().items as Array<{ id: string; archived: boolean }>;
    expect(listed.find((c) => c.id === used)?.archived).toBe(true);
    expect(listed.find((c) => c.id === unused)).toBeUndefined();
    // An archived category takes no new transactions.
    expect((await send(t.app, 'POST', '/api/v1/money/transactions', { cookie: user.cookie }, { kind: 'expense', amount: '1', currency: 'EUR', date: '2026-11-01', payee: 'Wall', categoryId: used })).statusCode).toBe(400);
  });

  it('filters by date, category (with subcategories), tag, payee, account and amount, with keyset pages', async () => {
    const user = await signUp(t.app);
    const groceries = await categoryByKey(t.app, user, 'groceries');
    const market = (await send(t.app, 'POST', '/api/v1/money/categories', { cookie: user.cookie }, { name: 'Farmers market', kind: 'expense', parentId: groceries })).json().id as string;
    const a = await addTransaction(t.app, user, { payee: 'Tesco Metro', amount: '20.00', date: '2026-10-01', categoryId: groceries, tags: ['weekly'], account: 'Card' });
    const b = await addTransaction(t.app, user, { payee: 'Saturday market 50%_off', amount: '8.40', date: '2026-10-05', categoryId: market, account: 'Cash' });
    const c = await addTransaction(t.app, user, { payee: 'Rail ticket', amount: '55.00', date: '2026-10-09', tags: ['work', 'weekly'], account: 'Card' });
    const ids = async (query: string) => ((await get(user, `/api/v1/money/transactions?${query}`)).json().items as Array<{ id: string }>).map((item) => item.id);
    expect(await ids('')).toEqual([c.id, b.id, a.id]);
    expect(await ids('from=2026-10-02&to=2026-10-09')).toEqual([c.id, b.id]);
    expect(await ids(`categoryId=${groceries}`)).toEqual([b.id, a.id]);
    expect(await ids('tag=weekly')).toEqual([c.id, a.id]);
    expect(await ids('payee=tesco')).toEqual([a.id]);
    expect(await ids('payee=50%25_')).toEqual([b.id]);
    expect(await ids('payee=%25')).toEqual([b.id]);
    expect(await ids('account=Card')).toEqual([c.id, a.id]);
    expect(await ids('currency=EUR&minAmount=10&maxAmount=30')).toEqual([a.id]);
    const first = (await get(user, '/api/v1/money/transactions?limit=2')).json();
    expect(first.items).toHaveLength(2);
    const second = (await get(user, `/api/v1/money/transactions?limit=2&cursor=${first.nextCursor}`)).json();
    expect(second.items.map((item: { id: string }) => item.id)).toEqual([a.id]);
    expect(second.nextCursor).toBeNull();
  });

  it('updates and deletes; a new currency needs its amount restated', async () => {
    const user = await signUp(t.app);
    const created = await addTransaction(t.app, user);
    expect((await send(t.app, 'PATCH', `/api/v1/money/transactions/${created.id}`, { cookie: user.cookie }, { currency: 'JPY' })).statusCode).toBe(400);
    const updated = await send(t.app, 'PATCH', `/api/v1/money/transactions/${created.id}`, { cookie: user.cookie }, { currency: 'JPY', amount: '1800', payee: 'Ramen', tags: ['trip'], note: 'with Sam' });
    expect(updated.json()).toMatchObject({ currency: 'JPY', amountMinor: 1800, payee: 'Ramen', tags: ['trip'], note: 'with Sam' });
    expect((await send(t.app, 'DELETE', `/api/v1/money/transactions/${created.id}`, { cookie: user.cookie })).statusCode).toBe(204);
    expect((await get(user, `/api/v1/money/transactions/${created.id}`)).statusCode).toBe(404);
  });

  it('raises budget alerts at 80% and 100% once per month, as notifications and events', async () => {
    const user = await signUp(t.app);
    const groceries = await categoryByKey(t.app, user, 'groceries');
    const month = new Date().toISOString().slice(0, 7);
    const day = `${month}-01`;
    await addBudget(t.app, user, { categoryId: groceries, amount: '100.00' });
    await addBudget(t.app, user, { amount: '1000.00' });
    await addTransaction(t.app, user, { categoryId: groceries, amount: '70.00', date: day });
    expect((await get(user, '/api/v1/notifications')).json().unread).toBe(0);
    await addTransaction(t.app, user, { categoryId: groceries, amount: '15.00', date: day });
    await addTransaction(t.app, user, { categoryId: groceries, amount: '1.00', date: day });
    let notes = (await get(user, '/api/v1/notifications')).json();
    expect(notes.items.map((n: { title: string }) => n.title)).toEqual(['Groceries budget: 80% used']);
    // Spending in another currency does not count towards a EUR budget.
    await addTransaction(t.app, user, { categoryId: groceries, amount: '500.00', currency: 'USD', date: day });
    expect((await get(user, '/api/v1/notifications')).json().items).toHaveLength(1);
    await addTransaction(t.app, user, { categoryId: groceries, amount: '20.00', date: day });
    await addTransaction(t.app, user, { categoryId: groceries, amount: '20.00', date: day });
    notes = (await get(user, '/api/v1/notifications')).json();
    expect(notes.items.map((n: { title: string }) => n.title)).toEqual(['Groceries budget: 100% reached', 'Groceries budget: 80% used']);
    const monthName = new Intl.DateTimeFormat('en', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${month}-01T00:00:00Z`));
    expect(notes.items[0].body).toBe(`€106.00 of €100.00 spent in ${monthName}.`);
    const progress = (await get(user, `/api/v1/money/budgets?month=${month}`)).json().items as Array<{ categoryId: string | null; spentMinor: number; percent: number; alertsRaised: number[] }>;
    expect(progress.find((b) => b.categoryId === groceries)).toMatchObject({ spentMinor: 12600, percent: 126, alertsRaised: [80, 100] });
    expect(progress.find((b) => b.categoryId === null)).toMatchObject({ spentMinor: 12600, alertsRaised: [] });
    const events = await t.app.db.kysely.selectFrom('money_budget_alert').selectAll().where('user_id', '=', user.id).execute();
    expect(events.map((e) => e.threshold).sort()).toEqual([100, 80]);
    expect((await send(t.app, 'POST', `/api/v1/notifications/${notes.items[0].id}/read`, { cookie: user.cookie })).statusCode).toBe(204);
    expect((await get(user, '/api/v1/notifications')).json().unread).toBe(1);
    await send(t.app, 'POST', '/api/v1/notifications/read-all', { cookie: user.cookie });
    expect((await get(user, '/api/v1/notifications')).json().unread).toBe(0);
  });

  it('reports by category and month, budget against actual, per currency without conversion', async () => {
    const user = await signUp(t.app);
    const dining = await categoryByKey(t.app, user, 'dining');
    const salary = await categoryByKey(t.app, user, 'salary');
    await addTransaction(t.app, user, { categoryId: dining, amount: '30.00', date: '2026-09-10' });
    await addTransaction(t.app, user, { categoryId: dining, amount: '12.25', date: '2026-10-03' });
    await addTransaction(t.app, user, { kind: 'income', categoryId: salary, amount: '2500.00', date: '2026-10-01' });
    await addTransaction(t.app, user, { amount: '4000', currency: 'JPY', date: '2026-10-04', payee: 'Sushi' });
    const budget = await addBudget(t.app, user, { categoryId: dining, amount: '25.00' });
    const report = (await get(user, '/api/v1/money/reports?from=2026-09&to=2026-10')).json();
    expect(report.currencies.map((c: { currency: string }) => c.currency)).toEqual(['EUR', 'JPY']);
    const eur = report.currencies[0];
    expect(eur.months).toEqual([
      { month: '2026-09', income: { minor: 0, amount: '0.00' }, expense: { minor: 3000, amount: '30.00' } },
      { month: '2026-10', income: { minor: 250000, amount: '2500.00' }, expense: { minor: 1225, amount: '12.25' } },
    ]);
    expect(eur.byCategory[0]).toMatchObject({ categoryId: dining, name: 'Eating out', expense: { minor: 4225 } });
    expect(eur.totals.net).toEqual({ minor: 245775, amount: '2457.75' });
    expect(eur.budgets).toEqual([
      { budgetId: budget.id, categoryId: dining, name: 'Eating out', month: '2026-09', budgetMinor: 2500, spentMinor: 3000 },
      { budgetId: budget.id, categoryId: dining, name: 'Eating out', month: '2026-10', budgetMinor: 2500, spentMinor: 1225 },
    ]);
    expect(report.currencies[1].budgets).toEqual([]);
    expect(report.currencies[1].totals.expense).toEqual({ minor: 4000, amount: '4000' });
    expect((await get(user, '/api/v1/money/reports?from=2024-01&to=2026-10')).statusCode).toBe(400);
  });

  it('exports CSV with formula-looking cells neutralised', async () => {
    const user = await signUp(t.app);
    await addTransaction(t.app, user, { payee: '=HYPERLINK("http://evil.example","x")', note: '+1 boost', tags: ['@home'] });
    const response = await get(user, '/api/v1/money/transactions/export?format=csv');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/csv');
    const [header, row] = response.body.trim().split('\r\n');
    expect(header).toBe('date,type,amount,currency,payee,category,account,tags,note');
    expect(row).toContain(`"'=HYPERLINK(""http://evil.example"",""x"")"`);
    expect(row).toContain("'+1 boost");
    expect(row).toContain("'@home");
    const json = (await get(user, '/api/v1/money/transactions/export?format=json')).json();
    expect(json.items[0].payee).toBe('=HYPERLINK("http://evil.example","x")');
  });

  it('shares as a household: an editor adds, a viewer reads, others see nothing', async () => {
    const [owner, editor, viewer, stranger] = [await signUp(t.app), await signUp(t.app), await signUp(t.app), await signUp(t.app)];
    await send(t.app, 'POST', '/api/v1/sharing', { cookie: owner.cookie }, { email: editor.email, role: 'editor' });
    await send(t.app, 'POST', '/api/v1/sharing', { cookie: owner.cookie }, { email: viewer.email, role: 'viewer' });
    const added = await addTransaction(t.app, editor, { ownerId: owner.id, payee: 'Shared groceries' });
    expect(added.ownerId).toBe(owner.id);
    expect((await get(owner, '/api/v1/money/transactions')).json().items.map((i: { id: string }) => i.id)).toEqual([added.id]);
    expect((await get(viewer, `/api/v1/money/transactions?owner=${owner.id}`)).json().items).toHaveLength(1);
    expect((await send(t.app, 'PATCH', `/api/v1/money/transactions/${added.id}`, { cookie: viewer.cookie }, { payee: 'x' })).statusCode).toBe(403);
    expect((await send(t.app, 'POST', '/api/v1/money/transactions', { cookie: viewer.cookie }, { kind: 'expense', amount: '1', currency: 'EUR', date: '2026-11-01', payee: 'x', ownerId: owner.id })).statusCode).toBe(403);
    expect((await get(stranger, `/api/v1/money/transactions?owner=${owner.id}`)).statusCode).toBe(404);
    expect((await get(stranger, `/api/v1/money/transactions/${added.id}`)).statusCode).toBe(404);
    expect((await get(viewer, `/api/v1/money/reports?owner=${owner.id}&from=2026-11&to=2026-11`)).statusCode).toBe(200);
    expect((await send(t.app, 'POST', '/api/v1/money/budgets', { cookie: viewer.cookie }, { amount: '10', currency: 'EUR', ownerId: owner.id })).statusCode).toBe(403);
    // Suggestions are for filing transactions: an editor gets them, a viewer does not spend the owner's AI on them.
    expect((await get(editor, `/api/v1/money/suggest-category?owner=${owner.id}&payee=LIDL&kind=expense`)).statusCode).toBe(200);
    expect((await get(viewer, `/api/v1/money/suggest-category?owner=${owner.id}&payee=LIDL&kind=expense`)).statusCode).toBe(403);
  });

  it('suggests a category from the person’s own history, and from keyword rules', async () => {
    const user = await signUp(t.app);
    const health = await categoryByKey(t.app, user, 'health');
    await addTransaction(t.app, user, { payee: 'Dr Okafor clinic', categoryId: health });
    const learned = (await get(user, '/api/v1/money/suggest-category?payee=DR%20OKAFOR%20CLINIC&kind=expense')).json();
    expect(learned.suggestion).toMatchObject({ categoryId: health, source: 'history' });
    const groceries = await categoryByKey(t.app, user, 'groceries');
    const ruled = (await get(user, '/api/v1/money/suggest-category?payee=LIDL%20STORE%201234&kind=expense')).json();
    expect(ruled.suggestion).toMatchObject({ categoryId: groceries, source: 'rules' });
    // A suggestion changes nothing.
    expect((await get(user, '/api/v1/money/transactions')).json().items[0].payee).toBe('Dr Okafor clinic');
  });
});
