/** Dates and times as people read them, in their own locale and time zone. */

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const dateTimeSeconds = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'medium' });
const dateOnly = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });
const relative = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' });

function parse(value: string | number): Date | undefined {
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** "12 May 2025, 14:05" (or with seconds, for logs). */
export function formatDateTime(value: string | number, { seconds = false }: { seconds?: boolean } = {}): string {
  const date = parse(value);
  if (!date) return String(value);
  return (seconds ? dateTimeSeconds : dateTime).format(date);
}

/** "12 May 2025". */
export function formatDate(value: string | number): string {
  const date = parse(value);
  return date ? dateOnly.format(date) : String(value);
}

/** "2025-05-12 12:05:09 UTC": the stored time, for a title beside the local one. */
export function formatUtc(value: string | number): string {
  const date = parse(value);
  return date ? `${date.toISOString().slice(0, 19).replace('T', ' ')} UTC` : String(value);
}

const steps: Array<[Intl.RelativeTimeFormatUnit, number]> = [
  ['year', 365 * 86_400],
  ['month', 30 * 86_400],
  ['week', 7 * 86_400],
  ['day', 86_400],
  ['hour', 3600],
  ['minute', 60],
];

/** "just now", "5 minutes ago", "in 3 days". */
export function formatRelative(value: string | number, now: number = Date.now()): string {
  const date = parse(value);
  if (!date) return String(value);
  const seconds = Math.round((date.getTime() - now) / 1000);
  if (Math.abs(seconds) < 60) return 'just now';
  for (const [unit, size] of steps) {
    if (Math.abs(seconds) >= size) return relative.format(Math.trunc(seconds / size), unit);
  }
  return relative.format(Math.trunc(seconds / 60), 'minute');
}

/** True when the moment has passed. */
export function isPast(value: string | number, now: number = Date.now()): boolean {
  const date = parse(value);
  return date !== undefined && date.getTime() <= now;
}
