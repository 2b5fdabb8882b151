import { useSearchParams } from 'react-router';
import { ErrorPanel } from '../../../components/ErrorPanel.tsx';
import { LoadMore } from '../../../components/LoadMore.tsx';
import { PageLoading } from '../../../components/PageLoading.tsx';
import { usePagedQuery } from '../../../lib/use-paged-query.ts';
import { adminKeys, listAudit } from '../admin-api.ts';
import { AuditFilters } from './AuditFilters.tsx';
import { paramsFromValues, queryFromParams, valuesFromParams } from './audit-filters.ts';
import { AuditTable } from './AuditTable.tsx';

const entries = (count: number) => `${count} ${count === 1 ? 'entry' : 'entries'}`;

/** /admin/audit: security events, newest first. Never anyone's content: only who did what, when. */
export function AuditLogPage() {
  const [params, setParams] = useSearchParams();
  const query = queryFromParams(params);
  const filtered = params.size > 0;
  const { query: log, items } = usePagedQuery(adminKeys.audit(query), (cursor, signal) => listAudit(query, cursor, signal));

  const list = () => {
    if (log.isPending) return <PageLoading label="Loading the audit log…" />;
    if (log.isError && !log.data) return <ErrorPanel title="Could not load the audit log" error={log.error} onRetry={() => void log.refetch()} retrying={log.isFetching} />;
    return (
      <>
        {items.length === 0 ? (
          <p className="rounded-2xl border border-dashed border-line-strong px-4 py-5 text-sm text-ink-muted">
            {filtered ? 'No entries match these filters.' : 'The audit log is empty.'}
          </p>
        ) : (
          <AuditTable entries={items} caption={filtered ? 'Audit log entries matching the filters, newest first' : 'Audit log entries, newest first'} />
        )}
        <LoadMore
          shown={`${entries(items.length)} shown${filtered ? ' for these filters' : ''}`}
          hasMore={log.hasNextPage}
          loading={log.isFetchingNextPage}
          onLoadMore={() => void log.fetchNextPage()}
          error={log.isFetchNextPageError ? log.error : null}
        />
      </>
    );
  };

  return (
    <div className="space-y-6">
      <p className="max-w-2xl leading-relaxed text-ink-muted">
        Sign-ins, account changes and administrators’ actions, newest first. Times are in your time zone; hover over one for UTC. The log never
        holds passwords or anything people write.
      </p>
      <AuditFilters
        // A new address (back/forward, a link) starts the form afresh.
        key={params.toString()}
        initial={valuesFromParams(params)}
        onApply={(values) => setParams(paramsFromValues(values))}
        onClear={() => setParams({})}
      />
      <section aria-label="Entries">{list()}</section>
    </div>
  );
}
