import type { SummaryDay, WaterUnit } from './checkins-api.ts';
import { ChartFrame } from '../../components/ChartFrame.tsx';
import { band, chart, plotBottom, viewBox, yFor } from './chart-geometry.ts';
import { formatWater, plural, waterNumber } from './checkin-format.ts';
import { DayAxis } from './DayAxis.tsx';
import { shortDay } from './local-days.ts';

interface WaterChartProps {
  days: readonly SummaryDay[];
  goalMl: number;
  unit: WaterUnit;
}

/** Water: each day's total as a bar, the daily goal as a dashed line. */
export function WaterChart({ days, goalMl, unit }: WaterChartProps) {
  const max = Math.max(goalMl * 1.25, ...days.map((day) => day.waterMl));
  const met = days.filter((day) => day.goalMet).length;
  const goalY = yFor(goalMl, 0, max);
  const summary = `Water over the last ${days.length} days: the goal of ${formatWater(goalMl, unit)} was met on ${plural(met, 'day')}.`;
  return (
    <ChartFrame
      id="water-chart"
      title="Water"
      summary={summary}
      viewBox={viewBox}
      columns={['Day', 'Water', 'Goal met']}
      rows={days.map((day) => ({ key: day.date, cells: [shortDay(day.date), formatWater(day.waterMl, unit), day.goalMet ? 'yes' : 'no'] }))}
      legend={
        <>
          <span className="inline-flex items-center gap-2">
            <span aria-hidden="true" className="size-3 rounded-sm bg-accent/45" /> Under the goal
          </span>
          <span className="inline-flex items-center gap-2">
            <span aria-hidden="true" className="size-3 rounded-sm bg-accent" /> Goal met
          </span>
          <span className="inline-flex items-center gap-2">
            <span aria-hidden="true" className="w-4 border-t-2 border-dashed border-ink-muted" /> Goal, {formatWater(goalMl, unit)}
          </span>
        </>
      }
    >
      <DayAxis days={days.map((day) => day.date)} ticks={[0, Math.round(max / 2), Math.round(max)]} min={0} max={max} format={(value) => waterNumber(value, unit)} />
      {days.map((day, index) => {
        const { center, width } = band(index, days.length);
        const top = yFor(day.waterMl, 0, max);
        const barWidth = Math.max(3, width * 0.6);
        return day.waterMl > 0 ? (
          <rect key={day.date} x={center - barWidth / 2} y={top} width={barWidth} height={plotBottom - top} rx={Math.min(4, barWidth / 3)} className={day.goalMet ? 'fill-accent' : 'fill-accent/45'} />
        ) : null;
      })}
      <line x1={chart.left} x2={chart.width - chart.right} y1={goalY} y2={goalY} strokeWidth={2} strokeDasharray="6 5" className="stroke-ink-muted" />
    </ChartFrame>
  );
}
