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

/** The instrument versions the organisation's rounds and workshops were answered with (shared content, so without dates). */
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

/** A JSON document stored as text (the workshop's rules, areas, settings, live state and notes; a plan row's cells). */
const json = z.string().refine((text) => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}, 'not JSON');
const flag = z.number().int().min(0).max(1);

export const ZExportWorkshop = z
  .object({
    id,
    org_id: id,
    template_id: slug,
    template_version: z.number().int().min(1),
    instrument_id: slug,
    instrument_version: z.number().int().min(1),
    title: z.string().min(1).max(200),
    scheduled_for: ts.nullable(),
    status: z.enum(['draft', 'running', 'finished']),
    /** Only in a file with credentials, and only while the workshop runs. */
    join_code: z.string().min(1).max(16).nullable(),
    ground_rules: json,
    areas: json,
    settings: json,
    live: json,
    notes: json,
    revision: z.number().int().min(0),
    created_by: id.nullable(),
    created_at: ts,
    updated_at: ts,
    started_at: ts.nullable(),
    finished_at: ts.nullable(),
  })
  .strict();

export const ZExportWorkshopStep = z
  .object({
    id,
    workshop_id: id,
    position: z.number().int().min(0),
    kind: z.enum(['present', 'questionnaire', 'picture', 'areas', 'plans', 'break', 'conclusion']),
    title: z.string().min(1).max(200),
    duration_minutes: z.number().int().min(0),
    purpose: z.string(),
    started_at: ts.nullable(),
    ended_at: ts.nullable(),
    elapsed_ms: z.number().int().min(0),
  })
  .strict();

export const ZExportWorkshopParticipant = z
  .object({
    id,
    workshop_id: id,
    /**
     * The SHA-256 (hex) of the participant's token in a file with credentials; otherwise a
     * stand-in that starts with "x", which no SHA-256 in hex does, so it matches no token.
     */
    token_hash: z.string().regex(/^(?:[0-9a-f]{64}|x[0-9a-f]{63})$/),
    display_name: z.string().max(80).nullable(),
    group_name: z.string().max(80).nullable(),
    area_id: id.nullable(),
    accepted_rules_at: ts.nullable(),
    joined_at: ts,
    last_seen_at: ts,
  })
  .strict();

export const ZExportWorkshopAnswer = z
  .object({ participant_id: id, item_id: slug, workshop_id: id, value: z.number().int(), updated_at: ts })
  .strict();
export const ZExportWorkshopReceipt = z.object({ participant_id: id, client_msg_id: z.string().min(1).max(64), created_at: ts }).strict();

export const ZExportWorkshopNote = z
  .object({
    id,
    workshop_id: id,
    participant_id: id.nullable(),
    category: z.enum(['strength', 'challenge', 'focus']),
    text: z.string().max(500),
    hidden: flag,
    merged_into: id.nullable(),
    selected_position: z.number().int().min(0).nullable(),
    created_at: ts,
    updated_at: ts,
  })
  .strict();

export const ZExportWorkshopVote = z.object({ participant_id: id, note_id: id, workshop_id: id, dots: z.number().int().min(0) }).strict();

export const ZExportWorkshopPlanRow = z
  .object({ id, workshop_id: id, area_id: id, position: z.number().int().min(0), cells: json, created_at: ts, updated_at: ts })
  .strict();

export const ZExportActionPlanItem = z
  .object({
    id,
    org_id: id,
    workshop_id: id.nullable(),
    area: z.string().max(200),
    focus_area: z.string().max(500),
    activity: z.string().max(500),
    resources: z.string().max(500),
    start_date: z.string().max(10).nullable(),
    end_date: z.string().max(10).nullable(),
    owner: z.string().max(200),
    status: z.enum(['planned', 'in_progress', 'done', 'dropped']),
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
    // Added after version 1 was first written: a file from before the live workshops has none of these.
    workshops: z.array(ZExportWorkshop).default([]),
    workshopSteps: z.array(ZExportWorkshopStep).default([]),
    workshopParticipants: z.array(ZExportWorkshopParticipant).default([]),
    workshopAnswers: z.array(ZExportWorkshopAnswer).default([]),
    workshopReceipts: z.array(ZExportWorkshopReceipt).default([]),
    workshopNotes: z.array(ZExportWorkshopNote).default([]),
    workshopVotes: z.array(ZExportWorkshopVote).default([]),
    workshopPlanRows: z.array(ZExportWorkshopPlanRow).default([]),
    actionPlanItems: z.array(ZExportActionPlanItem).default([]),
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
