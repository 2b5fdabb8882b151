import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { AppError } from '../../lib/app-error.ts';
import { requireActor } from '../../plugins/auth.ts';
import { AccountRepository } from './account.repository.ts';
import { meSchema, sessionIdParamsSchema, sessionListSchema, setupSchema } from './account.schemas.ts';
import { auditContext } from '../../plugins/audit.ts';

export async function accountRoutes(app: FastifyInstance) {
  const routes = app.withTypeProvider<ZodTypeProvider>();
  const accounts = new AccountRepository(app.db);

  routes.get(
    '/api/v1/setup',
    {
      config: { access: 'public' },
      schema: { tags: ['account'], summary: 'What the sign-up page should offer on this instance', response: { 200: setupSchema } },
    },
    async () => ({
      needsFirstAccount: !(await accounts.hasAnyUser()),
      registration: app.config.REGISTRATION,
      emailVerificationRequired: app.config.REQUIRE_EMAIL_VERIFICATION,
    }),
  );

  routes.get(
    '/api/v1/me',
    {
      config: { access: 'user' },
      schema: { tags: ['account'], summary: 'The signed-in account', response: { 200: meSchema } },
    },
    async (request) => {
      const me = await accounts.findMe(requireActor(request).userId);
      if (!me) throw new AppError('UNAUTHENTICATED');
      return me;
    },
  );

  routes.get(
    '/api/v1/me/sessions',
    { config: { access: 'user', sessionOnly: true }, schema: { tags: ['account'], summary: 'Where this account is signed in', response: { 200: sessionListSchema } } },
    async (request) => {
      const actor = requireActor(request);
      return { items: await accounts.listSessions(actor.userId, actor.sessionId, new Date()) };
    },
  );

  routes.delete(
    '/api/v1/me/sessions/:id',
    { config: { access: 'user', sessionOnly: true }, schema: { tags: ['account'], summary: 'Sign out one session', params: sessionIdParamsSchema } },
    async (request, reply) => {
      const actor = requireActor(request);
      if (!(await accounts.deleteSession(actor.userId, request.params.id))) throw new AppError('NOT_FOUND');
      await app.audit.record({ action: 'auth.session_revoked', outcome: 'success', actorId: actor.userId, actorEmail: actor.email, targetId: request.params.id, ...auditContext(request) });
      return reply.code(204).send();
    },
  );

  routes.post(
    '/api/v1/me/sessions/revoke-others',
    { config: { access: 'user', sessionOnly: true }, schema: { tags: ['account'], summary: 'Sign out every other session' } },
    async (request, reply) => {
      const actor = requireActor(request);
      const ended = await accounts.deleteOtherSessions(actor.userId, actor.sessionId);
      await app.audit.record({ action: 'auth.other_sessions_revoked', outcome: 'success', actorId: actor.userId, actorEmail: actor.email, detail: { ended }, ...auditContext(request) });
      return reply.code(204).send();
    },
  );
}
