import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../lib/app-error.ts';
import { pageQuerySchema } from '../../lib/pagination.ts';
import { toDate } from '../../lib/time.ts';
import { requireActor } from '../../plugins/auth.ts';
import { notificationListSchema } from '../money/money.schemas.ts';
import type { NotificationRepository } from './notifications.repository.ts';

/** The signed-in person's in-app notifications (budget alerts today; more kinds later). */
export async function notificationRoutes(app: FastifyInstance, { repository }: { repository: NotificationRepository }) {
  const routes = app.withTypeProvider<ZodTypeProvider>();
  const config = { access: 'user' as const };
  const tags = ['notifications'];
  const idParams = z.object({ id: z.string().min(1).max(64) });

  routes.get('/api/v1/notifications', { config, schema: { tags, summary: 'My notifications, newest first', querystring: pageQuerySchema.extend({ unread: z.enum(['true', 'false']).default('false') }), response: { 200: notificationListSchema } } }, async (request) => {
    const actor = requireActor(request);
    const [page, unread] = await Promise.all([
      repository.list(actor.userId, { cursor: request.query.cursor, limit: request.query.limit, unreadOnly: request.query.unread === 'true' }),
      repository.unreadCount(actor.userId),
    ]);
    return {
      unread,
      nextCursor: page.nextCursor,
      items: page.items.map((row) => ({
        id: row.id,
        kind: row.kind,
        title: row.title,
        body: row.body,
        link: row.link,
        createdAt: toDate(row.created_at).toISOString(),
        readAt: row.read_at ? toDate(row.read_at).toISOString() : null,
      })),
    };
  });
  routes.post('/api/v1/notifications/:id/read', { config, schema: { tags, params: idParams } }, async (request, reply) => {
    if (!(await repository.markRead(requireActor(request).userId, request.params.id, new Date()))) throw new AppError('NOT_FOUND');
    return reply.code(204).send();
  });
  routes.post('/api/v1/notifications/read-all', { config, schema: { tags } }, async (request, reply) => {
    await repository.markAllRead(requireActor(request).userId, new Date());
    return reply.code(204).send();
  });
}
