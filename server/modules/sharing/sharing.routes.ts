import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { requireActor } from '../../plugins/auth.ts';
import { auditContext } from '../../plugins/audit.ts';
import { SharingRepository } from './sharing.repository.ts';
import { grantCreateSchema, grantIdParamsSchema, grantPatchSchema, grantSchema, sharingOverviewSchema } from './sharing.schemas.ts';
import { SharingService } from './sharing.service.ts';

declare module 'fastify' {
  interface FastifyInstance {
    /** Grants between accounts; check-ins and money consult it through sharing.policy. */
    sharing: SharingRepository;
  }
}

async function sharingModule(app: FastifyInstance) {
  const routes = app.withTypeProvider<ZodTypeProvider>();
  const repository = new SharingRepository(app.db);
  const service = new SharingService(repository, app.audit);
  app.decorate('sharing', repository);
  // Granting access to one's data needs a person at a session, not a stored key.
  const config = { access: 'user' as const, sessionOnly: true };
  const tags = ['sharing'];

  routes.get(
    '/api/v1/sharing',
    { config, schema: { tags, summary: 'Who I share with, and who shares with me', response: { 200: sharingOverviewSchema } } },
    async (request) => service.overview(requireActor(request)),
  );

  routes.post(
    '/api/v1/sharing',
    { config, schema: { tags, summary: 'Share my check-ins and money with another account', body: grantCreateSchema, response: { 201: grantSchema } } },
    async (request, reply) => reply.code(201).send(await service.grant(requireActor(request), auditContext(request), request.body.email, request.body.role)),
  );

  routes.patch(
    '/api/v1/sharing/:id',
    { config, schema: { tags, summary: 'Change a grant between viewer and editor', params: grantIdParamsSchema, body: grantPatchSchema, response: { 200: grantSchema } } },
    async (request) => service.changeRole(requireActor(request), auditContext(request), request.params.id, request.body.role),
  );

  routes.delete(
    '/api/v1/sharing/:id',
    { config, schema: { tags, summary: 'Revoke a grant (owner) or leave it (grantee)', params: grantIdParamsSchema } },
    async (request, reply) => {
      await service.revoke(requireActor(request), auditContext(request), request.params.id);
      return reply.code(204).send();
    },
  );
}

/** Not encapsulated: other modules use `app.sharing` to apply grants. */
export const sharingRoutes = fp(sharingModule, { name: 'sharing', dependencies: ['auth', 'audit'] });
