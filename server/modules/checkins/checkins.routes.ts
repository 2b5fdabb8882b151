import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { toCsv } from '../../lib/csv.ts';
import { requireActor } from '../../plugins/auth.ts';
import { auditContext, auditDeletion } from '../../plugins/audit.ts';
import {
  exportQuerySchema,
  idParamsSchema,
  listQuerySchema,
  moodCreateSchema,
  moodPageSchema,
  moodPatchSchema,
  moodSchema,
  settingsPatchSchema,
  settingsSchema,
  summaryQuerySchema,
  summarySchema,
  waterCreateSchema,
  waterPageSchema,
  waterPatchSchema,
  waterSchema,
} from './checkins.schemas.ts';
import type { CheckinService } from './checkins.service.ts';
import { registerLiveStream } from './live.ts';
import type { EventBus } from '../../events/bus.ts';
import { z } from 'zod';

export async function checkinRoutes(app: FastifyInstance, { service, bus }: { service: CheckinService; bus: EventBus }) {
  const routes = app.withTypeProvider<ZodTypeProvider>();
  const config = { access: 'user' as const };
  const tags = ['check-ins'];
  const ownerQuery = z.object({ owner: z.string().min(1).max(64).optional() });

  routes.get('/api/v1/checkins/settings', { config, schema: { tags, summary: 'Time zone, water goal and unit (mine, or an owner who shares with me)', querystring: ownerQuery, response: { 200: settingsSchema } } }, async (request) =>
    service.settings(requireActor(request), request.query.owner),
  );
  routes.patch('/api/v1/checkins/settings', { config, schema: { tags, summary: 'Change my check-in settings', body: settingsPatchSchema, response: { 200: settingsSchema } } }, async (request) =>
    service.updateSettings(requireActor(request), request.body),
  );

  routes.get('/api/v1/checkins/mood', { config, schema: { tags, summary: 'Mood check-ins, newest first', querystring: listQuerySchema, response: { 200: moodPageSchema } } }, async (request) =>
    service.listMood(requireActor(request), request.query),
  );
  routes.post('/api/v1/checkins/mood', { config, schema: { tags, summary: 'Record a mood check-in (1-10)', body: moodCreateSchema, response: { 201: moodSchema } } }, async (request, reply) =>
    reply.code(201).send(await service.createMood(requireActor(request), request.body)),
  );
  routes.get('/api/v1/checkins/mood/:id', { config, schema: { tags, params: idParamsSchema, response: { 200: moodSchema } } }, async (request) =>
    service.getMood(requireActor(request), request.params.id),
  );
  routes.patch('/api/v1/checkins/mood/:id', { config, schema: { tags, params: idParamsSchema, body: moodPatchSchema, response: { 200: moodSchema } } }, async (request) =>
    service.updateMood(requireActor(request), request.params.id, request.body),
  );
  routes.delete('/api/v1/checkins/mood/:id', { config, schema: { tags, params: idParamsSchema } }, async (request, reply) => {
    const { ownerId } = await service.deleteMood(requireActor(request), request.params.id);
    await auditDeletion(request, 'checkins.mood_deleted', { id: request.params.id, owner: ownerId });
    return reply.code(204).send();
  });

  routes.get('/api/v1/checkins/water', { config, schema: { tags, summary: 'Water logs, newest first', querystring: listQuerySchema, response: { 200: waterPageSchema } } }, async (request) =>
    service.listWater(requireActor(request), request.query),
  );
  routes.post('/api/v1/checkins/water', { config, schema: { tags, summary: 'Log water (1-5,000 ml)', body: waterCreateSchema, response: { 201: waterSchema } } }, async (request, reply) =>
    reply.code(201).send(await service.createWater(requireActor(request), request.body)),
  );
  routes.get('/api/v1/checkins/water/:id', { config, schema: { tags, params: idParamsSchema, response: { 200: waterSchema } } }, async (request) =>
    service.getWater(requireActor(request), request.params.id),
  );
  routes.patch('/api/v1/checkins/water/:id', { config, schema: { tags, params: idParamsSchema, body: waterPatchSchema, response: { 200: waterSchema } } }, async (request) =>
    service.updateWater(requireActor(request), request.params.id, request.body),
  );
  routes.delete('/api/v1/checkins/water/:id', { config, schema: { tags, params: idParamsSchema } }, async (request, reply) => {
    const { ownerId } = await service.deleteWater(requireActor(request), request.params.id);
    await auditDeletion(request, 'checkins.water_deleted', { id: request.params.id, owner: ownerId });
    return reply.code(204).send();
  });

  routes.get('/api/v1/checkins/summary', { config, schema: { tags, summary: 'Daily totals, averages and streaks in the owner’s time zone', querystring: summaryQuerySchema, response: { 200: summarySchema } } }, async (request) =>
    service.summary(requireActor(request), request.query),
  );

  routes.get('/api/v1/checkins/export', { config, schema: { tags, summary: 'Download all my check-ins as CSV or JSON', querystring: exportQuerySchema } }, async (request, reply) => {
    const actor = requireActor(request);
    const data = await service.exportOwn(actor);
    await app.audit.record({ action: 'checkins.exported', outcome: 'success', actorId: actor.userId, actorEmail: actor.email, detail: { format: request.query.format }, ...auditContext(request) });
    const stamp = new Date().toISOString().slice(0, 10);
    if (request.query.format === 'json') {
      return reply.header('content-disposition', `attachment; filename="daybook-checkins-${stamp}.json"`).send(data);
    }
    const rows = [
      ...data.mood.map((m) => ({ type: 'mood', recordedAt: m.recordedAt, score: m.score, amountMl: null, emotions: m.emotions.join(' '), note: m.note })),
      ...data.water.map((w) => ({ type: 'water', recordedAt: w.recordedAt, score: null, amountMl: w.amountMl, emotions: '', note: null })),
    ].sort((a, b) => a.recordedAt.localeCompare(b.recordedAt));
    const csv = toCsv(
      [
        { header: 'type', value: (r: (typeof rows)[number]) => r.type },
        { header: 'recorded_at', value: (r) => r.recordedAt },
        { header: 'mood_score', value: (r) => r.score },
        { header: 'water_ml', value: (r) => r.amountMl },
        { header: 'emotions', value: (r) => r.emotions },
        { header: 'note', value: (r) => r.note },
      ],
      rows,
    );
    return reply.type('text/csv; charset=utf-8').header('content-disposition', `attachment; filename="daybook-checkins-${stamp}.csv"`).send(csv);
  });

  const stream = registerLiveStream(app, bus, app.sharing);
  routes.get('/api/v1/checkins/stream', { config, schema: { tags, summary: 'Server-sent events: check-ins as they happen (mine and shared with me)', hide: false } }, async (request, reply) =>
    stream(request, reply, requireActor(request)),
  );
}
