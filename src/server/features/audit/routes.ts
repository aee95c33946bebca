import type { FastifyInstance } from 'fastify';
import * as ops from '../../../contracts/audit.js';
import { route } from '../../plugins/operations.js';

export function auditRoutes(app: FastifyInstance): void {
  route(app, ops.listAuditEvents, async ({ params, query }) => app.services.audit.list(params.orgId, query));
}
