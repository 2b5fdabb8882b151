import { ResponsiveTable } from '../../../components/ResponsiveTable.tsx';
import { formatMoney } from '../money-format.ts';
import type { CurrencyReport } from '../money-types.ts';

interface Row {
  budgetId: string;
  name: string;
  /** The newest month's limit. */
  limitMinor: number;
  averageMinor: number;
  months: number;
  over: number;
}

/** Each budget over the period: its limit, the average spent and in how many months it was exceeded (only when there are budgets). */
export function BudgetHistory({ report }: { report: CurrencyReport }) {
  const { currency, budgets } = report;
  if (budgets.length === 0) return null;
  const grouped = new Map<string, CurrencyReport['budgets']>();
  for (const entry of budgets) grouped.set(entry.budgetId, [...(grouped.get(entry.budgetId) ?? []), entry]);
  const rows: Row[] = [...grouped.entries()].map(([budgetId, entries]) => {
    const newest = [...entries].sort((a, b) => b.month.localeCompare(a.month))[0] ?? entries[0];
    return {
      budgetId,
      name: newest?.name ?? '',
      limitMinor: newest?.budgetMinor ?? 0,
      averageMinor: Math.round(entries.reduce((sum, entry) => sum + entry.spentMinor, 0) / entries.length),
      months: entries.length,
      over: entries.filter((entry) => entry.spentMinor >= entry.budgetMinor).length,
    };
  });
  rows.sort((a, b) => a.name.localeCompare(b.name));
  return (
    <ResponsiveTable
      caption={`Budgets in ${currency}, month by month`}
      columns={[
        { key: 'name', header: 'Budget', cell: (row: Row) => <span className="font-semibold">{row.name}</span> },
        { key: 'limit', header: 'Monthly limit', className: 'sm:text-right tabular-nums', cell: (row: Row) => formatMoney(row.limitMinor, currency) },
        { key: 'average', header: 'Average spent', className: 'sm:text-right tabular-nums', cell: (row: Row) => formatMoney(row.averageMinor, currency) },
        {
          key: 'over',
          header: 'Limit reached',
          className: 'sm:text-right',
          cell: (row: Row) => <span className={row.over > 0 ? 'font-semibold text-bad' : ''}>{row.over === 0 ? 'Never' : `In ${row.over} of ${row.months} months`}</span>,
        },
      ]}
      rows={rows}
      rowKey={(row) => row.budgetId}
    />
  );
}
