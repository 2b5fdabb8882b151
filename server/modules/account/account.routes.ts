import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { AppError } from '../../lib/app-error.ts';
import { requireActor } from '../../plugins/auth.ts';
import { AccountRepository } from './account.repository.ts';
import { meSchema, setupSchema } from './account.schemas.ts';

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
}
