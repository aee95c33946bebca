import type { FastifyInstance } from 'fastify';
import { exportOrganisation } from '../../../contracts/transfer.js';
import { route } from '../../plugins/operations.js';

export function transferRoutes(app: FastifyInstance): void {
  route(app, exportOrganisation, async ({ params, actor, reply }) => {
    const file = await app.services.transfer.exportOrganisation(params.orgId, { includeCredentials: false, actor, via: 'api' });
    reply.header('Content-Disposition', `attachment; filename="pejling-${params.orgId}.json"`);
    return file;
  });
}
