import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireActor } from '../../plugins/auth.ts';
import type { InsightsService } from './insights.service.ts';
import { localDateSchema } from '../../lib/local-date.ts';

const nullableNumber = z.number().nullable();

export const insightsSchema = z.object({
  from: z.string(),
  to: z.string(),
  timeZone: z.string(),
  minimumDaysForTagMood: z.number().int(),
  days: z.array(z.object({ date: z.string(), entries: z.number().int(), mood: nullableNumber, sentiment: nullableNumber })),
  weeks: z.array(z.object({ weekOf: z.string(), mood: nullableNumber, sentiment: nullableNumber, entries: z.number().int() })),
  streaks: z.object({ currentDays: z.number().int(), longestDays: z.number().int() }),
  topTags: z.array(z.object({ tag: z.string(), days: z.number().int() })),
  tagMood: z.array(z.object({ tag: z.string(), moodWith: z.number(), moodWithout: z.number(), difference: z.number(), daysWith: z.number().int(), daysWithout: z.number().int() })),
});

const querySchema = z.object({
  from: localDateSchema.optional(),
  to: localDateSchema.optional(),
});

export async function insightsRoutes(app: FastifyInstance, { service }: { service: InsightsService }) {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/v1/insights',
    {
      config: { access: 'user' },
      schema: { tags: ['insights'], summary: 'Mood and sentiment by day and week, streaks, top tags and tag-mood links (default: the last 30 days)', querystring: querySchema, response: { 200: insightsSchema } },
    },
    async (request) => service.insights(requireActor(request).userId, request.query),
  );
}
