import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, testDatabase, type TestApp } from '../../../test/app.ts';
import { originOf, send, signUp, type TestUser } from '../../../test/auth.ts';
import { addBudget, addTransaction, categoryByKey, uploadCsv } from '../../../test/money.ts';
import { createMemoryMailer } from '../../integrations/email/mailer.ts';

const inYears = (years: number) => `${new Date().getUTCFullYear() + years}-06-01`;

describe(`money bad input (${testDatabase})`, () => {
  let t: TestApp;
  let owner: TestUser;
  let viewer: TestUser;
  let other: TestUser;
  let transactionId: string;
  let otherCategory: string;
  let salary: string;
  let importId: string;
  let otherImportId: string;
  beforeAll(async () => {
    t = await createTestApp({ REGISTRATION: 'open' }, { mailer: createMemoryMailer() });
    [owner, viewer, other] = [await signUp(t.app), await signUp(t.app), await signUp(t.app)];
    await send(t.app, 'POST', '/api/v1/sharing', { cookie: owner.cookie }, { email: viewer.email, role: 'viewer' });
    transactionId = (await addTransaction(t.app, owner, { note: 'original' })).id;
    await addBudget(t.app, owner, { amount: '500' });
    salary = await categoryByKey(t.app, owner, 'salary');
    otherCategory = await categoryByKey(t.app, other, 'groceries');
    importId = (await uploadCsv(t.app, owner, 'date,payee,amount\n2026-10-01,Bakery,-3.20\n')).json().id;
    otherImportId = (await uploadCsv(t.app, other, 'date,payee,amount\n2026-10-01,Bakery,-3.20\n')).json().id;
  });
  afterAll(async () => {
    await t.close();
  });

  const snapshot = async () => {
    const db = t.app.db.kysely;
    return {
      transactions: await db.selectFrom('money_transaction').selectAll().orderBy('id').execute(),
      categories: await db.selectFrom('money_category').selectAll().orderBy('id').execute(),
      budgets: await db.selectFrom('money_budget').selectAll().orderBy('id').execute(),
      recurring: await db.selectFrom('money_recurring').selectAll().orderBy('id').execute(),
      imports: await db.selectFrom('money_import').select(['id', 'status']).orderBy('id').execute(),
      notifications: await db.selectFrom('notification').select('id').execute(),
    };
  };

  const tx = (body: Record<string, unknown>) => ({ kind: 'expense', amount: '10.00', currency: 'EUR', date: '2026-11-01', payee: 'Shop', ...body });
  type Case = { name: string; as?: 'owner' | 'viewer' | 'other'; method: 'POST' | 'PATCH' | 'DELETE'; url: string | (() => string); body?: unknown; status: number; code: string };
  const post = '/api/v1/money/transactions';
  const cases: Case[] = [
    ...[
      ['1.5', 'JPY'],
      ['1.234', 'EUR'],
      ['1.2345', 'KWD'],
    ].map(([amount, currency]) => ({ name: `${amount} ${currency}: too many decimals`, method: 'POST' as const, url: post, body: tx({ amount, currency }), status: 400, code: 'VALIDATION_FAILED' })),
    ...['XYZ', 'EU', 'EURO', 'XAU', 'XTS', '€'].map((currency) => ({ name: `unknown currency ${currency}`, method: 'POST' as const, url: post, body: tx({ currency }), status: 400, code: 'VALIDATION_FAILED' })),
    ...[
      ['90071992547409.92', 'EUR'],
      ['9007199254740993', 'JPY'],
      ['99999999999999999999', 'EUR'],
    ].map(([amount, currency]) => ({ name: `${amount} ${currency}: beyond safe integers`, method: 'POST' as const, url: post, body: tx({ amount, currency }), status: 400, code: 'VALIDATION_FAILED' })),
    ...[12.5, '-5', '0', '0.00', '1e5', '12,50', '', ' ', '0x10', 'NaN', null].map((amount) => ({ name: `amount ${JSON.stringify(amount)}`, method: 'POST' as const, url: post, body: tx({ amount }), status: 400, code: 'VALIDATION_FAILED' })),
    { name: 'an unknown kind', method: 'POST', url: post, body: tx({ kind: 'transfer' }), status: 400, code: 'VALIDATION_FAILED' },
    { name: 'an empty payee', method: 'POST', url: post, body: tx({ payee: '   ' }), status: 400, code: 'VALIDATION_FAILED' },
    { name: 'a 201-character payee', method: 'POST', url: post, body: tx({ payee: 'p'.repeat(201) }), status: 400, code: 'VALIDATION_FAILED' },
    { name: 'a payee with a line break', method: 'POST', url: post, body: tx({ payee: 'a\nb' }), status: 400, code: 'VALIDATION_FAILED' },
    { name: 'a 1,001-character note', method: 'POST', url: post, body: tx({ note: 'n'.repeat(1001) }), status: 400, code: 'VALIDATION_FAILED' },
    { name: '11 tags', method: 'POST', url: post, body: tx({ tags: Array.from({ length: 11 }, (_, i) => `t${i}`) }), status: 400, code: 'VALIDATION_FAILED' },
    { name: 'a 31-character tag', method: 'POST', url: post, body: tx({ tags: ['t'.repeat(31)] }), status: 400, code: 'VALIDATION_FAILED' },
    { name: 'an impossible date', method: 'POST', url: post, body: tx({ date: '2026-02-30' }), status: 400, code: 'VALIDATION_FAILED' },
    { name: 'a date in 1969', method: 'POST', url: post, body: tx({ date: '1969-12-31' }), status: 400, code: 'VALIDATION_FAILED' },
    { name: 'a date two years ahead', method: 'POST', url: post, body: tx({ date: inYears(2) }), status: 400, code: 'VALIDATION_FAILED' },
    { name: 'an unknown field', method: 'POST', url: post, body: tx({ userId: 'someone' }), status: 400, code: 'VALIDATION_FAILED' },
    { name: "another user's category", method: 'POST', url: post, body: () => tx({ categoryId: otherCategory }), status: 400, code: 'VALIDATION_FAILED' },
    { name: 'an income category on an expense', method: 'POST', url: post, body: () => tx({ categoryId: salary }), status: 400, code: 'VALIDATION_FAILED' },
    { name: 'an empty patch', method: 'PATCH', url: () => `${post}/${transactionId}`, body: {}, status: 400, code: 'VALIDATION_FAILED' },
    { name: 'a patch to 1.5 JPY', method: 'PATCH', url: () => `${post}/${transactionId}`, body: { amount: '1.5', currency: 'JPY' }, status: 400, code: 'VALIDATION_FAILED' },
    { name: "another user's transaction id", as: 'other', method: 'PATCH', url: () => `${post}/${transactionId}`, body: { payee: 'x' }, status: 404, code: 'NOT_FOUND' },
    { name: "another user's transaction id (delete)", as: 'other', method: 'DELETE', url: () => `${post}/${transactionId}`, status: 404, code: 'NOT_FOUND' },
    { name: "writing for an owner who didn't share", as: 'other', method: 'POST', url: post, body: () => tx({ ownerId: owner.id }), status: 404, code: 'NOT_FOUND' },
    { name: 'a viewer editing', as: 'viewer', method: 'PATCH', url: () => `${post}/${transactionId}`, body: { payee: 'x' }, status: 403, code: 'FORBIDDEN' },
    { name: 'a viewer deleting', as: 'viewer', method: 'DELETE', url: () => `${post}/${transactionId}`, status: 403, code: 'FORBIDDEN' },
    { name: 'a viewer adding', as: 'viewer', method: 'POST', url: post, body: () => tx({ ownerId: owner.id }), status: 403, code: 'FORBIDDEN' },
    { name: 'a viewer adding a budget', as: 'viewer', method: 'POST', url: '/api/v1/money/budgets', body: () => ({ amount: '5', currency: 'EUR', ownerId: owner.id }), status: 403, code: 'FORBIDDEN' },
    ...['-10', '0', '10.001'].map((amount) => ({ name: `budget of ${amount}`, method: 'POST' as const, url: '/api/v1/money/budgets', body: { amount, currency: 'USD' }, status: 400, code: 'VALIDATION_FAILED' })),
    { name: 'budget thresholds of 0%', method: 'POST', url: '/api/v1/money/budgets', body: { amount: '10', currency: 'USD', thresholds: [0] }, status: 400, code: 'VALIDATION_FAILED' },
    { name: 'a second overall EUR budget', method: 'POST', url: '/api/v1/money/budgets', body: { amount: '10', currency: 'EUR' }, status: 409, code: 'CONFLICT' },
    { name: 'a budget on an income category', method: 'POST', url: '/api/v1/money/budgets', body: () => ({ amount: '10', currency: 'USD', categoryId: salary }), status: 400, code: 'VALIDATION_FAILED' },
    { name: 'a category nested in another user’s', method: 'POST', url: '/api/v1/money/categories', body: () => ({ name: 'Sneaky', kind: 'expense', parentId: otherCategory }), status: 400, code: 'VALIDATION_FAILED' },
    { name: 'a 61-character category name', method: 'POST', url: '/api/v1/money/categories', body: { name: 'c'.repeat(61), kind: 'expense' }, status: 400, code: 'VALIDATION_FAILED' },
    { name: "archiving another user's category", method: 'DELETE', url: () => `/api/v1/money/categories/${otherCategory}`, status: 404, code: 'NOT_FOUND' },
    { name: 'a daily repeating item', method: 'POST', url: '/api/v1/money/recurring', body: { kind: 'expense', amount: '5', currency: 'EUR', payee: 'Gym', cadence: 'daily', startDate: '2026-11-01' }, status: 400, code: 'VALIDATION_FAILED' },
    { name: 'a repeating item two years back', method: 'POST', url: '/api/v1/money/recurring', body: { kind: 'expense', amount: '5', currency: 'EUR', payee: 'Gym', cadence: 'weekly', startDate: inYears(-2) }, status: 400, code: 'VALIDATION_FAILED' },
    { name: 'a repeating item ending before it starts', method: 'POST', url: '/api/v1/money/recurring', body: { kind: 'expense', amount: '5', currency: 'EUR', payee: 'Gym', cadence: 'weekly', startDate: '2026-11-10', endDate: '2026-11-01' }, status: 400, code: 'VALIDATION_FAILED' },
    { name: 'an interval of 13', method: 'POST', url: '/api/v1/money/recurring', body: { kind: 'expense', amount: '5', currency: 'EUR', payee: 'Gym', cadence: 'monthly', interval: 13, startDate: '2026-11-01' }, status: 400, code: 'VALIDATION_FAILED' },
    { name: 'a preview mapping past the last column', method: 'POST', url: () => `/api/v1/money/imports/${importId}/preview`, body: { mapping: { date: 0, payee: 7, amount: 2, dateFormat: 'YYYY-MM-DD', decimalStyle: 'dot' }, currency: 'EUR' }, status: 400, code: 'VALIDATION_FAILED' },
    { name: 'an import in an unknown currency', method: 'POST', url: () => `/api/v1/money/imports/${importId}/commit`, body: { mapping: { date: 0, payee: 1, amount: 2, dateFormat: 'YYYY-MM-DD', decimalStyle: 'dot' }, currency: 'ABC' }, status: 400, code: 'VALIDATION_FAILED' },
    { name: "committing another user's import", method: 'POST', url: () => `/api/v1/money/imports/${otherImportId}/commit`, body: { mapping: { date: 0, payee: 1, amount: 2, dateFormat: 'YYYY-MM-DD', decimalStyle: 'dot' }, currency: 'EUR' }, status: 404, code: 'NOT_FOUND' },
    { name: 'marking another user’s notification', method: 'POST', url: '/api/v1/notifications/not-mine/read', status: 404, code: 'NOT_FOUND' },
  ].map((c) => c as Case);

  it.each(cases)('$name → $status $code, nothing changes', async (testCase) => {
    const before = await snapshot();
    const user = { owner, viewer, other }[testCase.as ?? 'owner'];
    const url = typeof testCase.url === 'function' ? testCase.url() : testCase.url;
    const body = typeof testCase.body === 'function' ? (testCase.body as () => unknown)() : testCase.body;
    const response = await send(t.app, testCase.method, url, { cookie: user.cookie }, body);
    expect(response.statusCode).toBe(testCase.status);
    expect(response.json().error.code).toBe(testCase.code);
    expect(await snapshot()).toEqual(before);
  });

  const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(200, 7)]);
  it.each([
    ['a 6 MiB upload', 413, 'PAYLOAD_TOO_LARGE', () => uploadCsv(t.app, owner, Buffer.alloc(6 * 1024 * 1024, 'a'))],
    ['a PNG renamed .csv', 415, 'CSV_NOT_TEXT', () => uploadCsv(t.app, owner, png, 'photo.csv')],
    ['NUL bytes in the file', 415, 'CSV_NOT_TEXT', () => uploadCsv(t.app, owner, 'date,payee\u0000,amount\n2026-01-01,x,1\n')],
    ['an unbalanced quote', 400, 'CSV_MALFORMED', () => uploadCsv(t.app, owner, 'date,payee,amount\n2026-10-01,"Bakery,-3.20\n')],
    ['a header and no rows', 400, 'CSV_MALFORMED', () => uploadCsv(t.app, owner, 'date,payee,amount\n')],
    ['an empty file', 400, 'CSV_MALFORMED', () => uploadCsv(t.app, owner, '')],
    ['ragged rows', 400, 'CSV_MALFORMED', () => uploadCsv(t.app, owner, 'date,payee,amount\n2026-10-01,Bakery\n')],
    ['a viewer uploading for the owner', 403, 'FORBIDDEN', () => uploadCsv(t.app, viewer, 'date,payee,amount\n2026-10-01,Bakery,-3.20\n', 'x.csv', `?owner=${owner.id}`)],
    ['a JSON body instead of a file', 415, 'UNSUPPORTED_MEDIA_TYPE', () => send(t.app, 'POST', '/api/v1/money/imports', { cookie: owner.cookie }, { file: 'date,payee' })],
    [
      'a broken multipart body',
      400,
      'BAD_REQUEST',
      () =>
        t.app.inject({
          method: 'POST',
          url: '/api/v1/money/imports',
          headers: { cookie: owner.cookie, origin: originOf(t.app), 'x-requested-with': 'daybook', 'content-type': 'multipart/form-data; boundary=b' },
          payload: '--b\r\nContent-Disposition: form-data; name="file"; filename="a.csv"\r\n\r\ndate,payee',
        }),
    ],
    [
      'multipart without the file field',
      400,
      'VALIDATION_FAILED',
      () =>
        t.app.inject({
          method: 'POST',
          url: '/api/v1/money/imports',
          headers: { cookie: owner.cookie, origin: originOf(t.app), 'x-requested-with': 'daybook', 'content-type': 'multipart/form-data; boundary=b' },
          payload: '--b\r\nContent-Disposition: form-data; name="other"\r\n\r\nvalue\r\n--b--\r\n',
        }),
    ],
  ] as const)('upload: %s → %i %s, nothing stored', async (_name, status, code, upload) => {
    const before = await snapshot();
    const response = await upload();
    expect(response.statusCode).toBe(status);
    expect(response.json().error.code).toBe(code);
    expect(await snapshot()).toEqual(before);
  });

  it.each([
    ['a bad month', '/api/v1/money/budgets?month=2026-13'],
    ['a report ending before it starts', '/api/v1/money/reports?from=2026-10&to=2026-09'],
    ['a report over 24 months', '/api/v1/money/reports?from=2020-01&to=2026-10'],
    ['an amount filter without a currency', '/api/v1/money/transactions?minAmount=10'],
    ['an amount filter with too many decimals', '/api/v1/money/transactions?currency=JPY&minAmount=1.5'],
    ['from after to', '/api/v1/money/transactions?from=2026-10-02&to=2026-10-01'],
    ['a bad cursor', '/api/v1/money/transactions?cursor=nope'],
    ['a page size of 1000', '/api/v1/money/transactions?limit=1000'],
    ['an unknown export format', '/api/v1/money/transactions/export?format=xlsx'],
    ['a suggestion without a payee', '/api/v1/money/suggest-category'],
  ])('rejects a query with %s', async (_name, url) => {
    const response = await t.app.inject({ url, headers: { cookie: owner.cookie } });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('VALIDATION_FAILED');
  });
});
