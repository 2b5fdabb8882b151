/**
 * Date formats seen in bank statements, and reading them into ISO dates. Only the date part
 * matters: a time after it ("2026-03-01 14:22", "2026-03-01T23:30:00Z") is dropped without
 * converting time zones, because the statement's own date is the one the person recognises.
 */
export const DATE_FORMATS = [
  'YYYY-MM-DD',
  'DD/MM/YYYY',
  'MM/DD/YYYY',
  'DD.MM.YYYY',
  'YYYY/MM/DD',
  'DD-MM-YYYY',
  'MM-DD-YYYY',
] as const;

export type DateFormat = (typeof DATE_FORMATS)[number];

export const MIN_YEAR = 1900;
export const MAX_YEAR = 2100;

type FieldOrder = 'ymd' | 'dmy' | 'mdy';

const layouts: Record<DateFormat, { order: FieldOrder; separator: string }> = {
  'YYYY-MM-DD': { order: 'ymd', separator: '-' },
  'DD/MM/YYYY': { order: 'dmy', separator: '/' },
  'MM/DD/YYYY': { order: 'mdy', separator: '/' },
  'DD.MM.YYYY': { order: 'dmy', separator: '.' },
  'YYYY/MM/DD': { order: 'ymd', separator: '/' },
  'DD-MM-YYYY': { order: 'dmy', separator: '-' },
  'MM-DD-YYYY': { order: 'mdy', separator: '-' },
};

// What may follow the date: a time with optional seconds, fraction, AM/PM and zone.
const timeSuffix = /^(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d{1,9})?)?(?: ?[AaPp][Mm])?(?: ?(?:Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?))?)?$/u;
const datePart = /^(\d{1,4})([./-])(\d{1,2})\2(\d{1,4})/u;

/**
 * Two-digit years (day- or month-first formats only, e.g. 03/04/26) follow the POSIX strptime
 * rule: 00-68 are 2000-2068, 69-99 are 1969-1999. Year-first formats need all four digits.
 */
function fullYear(text: string, allowTwoDigits: boolean): number | null {
  if (text.length === 4) return Number(text);
  if (text.length === 2 && allowTwoDigits) {
    const year = Number(text);
    return year <= 68 ? 2000 + year : 1900 + year;
  }
  return null;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return month === 2 && leap ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0);
}

/** Reads `text` in `format` into 'YYYY-MM-DD', or null unless it is a real date in 1900-2100. */
export function parseDate(text: string, format: DateFormat): string | null {
  const trimmed = text.trim();
  if (trimmed.length > 40) return null;
  const match = datePart.exec(trimmed);
  if (!match) return null;
  const [whole, first = '', separator, second = '', third = ''] = match;
  if (!timeSuffix.test(trimmed.slice(whole.length))) return null;
  const layout = layouts[format];
  if (separator !== layout.separator) return null;
  const [yearText, monthText, dayText] =
    layout.order === 'ymd' ? [first, second, third] : layout.order === 'dmy' ? [third, second, first] : [third, first, second];
  if (monthText.length > 2 || dayText.length > 2) return null;
  const year = fullYear(yearText, layout.order !== 'ymd');
  const month = Number(monthText);
  const day = Number(dayText);
  if (year === null || year < MIN_YEAR || year > MAX_YEAR) return null;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return `${String(year)}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * The format that reads every non-empty sample value, or null if none does. When several do
 * (03/04/2026 reads both ways) the first in DATE_FORMATS order wins, so day-first beats
 * month-first: a single 13/04 or 04/13 in the sample is enough to settle it.
 */
export function guessDateFormat(samples: readonly string[]): DateFormat | null {
  const values = samples.map((value) => value.trim()).filter((value) => value !== '');
  if (values.length === 0) return null;
  return DATE_FORMATS.find((format) => values.every((value) => parseDate(value, format) !== null)) ?? null;
}
