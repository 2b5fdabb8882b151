import { formatMoney } from '../money-format.ts';
import type { CurrencyReport } from '../money-types.ts';

/** Income, spending and what is left over the period, for one currency. */
export function CurrencyTotals({ report }: { report: CurrencyReport }) {
  const { currency, totals } = report;
  const items = [
    { label: 'Income', value: formatMoney(totals.income.minor, currency), tone: 'text-ok' },
    { label: 'Spending', value: formatMoney(totals.expense.minor, currency), tone: 'text-ink' },
    { label: totals.net.minor < 0 ? 'Overspent' : 'Saved', value: formatMoney(Math.abs(totals.net.minor), currency), tone: totals.net.minor < 0 ? 'text-bad' : 'text-ink' },
  ];
  return (
    <dl className="grid gap-3 sm:grid-cols-3">
      {items.map((item) => (
        <div key={item.label} className="rounded-3xl border border-line bg-surface p-5">
          <dt className="text-sm text-ink-muted">{item.label}</dt>
          <dd className={`mt-1 text-2xl font-semibold tracking-tight tabular-nums wrap-anywhere ${item.tone}`}>{item.value}</dd>
        </div>
      ))}
    </dl>
  );
}
