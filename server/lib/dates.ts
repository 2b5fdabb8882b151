/**
 * Calendar days in a person's time zone, correct across DST changes, with nothing but Intl.
 * A "local date" is a YYYY-MM-DD string; instants are Date objects.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** True for IANA names this runtime knows ("Europe/London", "UTC"); false for anything else. */
export function isValidTimeZone(timeZone: string): boolean {
  if (timeZone.length === 0 || timeZone.length > 64) return false;
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

function parts(instant: Date, timeZone: string): Record<string, number> {
  const result: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(instant)) {
    if (part.type !== 'literal') result[part.type] = Number(part.value);
  }
  return result;
}

/** The calendar date of an instant as seen in the time zone. */
export function localDate(instant: Date, timeZone: string): string {
  const p = parts(instant, timeZone);
  return `${String(p.year).padStart(4, '0')}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`;
}

/** Milliseconds the zone is ahead of UTC at that instant. */
function offsetAt(instant: Date, timeZone: string): number {
  const p = parts(instant, timeZone);
  const asUtc = Date.UTC(p.year ?? 1970, (p.month ?? 1) - 1, p.day ?? 1, p.hour ?? 0, p.minute ?? 0, p.second ?? 0);
  return asUtc - Math.floor(instant.getTime() / 1000) * 1000;
}

const datePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Midnight UTC of a YYYY-MM-DD date (the day may overflow: day 32 is the next month). Unlike Date.UTC, years below 100 stay themselves. */
function utcMidnight(date: string, addedDays = 0): number {
  const match = datePattern.exec(date);
  if (!match) throw new RangeError(`not a date: ${date}`);
  const at = new Date(0);
  at.setUTCFullYear(Number(match[1]), Number(match[2]) - 1, Number(match[3]) + addedDays);
  return at.getTime();
}

export function isLocalDate(value: string): boolean {
  if (!datePattern.test(value)) return false;
  return new Date(utcMidnight(value)).toISOString().slice(0, 10) === value;
}

/**
 * The first instant of a local date in the zone (usually local midnight; where a DST change skips
 * midnight, the first moment that exists).
 */
export function startOfLocalDate(date: string, timeZone: string): Date {
  const midnightUtc = utcMidnight(date);
  let guess = midnightUtc - offsetAt(new Date(midnightUtc), timeZone);
  guess = midnightUtc - offsetAt(new Date(guess), timeZone);
  // If local midnight does not exist (a spring-forward at 00:00), the guess lands on the day
  // before: step forward to the first moment of the date. A date the zone skipped entirely
  // (Pacific/Apia has no 2011-12-30) has none; stop at the first moment after it. Bounded: no
  // zone's offset moves by more than two days.
  for (let step = 0; step < 200 && localDate(new Date(guess), timeZone) < date; step += 1) guess += 15 * 60 * 1000;
  return new Date(guess);
}

export function addDays(date: string, days: number): string {
  return new Date(utcMidnight(date, days)).toISOString().slice(0, 10);
}

/** Every local date from `from` to `to`, inclusive. */
export function datesBetween(from: string, to: string): string[] {
  const dates: string[] = [];
  for (let date = from; date <= to; date = addDays(date, 1)) dates.push(date);
  return dates;
}
