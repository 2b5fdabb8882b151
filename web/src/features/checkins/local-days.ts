/** Calendar days in a given IANA time zone, as yyyy-mm-dd (what /summary takes). */

/** The browser's own time zone, offered as the default. */
export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** Today's date (or `at`) in the time zone. */
export function dayIn(timeZone: string, at: Date = new Date()): string {
  try {
    // en-CA formats as yyyy-mm-dd.
    return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
  } catch {
    return at.toISOString().slice(0, 10);
  }
}

/** A yyyy-mm-dd date moved by whole days. */
export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

const short = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', timeZone: 'UTC' });
const weekday = new Intl.DateTimeFormat(undefined, { weekday: 'short', timeZone: 'UTC' });

/** "12 May" for a yyyy-mm-dd day. */
export function shortDay(day: string): string {
  return short.format(new Date(`${day}T12:00:00Z`));
}

/** "Tue" for a yyyy-mm-dd day. */
export function weekdayOf(day: string): string {
  return weekday.format(new Date(`${day}T12:00:00Z`));
}

/** A yyyy-mm-dd day as the browser's local midnight, ISO (for the lists' from/to). */
export function localMidnight(day: string, addDaysCount = 0): string {
  const [year = 0, month = 1, date = 1] = day.split('-').map(Number);
  return new Date(year, month - 1, date + addDaysCount).toISOString();
}

/** An ISO instant as a datetime-local input value, in the browser's zone. */
export function toLocalInput(iso: string): string {
  const date = new Date(iso);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** A datetime-local input value back to an ISO instant, or undefined when it is not a time. */
export function fromLocalInput(value: string): string | undefined {
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}
