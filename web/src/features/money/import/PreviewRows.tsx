import { Badge } from '../../../components/Badge.tsx';
import { formatDay, signedMoney } from '../money-format.ts';
import type { ImportRow } from '../import-api.ts';

interface PreviewRowsProps {
  rows: readonly ImportRow[];
  skipped: ReadonlySet<number>;
  onToggle: (line: number, include: boolean) => void;
}

const duplicateBadge = {
  existing: { text: 'Already in Daybook', tone: 'warn' },
  in_file: { text: 'Repeated in this file', tone: 'warn' },
} as const;

/** The rows as they will be imported, each with an "Import" checkbox; duplicates are flagged and start unticked. */
export function PreviewRows({ rows, skipped, onToggle }: PreviewRowsProps) {
  return (
    <div role="region" aria-labelledby="import-preview-caption" tabIndex={0} className="relative max-h-[32rem] overflow-auto rounded-2xl border border-line bg-surface">
      <table className="w-full min-w-[40rem] text-left text-sm text-ink">
        <caption id="import-preview-caption" className="px-4 pt-3 pb-1 text-left text-sm text-ink-muted">
          Rows to import ({rows.length} shown): untick a row to leave it out
        </caption>
        <thead>
          <tr>
            {['Import', 'Line', 'Date', 'Payee', 'Category', 'Amount', 'Check'].map((header) => (
              <th key={header} scope="col" className="border-b border-line px-3 py-2 text-xs font-semibold tracking-wide text-ink-muted uppercase first:pl-4">
                {header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const included = !skipped.has(row.line);
            const flag = row.duplicate === 'none' ? undefined : duplicateBadge[row.duplicate];
            return (
              <tr key={row.line} className={`[&:not(:last-child)>*]:border-b [&>*]:border-line ${included ? '' : 'text-ink-muted'}`}>
                <td className="px-3 py-2 pl-4">
                  <input
                    type="checkbox"
                    className="size-5 cursor-pointer accent-accent"
                    checked={included}
                    aria-label={`Import line ${row.line}: ${row.payee}, ${signedMoney(row.kind, row.amountMinor, row.currency)}`}
                    onChange={(event) => onToggle(row.line, event.target.checked)}
                  />
                </td>
                <td className="px-3 py-2 tabular-nums">{row.line}</td>
                <td className="px-3 py-2 whitespace-nowrap">{formatDay(row.date)}</td>
                <th scope="row" className="max-w-64 truncate px-3 py-2 font-medium">
                  {row.payee}
                </th>
                <td className="px-3 py-2">{row.category ?? '—'}</td>
                <td className={`px-3 py-2 text-right font-semibold whitespace-nowrap tabular-nums ${row.kind === 'income' ? 'text-ok' : ''}`}>{signedMoney(row.kind, row.amountMinor, row.currency)}</td>
                <td className="px-3 py-2">{flag ? <Badge tone={flag.tone}>{flag.text}</Badge> : <span className="sr-only">No problem</span>}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
