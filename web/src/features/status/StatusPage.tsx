import { Button } from '../../components/Button.tsx';
import { ErrorPanel } from '../../components/ErrorPanel.tsx';
import { AlertIcon, RefreshIcon } from '../../components/icons.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { CheckCard } from './CheckCard.tsx';
import { databaseNames, formatTime } from './format.ts';
import { OverallStatusCard } from './OverallStatusCard.tsx';
import { StatusSkeleton } from './StatusSkeleton.tsx';
import { healthRefetchSeconds, useHealth } from './use-health.ts';

export function StatusPage() {
  const { data, error, isPending, isFetching, dataUpdatedAt, refetch } = useHealth();
  const retry = () => void refetch();

  return (
    <>
      <PageHeader title="System status">
        <p>How this Daybook server is doing right now. It refreshes every {healthRefetchSeconds} seconds.</p>
      </PageHeader>

      <div className="mt-8 space-y-6">
        {isPending && <StatusSkeleton />}
        {!data && error && <ErrorPanel title="Could not load the status" error={error} onRetry={retry} retrying={isFetching} />}
        {data && (
          <>
            {error && (
              <p role="alert" className="flex items-start gap-2 rounded-xl bg-warn-soft px-4 py-3 text-sm text-ink">
                <AlertIcon className="mt-0.5 size-4 shrink-0 text-warn" />
                Could not refresh just now, so this is the status from {formatTime(dataUpdatedAt)}.
              </p>
            )}
            <OverallStatusCard health={data} />
            <section aria-labelledby="checks-heading">
              <h2 id="checks-heading" className="text-lg font-semibold tracking-tight text-ink">
                Checks
              </h2>
              <ul className="mt-3 grid gap-4 sm:grid-cols-2">
                <CheckCard
                  name="Database"
                  kind={databaseNames[data.database]}
                  check={data.checks.database}
                  disabledNote="The database check is turned off."
                />
                <CheckCard
                  name="Redis"
                  kind={data.cache === 'redis' ? 'Shared cache' : 'Optional shared cache'}
                  check={data.checks.redis}
                  disabledNote="Redis is not configured, which is fine for a single server. Daybook keeps its cache in memory."
                />
              </ul>
            </section>
            <div className="flex flex-wrap items-center justify-between gap-3 border-t border-line pt-5">
              <p className="text-sm text-ink-muted">Last checked at {formatTime(dataUpdatedAt)}</p>
              <Button variant="secondary" onClick={retry} disabled={isFetching}>
                <RefreshIcon className={`size-4 ${isFetching ? 'motion-safe:animate-spin' : ''}`} />
                {isFetching ? 'Checking…' : 'Check now'}
              </Button>
            </div>
          </>
        )}
      </div>
    </>
  );
}
