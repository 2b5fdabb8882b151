import { useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { ErrorPanel } from '../../../components/ErrorPanel.tsx';
import { PageLoading } from '../../../components/PageLoading.tsx';
import { PeriodToggle } from '../../../components/PeriodToggle.tsx';
import { reportQuery } from '../money-api.ts';
import { addMonths, formatMonth, thisMonth } from '../money-format.ts';
import type { Owner } from '../money-types.ts';
import { BudgetHistory } from './BudgetHistory.tsx';
import { CategoryBreakdown } from './CategoryBreakdown.tsx';
import { CurrencyTotals } from './CurrencyTotals.tsx';
import { MonthlyChart } from './MonthlyChart.tsx';

const spans = [3, 6, 12] as const;
type Span = (typeof spans)[number];

/** Months of income and spending, one section per currency (amounts in different currencies are never added up). */
export function ReportsView({ owner }: { owner: Owner }) {
  const [params, setParams] = useSearchParams();
  const wanted = Number(params.get('months'));
  const span: Span = spans.find((value) => value === wanted) ?? 6;
  const to = thisMonth();
  const from = addMonths(to, -(span - 1));
  const report = useQuery(reportQuery(owner, from, to));

  const body = () => {
    if (report.isPending) return <PageLoading label="Loading the report…" />;
    if (report.isError) return <ErrorPanel title="Could not load the report" error={report.error} onRetry={() => void report.refetch()} retrying={report.isFetching} />;
    if (report.data.currencies.length === 0)
      return <p className="rounded-2xl border border-dashed border-line-strong px-5 py-8 text-center text-ink-muted">Nothing to report for these months yet. Add or import transactions and they will show here.</p>;
    return report.data.currencies.map((currency) => (
      <section key={currency.currency} aria-labelledby={`report-${currency.currency}`} className="space-y-5">
        <h3 id={`report-${currency.currency}`} className="text-lg font-semibold tracking-tight text-ink">
          In {currency.currency}
        </h3>
        <CurrencyTotals report={currency} />
        <div className="grid gap-6 lg:grid-cols-2">
          <MonthlyChart report={currency} />
          <CategoryBreakdown report={currency} />
        </div>
        <BudgetHistory report={currency} />
      </section>
    ));
  };

  return (
    <section aria-labelledby="reports-heading" className="space-y-8">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div>
          <h2 id="reports-heading" className="text-xl font-semibold tracking-tight text-ink">
            Reports
          </h2>
          <p className="text-sm text-ink-muted">
            {formatMonth(from)} to {formatMonth(to)}. Each currency is shown on its own, never converted.
          </p>
        </div>
        <PeriodToggle
          options={spans}
          value={span}
          label={(months) => `${months} months`}
          onChange={(months) =>
            setParams((current) => {
              const next = new URLSearchParams(current);
              if (months === 6) next.delete('months');
              else next.set('months', String(months));
              return next;
            })
          }
        />
      </div>
      {body()}
    </section>
  );
}
