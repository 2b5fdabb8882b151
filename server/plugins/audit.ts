import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { Counter } from 'prom-client';
import { AuditRepository } from '../modules/audit/audit.repository.ts';
import { AuditLog } from '../modules/audit/audit.service.ts';

declare module 'fastify' {
  interface FastifyInstance {
    audit: AuditLog;
  }
}

/** Where and by whom a request was made, for an audit row. */
export function auditContext(request: FastifyRequest) {
  return {
    ip: request.ip,
    userAgent: request.headers['user-agent'] ?? null,
    requestId: request.id,
  };
}

/**
 * Records that the signed-in person deleted something of theirs or of an account that shared it
 * with them (DESIGN.md audits every deletion). Only what and which id: never the content.
 */
export async function auditDeletion(request: FastifyRequest, action: string, detail: { id: string; owner?: string; archived?: boolean }) {
  const { owner, ...rest } = detail;
  await request.server.audit.record({
    action,
    outcome: 'success',
    actorId: request.actor?.userId ?? null,
    actorEmail: request.actor?.email ?? null,
    targetId: owner ?? request.actor?.userId ?? null,
    detail: rest,
    ...auditContext(request),
  });
}

const dayMs = 24 * 60 * 60 * 1000;

/**
 * The audit log: one writer for the app, every 403 recorded, and a daily purge of rows older than
 * AUDIT_RETENTION_DAYS (the database itself refuses to delete younger rows or change any).
 */
async function auditPlugin(app: FastifyInstance) {
  const failures = new Counter({
    name: 'daybook_audit_write_failures_total',
    help: 'Audit rows that could not be written.',
    labelNames: ['action'] as const,
    registers: [app.metrics.registry],
  });
  const repository = new AuditRepository(app.db);
  const audit = new AuditLog(repository, app.log, failures);
  app.decorate('audit', audit);

  const retentionDays = app.config.AUDIT_RETENTION_DAYS;
  await repository.setRetentionDays(retentionDays);
  const purge = async () => {
    try {
      const removed = await repository.purgeOlderThan(new Date(Date.now() - retentionDays * dayMs));
      if (removed > 0) app.log.info({ removed }, 'purged audit rows past retention');
    } catch (error) {
      app.log.error({ err: error }, 'audit purge failed');
    }
  };
  await purge();
  const timer = setInterval(purge, dayMs);
  timer.unref();
  app.addHook('onClose', async () => clearInterval(timer));

  app.addHook('onResponse', async (request, reply) => {
    if (reply.statusCode !== 403) return;
    await audit.record({
      action: 'access.denied',
      outcome: 'denied',
      actorId: request.actor?.userId ?? null,
      actorEmail: request.actor?.email ?? null,
      ...auditContext(request),
      detail: { method: request.method, route: request.routeOptions.url ?? 'unmatched' },
    });
  });
}

export default fp(auditPlugin, { name: 'audit' });
