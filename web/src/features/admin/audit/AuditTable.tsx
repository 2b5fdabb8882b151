import { Badge } from '../../../components/Badge.tsx';
import { EmailAddress } from '../../../components/EmailAddress.tsx';
import { AlertIcon, CheckIcon, CrossIcon } from '../../../components/icons.tsx';
import { ResponsiveTable, type Column } from '../../../components/ResponsiveTable.tsx';
import type { Tone } from '../../../components/tones.ts';
import { formatDateTime, formatUtc } from '../../../lib/dates.ts';
import type { AuditEntry, AuditOutcome } from '../admin-api.ts';
import { actionLabel } from './audit-actions.ts';

const outcomeLooks: Record<AuditOutcome, { label: string; tone: Tone; icon: typeof CheckIcon }> = {
  success: { label: 'Success', tone: 'ok', icon: CheckIcon },
  failure: { label: 'Failure', tone: 'bad', icon: CrossIcon },
  denied: { label: 'Denied', tone: 'warn', icon: AlertIcon },
};

/** "status 401 · code INVALID_EMAIL_OR_PASSWORD": the few facts stored with an entry. */
function describeDetail(detail: AuditEntry['detail']): string {
  if (!detail) return '';
  return Object.entries(detail)
    .map(([key, value]) => `${key.replace(/_/g, ' ')} ${value === null ? '–' : String(value)}`)
    .join(' · ');
}

const columns: ReadonlyArray<Column<AuditEntry>> = [
  {
    key: 'time',
    header: 'Time',
    className: 'sm:w-44',
    cell: (entry) => (
      <time dateTime={entry.at} title={formatUtc(entry.at)} className="font-medium text-ink">
        {formatDateTime(entry.at, { seconds: true })}
      </time>
    ),
  },
  {
    key: 'action',
    header: 'Action',
    cell: (entry) => (
      <>
        <span className="block font-semibold text-ink">{actionLabel(entry.action)}</span>
        <code className="block font-mono text-xs wrap-anywhere text-ink-muted">{entry.action}</code>
      </>
    ),
  },
  {
    key: 'outcome',
    header: 'Outcome',
    cell: (entry) => {
      const look = outcomeLooks[entry.outcome];
      return (
        <Badge tone={look.tone} icon={look.icon}>
          {look.label}
        </Badge>
      );
    },
  },
  { key: 'actor', header: 'Who', className: 'sm:w-[22%]', cell: (entry) => <span className="break-words">{entry.actorEmail ? <EmailAddress email={entry.actorEmail} /> : 'Nobody signed in'}</span> },
  { key: 'ip', header: 'IP address', cell: (entry) => <span className="font-mono text-xs wrap-anywhere">{entry.ip ?? '–'}</span> },
  { key: 'detail', header: 'Detail', cell: (entry) => <span className="text-ink-muted wrap-anywhere">{describeDetail(entry.detail) || '–'}</span> },
];

/** Audit entries, newest first: local time (UTC in its title), what happened, and by whom. */
export function AuditTable({ entries, caption }: { entries: readonly AuditEntry[]; caption: string }) {
  return <ResponsiveTable caption={caption} captionHidden columns={columns} rows={entries} rowKey={(entry) => entry.id} />;
}
