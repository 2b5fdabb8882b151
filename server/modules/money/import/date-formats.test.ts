import { describe, expect, it } from 'vitest';
import { guessDateFormat, parseDate, type DateFormat } from './date-formats.ts';

describe('parseDate', () => {
  it.each<[string, DateFormat, string | null]>([
    ['2026-03-01', 'YYYY-MM-DD', '2026-03-01'],
    ['2026-3-1', 'YYYY-MM-DD', '2026-03-01'],
    [' 2026-03-01 ', 'YYYY-MM-DD', '2026-03-01'],
    ['2026-03-01 14:22', 'YYYY-MM-DD', '2026-03-01'],
    ['2026-03-01T14:22:00Z', 'YYYY-MM-DD', '2026-03-01'],
    ['2026-03-01T23:30:00.123+05:30', 'YYYY-MM-DD', '2026-03-01'], // the date as written, not converted
    ['03/01/2026 2:05 PM', 'MM/DD/YYYY', '2026-03-01'],
    ['01/03/2026', 'DD/MM/YYYY', '2026-03-01'],
    ['01/03/2026', 'MM/DD/YYYY', '2026-01-03'],
    ['1.3.2026', 'DD.MM.YYYY', '2026-03-01'],
    ['2026/03/01', 'YYYY/MM/DD', '2026-03-01'],
    ['01-03-2026', 'DD-MM-YYYY', '2026-03-01'],
    ['03-01-2026', 'MM-DD-YYYY', '2026-03-01'],
    ['01/03/26', 'DD/MM/YYYY', '2026-03-01'], // two-digit years: 00-68 → 20xx
    ['01/03/69', 'DD/MM/YYYY', '1969-03-01'], // 69-99 → 19xx
    ['29/02/2024', 'DD/MM/YYYY', '2024-02-29'], // leap year
    ['2100-12-31', 'YYYY-MM-DD', '2100-12-31'],
    ['1900-01-01', 'YYYY-MM-DD', '1900-01-01'],
    ['31/02/2026', 'DD/MM/YYYY', null],
    ['29/02/2026', 'DD/MM/YYYY', null],
    ['31/04/2026', 'DD/MM/YYYY', null],
    ['13/13/2026', 'DD/MM/YYYY', null],
    ['00/01/2026', 'DD/MM/YYYY', null],
    ['2026-03-01', 'DD-MM-YYYY', null],
    ['01/03/2026', 'DD.MM.YYYY', null], // wrong separator
    ['26-03-01', 'YYYY-MM-DD', null], // year-first needs four digits
    ['1899-12-31', 'YYYY-MM-DD', null],
    ['2101-01-01', 'YYYY-MM-DD', null],
    ['2026-03-01x', 'YYYY-MM-DD', null],
    ['2026-03-01 lunch', 'YYYY-MM-DD', null],
    ['20260301', 'YYYY-MM-DD', null],
    ['', 'YYYY-MM-DD', null],
    ['yesterday', 'YYYY-MM-DD', null],
  ])('%j as %s → %s', (text, format, expected) => {
    expect(parseDate(text, format)).toBe(expected);
  });
});

describe('guessDateFormat', () => {
  it.each<[string, string[], DateFormat | null]>([
    ['ISO', ['2026-03-01', '2026-03-02'], 'YYYY-MM-DD'],
    ['ambiguous alone: day first', ['03/04/2026'], 'DD/MM/YYYY'],
    ['03/04 settled as day-first by 25/03', ['03/04/2026', '25/03/2026'], 'DD/MM/YYYY'],
    ['03/04 settled as month-first by 03/25', ['03/04/2026', '03/25/2026'], 'MM/DD/YYYY'],
    ['German dots', ['01.03.2026', '15.03.2026'], 'DD.MM.YYYY'],
    ['dashes, month first', ['12-31-2025', '01-02-2026'], 'MM-DD-YYYY'],
    ['blank cells ignored', ['', '2026/03/01', ' '], 'YYYY/MM/DD'],
    ['mixed formats', ['2026-03-01', '01/03/2026'], null],
    ['no values', ['', ''], null],
    ['not dates', ['hello'], null],
  ])('%s', (_name, samples, expected) => {
    expect(guessDateFormat(samples)).toBe(expected);
  });
});
