import type { ReactNode } from 'react';
import { ActionStatus } from '../../components/ActionStatus.tsx';
import { ErrorPanel } from '../../components/ErrorPanel.tsx';
import { LoadMore } from '../../components/LoadMore.tsx';
import { PageLoading } from '../../components/PageLoading.tsx';
import type { PagedQuery } from '../../lib/use-paged-query.ts';

interface EntryListProps {
  id: string;
  title: string;
  query: PagedQuery;
  count: number;
  /** "3 mood check-ins shown". */
  shown: string;
  empty: string;
  done: string | undefined;
  children: ReactNode;
  /** The confirmation dialog for deleting a row (outside the list). */
  dialog: ReactNode;
}

/** A heading, the list's rows (or why there are none) and "Load more". */
export function EntryList({ id, title, query, count, shown, empty, done, children, dialog }: EntryListProps) {
  const body = () => {
    if (query.isPending) return <PageLoading label={`Loading ${title.toLowerCase()}…`} />;
    if (query.isError && !query.data) return <ErrorPanel title={`Could not load ${title.toLowerCase()}`} error={query.error} onRetry={() => void query.refetch()} retrying={query.isFetching} />;
    return (
      <>
        {count === 0 ? (
          <p className="rounded-2xl border border-dashed border-line-strong px-4 py-5 text-sm text-ink-muted">{empty}</p>
        ) : (
          <ul aria-labelledby={`${id}-heading`} className="divide-y divide-line rounded-2xl border border-line bg-surface">
            {children}
          </ul>
        )}
        <LoadMore shown={shown} hasMore={query.hasNextPage} loading={query.isFetchingNextPage} onLoadMore={() => void query.fetchNextPage()} error={query.isFetchNextPageError ? query.error : null} />
      </>
    );
  };
  return (
    <section aria-labelledby={`${id}-heading`} className="space-y-4">
      <h2 id={`${id}-heading`} className="text-xl font-semibold tracking-tight text-ink">
        {title}
      </h2>
      <ActionStatus done={done} errorTitle="" />
      {body()}
      {dialog}
    </section>
  );
}
