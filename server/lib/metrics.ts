import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/**
 * All Prometheus metrics of one app instance, on a registry of its own so that several apps in
 * one process (tests, benchmarks) never collide.
 */
export class Metrics {
  readonly registry = new Registry();

  readonly httpRequestDuration = new Histogram({
    name: 'daybook_http_request_duration_seconds',
    help: 'HTTP request duration by method, route template and status code.',
    labelNames: ['method', 'route', 'status_code'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });

  readonly dbQueryDuration = new Histogram({
    name: 'daybook_db_query_duration_seconds',
    help: 'Database query duration by dialect, statement kind and outcome.',
    labelNames: ['dialect', 'kind', 'outcome'] as const,
    buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 5],
    registers: [this.registry],
  });

  readonly slowQueries = new Counter({
    name: 'daybook_db_slow_queries_total',
    help: 'Queries slower than DB_SLOW_QUERY_MS.',
    labelNames: ['dialect'] as const,
    registers: [this.registry],
  });

  readonly redisErrors = new Counter({
    name: 'daybook_redis_errors_total',
    help: 'Redis operations that failed and were degraded to a fallback.',
    labelNames: ['operation'] as const,
    registers: [this.registry],
  });

  readonly loadShed = new Counter({
    name: 'daybook_load_shed_total',
    help: 'Requests refused with 503 because the event loop was saturated.',
    registers: [this.registry],
  });

  readonly rateLimited = new Counter({
    name: 'daybook_rate_limited_total',
    help: 'Requests refused with 429 by a rate-limit tier.',
    labelNames: ['tier'] as const,
    registers: [this.registry],
  });

  readonly crisisEvents = new Counter({
    name: 'daybook_crisis_events_total',
    help: 'Times the local crisis detector fired, by level and source. Never the text.',
    labelNames: ['level', 'source'] as const,
    registers: [this.registry],
  });

  readonly aiFallbacks = new Counter({
    name: 'daybook_ai_fallbacks_total',
    help: 'Analyses that fell back to the local provider, by reason (timeout, http_429, malformed, circuit_open...).',
    labelNames: ['reason'] as const,
    registers: [this.registry],
  });

  readonly budgetAlerts = new Counter({
    name: 'daybook_budget_alerts_total',
    help: 'Budget alerts raised (each once per budget, month and threshold), by threshold percent.',
    labelNames: ['threshold'] as const,
    registers: [this.registry],
  });

  readonly recurringMaterialised = new Counter({
    name: 'daybook_recurring_transactions_total',
    help: 'Transactions created from repeating items.',
    registers: [this.registry],
  });

  readonly jobsProcessed = new Counter({
    name: 'daybook_jobs_processed_total',
    help: 'Background jobs run, by kind and outcome (done, retry, failed).',
    labelNames: ['kind', 'outcome'] as const,
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry, prefix: 'daybook_' });
  }
}
