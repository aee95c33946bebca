import { z } from 'zod';
import { ZOrgParams } from './common.js';
import { defineOperation } from './operation.js';

/**
 * The organisation export file: everything of one organisation, as stored, so that an import
 * recreates it exactly. Rows keep their storage names; identifiers and timestamps are kept.
 */
const id = z.string().regex(/^[0-9a-hjkmnp-tv-z]{26}$/);
const ts = z.string().min(1).max(40);
const role = z.enum(['admin', 'facilitator', 'member']);

export const ZExportOrganisation = z
  .object({
    id,
    name: z.string().min(1).max(200),
    type: z.enum(['kommune', 'region', 'stat', 'andet']),
    municipality_code: z.string().max(8).nullable(),
    benchmark_opt_in: z.number().int().min(0).max(1),
    size_band: z.string().max(16).nullable(),
    created_at: ts,
    updated_at: ts,
  })
  .strict();

export const ZExportUnit = z
  .object({ id, org_id: id, parent_id: id.nullable(), name: z.string().min(1).max(200), created_at: ts, updated_at: ts })
  .strict();

export const ZExportUser = z
  .object({
    id,
    email: z.string().min(3).max(254),
    name: z.string().max(200),
    password_hash: z.string().max(255).nullable(),
    locale: z.enum(['da', 'en']),
    must_change_password: z.union([z.literal(0), z.literal(1)]),
    last_org_id: id.nullable(),
    created_at: ts,
    updated_at: ts,
  })
  .strict();

export const ZExportMembership = z.object({ org_id: id, user_id: id, role, created_at: ts }).strict();

export const ZExportInvite = z
  .object({
    id,
    token_hash: z.string().length(64),
    org_id: id,
    user_id: id,
    created_by: id.nullable(),
    created_at: ts,
    expires_at: ts,
    used_at: ts.nullable(),
  })
  .strict();

export const ZExportAuditEvent = z
  .object({
    id,
    org_id: id,
    actor_user_id: id.nullable(),
    actor_email: z.string().max(254).nullable(),
    action: z.string().min(1).max(64),
    target_type: z.string().max(32).nullable(),
    target_id: z.string().max(64).nullable(),
    details: z.string(),
    ip: z.string().max(64).nullable(),
    created_at: ts,
  })
  .strict();

const slug = z.string().min(1).max(64);

/** The instrument versions the organisation's rounds were answered with (shared content, so without dates). */
export const ZExportInstrumentVersion = z
  .object({ instrument_id: slug, version: z.number().int().min(1), content: z.string(), content_hash: z.string().length(64) })
  .strict();

export const ZExportRound = z
  .object({
    id,
    org_id: id,
    unit_id: id.nullable(),
    instrument_id: slug,
    instrument_version: z.number().int().min(1),
    title: z.string().min(1).max(200),
    mode: z.enum(['individual', 'team']),
    anonymous: z.number().int().min(0).max(1),
    status: z.enum(['open', 'closed']),
    deadline: ts.nullable(),
    respondent_salt: z.string().min(16).max(64),
    created_by: id.nullable(),
    created_at: ts,
    closed_at: ts.nullable(),
  })
  .strict();

export const ZExportResponse = z
  .object({
    id,
    round_id: id,
    respondent_key: z.string().length(64),
    user_id: id.nullable(),
    unit_id: id.nullable(),
    submitted_at: ts.nullable(),
    created_at: ts,
    updated_at: ts,
  })
  .strict();

export const ZExportAnswer = z.object({ response_id: id, item_id: slug, value: z.string().max(20000), updated_at: ts }).strict();
export const ZExportComment = z.object({ response_id: id, dimension_id: slug, text: z.string().max(5000), updated_at: ts }).strict();
export const ZExportConclusion = z
  .object({ round_id: id, question_id: slug, text: z.string().max(5000), updated_by: id.nullable(), updated_at: ts })
  .strict();
export const ZExportRoundAction = z
  .object({
    id,
    round_id: id,
    question_id: slug.nullable(),
    title: z.string().min(1).max(200),
    owner: z.string().min(1).max(200),
    due_date: z.string().max(10).nullable(),
    status: z.enum(['open', 'done']),
    created_by: id.nullable(),
    created_at: ts,
    updated_at: ts,
  })
  .strict();

export const EXPORT_FORMAT = 'pejling.organisation-export';
export const EXPORT_VERSION = 1;

export const ZOrgExport = z
  .object({
    format: z.literal(EXPORT_FORMAT),
    version: z.literal(EXPORT_VERSION),
    exportedAt: ts,
    includesCredentials: z.boolean(),
    organisation: ZExportOrganisation,
    units: z.array(ZExportUnit),
    users: z.array(ZExportUser),
    memberships: z.array(ZExportMembership),
    invites: z.array(ZExportInvite),
    auditEvents: z.array(ZExportAuditEvent),
    instrumentVersions: z.array(ZExportInstrumentVersion),
    rounds: z.array(ZExportRound),
    responses: z.array(ZExportResponse),
    answers: z.array(ZExportAnswer),
    responseComments: z.array(ZExportComment),
    roundConclusions: z.array(ZExportConclusion),
    roundActions: z.array(ZExportRoundAction),
  })
  .strict()
  .meta({ id: 'OrganisationExport' });

export type TOrgExport = z.infer<typeof ZOrgExport>;

export const exportOrganisation = defineOperation({
  operationId: 'exportOrganisation',
  method: 'GET',
  path: '/api/orgs/:orgId/export',
  summary: 'Download everything of the organisation as one JSON file (administrators; without password hashes)',
  tag: 'Organisations',
  access: 'admin',
  params: ZOrgParams,
  status: 200,
  response: ZOrgExport,
});
