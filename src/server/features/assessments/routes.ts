import type { FastifyInstance } from 'fastify';
import * as ops from '../../../contracts/assessments.js';
import { fileRoute, route } from '../../plugins/operations.js';

export function assessmentRoutes(app: FastifyInstance): void {
  const assessments = app.services.assessments;

  route(app, ops.listInstruments, async () => assessments.listInstruments());
  route(app, ops.getInstrument, async ({ params }) => assessments.getInstrument(params.instrumentId));

  route(app, ops.listRounds, async ({ params, auth }) => assessments.listRounds(params.orgId, auth.user.id));
  route(app, ops.createRound, async ({ params, body, actor }) => assessments.createRound(params.orgId, body, actor));
  route(app, ops.getRound, async ({ params, auth }) => assessments.getRound(params.orgId, params.roundId, auth.user.id));
  route(app, ops.closeRound, async ({ params, actor }) => assessments.closeRound(params.orgId, params.roundId, actor));

  route(app, ops.getMyResponse, async ({ params, auth }) => assessments.getMyResponse(params.orgId, params.roundId, auth.user.id));
  route(app, ops.saveMyResponse, async ({ params, body, auth }) =>
    assessments.saveMyResponse(params.orgId, params.roundId, auth.user.id, body),
  );
  route(app, ops.submitMyResponse, async ({ params, auth }) => assessments.submitMyResponse(params.orgId, params.roundId, auth.user.id));

  route(app, ops.getRoundResults, async ({ params, auth, role }) =>
    assessments.results(params.orgId, params.roundId, { userId: auth.user.id, role }),
  );
  route(app, ops.getRoundComparison, async ({ params, auth, role }) =>
    assessments.compare(params.orgId, params.roundId, { userId: auth.user.id, role }),
  );
  fileRoute(app, ops.getRoundReport, async ({ params, query, auth, role, actor }) =>
    assessments.report(params.orgId, params.roundId, { userId: auth.user.id, role, actor }, query.lang),
  );
  fileRoute(app, ops.getRoundAnswersSheet, async ({ params, query, auth, role, actor }) =>
    assessments.answersWorkbook(params.orgId, params.roundId, { userId: auth.user.id, role, actor }, query.lang),
  );
  route(app, ops.saveConclusion, async ({ params, body, auth }) =>
    assessments.saveConclusion(params.orgId, params.roundId, params.questionId, body.text, auth.user.id),
  );
  route(app, ops.createRoundAction, async ({ params, body, auth }) =>
    assessments.createAction(params.orgId, params.roundId, body, auth.user.id),
  );
  route(app, ops.updateRoundAction, async ({ params, body }) =>
    assessments.updateAction(params.orgId, params.roundId, params.actionId, body),
  );
  route(app, ops.deleteRoundAction, async ({ params }) => {
    await assessments.deleteAction(params.orgId, params.roundId, params.actionId);
  });
}
