import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { DataEvent, EventBus } from '../../events/bus.ts';
import type { Actor } from '../../plugins/auth.ts';
import type { SharingRepository } from '../sharing/sharing.repository.ts';

const heartbeatMs = 25_000;
/** Grants can change while a screen is open; who it may hear about is re-read this often. */
const refreshVisibleMs = 30_000;

/**
 * Server-sent events: a check-in saved anywhere (this instance or, through Redis, another) reaches
 * the owner's open screens and those of the people they share with, within a second.
 */
export function registerLiveStream(app: FastifyInstance, bus: EventBus, sharing: SharingRepository) {
  const open = new Set<FastifyReply>();
  // Open streams would otherwise hold shutdown until its deadline.
  app.addHook('preClose', async () => {
    for (const reply of open) reply.raw.end();
  });

  return async function stream(request: FastifyRequest, reply: FastifyReply, actor: Actor) {
    const visibleOwners = async () => new Set([actor.userId, ...(await sharing.receivedBy(actor.userId)).map((grant) => grant.owner.id)]);
    let visible = await visibleOwners();

    reply.hijack();
    reply.raw.writeHead(200, {
      ...(reply.getHeaders() as Record<string, string>),
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      connection: 'keep-alive',
      'x-accel-buffering': 'no',
    });
    reply.raw.write(`retry: 3000\nevent: ready\ndata: ${JSON.stringify({ owners: [...visible] })}\n\n`);
    open.add(reply);

    const send = (event: DataEvent) => {
      if (!visible.has(event.ownerId)) return;
      const { origin: _origin, ...payload } = event;
      reply.raw.write(`event: checkin\ndata: ${JSON.stringify(payload)}\n\n`);
    };
    const unsubscribe = bus.subscribe(send);
    const heartbeat = setInterval(() => reply.raw.write(': keep-alive\n\n'), heartbeatMs);
    const refresh = setInterval(() => {
      visibleOwners().then(
        (owners) => {
          visible = owners;
        },
        () => undefined,
      );
    }, refreshVisibleMs);

    request.raw.on('close', () => {
      unsubscribe();
      clearInterval(heartbeat);
      clearInterval(refresh);
      open.delete(reply);
    });
  };
}
