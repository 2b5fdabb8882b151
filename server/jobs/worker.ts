import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import type { Counter } from 'prom-client';
import type { JobRepository } from './job.repository.ts';

export type JobHandler = (payload: unknown) => Promise<void>;

export interface WorkerOptions {
  repository: JobRepository;
  handlers: Record<string, JobHandler>;
  logger: Pick<Logger, 'warn'>;
  processed: Counter<'kind' | 'outcome'>;
  pollMs?: number;
  leaseMs?: number;
  now?: () => Date;
}

/** Retry after 5 s, 10 s, 20 s … at most an hour. */
export function retryDelayMs(attempts: number): number {
  return Math.min(5000 * 2 ** (attempts - 1), 60 * 60 * 1000);
}

/**
 * Runs due jobs one at a time. Every instance runs a worker; the database lease decides who
 * does each job. `wake()` after an enqueue starts new work at once instead of at the next poll.
 */
export class JobWorker {
  readonly #options: Required<Omit<WorkerOptions, 'now'>> & { now: () => Date };
  readonly id = `worker-${randomUUID()}`;
  #timer: NodeJS.Timeout | undefined;
  #running: Promise<number> | undefined;
  #started = false;

  constructor(options: WorkerOptions) {
    this.#options = { pollMs: 1000, leaseMs: 60_000, now: () => new Date(), ...options };
  }

  start(): void {
    this.#started = true;
    this.#schedule(0);
  }

  /** Stops polling and waits for the job in hand, so shutdown never cuts one in half. */
  async stop(): Promise<void> {
    this.#started = false;
    clearTimeout(this.#timer);
    await this.#running;
  }

  wake(): void {
    if (this.#started && !this.#running) this.#schedule(0);
  }

  #schedule(delayMs: number): void {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      this.#running = this.runDue().finally(() => {
        this.#running = undefined;
        if (this.#started) this.#schedule(this.#options.pollMs);
      });
    }, delayMs);
    this.#timer.unref();
  }

  /** Runs every job that is due now and returns how many ran. Tests call this directly. */
  async runDue(): Promise<number> {
    const { repository, handlers, processed, leaseMs, now } = this.#options;
    let count = 0;
    for (let job = await repository.claimNext(Object.keys(handlers), this.id, leaseMs, now()); job; job = await repository.claimNext(Object.keys(handlers), this.id, leaseMs, now())) {
      count += 1;
      try {
        const handler = handlers[job.kind];
        if (!handler) throw new Error(`no handler for ${job.kind}`);
        await this.#whileHolding(job.id, () => handler(JSON.parse(job.payload) as unknown));
        await repository.complete(job.id, this.id, now());
        processed.inc({ kind: job.kind, outcome: 'done' });
      } catch (error) {
        const code = error instanceof Error ? error.name : 'Error';
        const retryAt = job.attempts < job.maxAttempts ? new Date(now().getTime() + retryDelayMs(job.attempts)) : undefined;
        await repository.fail(job.id, this.id, code, retryAt, now());
        processed.inc({ kind: job.kind, outcome: retryAt ? 'retry' : 'failed' });
        // The error's name only: a message could quote the data the job was working on.
        this.#options.logger.warn({ jobId: job.id, kind: job.kind, attempts: job.attempts, error: code }, retryAt ? 'job failed; will retry' : 'job failed for good');
      }
      if (!this.#started && this.#timer !== undefined) break;
    }
    return count;
  }

  /**
   * Runs a handler while renewing the job's lease every third of it, so a long job (an AI call
   * that times out and retries) is never taken over by another instance and run twice.
   */
  async #whileHolding<T>(jobId: string, run: () => Promise<T>): Promise<T> {
    const { repository, leaseMs, logger, now } = this.#options;
    const heartbeat = setInterval(() => {
      repository.renew(jobId, this.id, leaseMs, now()).catch((error: unknown) => logger.warn({ jobId, error: error instanceof Error ? error.name : 'Error' }, 'could not renew a job lease'));
    }, Math.max(1000, Math.floor(leaseMs / 3)));
    heartbeat.unref();
    try {
      return await run();
    } finally {
      clearInterval(heartbeat);
    }
  }
}
