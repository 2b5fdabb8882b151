import { useId } from 'react';
import { formatLatency } from './format.ts';
import type { HealthCheck } from './health.ts';
import { StatusBadge } from './StatusBadge.tsx';
import { checkLooks } from './status-tones.ts';

interface CheckCardProps {
  name: string;
  /** What is being checked, e.g. "SQLite". */
  kind: string;
  check: HealthCheck;
  /** Shown when the check is disabled. */
  disabledNote: string;
}

function describe(check: HealthCheck, disabledNote: string): string {
  if (check.status === 'disabled') return disabledNote;
  if (check.status === 'up') return check.latencyMs === undefined ? 'Answering normally.' : `Answered in ${formatLatency(check.latencyMs)}.`;
  return check.detail === 'timed out' ? 'Did not answer in time.' : 'Could not be reached.';
}

export function CheckCard({ name, kind, check, disabledNote }: CheckCardProps) {
  const headingId = useId();
  return (
    <li aria-labelledby={headingId} className="flex flex-col gap-3 rounded-2xl border border-line bg-surface p-5 shadow-sm shadow-black/[0.03] dark:shadow-none">
      <div className="flex items-start justify-between gap-3">
        <div className="min-w-0">
          <h3 id={headingId} className="font-semibold text-ink">
            {name}
          </h3>
          <p className="text-sm text-ink-muted">{kind}</p>
        </div>
        <StatusBadge look={checkLooks[check.status]} />
      </div>
      <p className="leading-relaxed text-ink-muted">{describe(check, disabledNote)}</p>
    </li>
  );
}
