import type { FastifyInstance } from 'fastify';

/** Liveness and database reachability, for load balancers and monitoring (outside /api). */
export function healthRoutes(app: FastifyInstance): void {
  app.get('/healthz', async (request, reply) => {
    const database = app.services.db.dialect;
    try {
      await app.services.db.ping();
      return reply.header('Cache-Control', 'no-store').send({ status: 'ok', database });
    } catch (err) {
      request.log.warn({ err }, 'health check: database unreachable');
      return reply.code(503).header('Cache-Control', 'no-store').send({ status: 'unavailable', database });
    }
  });
}
