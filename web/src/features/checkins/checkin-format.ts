/** Words and numbers for check-ins: mood labels, water in the person's unit. */
import type { WaterUnit } from './checkins-api.ts';

export const mlPerFlOz = 29.5735;

const moodWords = ['very low', 'low', 'quite low', 'a bit low', 'okay', 'fair', 'good', 'quite good', 'great', 'excellent'] as const;

/** "7, good": how each score reads aloud. */
export function moodLabel(score: number): string {
  return `${score}, ${moodWords[Math.min(10, Math.max(1, Math.round(score))) - 1] ?? ''}`;
}

export const moodScores = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const;

const whole = new Intl.NumberFormat(undefined, { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat(undefined, { maximumFractionDigits: 1 });

/** "1,500 ml" or "50.7 fl oz" (the API is always ml; fl oz is only for display). */
export function formatWater(ml: number, unit: WaterUnit): string {
  return unit === 'fl_oz' ? `${oneDecimal.format(ml / mlPerFlOz)} fl oz` : `${whole.format(ml)} ml`;
}

/** The number alone, in the unit: for "750 of 2,000 ml". */
export function waterNumber(ml: number, unit: WaterUnit): string {
  return unit === 'fl_oz' ? oneDecimal.format(ml / mlPerFlOz) : whole.format(ml);
}

export const unitLabel: Record<WaterUnit, string> = { ml: 'ml', fl_oz: 'fl oz' };

/** Entered in the person's unit, stored in whole ml. */
export function toMl(value: number, unit: WaterUnit): number {
  return Math.round(unit === 'fl_oz' ? value * mlPerFlOz : value);
}

/** An average to one decimal, or a dash when there is nothing to average. */
export function formatAverage(value: number | null, suffix = ''): string {
  return value === null ? '–' : `${oneDecimal.format(value)}${suffix}`;
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${whole.format(count)} ${count === 1 ? one : many}`;
}
