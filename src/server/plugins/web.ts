import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { sendError } from './errors.js';

/** The participant view's own pages: `/deltag` and `/deltag/<code>` (the QR code on the projector). */
const PARTICIPANT_PAGE = /^\/deltag(?:\/[^?#]*)?(?:[?#].*)?$/;

function readShell(webDir: string | null | undefined, file: string): Buffer | null {
  const path = webDir ? join(webDir, file) : null;
  return path && existsSync(path) ? readFileSync(path) : null;
}

/**
 * Serves the built web app: hashed assets are cached for a year, everything else is
 * revalidated, and any other GET of a page answers an app shell so client routes work on reload:
 * the participant view's (deltag.html) under /deltag, the main app's (index.html) elsewhere.
 */
export async function registerWeb(app: FastifyInstance): Promise<void> {
  const webDir = app.config.webDir;
  const shell = readShell(webDir, 'index.html');
  const participantShell = readShell(webDir, 'deltag.html') ?? shell;

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
    const page = wantsPage ? (PARTICIPANT_PAGE.test(request.url) ? participantShell : shell) : null;
    if (page) {
      return reply.code(200).header('Cache-Control', 'no-cache').type('text/html; charset=utf-8').send(page);
    }
    return sendError(reply, request.lang ?? 'da', 'not_found');
  });
}
