import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireActor } from '../../plugins/auth.ts';
import { countryFromAcceptLanguage } from './helplines.ts';
import { safetyPlanSchema, safetyPlanViewSchema, type SafetyPlanService } from './safety-plan.ts';
import type { SafetyService } from './safety.service.ts';

const statusSchema = z.object({
  supportActive: z.boolean(),
  supportUntil: z.string().nullable(),
  helplines: z.array(z.object({ name: z.string(), contact: z.string(), url: z.string(), countries: z.array(z.string()) })),
  notice: z.string(),
});

export async function safetyRoutes(app: FastifyInstance, { service, plans }: { service: SafetyService; plans: SafetyPlanService }) {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/v1/safety/status',
    {
      config: { access: 'user' },
      schema: { tags: ['safety'], summary: 'Whether to show the support panel (for 72 hours after a crisis signal), with helplines', response: { 200: statusSchema } },
    },
    async (request) => service.status(requireActor(request).userId, countryFromAcceptLanguage(request.headers['accept-language'])),
  );

  const routes = app.withTypeProvider<ZodTypeProvider>();
  // The plan is the person's own: not shared, not for admins, not for stored keys.
  const config = { access: 'user' as const, sessionOnly: true };
  routes.get('/api/v1/safety/plan', { config, schema: { tags: ['safety'], summary: 'My safety plan', response: { 200: safetyPlanViewSchema } } }, async (request) =>
    plans.get(requireActor(request).userId),
  );
  routes.put('/api/v1/safety/plan', { config, schema: { tags: ['safety'], summary: 'Save my safety plan', body: safetyPlanSchema, response: { 200: safetyPlanViewSchema } } }, async (request) =>
    plans.save(requireActor(request).userId, request.body),
  );
}
