import { z } from 'zod';

/**
 * The calendar dates Daybook accepts, in bodies and queries alike. Outside them nothing a person
 * records makes sense, and date arithmetic breaks: Date.UTC reads years below 100 as 19xx, and
 * the day after 9999-12-31 is not a YYYY-MM-DD date.
 */
export const earliestLocalDate = '1970-01-01';
export const latestLocalDate = '2100-12-31';

export const localDateSchema = z.iso
  .date({ error: 'must be a date such as 2026-11-23' })
  .refine((date) => date >= earliestLocalDate && date <= latestLocalDate, { error: `must be between ${earliestLocalDate} and ${latestLocalDate}` });
