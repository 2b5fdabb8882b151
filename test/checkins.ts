import type { FastifyInstance } from 'fastify';
import { send, type TestUser } from './auth.ts';

/** Factories for check-in data, through the HTTP API like a client. */
export async function logMood(app: FastifyInstance, user: TestUser, body: Record<string, unknown> = {}) {
  const response = await send(app, 'POST', '/api/v1/checkins/mood', { cookie: user.cookie }, { score: 6, ...body });
  if (response.statusCode !== 201) throw new Error(`mood failed: ${response.statusCode} ${response.body}`);
  return response.json() as { id: string; ownerId: string; score: number; note: string | null; recordedAt: string };
}

export async function logWater(app: FastifyInstance, user: TestUser, body: Record<string, unknown> = {}) {
  const response = await send(app, 'POST', '/api/v1/checkins/water', { cookie: user.cookie }, { amountMl: 250, ...body });
  if (response.statusCode !== 201) throw new Error(`water failed: ${response.statusCode} ${response.body}`);
  return response.json() as { id: string; ownerId: string; amountMl: number; recordedAt: string };
}
