import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import { buttonClasses } from '../../../components/button-styles.ts';
import { Button } from '../../../components/Button.tsx';
import { ErrorPanel } from '../../../components/ErrorPanel.tsx';
import { Notice } from '../../../components/Notice.tsx';
import { getImport, type ImportView } from '../import-api.ts';
import type { Owner } from '../money-types.ts';
import { useMoneyRefresh } from '../use-money-mutation.ts';
import { ProgressBar } from './ProgressBar.tsx';

interface CommitProgressProps {
  owner: Owner;
  started: ImportView;
  transactionsLink: string;
  onAnother: () => void;
}

/** Step 4: the import runs in the background; its progress is polled until it is done or has failed. */
export function CommitProgress({ owner, started, transactionsLink, onAnother }: CommitProgressProps) {
  const status = useQuery({
    queryKey: ['money-import', started.id],
    queryFn: ({ signal }) => getImport(owner, started.id, signal),
    initialData: started,
    refetchInterval: (query) => (query.state.data?.status === 'committing' ? 500 : false),
  });
  const refresh = useMoneyRefresh();
  const refreshed = useRef(false);
  const view = status.data;
  const finished = view.status === 'done' || view.status === 'failed';

  useEffect(() => {
    if (view.status === 'done' && !refreshed.current) {
      refreshed.current = true;
      void refresh();
    }
  }, [view.status, refresh]);

  if (status.isError && !finished) return <ErrorPanel title="Could not check on the import" error={status.error} onRetry={() => void status.refetch()} retrying={status.isFetching} />;
  return (
    <div className="space-y-6">
      {view.status === 'committing' && (
        <ProgressBar value={view.rowCount > 0 ? view.processedRows / view.rowCount : 0} label="Importing" text={`${view.processedRows} of ${view.rowCount} rows`} />
      )}
      <div aria-live="polite">
        {view.status === 'done' && (
          <Notice title="Import finished">
            {view.importedRows} transaction{view.importedRows === 1 ? '' : 's'} imported from {view.fileName}.
          </Notice>
        )}
        {view.status === 'failed' && (
          <div role="alert" className="rounded-2xl border border-bad/30 bg-bad-soft p-5 text-ink">
            <p className="font-semibold">The import failed</p>
            <p className="mt-1">{view.error ?? 'Something went wrong.'} Nothing was imported.</p>
          </div>
        )}
      </div>
      {finished && (
        <div className="flex flex-col gap-3 sm:flex-row">
          {view.status === 'done' && (
            <Link to={transactionsLink} className={buttonClasses('primary')}>
              See the transactions
            </Link>
          )}
          <Button variant="secondary" onClick={onAnother}>
            Import another file
          </Button>
        </div>
      )}
    </div>
  );
}
