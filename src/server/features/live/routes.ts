import websocket from '@fastify/websocket';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { LiveHub, type Viewer } from './hub.js';

/** Largest frame a client may send; answers are tiny. */
const MAX_FRAME_BYTES = 16 * 1024;

/** A browser page from another site must not open a connection with the visitor's session cookie. */
function sameOrigin(request: FastifyRequest): boolean {
  const origin = request.headers.origin;
  if (!origin) return true;
  try {
    return new URL(origin).host === request.headers.host;
  } catch {
    return false;
  }
}

/** The live protocol at /api/live/ws (docs/live-protocol.md). */
export async function liveRoutes(app: FastifyInstance): Promise<void> {
  await app.register(websocket, { options: { maxPayload: MAX_FRAME_BYTES } });
  const hub = new LiveHub(app.services.workshops, app.services.assessments, app.log, app.services.db.channel);
  await hub.start();
  app.decorate('live', hub);
  app.addHook('preClose', async () => hub.close());

  app.get('/api/live/ws', { websocket: true }, (socket, request) => {
    if (!sameOrigin(request)) {
      socket.close(4403, 'origin');
      return;
    }
    const auth = request.auth;
    const viewer: Viewer | null = auth
      ? { userId: auth.user.id, roleIn: (orgId) => app.services.organisations.repo.getRole(orgId, auth.user.id) }
      : null;
    hub.attach(socket, viewer);
  });
}
