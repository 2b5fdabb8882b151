import type { Logger } from 'pino';
import type { Counter } from 'prom-client';
import { AuditRepository } from './audit.repository.ts';
import type { AuditEvent } from './audit.schemas.ts';

/**
 * Records security events. A failure to write is logged and counted but never breaks the
 * request that caused it: people must still be able to sign in when the log has a problem.
 */
export class AuditLog {
  readonly repository: AuditRepository;
  readonly #logger: Pick<Logger, 'error'>;
  readonly #failures: Counter<'action'>;
  readonly #now: () => Date;

  constructor(repository: AuditRepository, logger: Pick<Logger, 'error'>, failures: Counter<'action'>, now: () => Date = () => new Date()) {
    this.repository = repository;
    this.#logger = logger;
    this.#failures = failures;
    this.#now = now;
  }

  async record(event: AuditEvent): Promise<void> {
    try {
      await this.repository.append(event, this.#now());
    } catch (error) {
      this.#failures.inc({ action: event.action });
      this.#logger.error({ err: error, action: event.action }, 'audit write failed');
    }
  }
}
