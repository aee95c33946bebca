import { z } from 'zod';
import { atLeastOneField, ZEmail, ZId, ZLocale, ZOrgType, ZPassword, ZRole, zLine } from './common.js';
import { defineOperation } from './operation.js';

export const ZMe = z
  .object({
    id: ZId,
    email: z.string(),
    name: z.string(),
    locale: ZLocale,
    isPlatformAdmin: z.boolean(),
    mustChangePassword: z.boolean(),
    lastOrgId: ZId.nullable(),
  })
  .meta({ id: 'Me' });
export type TMe = z.infer<typeof ZMe>;

export const ZMembershipSummary = z
  .object({ orgId: ZId, orgName: z.string(), orgType: ZOrgType, role: ZRole })
  .meta({ id: 'MembershipSummary' });
export type TMembershipSummary = z.infer<typeof ZMembershipSummary>;

export const ZSession = z
  .object({
    user: ZMe.nullable(),
    memberships: z.array(ZMembershipSummary),
    csrfToken: z
      .string()
      .nullable()
      .meta({ description: 'Send as the X-CSRF-Token header on state-changing requests made with the session cookie' }),
  })
  .meta({ id: 'Session' });
export type TSession = z.infer<typeof ZSession>;

export const ZLoginBody = z
  .object({ email: ZEmail, password: z.string().min(1).max(256) })
  .strict()
  .meta({ id: 'LoginBody' });

export const getSession = defineOperation({
  operationId: 'getSession',
  method: 'GET',
  path: '/api/session',
  summary: 'The signed-in user, their organisations and the CSRF token (user is null when signed out)',
  tag: 'Session',
  access: 'public',
  status: 200,
  response: ZSession,
});

export const login = defineOperation({
  operationId: 'login',
  method: 'POST',
  path: '/api/session',
  summary: 'Log in with email and password; sets the session cookie',
  tag: 'Session',
  access: 'public',
  rateLimited: true,
  body: ZLoginBody,
  status: 200,
  response: ZSession,
  errors: ['invalid_credentials', 'rate_limited'],
});

export const logout = defineOperation({
  operationId: 'logout',
  method: 'DELETE',
  path: '/api/session',
  summary: 'Log out and end the session',
  tag: 'Session',
  access: 'user',
  status: 204,
});

export const ZUpdateProfileBody = atLeastOneField(
  z.object({ name: zLine(200).optional(), locale: ZLocale.optional(), lastOrgId: ZId.nullable().optional() }).strict(),
).meta({ id: 'UpdateProfileBody' });

export const updateProfile = defineOperation({
  operationId: 'updateProfile',
  method: 'PATCH',
  path: '/api/me',
  summary: 'Change your name, language or the organisation you last worked in',
  tag: 'Profile',
  access: 'user',
  body: ZUpdateProfileBody,
  status: 200,
  response: ZMe,
});

export const ZChangePasswordBody = z
  .object({ currentPassword: z.string().min(1).max(256), newPassword: ZPassword })
  .strict()
  .refine((b) => b.currentPassword !== b.newPassword, { message: 'passwords_differ', path: ['newPassword'] })
  .meta({ id: 'ChangePasswordBody' });

export const changePassword = defineOperation({
  operationId: 'changePassword',
  method: 'POST',
  path: '/api/me/password',
  summary: 'Change your password; other sessions are signed out',
  tag: 'Profile',
  access: 'user',
  rateLimited: true,
  body: ZChangePasswordBody,
  status: 204,
  errors: ['wrong_password'],
});

export const ZApiToken = z
  .object({ id: ZId, name: z.string(), prefix: z.string(), createdAt: z.string(), lastUsedAt: z.string().nullable() })
  .meta({ id: 'ApiToken' });
export type TApiToken = z.infer<typeof ZApiToken>;

export const listApiTokens = defineOperation({
  operationId: 'listApiTokens',
  method: 'GET',
  path: '/api/me/tokens',
  summary: 'Your personal API tokens (never the secrets)',
  tag: 'Profile',
  access: 'user',
  status: 200,
  response: z.array(ZApiToken),
});

export const ZCreateApiTokenBody = z
  .object({ name: zLine(100) })
  .strict()
  .meta({ id: 'CreateApiTokenBody' });
export const ZCreatedApiToken = z
  .object({ token: ZApiToken, secret: z.string().meta({ description: 'Shown once; send as Authorization: Bearer <secret>' }) })
  .meta({ id: 'CreatedApiToken' });

export const createApiToken = defineOperation({
  operationId: 'createApiToken',
  method: 'POST',
  path: '/api/me/tokens',
  summary: 'Create a personal API token; the secret is shown only in this answer',
  tag: 'Profile',
  access: 'user',
  body: ZCreateApiTokenBody,
  status: 201,
  response: ZCreatedApiToken,
});

export const revokeApiToken = defineOperation({
  operationId: 'revokeApiToken',
  method: 'DELETE',
  path: '/api/me/tokens/:tokenId',
  summary: 'Revoke one of your API tokens',
  tag: 'Profile',
  access: 'user',
  params: z.object({ tokenId: ZId }).strict(),
  status: 204,
});

/** Invitation links carry a 32-byte random secret, base64url encoded, in the URL fragment (never logged). */
export const ZInviteToken = z.string().regex(/^[A-Za-z0-9_-]{43}$/, 'invalid_format');

export const ZInvite = z.object({ email: z.string(), name: z.string(), orgName: z.string(), expiresAt: z.string() }).meta({ id: 'Invite' });

export const lookupInvite = defineOperation({
  operationId: 'lookupInvite',
  method: 'POST',
  path: '/api/invites/lookup',
  summary: 'What an invitation link is for (who and which organisation)',
  tag: 'Invitations',
  access: 'public',
  rateLimited: true,
  body: z.object({ token: ZInviteToken }).strict().meta({ id: 'LookupInviteBody' }),
  status: 200,
  response: ZInvite,
  errors: ['invite_invalid'],
});

export const ZAcceptInviteBody = z
  .object({ token: ZInviteToken, password: ZPassword, name: zLine(200).optional() })
  .strict()
  .meta({ id: 'AcceptInviteBody' });

export const acceptInvite = defineOperation({
  operationId: 'acceptInvite',
  method: 'POST',
  path: '/api/invites/accept',
  summary: 'Accept an invitation by choosing a password; logs you in',
  tag: 'Invitations',
  access: 'public',
  rateLimited: true,
  body: ZAcceptInviteBody,
  status: 200,
  response: ZSession,
  errors: ['invite_invalid'],
});
