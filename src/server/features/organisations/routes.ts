import type { FastifyInstance } from 'fastify';
import * as ops from '../../../contracts/organisations.js';
import { route } from '../../plugins/operations.js';

export function organisationRoutes(app: FastifyInstance): void {
  const orgs = app.services.organisations;

  route(app, ops.listMyOrganisations, async ({ auth }) => orgs.listMine(auth.user.id));
  route(app, ops.listAllOrganisations, async () => orgs.listAll());
  route(app, ops.createOrganisation, async ({ body, actor }) => orgs.create(body, actor, body.addMeAsAdmin));
  route(app, ops.getOrganisation, async ({ params, role }) => orgs.get(params.orgId, role));
  route(app, ops.updateOrganisation, async ({ params, body, actor, role }) => orgs.update(params.orgId, body, actor, role));

  route(app, ops.listUnits, async ({ params }) => orgs.listUnits(params.orgId));
  route(app, ops.createUnit, async ({ params, body, actor }) => orgs.createUnit(params.orgId, body, actor));
  route(app, ops.updateUnit, async ({ params, body, actor }) => orgs.updateUnit(params.orgId, params.unitId, body, actor));
  route(app, ops.deleteUnit, async ({ params, actor }) => {
    await orgs.deleteUnit(params.orgId, params.unitId, actor);
  });

  route(app, ops.listMembers, async ({ params }) => orgs.listMembers(params.orgId));
  route(app, ops.inviteMember, async ({ params, body, actor }) => orgs.invite(params.orgId, body, actor));
  route(app, ops.updateMember, async ({ params, body, actor }) => orgs.changeRole(params.orgId, params.userId, body.role, actor));
  route(app, ops.removeMember, async ({ params, actor }) => {
    await orgs.remove(params.orgId, params.userId, actor);
  });
  route(app, ops.renewInvite, async ({ params, body, actor }) => orgs.renewInvite(params.orgId, params.userId, body.method, actor));
}
