import { SpinnerIcon } from './account-icons.tsx';
import { Button } from './Button.tsx';

interface LoadMoreProps {
  /** "12 accounts shown": how much of the list is on screen. */
  shown: string;
  hasMore: boolean;
  loading: boolean;
  onLoadMore: () => void;
  /** Loading the next page failed. */
  error: Error | null;
}

/** Under a paginated list: how much is shown, and a button for the next page. */
export function LoadMore({ shown, hasMore, loading, onLoadMore, error }: LoadMoreProps) {
  return (
    <div className="mt-5 flex flex-col items-center gap-3 text-center">
      <p role="status" className="text-sm text-ink-muted">
        {shown}
        {hasMore ? '. There are more.' : '.'}
      </p>
      {error && (
        <p role="alert" className="text-sm font-medium text-bad">
          Could not load more: {error.message}
        </p>
      )}
      {hasMore && (
        <Button variant="secondary" onClick={() => !loading && onLoadMore()} aria-disabled={loading || undefined}>
          {loading && <SpinnerIcon className="size-4 motion-safe:animate-spin" />}
          {loading ? 'Loading…' : 'Load more'}
        </Button>
      )}
    </div>
  );
}
