import type { FastifyInstance } from 'fastify';
import * as ops from '../../../contracts/workshops.js';
import { fileRoute, route } from '../../plugins/operations.js';

const canFacilitate = (role: string) => role === 'admin' || role === 'facilitator';

export function workshopRoutes(app: FastifyInstance): void {
  const workshops = app.services.workshops;

  route(app, ops.listWorkshops, async ({ params }) => workshops.list(params.orgId));
  route(app, ops.createWorkshop, async ({ params, body, actor, request }) => workshops.create(params.orgId, body, actor, request.lang));
  route(app, ops.getWorkshop, async ({ params, role }) => workshops.get(params.orgId, params.workshopId, canFacilitate(role)));
  route(app, ops.updateWorkshop, async ({ params, body, actor }) => workshops.update(params.orgId, params.workshopId, body, actor));
  route(app, ops.deleteWorkshop, async ({ params, actor }) => {
    await workshops.remove(params.orgId, params.workshopId, actor);
  });
  route(app, ops.controlWorkshop, async ({ params, body, actor }) => workshops.control(params.orgId, params.workshopId, body, actor));
  route(app, ops.moderateNote, async ({ params, body }) => {
    await workshops.moderateNote(params.orgId, params.workshopId, params.noteId, body);
  });
  route(app, ops.selectNotes, async ({ params, body }) => {
    await workshops.selectNotes(params.orgId, params.workshopId, body);
  });
  fileRoute(app, ops.getWorkshopMinutes, async ({ params, query, actor }) =>
    workshops.export(params.orgId, params.workshopId, 'pdf', query.lang, actor),
  );
  fileRoute(app, ops.getWorkshopWorkbook, async ({ params, query, actor }) =>
    workshops.export(params.orgId, params.workshopId, 'xlsx', query.lang, actor),
  );
  route(app, ops.joinWorkshop, async ({ body, request }) => workshops.join(body.code, body, request.ip));
  route(app, ops.listActionPlans, async ({ params }) => workshops.actionPlans(params.orgId));
}
