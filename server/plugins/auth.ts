import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { fromNodeHeaders } from 'better-auth/node';
import { AppError, defaultMessage, type ErrorCode } from '../lib/app-error.ts';
import { clientIpHeader, type Auth } from '../modules/auth/auth.ts';

export type Role = 'admin' | 'user';

/** Who is making a request, once authenticated. */
export interface Actor {
  userId: string;
  email: string;
  role: Role;
  sessionId: string;
}

declare module 'fastify' {
  interface FastifyRequest {
    /** Set on `user` and `admin` routes; undefined on public ones. */
    actor: Actor | undefined;
  }
  interface FastifyInstance {
    auth: Auth;
  }
}

const authBodyLimit = 64 * 1024;

/** The actor of a `user`/`admin` route; throwing here means a route was declared `public` by mistake. */
export function requireActor(request: FastifyRequest): Actor {
  if (!request.actor) throw new AppError('UNAUTHENTICATED');
  return request.actor;
}

/**
 * Copies a Fetch Response from better-auth onto the Fastify reply, keeping every Set-Cookie, and
 * restates its errors in the API's one error shape so clients handle a single format.
 */
async function sendFetchResponse(request: FastifyRequest, reply: FastifyReply, response: Response): Promise<FastifyReply> {
  for (const [name, value] of response.headers) {
    if (name !== 'set-cookie' && name !== 'content-length' && name !== 'content-type') reply.header(name, value);
  }
  const cookies = response.headers.getSetCookie();
  if (cookies.length > 0) reply.header('set-cookie', cookies);
  const isJson = response.headers.get('content-type')?.startsWith('application/json') ?? false;
  if (response.status >= 400) {
    const body = isJson ? ((await response.json().catch(() => ({}))) as { code?: unknown; message?: unknown }) : {};
    const code = typeof body.code === 'string' && /^[A-Z0-9_]{1,64}$/.test(body.code) ? body.code : fallbackCode(response.status);
    const message = typeof body.message === 'string' ? body.message : defaultMessage(fallbackCode(response.status));
    const retryAfter = response.headers.get('x-retry-after');
    if (retryAfter && !response.headers.has('retry-after')) reply.header('retry-after', retryAfter);
    return reply.status(response.status).type('application/json; charset=utf-8').send({ error: { code, message, requestId: request.id } });
  }
  if (isJson) reply.type('application/json; charset=utf-8');
  else if (response.headers.has('content-type')) reply.type(response.headers.get('content-type') ?? 'application/octet-stream');
  return reply.status(response.status).send(response.body ? Buffer.from(await response.arrayBuffer()) : null);
}

function fallbackCode(status: number): ErrorCode {
  const byStatus: Record<number, ErrorCode> = { 400: 'BAD_REQUEST', 401: 'UNAUTHENTICATED', 403: 'FORBIDDEN', 404: 'NOT_FOUND', 405: 'METHOD_NOT_ALLOWED', 413: 'PAYLOAD_TOO_LARGE', 415: 'UNSUPPORTED_MEDIA_TYPE', 429: 'RATE_LIMITED' };
  return byStatus[status] ?? (status >= 500 ? 'INTERNAL' : 'BAD_REQUEST');
}

function toFetchRequest(request: FastifyRequest, origin: string): Request {
  const headers = fromNodeHeaders(request.headers);
  // request.ip already honours TRUST_PROXY; whatever the client put in this header is replaced.
  headers.set(clientIpHeader, request.ip);
  const body = Buffer.isBuffer(request.body) && request.body.length > 0 ? request.body : undefined;
  return new Request(new URL(request.url, origin), { method: request.method, headers, body });
}

async function authPlugin(app: FastifyInstance, { auth }: { auth: Auth }) {
  const origin = app.config.publicUrl.origin;
  app.decorate('auth', auth);
  app.decorateRequest('actor', undefined);

  // better-auth parses its own bodies (JSON or form), so it gets the raw bytes.
  app.register(async (scope) => {
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: authBodyLimit }, (_request, body, done) => done(null, body));
    scope.route({
      method: ['GET', 'POST'],
      url: '/api/auth/*',
      bodyLimit: authBodyLimit,
      config: { access: 'public' },
      schema: { hide: true },
      handler: async (request, reply) => {
        const response = await auth.handler(toFetchRequest(request, origin));
        if (request.url.startsWith('/api/auth/sign-out') && response.ok) {
          // Wipe what this browser kept of the session, not only the cookie.
          reply.header('clear-site-data', '"cache", "cookies", "storage"');
        }
        return sendFetchResponse(request, reply, response);
      },
    });
  });

  // Every user/admin route: resolve the session (cookie or bearer) and check the role.
  app.addHook('onRequest', async (request, reply) => {
    const access = request.routeOptions.config.access;
    if (access !== 'user' && access !== 'admin') return;
    const result = await auth.api.getSession({ headers: fromNodeHeaders(request.headers), returnHeaders: true });
    const session = result.response;
    if (!session || session.user.banned) throw new AppError('UNAUTHENTICATED');
    // A sliding session refresh re-sets the cookie; pass it on so the browser's copy lives on too.
    const refreshed = result.headers.getSetCookie();
    if (refreshed.length > 0) reply.header('set-cookie', refreshed);
    const role: Role = session.user.role === 'admin' ? 'admin' : 'user';
    request.actor = { userId: session.user.id, email: session.user.email, role, sessionId: session.session.id };
    if (access === 'admin' && role !== 'admin') throw new AppError('FORBIDDEN');
  });
}

export default fp(authPlugin, { name: 'auth', dependencies: ['access'] });
