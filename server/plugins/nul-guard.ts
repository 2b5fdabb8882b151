import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { AppError } from '../lib/app-error.ts';

/**
 * No text Daybook stores or looks up may contain a NUL character: PostgreSQL refuses it in text
 * (a 500 from deep inside a query), SQLite would keep it, and no person types one. Rather than
 * each schema remembering, every request is checked once, before validation: the URL (path
 * parameters, query) and the body, including the raw bodies better-auth parses itself.
 */
async function nulGuard(app: FastifyInstance) {
  app.addHook('onRequest', async (request) => {
    if (/%00|\0/i.test(request.url)) throw refused('url');
  });
  app.addHook('preValidation', async (request) => {
    if (bodyHasNul(request)) throw refused('body');
  });
}

function refused(where: 'url' | 'body'): AppError {
  return new AppError('VALIDATION_FAILED', 'Text may not contain NUL characters.', { details: [{ path: where, message: 'contains a NUL character' }] });
}

function bodyHasNul(request: FastifyRequest): boolean {
  const { body } = request;
  if (!Buffer.isBuffer(body)) return containsNul(body);
  // A raw body (better-auth's): read it the way its parser will.
  const type = request.headers['content-type'] ?? '';
  const text = body.toString('utf8');
  if (type.includes('application/x-www-form-urlencoded')) return [...new URLSearchParams(text)].some(([key, value]) => key.includes('\0') || value.includes('\0'));
  if (body.includes(0)) return true;
  try {
    return containsNul(JSON.parse(text));
  } catch {
    return false; // not JSON: its own parser refuses it
  }
}

/** Walks strings, keys, arrays and objects without recursion, so a deeply nested body cannot overflow the stack. */
export function containsNul(value: unknown): boolean {
  const pending: unknown[] = [value];
  while (pending.length > 0) {
    const next = pending.pop();
    if (typeof next === 'string') {
      if (next.includes('\0')) return true;
    } else if (Array.isArray(next)) {
      for (const item of next) pending.push(item);
    } else if (next !== null && typeof next === 'object') {
      for (const [key, item] of Object.entries(next)) {
        if (key.includes('\0')) return true;
        pending.push(item);
      }
    }
  }
  return false;
}

export default fp(nulGuard, { name: 'nul-guard' });
