import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { requireActor } from '../../plugins/auth.ts';
import { auditContext } from '../../plugins/audit.ts';
import { profileSchema, profileViewSchema } from './profile.schemas.ts';
import type { ProfileService } from './profile.service.ts';

export async function profileRoutes(app: FastifyInstance, { service }: { service: ProfileService }) {
  const routes = app.withTypeProvider<ZodTypeProvider>();
  // Never shared and never readable by admins; a stored key cannot change it.
  const config = { access: 'user' as const, sessionOnly: true };
  const tags = ['profile'];

  routes.get('/api/v1/profile', { config, schema: { tags, summary: 'My optional profile', response: { 200: profileViewSchema } } }, async (request) =>
    service.get(requireActor(request).userId),
  );
  routes.put('/api/v1/profile', { config, schema: { tags, summary: 'Replace my profile (every field optional)', body: profileSchema, response: { 200: profileViewSchema } } }, async (request) =>
    service.save(requireActor(request).userId, request.body),
  );
  routes.delete('/api/v1/profile', { config, schema: { tags, summary: 'Delete my profile' } }, async (request, reply) => {
    const actor = requireActor(request);
    await service.delete(actor.userId);
    await app.audit.record({ action: 'profile.deleted', outcome: 'success', actorId: actor.userId, actorEmail: actor.email, ...auditContext(request) });
    return reply.code(204).send();
  });
}
