import { z } from 'zod';

export const ageRanges = ['under-18', '18-24', '25-34', '35-44', '45-54', '55-64', '65+'] as const;
export const concernOptions = ['stress', 'anxiety', 'low mood', 'sleep', 'grief', 'relationships', 'work', 'money', 'health', 'loneliness'] as const;

/** Every field is optional and skippable; nothing here is required to use Daybook. */
export const profileSchema = z.strictObject({
  ageRange: z.enum(ageRanges).nullable().default(null),
  gender: z.string().trim().max(60).nullable().default(null),
  country: z.string().regex(/^[A-Z]{2}$/, 'an ISO 3166 country code such as GB').nullable().default(null),
  locale: z.string().regex(/^[a-z]{2,3}(-[A-Z]{2})?$/, 'a language tag such as en-GB').nullable().default(null),
  concerns: z.array(z.enum(concernOptions)).max(concernOptions.length).default([]),
  otherConcerns: z.string().trim().max(500).nullable().default(null),
  /** Whether coaching (reflections, the companion) may take this profile into account. */
  coachingConsent: z.boolean().default(false),
});

export const profileViewSchema = profileSchema.extend({ updatedAt: z.string().nullable() });

export type Profile = z.output<typeof profileSchema>;
export type ProfileView = z.infer<typeof profileViewSchema>;
