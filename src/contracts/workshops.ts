import { z } from 'zod';
import { ZStepKind } from '../domain/workshops/template.js';
import { ZId, ZOrgParams, ZTimestamp, atLeastOneField, zLine, zText } from './common.js';
import { defineOperation } from './operation.js';

/** A leadership workshop run live: prepared as a draft, running with a join code, then finished. */
export const ZWorkshopStatus = z.enum(['draft', 'running', 'finished']);
export type TWorkshopStatus = z.infer<typeof ZWorkshopStatus>;

export const ZWorkshopStep = z
  .object({
    id: ZId,
    position: z.number().int(),
    kind: ZStepKind,
    title: z.string(),
    durationMinutes: z.number().int(),
    purpose: z.string(),
    startedAt: z.string().nullable(),
    endedAt: z.string().nullable(),
    elapsedMs: z.number().int().meta({ description: 'Time the step has run, pauses left out' }),
  })
  .meta({ id: 'WorkshopStep' });
export type TWorkshopStep = z.infer<typeof ZWorkshopStep>;

export const ZArea = z.object({ id: ZId, name: z.string() }).meta({ id: 'WorkshopArea' });
export type TArea = z.infer<typeof ZArea>;

export const ZWorkshopSettings = z
  .object({
    /** How the questionnaire is answered: each participant alone, groups sharing a device, or either. */
    answering: z.enum(['individual', 'group', 'either']),
    dotsPerParticipant: z.number().int().min(1).max(20),
  })
  .strict()
  .meta({ id: 'WorkshopSettings' });
export type TWorkshopSettings = z.infer<typeof ZWorkshopSettings>;

/** The notes of the common plans step: one per dialogue theme, and the named owners. */
export const ZWorkshopNotes = z
  .object({ themes: z.record(z.string(), z.string()), owners: z.string(), conclusion: z.string() })
  .meta({ id: 'WorkshopNotes' });
export type TWorkshopNotes = z.infer<typeof ZWorkshopNotes>;

export const ZWorkshop = z
  .object({
    id: ZId,
    title: z.string(),
    templateId: z.string(),
    instrumentId: z.string(),
    instrumentVersion: z.number().int(),
    scheduledFor: z.string().nullable(),
    status: ZWorkshopStatus,
    joinCode: z.string().nullable().meta({ description: 'Shown to facilitators while the workshop runs' }),
    joinUrl: z.string().nullable(),
    groundRules: z.array(z.string()),
    areas: z.array(ZArea),
    settings: ZWorkshopSettings,
    steps: z.array(ZWorkshopStep),
    currentStep: z.number().int().nullable(),
    participants: z.number().int(),
    notes: ZWorkshopNotes,
    createdAt: ZTimestamp,
    startedAt: z.string().nullable(),
    finishedAt: z.string().nullable(),
  })
  .meta({ id: 'Workshop' });
export type TWorkshop = z.infer<typeof ZWorkshop>;

export const ZWorkshopSummary = ZWorkshop.pick({
  id: true,
  title: true,
  status: true,
  scheduledFor: true,
  participants: true,
  createdAt: true,
  startedAt: true,
  finishedAt: true,
}).meta({ id: 'WorkshopSummary' });

export const ZWorkshopParams = z.object({ orgId: ZId, workshopId: ZId }).strict();

export const listWorkshops = defineOperation({
  operationId: 'listWorkshops',
  method: 'GET',
  path: '/api/orgs/:orgId/workshops',
  summary: 'Workshops of the organisation, newest first',
  tag: 'Workshops',
  access: 'member',
  params: ZOrgParams,
  status: 200,
  response: z.array(ZWorkshopSummary),
});

export const ZCreateWorkshopBody = z
  .object({
    title: zLine(200),
    templateId: z.literal('udviklingsvaerksted').default('udviklingsvaerksted'),
    scheduledFor: z.iso.datetime({ offset: true }).nullable().optional(),
    /** Areas for the area work; by default the organisation's units. */
    areas: z.array(zLine(120)).max(30).optional(),
  })
  .strict()
  .meta({ id: 'CreateWorkshopBody' });

export const createWorkshop = defineOperation({
  operationId: 'createWorkshop',
  method: 'POST',
  path: '/api/orgs/:orgId/workshops',
  summary: 'Prepare a workshop from the template: agenda, ground rules and areas to edit before it runs',
  tag: 'Workshops',
  access: 'facilitator',
  params: ZOrgParams,
  body: ZCreateWorkshopBody,
  status: 201,
  response: ZWorkshop,
});

export const getWorkshop = defineOperation({
  operationId: 'getWorkshop',
  method: 'GET',
  path: '/api/orgs/:orgId/workshops/:workshopId',
  summary: 'One workshop with its agenda as planned or run',
  tag: 'Workshops',
  access: 'member',
  params: ZWorkshopParams,
  status: 200,
  response: ZWorkshop,
});

export const ZStepInput = z
  .object({
    id: ZId.optional().meta({ description: 'An existing step to keep; left out for a new one' }),
    kind: ZStepKind,
    title: zLine(200),
    durationMinutes: z.number().int().min(1).max(480),
    purpose: zText(2000),
  })
  .strict();

export const ZUpdateWorkshopBody = atLeastOneField(
  z
    .object({
      title: zLine(200).optional(),
      scheduledFor: z.iso.datetime({ offset: true }).nullable().optional(),
      groundRules: z.array(zLine(600)).min(1).max(30).optional(),
      areas: z
        .array(z.object({ id: ZId.optional(), name: zLine(120) }).strict())
        .max(30)
        .optional(),
      settings: ZWorkshopSettings.optional(),
      steps: z.array(ZStepInput).min(1).max(40).optional(),
      notes: z
        .object({
          themes: z.record(z.string().regex(/^[a-z0-9-]{1,40}$/), zText(4000)),
          owners: zText(2000),
          conclusion: zText(4000),
        })
        .strict()
        .optional()
        .meta({ description: 'The facilitator’s notes of the common plans and the conclusion (while the workshop runs)' }),
    })
    .strict(),
).meta({ id: 'UpdateWorkshopBody' });

export const updateWorkshop = defineOperation({
  operationId: 'updateWorkshop',
  method: 'PATCH',
  path: '/api/orgs/:orgId/workshops/:workshopId',
  summary: 'Edit title, date, agenda (titles, durations, order, steps added or removed), ground rules, areas and settings',
  tag: 'Workshops',
  access: 'facilitator',
  params: ZWorkshopParams,
  body: ZUpdateWorkshopBody,
  status: 200,
  response: ZWorkshop,
  errors: ['workshop_not_draft'],
});

export const deleteWorkshop = defineOperation({
  operationId: 'deleteWorkshop',
  method: 'DELETE',
  path: '/api/orgs/:orgId/workshops/:workshopId',
  summary: 'Delete a workshop that has not run',
  tag: 'Workshops',
  access: 'facilitator',
  params: ZWorkshopParams,
  status: 204,
  errors: ['workshop_not_draft'],
});

/** What the facilitator does with the agenda while the workshop runs. */
export const ZControlBody = z
  .discriminatedUnion('action', [
    z.object({ action: z.literal('open') }).strict(),
    z.object({ action: z.literal('start') }).strict(),
    z.object({ action: z.literal('pause') }).strict(),
    z.object({ action: z.literal('next') }).strict(),
    z.object({ action: z.literal('previous') }).strict(),
    z.object({ action: z.literal('goto'), position: z.number().int().min(0).max(100) }).strict(),
    z.object({ action: z.literal('reveal'), revealed: z.boolean() }).strict(),
    z
      .object({ action: z.literal('phase'), phase: z.enum(['collect', 'show', 'vote', 'select']) })
      .strict()
      .meta({ description: 'The phase of the common picture: collect notes, show them, dot-vote, select' }),
    z.object({ action: z.literal('finish') }).strict(),
  ])
  .meta({ id: 'WorkshopControl' });
export type TControl = z.infer<typeof ZControlBody>;

export const controlWorkshop = defineOperation({
  operationId: 'controlWorkshop',
  method: 'POST',
  path: '/api/orgs/:orgId/workshops/:workshopId/control',
  summary:
    'Run the workshop: open it for joining, start or pause the current step, move to the next, previous or any step, reveal or hide results, finish',
  tag: 'Workshops',
  access: 'facilitator',
  params: ZWorkshopParams,
  body: ZControlBody,
  status: 200,
  response: ZWorkshop,
  errors: ['workshop_finished', 'workshop_not_running'],
});

export const ZNoteParams = z.object({ orgId: ZId, workshopId: ZId, noteId: ZId }).strict();

export const moderateNote = defineOperation({
  operationId: 'moderateNote',
  method: 'PATCH',
  path: '/api/orgs/:orgId/workshops/:workshopId/notes/:noteId',
  summary: 'Moderate a note of the common picture: edit its text, hide it, or merge it into another (its dots follow)',
  tag: 'Workshops',
  access: 'facilitator',
  params: ZNoteParams,
  body: atLeastOneField(
    z.object({ text: zLine(280).optional(), hidden: z.boolean().optional(), mergedInto: ZId.nullable().optional() }).strict(),
  ).meta({ id: 'ModerateNoteBody' }),
  status: 204,
  errors: ['workshop_finished'],
});

export const selectNotes = defineOperation({
  operationId: 'selectNotes',
  method: 'PUT',
  path: '/api/orgs/:orgId/workshops/:workshopId/selection',
  summary:
    'The decision of the common picture: up to 3 strengths, 3 challenges and 5 focus areas, in order (a decision by the leadership, not a vote)',
  tag: 'Workshops',
  access: 'facilitator',
  params: ZWorkshopParams,
  body: z
    .object({ strength: z.array(ZId).max(3), challenge: z.array(ZId).max(3), focus: z.array(ZId).max(5) })
    .strict()
    .meta({ id: 'SelectNotesBody' }),
  status: 204,
  errors: ['workshop_finished'],
});

/** A participant joins with the short code; no account. The token lets the phone come back as the same participant. */
export const ZJoinBody = z
  .object({
    code: z
      .string()
      .trim()
      .transform((v) => v.replace(/[\s-]/g, '').toUpperCase())
      .pipe(z.string().regex(/^[0-9A-Z]{6,10}$/, 'invalid_format')),
    displayName: zLine(80).nullable().optional(),
    groupName: zLine(80).nullable().optional(),
  })
  .strict()
  .meta({ id: 'JoinBody' });

export const ZJoined = z
  .object({
    token: z.string().meta({ description: 'Keep it on the device: it brings the participant back after a lost connection' }),
    participantId: ZId,
    workshopId: ZId,
    title: z.string(),
  })
  .meta({ id: 'Joined' });

export const joinWorkshop = defineOperation({
  operationId: 'joinWorkshop',
  method: 'POST',
  path: '/api/live/join',
  summary: 'Join a running workshop with its code (no account); rate-limited',
  tag: 'Live',
  access: 'public',
  body: ZJoinBody,
  status: 201,
  response: ZJoined,
  errors: ['join_code_invalid'],
  rateLimited: 'join',
});

export const ZWorkshopExportQuery = z.object({ lang: z.enum(['da', 'en']).default('da') }).strict();

export const getWorkshopMinutes = defineOperation({
  operationId: 'getWorkshopMinutes',
  method: 'GET',
  path: '/api/orgs/:orgId/workshops/:workshopId/minutes.pdf',
  summary: 'Minutes of the workshop as PDF: the agenda as run, the tally, the common picture, every plan and the notes',
  tag: 'Workshops',
  access: 'member',
  params: ZWorkshopParams,
  query: ZWorkshopExportQuery,
  status: 200,
  produces: 'application/pdf',
});

export const getWorkshopWorkbook = defineOperation({
  operationId: 'getWorkshopWorkbook',
  method: 'GET',
  path: '/api/orgs/:orgId/workshops/:workshopId/workshop.xlsx',
  summary: 'The plans, the tally, the anonymised answers and the common picture as an Excel workbook (facilitators and administrators)',
  tag: 'Workshops',
  access: 'facilitator',
  params: ZWorkshopParams,
  query: ZWorkshopExportQuery,
  status: 200,
  produces: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
});

export const ZActionPlanItem = z
  .object({
    id: ZId,
    workshopId: ZId.nullable(),
    workshopTitle: z.string().nullable(),
    area: z.string(),
    focusArea: z.string(),
    activity: z.string(),
    resources: z.string(),
    startDate: z.string().nullable(),
    endDate: z.string().nullable(),
    owner: z.string(),
    status: z.enum(['planned', 'in_progress', 'done', 'dropped']),
    createdAt: ZTimestamp,
  })
  .meta({ id: 'ActionPlanItem' });
export type TActionPlanItem = z.infer<typeof ZActionPlanItem>;

export const listActionPlans = defineOperation({
  operationId: 'listActionPlans',
  method: 'GET',
  path: '/api/orgs/:orgId/action-plans',
  summary: 'The organisation’s action plans: every activity with owner, dates and status, linked to where it came from',
  tag: 'Action plans',
  access: 'member',
  params: ZOrgParams,
  status: 200,
  response: z.array(ZActionPlanItem),
});
