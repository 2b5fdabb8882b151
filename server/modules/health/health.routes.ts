import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { healthSchema, liveSchema, readinessSchema } from './health.schemas.ts';
import { health, readiness, type HealthDeps } from './health.service.ts';

export async function healthRoutes(app: FastifyInstance, deps: HealthDeps) {
  const routes = app.withTypeProvider<ZodTypeProvider>();
  const noStore = 'no-store';

  routes.get(
    '/health/live',
    {
      config: { access: 'public' },
      schema: { tags: ['ops'], summary: 'Liveness: 200 while the process runs', response: { 200: liveSchema } },
    },
    async (_request, reply) => {
      reply.header('cache-control', noStore);
      return { status: 'alive' as const };
    },
  );

  routes.get(
    '/health/ready',
    {
      config: { access: 'public' },
      schema: {
        tags: ['ops'],
        summary: 'Readiness: 200 only when the database (and Redis, if configured) answer',
        response: { 200: readinessSchema, 503: readinessSchema },
      },
    },
    async (_request, reply) => {
      const result = await readiness(deps);
      reply.header('cache-control', noStore);
      if (result.status !== 'ready') reply.code(503).header('retry-after', '5');
      return result;
    },
  );

  routes.get(
    '/health',
    {
      config: { access: 'public' },
      schema: { tags: ['ops'], summary: 'Version, uptime and each dependency check', response: { 200: healthSchema } },
    },
    async (_request, reply) => {
      reply.header('cache-control', noStore);
      return health(deps);
    },
  );
}
