import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { isForeignKeyViolation } from '../db/constraint-errors.ts';
import { AppError, type ErrorCode, type ErrorDetail } from '../lib/app-error.ts';

/** Fastify's own error codes, mapped to ours so clients see one vocabulary. */
const fastifyCodes: Record<string, ErrorCode> = {
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'BAD_REQUEST',
  FST_ERR_CTP_BODY_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'INVALID_JSON',
  FST_ERR_CTP_INVALID_JSON_BODY: 'INVALID_JSON',
  FST_ERR_CTP_EMPTY_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_CTP_INVALID_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_BAD_URL: 'BAD_REQUEST',
  FST_ERR_ASYNC_CONSTRAINT: 'BAD_REQUEST',
  FST_ERR_MAX_PARAM_LENGTH: 'BAD_REQUEST',
  FST_ERR_VALIDATION: 'VALIDATION_FAILED',
  FST_ERR_NOT_FOUND: 'NOT_FOUND',
  FST_ERR_REQUEST_TIMEOUT: 'REQUEST_TIMEOUT',
  FST_ERR_RATE_LIMITED: 'RATE_LIMITED',
};

export interface ErrorBody {
  error: { code: ErrorCode; message: string; requestId: string; details?: ErrorDetail[] };
}

export function sendError(request: FastifyRequest, reply: FastifyReply, error: AppError): FastifyReply {
  const body: ErrorBody = { error: { code: error.code, message: error.message, requestId: request.id } };
  if (error.details) body.error.details = error.details;
  if (error.headers) reply.headers(error.headers);
  // Errors never describe a user's data, but they must not be cached by anything in between.
  reply.header('cache-control', 'no-store');
  return reply.code(error.status).type('application/json; charset=utf-8').send(body);
}

export function toAppError(error: FastifyError | Error): AppError {
  if (error instanceof AppError) return error;
  if (hasZodFastifySchemaValidationErrors(error)) {
    const details = error.validation.map((issue) => ({
      path: [error.validationContext, ...issue.instancePath.split('/')].filter(Boolean).join('.'),
      message: issue.message ?? 'is invalid',
    }));
    return new AppError('VALIDATION_FAILED', undefined, { details });
  }
  const fastifyError = error as FastifyError;
  const mapped = fastifyError.code ? fastifyCodes[fastifyError.code] : undefined;
  if (mapped) return new AppError(mapped);
  // Parsers (for example JSON with a prototype-poisoning key) throw plain 4xx errors.
  if (typeof fastifyError.statusCode === 'number' && fastifyError.statusCode >= 400 && fastifyError.statusCode < 500) {
    if (fastifyError.statusCode === 413) return new AppError('PAYLOAD_TOO_LARGE');
    if (fastifyError.statusCode === 415) return new AppError('UNSUPPORTED_MEDIA_TYPE');
    if (fastifyError.statusCode === 429) return new AppError('RATE_LIMITED');
    return new AppError('BAD_REQUEST');
  }
  // A row this request refers to was removed by another request at the same moment (a category
  // deleted while a transaction was being filed under it): a conflict to retry, not a fault.
  if (isForeignKeyViolation(error)) return new AppError('CONFLICT', 'Something this refers to was changed at the same moment. Please reload and try again.');
  return new AppError('INTERNAL', undefined, { cause: error });
}

async function errors(app: FastifyInstance) {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const appError = toAppError(error);
    if (appError.status >= 500) {
      // The client gets a generic message and the request id; the log gets the cause.
      request.log.error({ err: error }, 'request failed');
    } else {
      request.log.info({ code: appError.code }, 'request rejected');
    }
    return sendError(request, reply, appError);
  });
}

export default fp(errors, { name: 'errors' });
