import type { FastifyInstance, RouteOptions } from 'fastify';
import fp from 'fastify-plugin';

export const accessLevels = ['public', 'user', 'admin'] as const;
export type AccessLevel = (typeof accessLevels)[number];

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Who may call this route. Every route must say; the app refuses to boot otherwise. */
    access?: AccessLevel;
    /** True when a personal API key may not be used here (account and key management). */
    sessionOnly?: boolean;
  }
  interface FastifyInstance {
    /** Every route with its declared access level, for the route-table tests. */
    routeTable: ReadonlyArray<{ method: string; url: string; access: AccessLevel }>;
  }
}

export class UndeclaredAccessError extends Error {
  constructor(routes: string[]) {
    super(`Routes without an access level (config.access = public | user | admin): ${routes.join(', ')}`);
    this.name = 'UndeclaredAccessError';
  }
}

/**
 * Routes registered by plugins that cannot take route config. @fastify/cors answers preflight
 * requests on OPTIONS * with headers only, never data, so it is public by nature.
 */
const builtInPublicRoutes = new Set(['OPTIONS *']);

function accessOf(route: RouteOptions): AccessLevel | undefined {
  const methods = Array.isArray(route.method) ? route.method : [route.method];
  if (methods.every((method) => builtInPublicRoutes.has(`${method} ${route.url}`))) return 'public';
  const access = (route.config as { access?: unknown } | undefined)?.access;
  return accessLevels.find((level) => level === access);
}

/**
 * Records every route and fails `ready()` if any lacks a valid access level. Checking at ready
 * rather than in onRoute lets third-party plugins be wrapped by `declarePublic` first.
 */
async function access(app: FastifyInstance) {
  const routes: RouteOptions[] = [];
  const table: Array<{ method: string; url: string; access: AccessLevel }> = [];
  app.decorate('routeTable', table);
  app.addHook('onRoute', (route) => {
    routes.push(route);
  });
  app.addHook('onReady', async () => {
    const undeclared: string[] = [];
    for (const route of routes) {
      const level = accessOf(route);
      const methods = Array.isArray(route.method) ? route.method : [route.method];
      for (const method of methods) {
        if (level) table.push({ method, url: route.url, access: level });
        else undeclared.push(`${method} ${route.url}`);
      }
    }
    if (undeclared.length > 0) throw new UndeclaredAccessError(undeclared);
  });
}

export default fp(access, { name: 'access' });

/**
 * Registers a third-party plugin (static files, API docs) whose routes are public by nature,
 * marking each of its routes `public` so the access check covers them too.
 */
export function declarePublic(app: FastifyInstance, register: (scope: FastifyInstance) => void): void {
  app.register(async (scope) => {
    scope.addHook('onRoute', (route) => {
      route.config = { ...(route.config ?? {}), access: accessOf(route) ?? 'public' };
    });
    register(scope);
  });
}
