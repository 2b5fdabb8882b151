import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { AppError } from '../lib/app-error.ts';
import type { Metrics } from '../lib/metrics.ts';

export interface MetricsPluginOptions {
  metrics: Metrics;
  token: string | undefined;
}

const loopback = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

function tokenMatches(header: string | undefined, token: string): boolean {
  if (!header?.startsWith('Bearer ')) return false;
  const given = Buffer.from(header.slice('Bearer '.length));
  const expected = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

function mayScrape(request: FastifyRequest, token: string | undefined): boolean {
  if (token) return tokenMatches(request.headers.authorization, token);
  // The socket address, not X-Forwarded-For: a proxy in front must not make everyone "local".
  return loopback.has(request.socket.remoteAddress ?? '');
}

async function metricsPlugin(app: FastifyInstance, { metrics, token }: MetricsPluginOptions) {
  app.addHook('onResponse', async (request, reply) => {
    const route = request.routeOptions.url ?? 'unmatched';
    metrics.httpRequestDuration.observe(
      { method: request.method, route, status_code: String(reply.statusCode) },
      reply.elapsedTime / 1000,
    );
  });

  app.get(
    '/metrics',
    { config: { access: 'public' }, schema: { hide: true } },
    async (request, reply) => {
      if (!mayScrape(request, token)) {
        throw token ? new AppError('UNAUTHENTICATED', 'A valid metrics token is required.') : new AppError('NOT_FOUND');
      }
      reply.header('cache-control', 'no-store').type(metrics.registry.contentType);
      return metrics.registry.metrics();
    },
  );
}

export default fp(metricsPlugin, { name: 'metrics' });
