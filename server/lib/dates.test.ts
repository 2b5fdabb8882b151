import { describe, expect, it } from 'vitest';
import { addDays, datesBetween, isLocalDate, isValidTimeZone, localDate, startOfLocalDate } from './dates.ts';

describe('time zones and local dates', () => {
  it.each([
    ['UTC', true],
    ['Europe/London', true],
    ['America/New_York', true],
    ['Mars/Olympus_Mons', false],
    ['', false],
    ['../../etc/passwd', false],
  ])('isValidTimeZone(%s) = %s', (zone, valid) => {
    expect(isValidTimeZone(zone)).toBe(valid);
  });

  it('gives the local calendar date of an instant', () => {
    const instant = new Date('2026-03-01T03:30:00Z');
    expect(localDate(instant, 'UTC')).toBe('2026-03-01');
    expect(localDate(instant, 'America/Los_Angeles')).toBe('2026-02-28');
    expect(localDate(instant, 'Asia/Tokyo')).toBe('2026-03-01');
  });

  it.each([
    // Spring forward in London: 2026-03-29 has 23 hours.
    ['Europe/London', '2026-03-29', '2026-03-29T00:00:00.000Z', '2026-03-29T23:00:00.000Z'],
    // Fall back in New York: 2026-11-01 has 25 hours.
    ['America/New_York', '2026-11-01', '2026-11-01T04:00:00.000Z', '2026-11-02T05:00:00.000Z'],
    ['Asia/Kolkata', '2026-06-15', '2026-06-14T18:30:00.000Z', '2026-06-15T18:30:00.000Z'],
  ])('day boundaries in %s on %s follow DST', (zone, date, start, nextStart) => {
    expect(startOfLocalDate(date, zone).toISOString()).toBe(start);
    expect(startOfLocalDate(addDays(date, 1), zone).toISOString()).toBe(nextStart);
  });

  it('finds the first instant of a day whose midnight is skipped', () => {
    // Chile springs forward at 24:00 -> 01:00 (2026-09-06 in America/Santiago).
    const start = startOfLocalDate('2026-09-06', 'America/Santiago');
    expect(localDate(start, 'America/Santiago')).toBe('2026-09-06');
    expect(localDate(new Date(start.getTime() - 1000), 'America/Santiago')).toBe('2026-09-05');
  });

  it.each([
    // Samoa skipped 2011-12-30 when it crossed the date line; Kwajalein skipped 1993-08-21.
    ['Pacific/Apia', '2011-12-30', '2011-12-31'],
    ['Pacific/Kwajalein', '1993-08-21', '1993-08-22'],
  ])('ends at the first moment after a date %s skipped entirely (%s)', (timeZone, skipped, next) => {
    const start = startOfLocalDate(skipped, timeZone);
    expect(localDate(start, timeZone)).toBe(next);
    expect(localDate(new Date(start.getTime() - 1000), timeZone) < skipped).toBe(true);
  });

  it('keeps years below 100 as they are (Date.UTC would read 0050 as 1950)', () => {
    expect(isLocalDate('0050-01-01')).toBe(true);
    expect(addDays('0050-12-31', 1)).toBe('0051-01-01');
  });

  it('validates and walks calendar dates', () => {
    expect(isLocalDate('2026-02-28')).toBe(true);
    expect(isLocalDate('2026-02-30')).toBe(false);
    expect(isLocalDate('26-02-01')).toBe(false);
    expect(datesBetween('2026-02-27', '2026-03-02')).toEqual(['2026-02-27', '2026-02-28', '2026-03-01', '2026-03-02']);
  });
});
