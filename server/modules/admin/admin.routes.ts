import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { requireActor } from '../../plugins/auth.ts';
import { auditContext } from '../../plugins/audit.ts';
import { auditPageSchema, auditQuerySchema } from '../audit/audit.schemas.ts';
import { AdminRepository } from './admin.repository.ts';
import { inviteCreateSchema, inviteSchema, adminUserSchema, userIdParamsSchema, userListQuerySchema, userPageSchema, userPatchSchema } from './admin.schemas.ts';
import { AdminService } from './admin.service.ts';

export async function adminRoutes(app: FastifyInstance) {
  const routes = app.withTypeProvider<ZodTypeProvider>();
  const repository = new AdminRepository(app.db);
  const service = new AdminService({
    repository,
    audit: app.audit,
    mailer: app.mailer,
    config: app.config,
    requestPasswordReset: async (email) => {
      await app.auth.api.requestPasswordReset({ body: { email, redirectTo: '/reset-password' } });
    },
  });
  const config = { access: 'admin' as const };
  const tags = ['admin'];

  routes.get(
    '/api/v1/admin/users',
    { config, schema: { tags, summary: 'List and search accounts', querystring: userListQuerySchema, response: { 200: userPageSchema } } },
    async (request) => repository.listUsers(request.query),
  );

  routes.patch(
    '/api/v1/admin/users/:id',
    {
      config,
      schema: { tags, summary: 'Change role or disable/enable an account', params: userIdParamsSchema, body: userPatchSchema, response: { 200: adminUserSchema } },
    },
    async (request) => service.updateUser(requireActor(request), auditContext(request), request.params.id, request.body),
  );

  routes.post(
    '/api/v1/admin/users/:id/force-reset',
    { config, schema: { tags, summary: 'End all sessions and mail a password reset link', params: userIdParamsSchema } },
    async (request, reply) => {
      await service.forcePasswordReset(requireActor(request), auditContext(request), request.params.id);
      return reply.code(204).send();
    },
  );

  routes.delete(
    '/api/v1/admin/users/:id',
    { config, schema: { tags, summary: 'Delete an account and all its data', params: userIdParamsSchema } },
    async (request, reply) => {
      await service.deleteUser(requireActor(request), auditContext(request), request.params.id);
      return reply.code(204).send();
    },
  );

  routes.post(
    '/api/v1/admin/invites',
    { config, schema: { tags, summary: 'Create an invitation link (mailed when an email is given)', body: inviteCreateSchema, response: { 201: inviteSchema } } },
    async (request, reply) => reply.code(201).send(await service.createInvite(requireActor(request), auditContext(request), request.body.email)),
  );

  routes.get(
    '/api/v1/admin/audit',
    { config, schema: { tags, summary: 'The audit log, newest first', querystring: auditQuerySchema, response: { 200: auditPageSchema } } },
    async (request) => app.audit.repository.list(request.query),
  );
}

