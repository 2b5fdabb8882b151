import { band, chart, dayTick, plotBottom, yFor } from './chart-geometry.ts';

/** Horizontal grid lines with their values, and the day labels under the plot. */
export function DayAxis({ days, ticks, min, max, format }: { days: readonly string[]; ticks: readonly number[]; min: number; max: number; format: (value: number) => string }) {
  return (
    <g className="text-[16px]">
      {ticks.map((tick) => (
        <g key={tick}>
          <line x1={chart.left} x2={chart.width - chart.right} y1={yFor(tick, min, max)} y2={yFor(tick, min, max)} className="stroke-line" strokeWidth={1} />
          <text x={chart.left - 6} y={yFor(tick, min, max) + 4} textAnchor="end" className="fill-ink-muted">
            {format(tick)}
          </text>
        </g>
      ))}
      {days.map((day, index) => {
        const label = dayTick(day, index, days.length);
        return label ? (
          <text key={day} x={band(index, days.length).center} y={plotBottom + 24} textAnchor="middle" className="fill-ink-muted">
            {label}
          </text>
        ) : null;
      })}
    </g>
  );
}
