import { formatMoney } from '../money-format.ts';
import type { CurrencyReport } from '../money-types.ts';

const shown = 8;

/**
 * Where the money went: spending by category, largest first, each with a bar for its share.
 * The bars are SVG with computed widths (no style attribute); the amounts and shares are text.
 */
export function CategoryBreakdown({ report }: { report: CurrencyReport }) {
  const { currency } = report;
  const spending = report.byCategory.filter((row) => row.expense.minor > 0).sort((a, b) => b.expense.minor - a.expense.minor);
  const total = spending.reduce((sum, row) => sum + row.expense.minor, 0);
  const top = spending.slice(0, shown);
  const rest = spending.slice(shown).reduce((sum, row) => sum + row.expense.minor, 0);
  const rows = rest > 0 ? [...top.map((row) => ({ key: row.categoryId ?? 'none', name: row.name, minor: row.expense.minor })), { key: 'rest', name: 'Everything else', minor: rest }] : top.map((row) => ({ key: row.categoryId ?? 'none', name: row.name, minor: row.expense.minor }));
  const largest = rows[0]?.minor ?? 1;
  return (
    <figure aria-labelledby={`categories-${currency}-title`} className="rounded-3xl border border-line bg-surface p-5 shadow-sm shadow-black/[0.03] sm:p-6 dark:shadow-none">
      <h4 id={`categories-${currency}-title`} className="font-semibold text-ink">
        Spending by category
      </h4>
      {rows.length === 0 ? (
        <p className="mt-1 text-sm text-ink-muted">No spending in these months.</p>
      ) : (
        <>
          <p className="mt-1 text-sm leading-relaxed text-ink-muted">
            {formatMoney(total, currency)} in {spending.length} categor{spending.length === 1 ? 'y' : 'ies'}; the most went to {rows[0]?.name}.
          </p>
          <ul className="mt-4 space-y-3">
            {rows.map((row) => {
              const share = total > 0 ? Math.round((row.minor / total) * 100) : 0;
              return (
                <li key={row.key}>
                  <div className="flex items-baseline justify-between gap-3 text-sm">
                    <span className="min-w-0 truncate font-medium text-ink">{row.name}</span>
                    <span className="shrink-0 text-ink-muted tabular-nums">
                      <span className="font-semibold text-ink">{formatMoney(row.minor, currency)}</span> · {share}%
                    </span>
                  </div>
                  <svg aria-hidden="true" viewBox="0 0 100 6" preserveAspectRatio="none" className="mt-1.5 block h-2 w-full overflow-hidden rounded-full bg-surface-muted">
                    <rect x="0" y="0" width={Math.max(1, (row.minor / largest) * 100)} height="6" className="fill-warn" />
                  </svg>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </figure>
  );
}
