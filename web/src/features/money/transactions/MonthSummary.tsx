import { useQuery } from '@tanstack/react-query';
import { reportQuery } from '../money-api.ts';
import { formatMonth, formatMoney, thisMonth } from '../money-format.ts';
import type { Owner } from '../money-types.ts';

/** This month so far, one card per currency: money in, money out and what is left. Quiet when there is nothing yet. */
export function MonthSummary({ owner }: { owner: Owner }) {
  const month = thisMonth();
  const report = useQuery(reportQuery(owner, month, month));
  const currencies = report.data?.currencies ?? [];
  if (currencies.length === 0) return null;
  return (
    <section aria-labelledby="month-summary-heading" className="space-y-3">
      <h2 id="month-summary-heading" className="text-sm font-semibold tracking-wide text-ink-muted uppercase">
        {formatMonth(month)} so far
      </h2>
      <ul className="grid gap-3 md:grid-cols-2">
        {currencies.map(({ currency, totals }) => (
          <li key={currency} className="rounded-3xl border border-line bg-surface p-5">
            <p className="text-sm font-semibold text-ink-muted">{currency}</p>
            <dl className="mt-2 grid grid-cols-3 gap-3">
              <div className="min-w-0">
                <dt className="text-sm text-ink-muted">Spent</dt>
                <dd className="text-lg font-semibold wrap-anywhere text-ink tabular-nums">{formatMoney(totals.expense.minor, currency)}</dd>
              </div>
              <div className="min-w-0">
                <dt className="text-sm text-ink-muted">Earned</dt>
                <dd className="text-lg font-semibold wrap-anywhere text-ok tabular-nums">{formatMoney(totals.income.minor, currency)}</dd>
              </div>
              <div className="min-w-0">
                <dt className="text-sm text-ink-muted">Net</dt>
                <dd className={`font-semibold tabular-nums ${totals.net.minor < 0 ? 'text-bad' : 'text-ink'}`}>{formatMoney(totals.net.minor, currency)}</dd>
              </div>
            </dl>
          </li>
        ))}
      </ul>
    </section>
  );
}
