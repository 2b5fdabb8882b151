import type { JobRepository } from './job.repository.ts';

/**
 * Enqueues `kind` once per period, whichever instances are running: every instance tries, and
 * the job's unique key (kind + period number) lets exactly one enqueue through. The job itself is
 * durable, so a period's work survives a crash of the instance that took it.
 */
export function schedulePeriodic(options: { jobs: JobRepository; kind: string; everyMs: number; wake: () => void; now?: () => Date }): () => void {
  const now = options.now ?? (() => new Date());
  const tick = async () => {
    const at = now();
    const period = Math.floor(at.getTime() / options.everyMs);
    if (await options.jobs.enqueue(options.kind, {}, { uniqueKey: `${options.kind}:${period}`, maxAttempts: 3 }, at)) options.wake();
  };
  const run = () => void tick().catch(() => undefined);
  run();
  const timer = setInterval(run, Math.min(options.everyMs, 60_000));
  timer.unref();
  return () => clearInterval(timer);
}
