import type { FastifyInstance } from 'fastify';
import { originOf, send, type TestUser } from './auth.ts';

export interface TestTransaction {
  id: string;
  ownerId: string;
  kind: 'expense' | 'income';
  amountMinor: number;
  amount: string;
  currency: string;
  date: string;
  payee: string;
  categoryId: string | null;
  tags: string[];
  note: string | null;
}

/** Factories for money data, through the HTTP API like a client. */
export async function addTransaction(app: FastifyInstance, user: TestUser, body: Record<string, unknown> = {}): Promise<TestTransaction> {
  const response = await send(app, 'POST', '/api/v1/money/transactions', { cookie: user.cookie }, { kind: 'expense', amount: '12.50', currency: 'EUR', date: '2026-11-02', payee: 'Corner shop', ...body });
  if (response.statusCode !== 201) throw new Error(`transaction failed: ${response.statusCode} ${response.body}`);
  return response.json() as TestTransaction;
}

export async function categoryByKey(app: FastifyInstance, user: TestUser, key: string): Promise<string> {
  const response = await app.inject({ url: '/api/v1/money/categories', headers: { cookie: user.cookie } });
  const found = (response.json() as { items: Array<{ id: string; key: string | null }> }).items.find((category) => category.key === key);
  if (!found) throw new Error(`no category ${key}`);
  return found.id;
}

export async function addBudget(app: FastifyInstance, user: TestUser, body: Record<string, unknown>) {
  const response = await send(app, 'POST', '/api/v1/money/budgets', { cookie: user.cookie }, { currency: 'EUR', ...body });
  if (response.statusCode !== 201) throw new Error(`budget failed: ${response.statusCode} ${response.body}`);
  return response.json() as { id: string; amountMinor: number };
}

/** Uploads CSV text (or bytes) as multipart/form-data, as the import wizard does. */
export async function uploadCsv(app: FastifyInstance, user: TestUser, content: string | Buffer, fileName = 'statement.csv', query = '') {
  const boundary = `----daybook${Math.random().toString(16).slice(2)}`;
  const head = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: text/csv\r\n\r\n`);
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return app.inject({
    method: 'POST',
    url: `/api/v1/money/imports${query}`,
    headers: { cookie: user.cookie, origin: originOf(app), 'x-requested-with': 'daybook', 'content-type': `multipart/form-data; boundary=${boundary}` },
    payload: Buffer.concat([head, typeof content === 'string' ? Buffer.from(content) : content, tail]),
  });
}
