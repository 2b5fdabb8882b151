import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { AppError } from '../lib/app-error.ts';

/** The custom header every Daybook client sends; a cross-site form or image cannot set it. */
export const csrfHeader = 'x-requested-with';
export const csrfHeaderValue = 'daybook';

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

function usesCookieAuth(request: FastifyRequest): boolean {
  // A bearer token is never sent by a browser on its own, so such requests cannot be forged.
  if (request.headers.authorization?.startsWith('Bearer ')) return false;
  return typeof request.headers.cookie === 'string' && request.headers.cookie.length > 0;
}

/**
 * Cookie-authenticated state changes (ours and better-auth's) must come from our own origin and
 * carry the custom header. GET never changes state, so it is not checked.
 */
async function csrf(app: FastifyInstance, { allowedOrigins }: { allowedOrigins: string[] }) {
  const allowed = new Set(allowedOrigins);
  app.addHook('onRequest', async (request) => {
    if (safeMethods.has(request.method)) return;
    const access = request.routeOptions.config.access;
    const isAuthRoute = request.url.startsWith('/api/auth/');
    if (!isAuthRoute && access !== 'user' && access !== 'admin') return;
    if (!usesCookieAuth(request)) return;
    const origin = request.headers.origin;
    if (!origin || !allowed.has(origin) || request.headers[csrfHeader] !== csrfHeaderValue) {
      throw new AppError('CSRF_REJECTED');
    }
  });
}

export default fp(csrf, { name: 'csrf' });
