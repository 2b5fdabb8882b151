import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { requireActor } from '../../plugins/auth.ts';
import { auditContext } from '../../plugins/audit.ts';
import { apiKeyCreateSchema, apiKeyIdParamsSchema, apiKeyListSchema, createdApiKeySchema } from './api-keys.schemas.ts';
import type { ApiKeyService } from './api-keys.service.ts';

export async function apiKeyRoutes(app: FastifyInstance, { service }: { service: ApiKeyService }) {
  const routes = app.withTypeProvider<ZodTypeProvider>();
  // Managing keys needs a real session: a key must not be able to mint or revoke keys.
  const config = { access: 'user' as const, sessionOnly: true };
  const tags = ['account'];

  routes.get(
    '/api/v1/me/api-keys',
    { config, schema: { tags, summary: 'My personal API keys (never the keys themselves)', response: { 200: apiKeyListSchema } } },
    async (request) => ({ items: await service.list(requireActor(request)) }),
  );

  routes.post(
    '/api/v1/me/api-keys',
    { config, schema: { tags, summary: 'Create an API key; the key is shown only in this answer', body: apiKeyCreateSchema, response: { 201: createdApiKeySchema } } },
    async (request, reply) => reply.code(201).send(await service.create(requireActor(request), auditContext(request), request.body)),
  );

  routes.delete(
    '/api/v1/me/api-keys/:id',
    { config, schema: { tags, summary: 'Revoke an API key', params: apiKeyIdParamsSchema } },
    async (request, reply) => {
      await service.revoke(requireActor(request), auditContext(request), request.params.id);
      return reply.code(204).send();
    },
  );
}
