import { z } from 'zod';
import { pageQuerySchema } from '../../lib/pagination.ts';
import { localDateSchema } from '../../lib/local-date.ts';

export const maxWaterPerLogMl = 5000;
export const waterPresetsMl = [150, 250, 330, 500, 750] as const;
export const maxNoteLength = 1000;

const id = z.string().min(1).max(64);
const instant = z.iso.datetime({ offset: true, error: 'must be an ISO 8601 date-time such as 2026-11-23T08:30:00Z' });
const localDate = localDateSchema;

/** Emotion tags are short words, lower-cased and de-duplicated. */
const emotions = z
  .array(z.string().trim().toLowerCase().min(1).max(30).regex(/^[\p{L}][\p{L} '-]*$/u, 'letters, spaces, hyphens and apostrophes only'))
  .max(10)
  .transform((tags) => [...new Set(tags)]);

export const moodCreateSchema = z.strictObject({
  score: z.number().int().min(1).max(10),
  note: z.string().trim().max(maxNoteLength).optional(),
  emotions: emotions.optional(),
  recordedAt: instant.optional(),
  /** Whose check-in this is: yourself by default, or someone who made you their editor. */
  ownerId: id.optional(),
});

export const moodPatchSchema = z
  .strictObject({
    score: z.number().int().min(1).max(10).optional(),
    note: z.string().trim().max(maxNoteLength).nullable().optional(),
    emotions: emotions.optional(),
    recordedAt: instant.optional(),
  })
  .refine((patch) => Object.keys(patch).length > 0, 'Send at least one field to change.');

export const waterCreateSchema = z.strictObject({
  amountMl: z.number().int().min(1).max(maxWaterPerLogMl),
  recordedAt: instant.optional(),
  ownerId: id.optional(),
});

export const waterPatchSchema = z
  .strictObject({
    amountMl: z.number().int().min(1).max(maxWaterPerLogMl).optional(),
    recordedAt: instant.optional(),
  })
  .refine((patch) => Object.keys(patch).length > 0, 'Send at least one field to change.');

export const listQuerySchema = pageQuerySchema.extend({
  owner: id.optional(),
  from: instant.optional(),
  to: instant.optional(),
});

export const summaryQuerySchema = z.object({ owner: id.optional(), from: localDate, to: localDate });
export const exportQuerySchema = z.object({ format: z.enum(['csv', 'json']).default('json') });
export const idParamsSchema = z.object({ id });

export const settingsSchema = z.object({
  timeZone: z.string(),
  waterGoalMl: z.number().int(),
  waterUnit: z.enum(['ml', 'fl_oz']),
  waterPresetsMl: z.array(z.number().int()),
});

export const settingsPatchSchema = z
  .strictObject({
    timeZone: z.string().min(1).max(64).optional(),
    waterGoalMl: z.number().int().min(250).max(10_000).optional(),
    waterUnit: z.enum(['ml', 'fl_oz']).optional(),
  })
  .refine((patch) => Object.keys(patch).length > 0, 'Send at least one setting to change.');

export const moodSchema = z.object({
  id: z.string(),
  ownerId: z.string(),
  score: z.number().int(),
  note: z.string().nullable(),
  emotions: z.array(z.string()),
  recordedAt: z.string(),
  createdBy: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const waterSchema = z.object({
  id: z.string(),
  ownerId: z.string(),
  amountMl: z.number().int(),
  recordedAt: z.string(),
  createdBy: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const moodPageSchema = z.object({ items: z.array(moodSchema), nextCursor: z.string().nullable() });
export const waterPageSchema = z.object({ items: z.array(waterSchema), nextCursor: z.string().nullable() });

export const daySchema = z.object({
  date: z.string(),
  waterMl: z.number().int(),
  goalMet: z.boolean(),
  moodAverage: z.number().nullable(),
  moodCount: z.number().int(),
});

export const summarySchema = z.object({
  ownerId: z.string(),
  timeZone: z.string(),
  waterGoalMl: z.number().int(),
  days: z.array(daySchema),
  averages: z.object({
    mood7: z.number().nullable(),
    mood30: z.number().nullable(),
    water7: z.number().nullable(),
    water30: z.number().nullable(),
  }),
  streaks: z.object({ currentGoalDays: z.number().int(), longestGoalDays: z.number().int() }),
});

export type Mood = z.infer<typeof moodSchema>;
export type Water = z.infer<typeof waterSchema>;
export type Settings = z.infer<typeof settingsSchema>;
export type Summary = z.infer<typeof summarySchema>;
export type Day = z.infer<typeof daySchema>;
export type MoodCreate = z.infer<typeof moodCreateSchema>;
export type MoodPatch = z.infer<typeof moodPatchSchema>;
export type WaterCreate = z.infer<typeof waterCreateSchema>;
export type WaterPatch = z.infer<typeof waterPatchSchema>;
export type ListQuery = z.infer<typeof listQuerySchema>;
export type SettingsPatch = z.infer<typeof settingsPatchSchema>;
