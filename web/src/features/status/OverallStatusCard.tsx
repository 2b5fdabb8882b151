import type { ReactNode } from 'react';
import { toneClasses } from '../../components/tones.ts';
import { formatDateTime } from '../../lib/dates.ts';
import { cacheNames, databaseNames, formatUptime } from './format.ts';
import type { Health } from './health.ts';
import { overallLooks } from './status-tones.ts';

function Fact({ term, children, wide = false }: { term: string; children: ReactNode; wide?: boolean }) {
  return (
    <div className={`min-w-0 ${wide ? 'col-span-2 sm:col-span-1' : ''}`}>
      <dt className="text-sm text-ink-muted">{term}</dt>
      <dd className="mt-0.5 font-medium break-words text-ink">{children}</dd>
    </div>
  );
}

export function OverallStatusCard({ health }: { health: Health }) {
  const look = overallLooks[health.status];
  const Icon = look.icon;
  return (
    <section aria-labelledby="overall-heading" className="rounded-2xl border border-line bg-surface shadow-sm shadow-black/[0.03] dark:shadow-none">
      <div className="flex items-start gap-4 p-5 sm:p-6">
        <span className={`grid size-12 shrink-0 place-items-center rounded-2xl ${toneClasses[look.tone]}`}>
          <Icon className="size-6" strokeWidth={2.2} />
        </span>
        <div>
          <h2 id="overall-heading" className="text-xl font-semibold tracking-tight text-ink">
            {look.label}
          </h2>
          <p className="mt-1 leading-relaxed text-ink-muted">{look.summary}</p>
        </div>
      </div>
      <dl className="grid grid-cols-2 gap-x-6 gap-y-4 border-t border-line p-5 sm:grid-cols-3 sm:p-6">
        <Fact term="Version">{health.version}</Fact>
        <Fact term="Uptime">{formatUptime(health.uptimeSeconds)}</Fact>
        <Fact term="Started" wide>
          {formatDateTime(health.startedAt)}
        </Fact>
        <Fact term="Database">{databaseNames[health.database]}</Fact>
        <Fact term="Cache">{cacheNames[health.cache]}</Fact>
        <Fact term="Instance" wide>
          <code className="font-mono text-sm">{health.instanceId}</code>
        </Fact>
      </dl>
    </section>
  );
}
