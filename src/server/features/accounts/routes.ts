import type { FastifyInstance } from 'fastify';
import * as ops from '../../../contracts/session.js';
import { clearSessionCookie, setSessionCookie } from '../../plugins/auth.js';
import { route } from '../../plugins/operations.js';

export function accountRoutes(app: FastifyInstance): void {
  const accounts = app.services.accounts;

  route(app, ops.getSession, async ({ auth }) => accounts.sessionView(auth));

  route(app, ops.login, async ({ body, request, reply }) => {
    const { token, auth } = await accounts.login(body.email, body.password, request.ip);
    setSessionCookie(app, request, reply, token);
    return accounts.sessionView(auth);
  });

  route(app, ops.logout, async ({ auth, request, reply }) => {
    await accounts.logout(auth, request.ip);
    clearSessionCookie(request, reply);
  });

  route(app, ops.updateProfile, async ({ auth, body }) => accounts.updateProfile(auth, body));

  route(app, ops.changePassword, async ({ auth, body, request }) => {
    await accounts.changePassword(auth, body.currentPassword, body.newPassword, request.ip);
  });

  route(app, ops.listApiTokens, async ({ auth }) => accounts.listTokens(auth));
  route(app, ops.createApiToken, async ({ auth, body, request }) => accounts.createToken(auth, body.name, request.ip));
  route(app, ops.revokeApiToken, async ({ auth, params, request }) => {
    await accounts.revokeToken(auth, params.tokenId, request.ip);
  });

  route(app, ops.lookupInvite, async ({ body }) => accounts.lookupInvite(body.token));
  route(app, ops.acceptInvite, async ({ body, request, reply }) => {
    const { token, auth } = await accounts.acceptInvite(body.token, body.password, body.name, request.ip);
    setSessionCookie(app, request, reply, token);
    return accounts.sessionView(auth);
  });
}
