import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { sendError } from './errors.js';

/**
 * Serves the built web app: hashed assets are cached for a year, everything else is
 * revalidated, and any other GET of a page answers the app shell so client routes work on reload.
 */
export async function registerWeb(app: FastifyInstance): Promise<void> {
  const webDir = app.config.webDir;
  const indexFile = webDir ? join(webDir, 'index.html') : null;
  const shell = indexFile && existsSync(indexFile) ? readFileSync(indexFile) : null;

  if (webDir && shell) {
    await app.register(fastifyStatic, {
      root: webDir,
      prefix: '/',
      index: false,
      wildcard: false,
      // The build writes .br and .gz copies of text assets; they are sent to clients that accept them.
      preCompressed: true,
      cacheControl: false,
      setHeaders: (res, path) => {
        res.header('Cache-Control', /[\\/]assets[\\/]/.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
  }

  app.setNotFoundHandler((request: FastifyRequest, reply: FastifyReply) => {
    const wantsPage =
      (request.method === 'GET' || request.method === 'HEAD') && !request.url.startsWith('/api/') && !request.url.startsWith('/assets/');
    if (wantsPage && shell) {
      return reply.code(200).header('Cache-Control', 'no-cache').type('text/html; charset=utf-8').send(shell);
    }
    return sendError(reply, request.lang ?? 'da', 'not_found');
  });
}
