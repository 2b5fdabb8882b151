import type { Logger } from 'pino';
import type { Metrics } from '../lib/metrics.ts';
import type { QueryObserver } from './database.ts';

/** Records every query's duration as a metric and logs the statements slower than the threshold. */
export function queryMetricsObserver(logger: Pick<Logger, 'warn'>, metrics: Metrics, thresholdMs: number): QueryObserver {
  return {
    onQuery({ dialect, sql, durationMs, failed }) {
      const kind = /^\s*(\w+)/.exec(sql)?.[1]?.toLowerCase() ?? 'other';
      metrics.dbQueryDuration.observe({ dialect, kind, outcome: failed ? 'error' : 'ok' }, durationMs / 1000);
      if (durationMs >= thresholdMs) {
        metrics.slowQueries.inc({ dialect });
        // The statement text only: parameters can hold personal data.
        logger.warn({ dialect, durationMs: Math.round(durationMs), sql: sql.slice(0, 500) }, 'slow query');
      }
    },
  };
}
