import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { Counter } from 'prom-client';
import { cspReportBodySchema } from './csp-reports.schemas.ts';
import { summariseReport } from './csp-reports.service.ts';

export const cspReportPath = '/api/v1/csp-reports';
const reportBodyLimit = 64 * 1024;

/**
 * Browsers post Content-Security-Policy violations here, so an operator learns about an
 * injection attempt or a broken page from metrics and logs instead of from users.
 */
export async function cspReportRoutes(app: FastifyInstance) {
  const violations = new Counter({
    name: 'daybook_csp_violations_total',
    help: 'Content-Security-Policy violations reported by browsers, by directive.',
    labelNames: ['directive'] as const,
    registers: [app.metrics.registry],
  });

  // Browsers label these bodies with their own media types; they are JSON all the same.
  app.addContentTypeParser(
    ['application/csp-report', 'application/reports+json'],
    { parseAs: 'string', bodyLimit: reportBodyLimit },
    app.getDefaultJsonParser('error', 'error'),
  );

  app.withTypeProvider<ZodTypeProvider>().post(
    cspReportPath,
    {
      config: { access: 'public' },
      bodyLimit: reportBodyLimit,
      schema: {
        tags: ['ops'],
        summary: 'Receive Content-Security-Policy violation reports from browsers',
        body: cspReportBodySchema,
      },
    },
    async (request, reply) => {
      for (const violation of summariseReport(request.body)) {
        violations.inc({ directive: violation.directive });
        request.log.warn({ csp: violation }, 'content security policy violation');
      }
      return reply.code(204).send();
    },
  );
}
