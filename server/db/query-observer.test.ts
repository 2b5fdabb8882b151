import { describe, expect, it } from 'vitest';
import { Metrics } from '../lib/metrics.ts';
import { queryMetricsObserver } from './query-observer.ts';

describe('queryMetricsObserver', () => {
  it('counts every query and logs only the slow ones, without parameters', async () => {
    const metrics = new Metrics();
    const warnings: unknown[] = [];
    const observer = queryMetricsObserver({ warn: (obj: unknown) => warnings.push(obj) } as never, metrics, 100);
    observer.onQuery({ dialect: 'sqlite', sql: 'select * from t where id = ?', durationMs: 3, failed: false });
    observer.onQuery({ dialect: 'sqlite', sql: 'update t set a = ? where id = ?', durationMs: 250, failed: false });
    observer.onQuery({ dialect: 'postgres', sql: 'insert into t values ($1)', durationMs: 1, failed: true });

    expect(warnings).toEqual([{ dialect: 'sqlite', durationMs: 250, sql: 'update t set a = ? where id = ?' }]);
    const text = await metrics.registry.metrics();
    expect(text).toContain('daybook_db_query_duration_seconds_count{dialect="sqlite",kind="select",outcome="ok"} 1');
    expect(text).toContain('daybook_db_query_duration_seconds_count{dialect="postgres",kind="insert",outcome="error"} 1');
    expect(text).toContain('daybook_db_slow_queries_total{dialect="sqlite"} 1');
  });
});
