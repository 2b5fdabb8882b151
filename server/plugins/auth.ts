import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { fromNodeHeaders } from 'better-auth/node';
import { AppError, defaultMessage, type ErrorCode } from '../lib/app-error.ts';
import type { AuditDetail, AuditEvent } from '../modules/audit/audit.schemas.ts';
import { actsOnSession, authAction, authPathOf, emailIn, targetIn } from '../modules/audit/auth-events.ts';
import { looksLikeApiKey, type ApiKeyService } from '../modules/api-keys/api-keys.service.ts';
import { clientIpHeader, type Auth } from '../modules/auth/auth.ts';
import { AuthRepository } from '../modules/auth/auth.repository.ts';
import { auditContext } from './audit.ts';

export type Role = 'admin' | 'user';

/** Who is making a request, once authenticated. */
export interface Actor {
  userId: string;
  email: string;
  role: Role;
  /** The session behind the request; empty for API-key requests, which have none. */
  sessionId: string;
  via: 'session' | 'api_key';
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
function sendFetchResponse(request: FastifyRequest, reply: FastifyReply, response: Response, body: Buffer): FastifyReply {
  for (const [name, value] of response.headers) {
    if (name !== 'set-cookie' && name !== 'content-length' && name !== 'content-type') reply.header(name, value);
  }
  const cookies = response.headers.getSetCookie();
  if (cookies.length > 0) reply.header('set-cookie', cookies);
  const parsed = parseJson(response, body);
  if (response.status >= 400) {
    const error = (parsed ?? {}) as { code?: unknown; message?: unknown };
    const code = typeof error.code === 'string' && /^[A-Z0-9_]{1,64}$/.test(error.code) ? error.code : fallbackCode(response.status);
    const message = typeof error.message === 'string' ? error.message : defaultMessage(fallbackCode(response.status));
    const retryAfter = response.headers.get('x-retry-after');
    if (retryAfter && !response.headers.has('retry-after')) reply.header('retry-after', retryAfter);
    return reply.status(response.status).type('application/json; charset=utf-8').send({ error: { code, message, requestId: request.id } });
  }
  if (parsed !== undefined) reply.type('application/json; charset=utf-8');
  else if (response.headers.has('content-type')) reply.type(response.headers.get('content-type') ?? 'application/octet-stream');
  return reply.status(response.status).send(body.length > 0 ? body : null);
}

function parseJson(response: Response, body: Buffer): unknown {
  if (!response.headers.get('content-type')?.startsWith('application/json') || body.length === 0) return undefined;
  try {
    return JSON.parse(body.toString('utf8')) as unknown;
  } catch {
    return undefined;
  }
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

const readMethods = new Set(['GET', 'HEAD']);

async function actorFromApiKey(apiKeys: ApiKeyService, request: FastifyRequest, key: string): Promise<Actor> {
  const identity = await apiKeys.authenticate(key, new Date());
  if (!identity) throw new AppError('UNAUTHENTICATED', 'The API key is not valid, has expired or was revoked.');
  const actor: Actor = { userId: identity.userId, email: identity.email, role: identity.role, sessionId: '', via: 'api_key' };
  const needed = readMethods.has(request.method) ? 'read' : 'write';
  // "write" implies "read": a key that may change data may also see it.
  if (!identity.scopes.includes(needed) && !(needed === 'read' && identity.scopes.includes('write'))) {
    request.actor = actor;
    throw new AppError('FORBIDDEN', `This API key lacks the "${needed}" scope.`);
  }
  return actor;
}

async function authPlugin(app: FastifyInstance, { auth, apiKeys }: { auth: Auth; apiKeys: ApiKeyService }) {
  const origin = app.config.publicUrl.origin;
  const accounts = new AuthRepository(app.db);
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
        const path = authPathOf(request.url);
        // better-auth's own admin endpoints (set a user's password, list their session tokens,
        // change their email or role...) would let an admin become any user and read their
        // journal, and skip our last-admin and audit rules. /api/v1/admin is the only admin API.
        if (reachesAuthAdmin(request.url)) throw new AppError('NOT_FOUND');
        const action = request.method === 'POST' ? authAction(path) : path === '/verify-email' ? authAction(path) : undefined;
        // For calls made from a session, note who it was before the call (sign-out ends it).
        const before = action && actsOnSession(path) ? await sessionOf(auth, request) : undefined;
        const response = await auth.handler(toFetchRequest(request, origin));
        const body = Buffer.from(await response.arrayBuffer());
        if (path === '/sign-out' && response.ok) {
          // Wipe what this browser kept of the session, not only the cookie.
          reply.header('clear-site-data', '"cache", "cookies", "storage"');
        }
        if (action) {
          // verify-totp from a signed-in session confirms a new authenticator; without one it is the sign-in's second step.
          const named = action === 'auth.second_factor' && before ? 'account.two_factor_confirmed' : action;
          const event = authAuditEvent(request, path, named, response, parseJson(response, body), before);
          // Failed sign-ins name an email; the row also carries the account id when one exists.
          if (!event.actorId && event.actorEmail) event.actorId = (await accounts.findUserIdByEmail(event.actorEmail)) ?? null;
          await app.audit.record(event);
        }
        return sendFetchResponse(request, reply, response, body);
      },
    });
  });

  async function sessionOf(auth: Auth, request: FastifyRequest) {
  const session = await auth.api.getSession({ headers: fromNodeHeaders(request.headers), query: { disableRefresh: true } });
  return session ? { id: session.user.id, email: session.user.email } : undefined;
}

function authAuditEvent(
  request: FastifyRequest,
  path: string,
  action: string,
  response: Response,
  parsed: unknown,
  before: { id: string; email: string } | undefined,
): AuditEvent {
  const result = (parsed ?? {}) as { user?: { id?: string; email?: string }; twoFactorRedirect?: boolean; code?: string };
  const failed = response.status >= 400;
  const secondFactorPending = !failed && result.twoFactorRedirect === true;
  const detail: AuditDetail = { status: response.status };
  if (failed && typeof result.code === 'string') detail.code = result.code.slice(0, 64);
  if (secondFactorPending) detail.next = 'second_factor';
  return {
    action,
    outcome: failed ? (response.status === 403 ? 'denied' : 'failure') : 'success',
    actorId: before?.id ?? result.user?.id ?? null,
    actorEmail: before?.email ?? result.user?.email ?? emailIn(request.body) ?? null,
    targetId: path.startsWith('/admin/') ? (targetIn(request.body) ?? null) : null,
    ...auditContext(request),
    detail,
  };
}

  // Every user/admin route: resolve the API key or session (cookie or bearer) and check the role.
  app.addHook('onRequest', async (request, reply) => {
    const access = request.routeOptions.config.access;
    if (access !== 'user' && access !== 'admin') return;
    const bearer = request.headers.authorization?.startsWith('Bearer ') ? request.headers.authorization.slice('Bearer '.length).trim() : undefined;
    if (bearer && looksLikeApiKey(bearer)) {
      request.actor = await actorFromApiKey(apiKeys, request, bearer);
      // Administration always needs a person at a session, never a stored key.
      if (access === 'admin' || request.routeOptions.config.sessionOnly) throw new AppError('FORBIDDEN', 'API keys cannot be used for this. Sign in instead.');
      return;
    }
    const result = await auth.api.getSession({ headers: fromNodeHeaders(request.headers), returnHeaders: true });
    const session = result.response;
    if (!session || session.user.banned) throw new AppError('UNAUTHENTICATED');
    // A sliding session refresh re-sets the cookie; pass it on so the browser's copy lives on too.
    const refreshed = result.headers.getSetCookie();
    if (refreshed.length > 0) reply.header('set-cookie', refreshed);
    const role: Role = session.user.role === 'admin' ? 'admin' : 'user';
    request.actor = { userId: session.user.id, email: session.user.email, role, sessionId: session.session.id, via: 'session' };
    if (access === 'admin' && role !== 'admin') throw new AppError('FORBIDDEN');
  });
}

export default fp(authPlugin, { name: 'auth', dependencies: ['access'] });

/**
 * Whether a request URL under /api/auth leads to better-auth's admin endpoints, however it is
 * spelled: resolved the way better-auth resolves it (dot segments), then unescaped, with doubled
 * slashes and case ignored. Any "admin" segment counts; better-auth has no other use for one.
 */
export function reachesAuthAdmin(url: string): boolean {
  const resolved = new URL(url, 'http://daybook.invalid').pathname;
  let decoded: string;
  try {
    decoded = decodeURIComponent(resolved);
  } catch {
    return true; // malformed escapes: better-auth is not asked at all
  }
  return decoded.split(/[\\/]+/).some((segment) => segment.toLowerCase() === 'admin');
}
