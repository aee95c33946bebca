import type { FastifyInstance } from 'fastify';
import * as ops from '../../../contracts/radar.js';
import { fileRoute, route } from '../../plugins/operations.js';

export function radarRoutes(app: FastifyInstance): void {
  const radar = app.services.radar;

  route(app, ops.getRadarCatalogue, async () => radar.getCatalogue());
  route(app, ops.createCatalogueTechnology, async ({ body, actor }) => radar.createTechnology(null, body, actor));
  route(app, ops.updateCatalogueTechnology, async ({ params, body, actor }) =>
    radar.updateTechnology(null, params.technologyId, body, actor),
  );
  route(app, ops.listOwnTechnologies, async ({ params }) => radar.ownTechnologies(params.orgId));
  route(app, ops.createOwnTechnology, async ({ params, body, actor }) => radar.createTechnology(params.orgId, body, actor));
  route(app, ops.updateOwnTechnology, async ({ params, body, actor }) =>
    radar.updateTechnology(params.orgId, params.technologyId, body, actor),
  );
  route(app, ops.listOrganisationDirectory, async () => radar.directory());

  route(app, ops.listRadarEditions, async ({ params }) => radar.listEditions(params.orgId));
  route(app, ops.createRadarEdition, async ({ params, body, actor }) => radar.createEdition(params.orgId, body, actor));
  route(app, ops.getRadarEdition, async ({ params }) => radar.getEdition(params.orgId, params.editionId));
  route(app, ops.updateRadarEdition, async ({ params, body, actor }) => radar.updateEdition(params.orgId, params.editionId, body, actor));
  route(app, ops.controlRadarEdition, async ({ params, body, actor }) => radar.control(params.orgId, params.editionId, body.action, actor));
  route(app, ops.deleteRadarEdition, async ({ params, actor }) => radar.deleteEdition(params.orgId, params.editionId, actor));
  route(app, ops.setRadarParticipants, async ({ params, body, actor }) =>
    radar.setParticipants(params.orgId, params.editionId, body.orgIds, actor),
  );

  route(app, ops.getRadarResponse, async ({ params, auth }) => radar.response(params.orgId, params.editionId, auth.user.id));
  route(app, ops.saveRadarAnswers, async ({ params, body, auth, request }) =>
    radar.saveAnswers(params.orgId, params.editionId, auth.user.id, body, request.lang),
  );
  route(app, ops.getRadarMaturity, async ({ params, auth }) => radar.maturity(params.orgId, params.editionId, auth.user.id));
  route(app, ops.saveRadarMaturity, async ({ params, body, auth, request }) =>
    radar.saveMaturity(params.orgId, params.editionId, auth.user.id, body.ratings, request.lang),
  );

  route(app, ops.getRadarView, async ({ params, query }) => radar.view(params.orgId, params.editionId, query));
  fileRoute(app, ops.exportRadarView, async ({ params, query, actor }) => radar.exportView(params.orgId, params.editionId, query, actor));
  route(app, ops.compareRadars, async ({ params }) => radar.compare(params.orgId, params.editionId));
  route(app, ops.getRadarTechnologyPage, async ({ params }) => radar.technologyPage(params.orgId, params.editionId, params.technologyId));
  route(app, ops.saveRadarPlacement, async ({ params, body, actor }) =>
    radar.savePlacement(params.orgId, params.editionId, params.technologyId, body, actor),
  );
  route(app, ops.deleteRadarPlacement, async ({ params }) => radar.deletePlacement(params.orgId, params.editionId, params.technologyId));

  route(app, ops.listStoredRadars, async ({ params }) => radar.storedRadars(params.orgId));
  route(app, ops.importRadar, async ({ params, body, actor, request }) => radar.importRadar(params.orgId, body, actor, request.lang));
  route(app, ops.getStoredRadar, async ({ params, query }) => radar.getStored(params.orgId, params.radarId, query.lang));
  fileRoute(app, ops.exportStoredRadar, async ({ params, query, actor }) =>
    radar.exportStored(params.orgId, params.radarId, query.format, query.lang, actor),
  );
  route(app, ops.deleteStoredRadar, async ({ params, actor }) => radar.deleteStored(params.orgId, params.radarId, actor));
}
