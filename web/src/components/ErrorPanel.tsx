import { isApiError } from '../lib/api-client.ts';
import { Button } from './Button.tsx';
import { AlertIcon, RefreshIcon } from './icons.tsx';

interface ErrorPanelProps {
  title: string;
  error: unknown;
  onRetry?: () => void;
  retrying?: boolean;
}

/** A failed request: what happened, the request id to quote, and a way to try again. */
export function ErrorPanel({ title, error, onRetry, retrying = false }: ErrorPanelProps) {
  const message = error instanceof Error ? error.message : 'Something went wrong.';
  const requestId = isApiError(error) ? error.requestId : undefined;
  return (
    <div role="alert" className="flex items-start gap-3 rounded-2xl border border-bad/30 bg-bad-soft p-5 sm:gap-4 sm:p-6">
      <AlertIcon className="mt-px size-6 shrink-0 text-bad" />
      <div className="min-w-0 flex-1">
        <h2 className="font-semibold text-ink">{title}</h2>
        <p className="mt-1 text-ink">{message}</p>
        {requestId && (
          <p className="mt-2 text-sm text-ink-muted wrap-anywhere">
            Request id: <code className="font-mono">{requestId}</code>
          </p>
        )}
        {onRetry && (
          <Button className="mt-4" onClick={onRetry} disabled={retrying}>
            <RefreshIcon className={`size-4 ${retrying ? 'motion-safe:animate-spin' : ''}`} />
            {retrying ? 'Trying again…' : 'Try again'}
          </Button>
        )}
      </div>
    </div>
  );
}
