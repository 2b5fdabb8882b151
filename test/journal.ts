import type { FastifyInstance } from 'fastify';
import { send, type TestUser } from './auth.ts';

/** A journal entry written through the API, like a client would. */
export async function writeEntry(app: FastifyInstance, user: TestUser, body: Record<string, unknown> = {}) {
  const response = await send(app, 'POST', '/api/v1/journal/entries', { cookie: user.cookie }, { body: 'A quiet day.', ...body });
  if (response.statusCode !== 201) throw new Error(`entry failed: ${response.statusCode} ${response.body}`);
  return response.json() as { id: string; title: string | null; body: string; tags: string[]; mood: number | null; entryDate: string };
}
