/** Shared layout of the day charts: a plot area inside a fixed viewBox, one band per day. */
import { shortDay, weekdayOf } from './local-days.ts';

export const chart = { width: 480, height: 240, left: 46, right: 8, top: 12, bottom: 34 } as const;
export const viewBox = `0 0 ${chart.width} ${chart.height}`;
export const plotWidth = chart.width - chart.left - chart.right;
export const plotHeight = chart.height - chart.top - chart.bottom;
export const plotBottom = chart.top + plotHeight;

/** The band of each of `count` days: its centre and width. */
export function band(index: number, count: number): { center: number; width: number } {
  const width = plotWidth / Math.max(1, count);
  return { center: chart.left + width * (index + 0.5), width };
}

/** A value's height on the plot, for a scale from `min` to `max`. */
export function yFor(value: number, min: number, max: number): number {
  return chart.top + (1 - (value - min) / (max - min || 1)) * plotHeight;
}

/** Which days get a label under the axis: all of a week, about every fifth of a month. */
export function dayTick(day: string, index: number, count: number): string | undefined {
  if (count <= 7) return weekdayOf(day);
  const step = Math.ceil(count / 6);
  return (count - 1 - index) % step === 0 ? shortDay(day) : undefined;
}
