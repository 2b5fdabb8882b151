import { z } from 'zod';
import { pageQuerySchema } from '../../lib/pagination.ts';
import { localDateSchema } from '../../lib/local-date.ts';

export const maxTags = 20;
export const maxTagLength = 40;

const tag = z
  .string()
  .transform((value) => value.normalize('NFC').trim().toLowerCase().replace(/\s+/g, ' ').replace(/^#/, ''))
  .pipe(z.string().min(1, 'tags cannot be empty').max(maxTagLength, `tags are at most ${maxTagLength} characters`));

const tags = z
  .array(z.string().max(200))
  .max(maxTags, `at most ${maxTags} tags`)
  .pipe(z.array(tag))
  .transform((list) => [...new Set(list)]);

const entryDate = localDateSchema;
const mood = z.number().int().min(1).max(10);

/** The body limit is configuration (MAX_INPUT_LENGTH), so the schemas are built from it. */
export function entrySchemas(maxLength: number) {
  const body = z.string().trim().min(1, 'write something first').max(maxLength, `at most ${maxLength} characters`);
  const title = z.string().trim().max(200).optional();
  return {
    create: z.strictObject({ body, title, tags: tags.optional(), mood: mood.optional(), entryDate: entryDate.optional() }),
    patch: z
      .strictObject({ body: body.optional(), title: z.string().trim().max(200).nullable().optional(), tags: tags.optional(), mood: mood.nullable().optional(), entryDate: entryDate.optional() })
      .refine((patch) => Object.keys(patch).length > 0, 'Send at least one field to change.'),
  };
}

export const entryListQuerySchema = pageQuerySchema.extend({
  from: entryDate.optional(),
  to: entryDate.optional(),
  // Normalised exactly as a saved tag is, so ?tag=Self%20%20Care finds "self care".
  tag: z.string().max(200).pipe(tag).optional(),
  mood: z.coerce.number().int().min(1).max(10).optional(),
  q: z.string().trim().max(200).optional(),
});

export const entryIdParamsSchema = z.object({ id: z.string().min(1).max(64) });

export const entrySchema = z.object({
  id: z.string(),
  title: z.string().nullable(),
  body: z.string(),
  tags: z.array(z.string()),
  mood: z.number().int().nullable(),
  entryDate: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

const helplineSchema = z.object({ name: z.string(), contact: z.string(), url: z.string(), countries: z.array(z.string()) });

export const supportSchema = z.object({
  level: z.enum(['concern', 'crisis']),
  message: z.string(),
  helplines: z.array(helplineSchema),
  safetyPlanPath: z.string(),
  notice: z.string(),
});

export const savedEntrySchema = entrySchema.extend({ support: supportSchema.nullable() });

export const analysisSchema = z.object({
  status: z.enum(['pending', 'done']),
  outdated: z.boolean().optional(),
  sentiment: z.object({ score: z.number(), label: z.enum(['negative', 'neutral', 'positive']), emotions: z.array(z.string()) }).optional(),
  reflection: z
    .object({ acknowledgement: z.string(), strategy: z.object({ id: z.string(), title: z.string(), steps: z.array(z.string()), basis: z.string() }) })
    .nullable()
    .optional(),
  supportShown: z.boolean().optional(),
});

export const entryWithAnalysisSchema = entrySchema.extend({ analysis: analysisSchema });

export const entryPageSchema = z.object({ items: z.array(entrySchema), nextCursor: z.string().nullable() });

export type Entry = z.infer<typeof entrySchema>;
export type EntryCreate = z.infer<ReturnType<typeof entrySchemas>['create']>;
export type EntryPatch = z.infer<ReturnType<typeof entrySchemas>['patch']>;
export type EntryListQuery = z.infer<typeof entryListQuerySchema>;
