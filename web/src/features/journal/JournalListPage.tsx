import { Link, useSearchParams } from 'react-router';
import { buttonClasses } from '../../components/button-styles.ts';
import { ErrorPanel } from '../../components/ErrorPanel.tsx';
import { ChartIcon } from '../../components/icons.tsx';
import { LoadMore } from '../../components/LoadMore.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { PageLoading } from '../../components/PageLoading.tsx';
import { usePagedQuery } from '../../lib/use-paged-query.ts';
import { EntryListItem } from './EntryListItem.tsx';
import { journalKeys, listEntries, type EntryFilters } from './journal-api.ts';
import { JournalFilters } from './JournalFilters.tsx';

const filterNames = ['q', 'tag', 'mood', 'from', 'to'] as const;

function readFilters(params: URLSearchParams): EntryFilters {
  const filters: EntryFilters = {};
  for (const name of filterNames) {
    const value = params.get(name);
    if (value) filters[name] = value;
  }
  return filters;
}

/** /journal: the person's entries, newest first, with search and filters kept in the address. */
export function JournalListPage() {
  const [params, setParams] = useSearchParams();
  const filters = readFilters(params);
  const { query, items } = usePagedQuery(journalKeys.list(filters), (cursor, signal) => listEntries(filters, cursor, signal));
  const filtered = Object.keys(filters).length > 0;

  const setFilters = (next: EntryFilters) => {
    const search = new URLSearchParams();
    for (const name of filterNames) if (next[name]) search.set(name, next[name]);
    setParams(search, { replace: true });
  };

  return (
    <>
      <div className="flex flex-wrap items-end justify-between gap-4">
        <PageHeader title="Journal" eyebrow="Only you can read it">
          <p>A private place to write. Daybook's software can offer a gentle reflection on each entry.</p>
        </PageHeader>
        <div className="flex flex-wrap gap-3">
          <Link to="/insights" className={buttonClasses('secondary')}>
            <ChartIcon className="size-4" />
            Insights
          </Link>
          <Link to="/journal/new" className={buttonClasses('primary')}>
            Write an entry
          </Link>
        </div>
      </div>
      <div className="mt-8">
        <JournalFilters filters={filters} onChange={setFilters} />
      </div>
      <div className="mt-6">
        {query.isPending ? (
          <PageLoading />
        ) : query.isError && items.length === 0 ? (
          <ErrorPanel title="Could not load your journal" error={query.error} onRetry={() => void query.refetch()} retrying={query.isFetching} />
        ) : items.length === 0 ? (
          <p className="rounded-3xl border border-dashed border-line-strong p-8 text-center text-ink-muted">
            {filtered ? 'No entries match. Try fewer words or clear a filter.' : 'Nothing here yet. Your first entry can be a single sentence.'}
          </p>
        ) : (
          <>
            <ul aria-label="Entries" className="space-y-3">
              {items.map((entry) => (
                <EntryListItem key={entry.id} entry={entry} />
              ))}
            </ul>
            <LoadMore
              shown={`${items.length} ${items.length === 1 ? 'entry' : 'entries'} shown`}
              hasMore={query.hasNextPage}
              loading={query.isFetchingNextPage}
              onLoadMore={() => void query.fetchNextPage()}
              error={query.isFetchNextPageError ? query.error : null}
            />
          </>
        )}
      </div>
      <p className="mt-10 text-sm text-ink-muted">
        Also yours:{' '}
        <Link to="/safety-plan" className="font-semibold text-accent-soft-ink underline underline-offset-4">
          my safety plan
        </Link>{' '}
        and{' '}
        <Link to="/profile" className="font-semibold text-accent-soft-ink underline underline-offset-4">
          about me
        </Link>
        .
      </p>
    </>
  );
}
