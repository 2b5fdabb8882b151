import type { Check, Health, Readiness } from './health.schemas.ts';

export interface Probe {
  ping(): Promise<void>;
}

export interface HealthDeps {
  version: string;
  startedAt: Date;
  instanceId: string;
  database: { dialect: 'sqlite' | 'postgres' } & Probe;
  redis: Probe | undefined;
  cacheKind: 'memory' | 'redis';
  isShuttingDown(): boolean;
  /** A check slower than this counts as down: readiness must answer quickly to be useful. */
  timeoutMs: number;
}

async function timed(probe: Probe, timeoutMs: number): Promise<Check> {
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      probe.ping(),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error('timed out')), timeoutMs);
      }),
    ]);
    return { status: 'up', latencyMs: Math.round((performance.now() - started) * 100) / 100 };
  } catch (error) {
    // The message of a driver error can carry a host name or user; say only that it failed.
    const detail = error instanceof Error && error.message === 'timed out' ? 'timed out' : 'unreachable';
    return { status: 'down', detail };
  } finally {
    clearTimeout(timer);
  }
}

export async function runChecks(deps: HealthDeps): Promise<Readiness['checks']> {
  const [database, redis] = await Promise.all([
    timed(deps.database, deps.timeoutMs),
    deps.redis ? timed(deps.redis, deps.timeoutMs) : Promise.resolve<Check>({ status: 'disabled' }),
  ]);
  return { database, redis };
}

function allUp(checks: Readiness['checks']): boolean {
  return checks.database.status === 'up' && checks.redis.status !== 'down';
}

export async function readiness(deps: HealthDeps): Promise<Readiness> {
  const checks = await runChecks(deps);
  return { status: !deps.isShuttingDown() && allUp(checks) ? 'ready' : 'not_ready', checks };
}

export async function health(deps: HealthDeps): Promise<Health> {
  const checks = await runChecks(deps);
  return {
    status: deps.isShuttingDown() ? 'shutting_down' : allUp(checks) ? 'ok' : 'degraded',
    version: deps.version,
    uptimeSeconds: Math.round((Date.now() - deps.startedAt.getTime()) / 1000),
    startedAt: deps.startedAt.toISOString(),
    instanceId: deps.instanceId,
    database: deps.database.dialect,
    cache: deps.cacheKind,
    checks,
  };
}
