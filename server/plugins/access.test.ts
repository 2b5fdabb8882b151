import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import accessPlugin, { UndeclaredAccessError, declarePublic } from './access.ts';

describe('access declarations', () => {
  it('refuses to boot when a route declares no access level', async () => {
    const app = Fastify();
    await app.register(accessPlugin);
    app.get('/declared', { config: { access: 'user' } }, async () => 'ok');
    app.get('/forgotten', async () => 'oops');
    await expect(app.ready()).rejects.toThrow(UndeclaredAccessError);
    await expect(app.ready()).rejects.toThrow(/GET \/forgotten/);
  });

  it('refuses an access level that is not one of public, user, admin', async () => {
    const app = Fastify();
    await app.register(accessPlugin);
    app.get('/typo', { config: { access: 'pubic' as never } }, async () => 'ok');
    await expect(app.ready()).rejects.toThrow(/GET \/typo/);
  });

  it('records declared routes, including plugin routes wrapped as public', async () => {
    const app = Fastify();
    await app.register(accessPlugin);
    app.get('/admin-only', { config: { access: 'admin' } }, async () => 'ok');
    declarePublic(app, (scope) => {
      scope.get('/third-party', async () => 'ok');
    });
    await app.ready();
    expect(app.routeTable).toContainEqual({ method: 'GET', url: '/admin-only', access: 'admin' });
    expect(app.routeTable).toContainEqual({ method: 'GET', url: '/third-party', access: 'public' });
    await app.close();
  });
});
