import fastifyMultipart from '@fastify/multipart';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { AppError } from '../../lib/app-error.ts';
import { requireActor } from '../../plugins/auth.ts';
import { auditContext, auditDeletion } from '../../plugins/audit.ts';
import type { ImportService } from './imports.service.ts';
import type { MoneyAccess } from './money.policy.ts';
import { idParamsSchema, importOptionsSchema, importPreviewSchema, importSchema, ownerQuerySchema } from './money.schemas.ts';

export const maxUploadBytes = 5 * 1024 * 1024;

/**
 * The one file of a multipart upload. The parser's own errors (a body cut off mid-part, a broken
 * boundary) have no HTTP status; they are the client's fault, so they become 400, not 500.
 */
async function readUpload(request: FastifyRequest): Promise<{ name: string; bytes: Buffer }> {
  try {
    const part = await request.file();
    if (!part || part.fieldname !== 'file') throw new AppError('VALIDATION_FAILED', 'Attach the CSV file in a field named "file".', { details: [{ path: 'body.file', message: 'missing' }] });
    const bytes = await part.toBuffer();
    if (part.file.truncated) throw new AppError('PAYLOAD_TOO_LARGE', 'The file is larger than 5 MiB.');
    return { name: part.filename, bytes };
  } catch (error) {
    const status = (error as { statusCode?: unknown }).statusCode;
    if (error instanceof AppError || (typeof status === 'number' && status >= 400 && status < 500)) throw error;
    throw new AppError('BAD_REQUEST', 'The upload was cut off or is not valid multipart/form-data.', { cause: error });
  }
}

/** CSV import: upload (multipart, one file up to 5 MiB), preview, commit, progress. */
export async function importRoutes(app: FastifyInstance, deps: { access: MoneyAccess; imports: ImportService }) {
  const { access, imports } = deps;
  // Multipart is accepted here only; every other route still takes JSON alone.
  await app.register(fastifyMultipart, { limits: { fileSize: maxUploadBytes, files: 1, fields: 5, parts: 6, headerPairs: 50 } });
  const routes = app.withTypeProvider<ZodTypeProvider>();
  const config = { access: 'user' as const };
  const tags = ['money'];

  routes.post(
    '/api/v1/money/imports',
    { config, bodyLimit: maxUploadBytes + 64 * 1024, schema: { tags, summary: 'Upload a CSV file (multipart field "file", at most 5 MiB)', querystring: ownerQuerySchema, consumes: ['multipart/form-data'], response: { 201: importSchema } } },
    async (request, reply) => {
      const actor = requireActor(request);
      const owner = await access.owner(actor, request.query.owner, 'write');
      if (!request.isMultipart()) throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'Upload the file as multipart/form-data.');
      const { name, bytes } = await readUpload(request);
      const created = await imports.upload(actor.userId, owner, { name, bytes });
      return reply.code(201).send(created);
    },
  );
  routes.get('/api/v1/money/imports/:id', { config, schema: { tags, summary: 'An import and its progress', params: idParamsSchema, querystring: ownerQuerySchema, response: { 200: importSchema } } }, async (request) => {
    const owner = await access.owner(requireActor(request), request.query.owner, 'read');
    return imports.get(owner, request.params.id);
  });
  routes.post('/api/v1/money/imports/:id/preview', { config, schema: { tags, summary: 'Check every row with this column mapping; duplicates flagged', params: idParamsSchema, querystring: ownerQuerySchema, body: importOptionsSchema, response: { 200: importPreviewSchema } } }, async (request) => {
    const owner = await access.owner(requireActor(request), request.query.owner, 'write');
    return imports.preview(owner, request.params.id, request.body);
  });
  routes.post('/api/v1/money/imports/:id/commit', { config, schema: { tags, summary: 'Import every row, or none if any is invalid (runs in the background)', params: idParamsSchema, querystring: ownerQuerySchema, body: importOptionsSchema, response: { 202: importSchema } } }, async (request, reply) => {
    const actor = requireActor(request);
    const owner = await access.owner(actor, request.query.owner, 'write');
    const started = await imports.commit(owner, request.params.id, request.body);
    await app.audit.record({ action: 'money.imported', outcome: 'success', actorId: actor.userId, actorEmail: actor.email, targetId: owner, detail: { rows: started.rowCount }, ...auditContext(request) });
    return reply.code(202).send(started);
  });
  routes.delete('/api/v1/money/imports/:id', { config, schema: { tags, summary: 'Discard an upload', params: idParamsSchema, querystring: ownerQuerySchema } }, async (request, reply) => {
    const owner = await access.owner(requireActor(request), request.query.owner, 'write');
    await imports.remove(owner, request.params.id);
    await auditDeletion(request, 'money.import_discarded', { id: request.params.id, owner });
    return reply.code(204).send();
  });
}
