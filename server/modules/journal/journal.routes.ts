import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { requireActor } from '../../plugins/auth.ts';
import { auditDeletion } from '../../plugins/audit.ts';
import { countryFromAcceptLanguage } from '../safety/helplines.ts';
import { entryIdParamsSchema, entryListQuerySchema, entryPageSchema, entrySchemas, entryWithAnalysisSchema, savedEntrySchema } from './journal.schemas.ts';
import type { JournalService } from './journal.service.ts';

export async function journalRoutes(app: FastifyInstance, { service, countryOf }: { service: JournalService; countryOf(userId: string): Promise<string | undefined> }) {
  /** Helplines follow the profile's country when given, else the browser's language region. */
  const country = async (request: FastifyRequest) => (await countryOf(requireActor(request).userId)) ?? countryFromAcceptLanguage(request.headers['accept-language']);
  const routes = app.withTypeProvider<ZodTypeProvider>();
  // The journal is the owner's alone: never shared, and no admin route reads it.
  const config = { access: 'user' as const };
  const tags = ['journal'];
  const schemas = entrySchemas(app.config.MAX_INPUT_LENGTH);

  routes.get('/api/v1/journal/entries', { config, schema: { tags, summary: 'My entries, newest first; filter by date, tag, mood or words', querystring: entryListQuerySchema, response: { 200: entryPageSchema } } }, async (request) =>
    service.list(requireActor(request), request.query),
  );
  routes.post('/api/v1/journal/entries', { config, schema: { tags, summary: 'Write an entry (answers with support if it sounds like a crisis)', body: schemas.create, response: { 201: savedEntrySchema } } }, async (request, reply) =>
    reply.code(201).send(await service.create(requireActor(request), request.body, await country(request))),
  );
  routes.get('/api/v1/journal/entries/:id', { config, schema: { tags, summary: 'One entry with its AI analysis', params: entryIdParamsSchema, response: { 200: entryWithAnalysisSchema } } }, async (request) =>
    service.get(requireActor(request), request.params.id),
  );
  routes.patch('/api/v1/journal/entries/:id', { config, schema: { tags, params: entryIdParamsSchema, body: schemas.patch, response: { 200: savedEntrySchema } } }, async (request) =>
    service.update(requireActor(request), request.params.id, request.body, await country(request)),
  );
  routes.delete('/api/v1/journal/entries/:id', { config, schema: { tags, params: entryIdParamsSchema } }, async (request, reply) => {
    await service.delete(requireActor(request), request.params.id);
    await auditDeletion(request, 'journal.entry_deleted', { id: request.params.id });
    return reply.code(204).send();
  });
}
