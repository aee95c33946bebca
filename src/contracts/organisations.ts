import { z } from 'zod';
import { atLeastOneField, ZEmail, ZId, ZMunicipalityCode, ZOrgParams, ZOrgType, ZRole, ZSizeBand, zLine } from './common.js';
import { defineOperation } from './operation.js';

export const ZOrganisation = z
  .object({
    id: ZId,
    name: z.string(),
    type: ZOrgType,
    municipalityCode: z.string().nullable(),
    createdAt: z.string(),
    memberCount: z.number().int(),
    unitCount: z.number().int(),
    benchmarkOptIn: z.boolean().meta({ description: 'Contributes anonymously to, and sees, comparisons with other organisations' }),
    sizeBand: ZSizeBand.nullable(),
    myRole: ZRole.nullable().meta({ description: 'Your role in the organisation; null for a platform administrator who is not a member' }),
  })
  .meta({ id: 'Organisation' });
export type TOrganisation = z.infer<typeof ZOrganisation>;

export const listMyOrganisations = defineOperation({
  operationId: 'listMyOrganisations',
  method: 'GET',
  path: '/api/orgs',
  summary: 'The organisations you belong to',
  tag: 'Organisations',
  access: 'user',
  status: 200,
  response: z.array(ZOrganisation),
});

export const listAllOrganisations = defineOperation({
  operationId: 'listAllOrganisations',
  method: 'GET',
  path: '/api/admin/orgs',
  summary: 'Every organisation on the platform (platform administrators)',
  tag: 'Platform administration',
  access: 'platform_admin',
  status: 200,
  response: z.array(ZOrganisation),
});

export const ZCreateOrganisationBody = z
  .object({
    name: zLine(200),
    type: ZOrgType,
    municipalityCode: ZMunicipalityCode.nullable().optional(),
    addMeAsAdmin: z.boolean().default(true),
  })
  .strict()
  .meta({ id: 'CreateOrganisationBody' });

export const createOrganisation = defineOperation({
  operationId: 'createOrganisation',
  method: 'POST',
  path: '/api/admin/orgs',
  summary: 'Create an organisation (platform administrators)',
  tag: 'Platform administration',
  access: 'platform_admin',
  body: ZCreateOrganisationBody,
  status: 201,
  response: ZOrganisation,
});

export const getOrganisation = defineOperation({
  operationId: 'getOrganisation',
  method: 'GET',
  path: '/api/orgs/:orgId',
  summary: 'One organisation you belong to',
  tag: 'Organisations',
  access: 'member',
  params: ZOrgParams,
  status: 200,
  response: ZOrganisation,
});

export const ZUpdateOrganisationBody = atLeastOneField(
  z
    .object({
      name: zLine(200).optional(),
      type: ZOrgType.optional(),
      municipalityCode: ZMunicipalityCode.nullable().optional(),
      benchmarkOptIn: z.boolean().optional(),
      sizeBand: ZSizeBand.nullable().optional(),
    })
    .strict(),
).meta({ id: 'UpdateOrganisationBody' });

export const updateOrganisation = defineOperation({
  operationId: 'updateOrganisation',
  method: 'PATCH',
  path: '/api/orgs/:orgId',
  summary: 'Change the organisation’s name, type, municipality number, size band or benchmarking choice',
  tag: 'Organisations',
  access: 'admin',
  params: ZOrgParams,
  body: ZUpdateOrganisationBody,
  status: 200,
  response: ZOrganisation,
});

// Units

export const ZUnit = z.object({ id: ZId, name: z.string(), parentId: ZId.nullable(), createdAt: z.string() }).meta({ id: 'Unit' });
export type TUnit = z.infer<typeof ZUnit>;

const ZUnitParams = z.object({ orgId: ZId, unitId: ZId }).strict();

export const listUnits = defineOperation({
  operationId: 'listUnits',
  method: 'GET',
  path: '/api/orgs/:orgId/units',
  summary: 'Units of the organisation (departments, areas), as a flat list with parents',
  tag: 'Units',
  access: 'member',
  params: ZOrgParams,
  status: 200,
  response: z.array(ZUnit),
});

export const ZCreateUnitBody = z
  .object({ name: zLine(200), parentId: ZId.nullable().optional() })
  .strict()
  .meta({ id: 'CreateUnitBody' });

export const createUnit = defineOperation({
  operationId: 'createUnit',
  method: 'POST',
  path: '/api/orgs/:orgId/units',
  summary: 'Add a unit',
  tag: 'Units',
  access: 'admin',
  params: ZOrgParams,
  body: ZCreateUnitBody,
  status: 201,
  response: ZUnit,
  errors: ['unit_name_taken'],
});

export const ZUpdateUnitBody = atLeastOneField(
  z.object({ name: zLine(200).optional(), parentId: ZId.nullable().optional() }).strict(),
).meta({ id: 'UpdateUnitBody' });

export const updateUnit = defineOperation({
  operationId: 'updateUnit',
  method: 'PATCH',
  path: '/api/orgs/:orgId/units/:unitId',
  summary: 'Rename a unit or move it under another',
  tag: 'Units',
  access: 'admin',
  params: ZUnitParams,
  body: ZUpdateUnitBody,
  status: 200,
  response: ZUnit,
  errors: ['unit_name_taken', 'unit_cycle'],
});

export const deleteUnit = defineOperation({
  operationId: 'deleteUnit',
  method: 'DELETE',
  path: '/api/orgs/:orgId/units/:unitId',
  summary: 'Delete a unit without sub-units',
  tag: 'Units',
  access: 'admin',
  params: ZUnitParams,
  status: 204,
  errors: ['unit_has_children'],
});

// Members

export const ZMember = z
  .object({
    userId: ZId,
    email: z.string(),
    name: z.string(),
    role: ZRole,
    pending: z.boolean().meta({ description: 'True until the person has chosen a password' }),
    joinedAt: z.string(),
  })
  .meta({ id: 'Member' });
export type TMember = z.infer<typeof ZMember>;

const ZMemberParams = z.object({ orgId: ZId, userId: ZId }).strict();

export const listMembers = defineOperation({
  operationId: 'listMembers',
  method: 'GET',
  path: '/api/orgs/:orgId/members',
  summary: 'Members of the organisation and their roles (facilitators and administrators)',
  tag: 'Members',
  access: 'facilitator',
  params: ZOrgParams,
  status: 200,
  response: z.array(ZMember),
});

export const ZInviteMethod = z.enum(['password', 'link']);

export const ZInviteMemberBody = z
  .object({ email: ZEmail, name: zLine(200), role: ZRole, method: ZInviteMethod.default('link') })
  .strict()
  .meta({ id: 'InviteMemberBody' });

export const ZCredentials = z
  .object({
    oneTimePassword: z.string().optional().meta({ description: 'Shown once; must be changed at first login' }),
    inviteUrl: z.string().optional().meta({ description: 'Shown once; valid for 7 days' }),
  })
  .meta({ id: 'Credentials' });

export const ZInvitedMember = z
  .object({ member: ZMember, credentials: ZCredentials.nullable().meta({ description: 'Null when the person already had an account' }) })
  .meta({ id: 'InvitedMember' });
export type TInvitedMember = z.infer<typeof ZInvitedMember>;

export const inviteMember = defineOperation({
  operationId: 'inviteMember',
  method: 'POST',
  path: '/api/orgs/:orgId/members',
  summary: 'Add a person: an existing account joins; otherwise an account is created with a one-time password or link',
  tag: 'Members',
  access: 'admin',
  params: ZOrgParams,
  body: ZInviteMemberBody,
  status: 201,
  response: ZInvitedMember,
  errors: ['already_member'],
});

export const updateMember = defineOperation({
  operationId: 'updateMember',
  method: 'PATCH',
  path: '/api/orgs/:orgId/members/:userId',
  summary: 'Change a member’s role',
  tag: 'Members',
  access: 'admin',
  params: ZMemberParams,
  body: z.object({ role: ZRole }).strict().meta({ id: 'UpdateMemberBody' }),
  status: 200,
  response: ZMember,
  errors: ['last_admin'],
});

export const removeMember = defineOperation({
  operationId: 'removeMember',
  method: 'DELETE',
  path: '/api/orgs/:orgId/members/:userId',
  summary: 'Remove a member from the organisation (the account remains)',
  tag: 'Members',
  access: 'admin',
  params: ZMemberParams,
  status: 204,
  errors: ['last_admin'],
});

export const renewInvite = defineOperation({
  operationId: 'renewInvite',
  method: 'POST',
  path: '/api/orgs/:orgId/members/:userId/invite',
  summary: 'New one-time password or link for a member who has not logged in yet',
  tag: 'Members',
  access: 'admin',
  params: ZMemberParams,
  body: z.object({ method: ZInviteMethod }).strict().meta({ id: 'RenewInviteBody' }),
  status: 200,
  response: ZCredentials,
  errors: ['invite_invalid'],
});
