import { currencyDigits, formatMoney, formatMonth, shortMonth } from '../money-format.ts';
import type { CurrencyReport } from '../money-types.ts';
import { ChartFrame } from '../../../components/ChartFrame.tsx';

// A plot inside a fixed viewBox, like the check-in charts, with room on the left for amounts.
const chart = { width: 480, height: 240, left: 64, right: 8, top: 12, bottom: 34 } as const;
const plotWidth = chart.width - chart.left - chart.right;
const plotBottom = chart.height - chart.bottom;
/** The smallest 1, 2, 2.5 or 5 × 10ⁿ whole amount (in major units) at or above `minor`, in minor units. */
function niceCeiling(minor: number, currency: string): number {
  const unit = 10 ** currencyDigits(currency);
  const major = Math.max(1, minor / unit);
  const magnitude = 10 ** Math.floor(Math.log10(major));
  const step = [1, 2, 2.5, 5, 10].find((factor) => factor * magnitude >= major) ?? 10;
  return step * magnitude * unit;
}

const yFor = (value: number, max: number) => chart.top + (1 - value / (max || 1)) * (plotBottom - chart.top);

/** Money in and out each month, as pairs of bars, for one currency. */
export function MonthlyChart({ report }: { report: CurrencyReport }) {
  const { currency, months } = report;
  const max = niceCeiling(Math.max(0, ...months.flatMap((month) => [month.income.minor, month.expense.minor])), currency);
  const bandWidth = plotWidth / Math.max(1, months.length);
  const barWidth = Math.max(3, Math.min(28, bandWidth * 0.34));
  const busiest = months.reduce<(typeof months)[number] | undefined>((top, month) => (!top || month.expense.minor > top.expense.minor ? month : top), undefined);
  const summary =
    `Income and spending in ${currency} over ${months.length} month${months.length === 1 ? '' : 's'}: ` +
    `${formatMoney(report.totals.income.minor, currency)} in, ${formatMoney(report.totals.expense.minor, currency)} out` +
    (busiest && busiest.expense.minor > 0 ? `; the most spent was in ${formatMonth(busiest.month)}.` : '.');
  const ticks = [0, max / 2, max];
  const step = Math.ceil(months.length / 6);
  return (
    <ChartFrame headingLevel={4}
      id={`monthly-${currency}`}
      title="Income and spending by month"
      summary={summary}
      viewBox={`0 0 ${chart.width} ${chart.height}`}
      caption={`Income and spending in ${currency}, by month`}
      columns={['Month', 'Income', 'Spending']}
      rows={months.map((month) => ({ key: month.month, cells: [formatMonth(month.month), formatMoney(month.income.minor, currency), formatMoney(month.expense.minor, currency)] }))}
      legend={
        <>
          <span className="inline-flex items-center gap-2">
            <span aria-hidden="true" className="size-3 rounded-sm bg-accent" /> Income
          </span>
          <span className="inline-flex items-center gap-2">
            <span aria-hidden="true" className="size-3 rounded-sm bg-warn" /> Spending
          </span>
        </>
      }
    >
      <g className="text-[15px]">
        {ticks.map((tick) => (
          <g key={tick}>
            <line x1={chart.left} x2={chart.width - chart.right} y1={yFor(tick, max)} y2={yFor(tick, max)} strokeWidth={1} className="stroke-line" />
            <text x={chart.left - 6} y={yFor(tick, max) + 4} textAnchor="end" className="fill-ink-muted">
              {formatMoney(Math.round(tick), currency, { compact: true })}
            </text>
          </g>
        ))}
        {months.map((month, index) =>
          (months.length - 1 - index) % step === 0 ? (
            <text key={month.month} x={chart.left + bandWidth * (index + 0.5)} y={plotBottom + 24} textAnchor="middle" className="fill-ink-muted">
              {shortMonth(month.month)}
            </text>
          ) : null,
        )}
      </g>
      {months.map((month, index) => {
        const center = chart.left + bandWidth * (index + 0.5);
        const bar = (value: number, x: number, tone: string) => {
          if (value <= 0) return null;
          const top = yFor(value, max);
          return <rect x={x} y={top} width={barWidth} height={Math.max(1.5, plotBottom - top)} rx={Math.min(3, barWidth / 3)} className={tone} />;
        };
        return (
          <g key={month.month}>
            {bar(month.income.minor, center - barWidth - 1, 'fill-accent')}
            {bar(month.expense.minor, center + 1, 'fill-warn')}
          </g>
        );
      })}
    </ChartFrame>
  );
}
