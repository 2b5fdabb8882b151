import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { AppError } from '../lib/app-error.ts';
import { declarePublic } from './access.ts';
import { sendError } from './errors.ts';

export interface WebPluginOptions {
  /** The Vite build output: index.html plus hashed files under assets/. */
  root: string;
}

// Node's HTTP parser rejects TRACK itself; TRACE and CONNECT reach us and are refused here.
const disallowedMethods = new Set(['TRACE', 'CONNECT']);

/** Any path segment starting with a dot (/.env, /.git/config) is never served, not even the SPA. */
function isDotPath(url: string): boolean {
  const pathname = url.split('?', 1)[0] ?? '';
  return pathname.split('/').some((segment) => segment.startsWith('.') || segment.startsWith('%2e') || segment.startsWith('%2E'));
}

function wantsSpa(request: FastifyRequest): boolean {
  if (request.method !== 'GET' && request.method !== 'HEAD') return false;
  const url = request.url;
  if (url === '/api' || url.startsWith('/api/') || url.startsWith('/api?')) return false;
  if (url.startsWith('/health') || url.startsWith('/metrics') || url.startsWith('/assets/')) return false;
  return !isDotPath(url);
}

/**
 * Serves the built web app with long-lived caching for hashed assets, `no-cache` for index.html,
 * and a single-page-app fallback that never answers for /api. Also owns the 404/405 answers.
 */
async function web(app: FastifyInstance, { root }: WebPluginOptions) {
  const indexFile = path.join(root, 'index.html');
  const built = existsSync(indexFile);
  // index.html is tiny and changes only with a new build, which means a restart: read it once.
  const indexHtml = built ? readFileSync(indexFile) : undefined;

  if (built) {
    declarePublic(app, (scope) => {
      scope.register(fastifyStatic, {
        root,
        wildcard: false,
        index: false,
        serveDotFiles: false,
        cacheControl: false,
        setHeaders: (reply, filePath) => {
          const immutable = filePath.includes(`${path.sep}assets${path.sep}`);
          reply.header('cache-control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
        },
      });
    });
  }

  const sendIndex = (reply: FastifyReply) =>
    reply.header('cache-control', 'no-cache').type('text/html; charset=utf-8').send(indexHtml);

  app.setNotFoundHandler((request, reply) => {
    if (disallowedMethods.has(request.method)) {
      return sendError(request, reply, new AppError('METHOD_NOT_ALLOWED', undefined, { headers: { allow: 'GET, HEAD, POST, PUT, PATCH, DELETE' } }));
    }
    if (built && wantsSpa(request)) return sendIndex(reply);
    return sendError(request, reply, new AppError('NOT_FOUND'));
  });

  if (built) {
    app.get('/', { config: { access: 'public' }, schema: { hide: true } }, (_request, reply) => sendIndex(reply));
  }
}

export default fp(web, { name: 'web' });
