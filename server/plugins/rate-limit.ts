import fastifyRateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { Redis } from 'ioredis';
import type { Config } from '../config.ts';
import { AppError } from '../lib/app-error.ts';
import type { Metrics } from '../lib/metrics.ts';
import { emailIn } from '../modules/audit/auth-events.ts';

type Limiter = (request: FastifyRequest, reply: FastifyReply) => Promise<unknown>;

export interface RateLimitOptions {
  config: Config;
  redis: Redis | undefined;
  metrics: Metrics;
}

/**
 * Request tiers (DESIGN.md): general API per account or IP, sign-in per IP and email, sign-up per
 * IP, admin per administrator. Counters live in Redis when configured, so every instance shares
 * them; if Redis fails, requests are allowed (and counted) rather than refused.
 */
async function rateLimit(app: FastifyInstance, { config, redis, metrics }: RateLimitOptions) {
  await app.register(fastifyRateLimit, {
    global: false,
    ...(redis ? { redis, nameSpace: 'daybook:ratelimit:' } : {}),
    skipOnError: true,
    enableDraftSpec: true,
    errorResponseBuilder: (_request, context) =>
      new AppError('RATE_LIMITED', `Too many requests. Try again in ${Math.max(1, Math.ceil(context.ttl / 1000))} seconds.`),
    onExceeded: (request) => metrics.rateLimited.inc({ tier: tierOf(request) ?? 'none' }),
  });

  const minute = 60_000;
  const limiters: Record<Tier, Limiter> = {
    signIn: app.rateLimit({
      max: config.RATE_LIMIT_SIGN_IN_PER_15_MINUTES,
      timeWindow: 15 * minute,
      keyGenerator: (request) => `signin:${request.ip}:${emailIn(request.body) ?? ''}`,
    }),
    signUp: app.rateLimit({ max: config.RATE_LIMIT_SIGN_UP_PER_HOUR, timeWindow: 60 * minute, keyGenerator: (request) => `signup:${request.ip}` }),
    admin: app.rateLimit({
      max: config.RATE_LIMIT_ADMIN_PER_MINUTE,
      timeWindow: minute,
      keyGenerator: (request) => `admin:${request.actor?.userId ?? request.ip}`,
    }),
    api: app.rateLimit({
      max: config.RATE_LIMIT_API_PER_MINUTE,
      timeWindow: minute,
      keyGenerator: (request) => (request.actor ? `api:u:${request.actor.userId}` : `api:ip:${request.ip}`),
    }),
  };

  // preHandler: after authentication (so the account is known) and body parsing (so the email is).
  app.addHook('preHandler', async (request, reply) => {
    const tier = tierOf(request);
    if (tier) await limiters[tier](request, reply);
  });
}

type Tier = 'signIn' | 'signUp' | 'admin' | 'api';

function tierOf(request: FastifyRequest): Tier | undefined {
  const url = request.url;
  if (request.method === 'POST' && url.startsWith('/api/auth/sign-in/')) return 'signIn';
  if (request.method === 'POST' && url.startsWith('/api/auth/sign-up/')) return 'signUp';
  if (url.startsWith('/api/v1/admin/')) return 'admin';
  // CSP reports come from browsers on their own schedule; they have their own small body limit.
  if (url.startsWith('/api/v1/csp-reports')) return undefined;
  if (url.startsWith('/api/')) return 'api';
  return undefined;
}

export default fp(rateLimit, { name: 'rate-limit', dependencies: ['auth'] });
