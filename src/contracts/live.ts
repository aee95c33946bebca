import { z } from 'zod';
import { PLAN_FIELDS } from '../domain/workshops/plans.js';
import { ZStepKind } from '../domain/workshops/template.js';
import { ZId, zLine } from './common.js';
import { ZArea, ZWorkshopStatus } from './workshops.js';

/**
 * The live protocol of a workshop over one WebSocket at `/api/live/ws`. Every frame is one JSON
 * object with a `type`. docs/live-protocol.md describes the exchange; these schemas are the
 * contract the server checks and the clients are typed by.
 */

/** A client's own id for a message, so a resent message is recognised and never counts twice. */
export const ZClientMsgId = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, 'invalid_format');

// ---------------------------------------------------------------- client → server

/** First frame on a connection: who is connecting. */
export const ZHello = z
  .discriminatedUnion('role', [
    z.object({ type: z.literal('hello'), role: z.literal('participant'), token: z.string().min(20).max(100) }).strict(),
    z
      .object({
        type: z.literal('hello'),
        role: z.enum(['facilitator', 'projector']),
        workshopId: ZId,
      })
      .strict(),
  ])
  .meta({ id: 'LiveHello' });

export const ZAnswerMsg = z
  .object({
    type: z.literal('answer'),
    id: ZClientMsgId,
    itemId: z.string().min(1).max(64),
    /** 1–5, or null to take the answer back. */
    value: z.number().int().min(1).max(5).nullable(),
  })
  .strict()
  .meta({ id: 'LiveAnswer' });

export const ZAcceptRulesMsg = z
  .object({ type: z.literal('accept_rules'), id: ZClientMsgId })
  .strict()
  .meta({ id: 'LiveAcceptRules' });

export const ZPingMsg = z.object({ type: z.literal('ping') }).strict();

export const ZNoteCategory = z.enum(['strength', 'challenge', 'focus']);
export type TNoteCategory = z.infer<typeof ZNoteCategory>;

/** The common picture: a strength, challenge or proposed focus area, hidden from others until shown. */
export const ZNoteMsg = z
  .object({ type: z.literal('note'), id: ZClientMsgId, category: ZNoteCategory, text: zLine(280) })
  .strict()
  .meta({ id: 'LiveNote' });

/** Dot voting: the number of the participant's dots on one note (0 takes them back); the total is capped. */
export const ZVoteMsg = z
  .object({ type: z.literal('vote'), id: ZClientMsgId, noteId: ZId, dots: z.number().int().min(0).max(20) })
  .strict()
  .meta({ id: 'LiveVote' });

/** Area work: which area group the participant (or group) works in. */
export const ZChooseAreaMsg = z
  .object({ type: z.literal('choose_area'), id: ZClientMsgId, areaId: ZId })
  .strict()
  .meta({ id: 'LiveChooseArea' });

/** The fields of an action-plan row (the template's focus area, activity, resources, start–end, responsible). */
export const ZPlanField = z.enum(PLAN_FIELDS);
export type TPlanField = z.infer<typeof ZPlanField>;

export const ZPlanAddRowMsg = z
  .object({ type: z.literal('plan_add_row'), id: ZClientMsgId })
  .strict()
  .meta({ id: 'LivePlanAddRow' });

/**
 * One field of one row of the area's plan. `baseVersion` is the version the editor started
 * from; the edit is applied either way (last writer wins), and the ack says `stale` when
 * someone else had changed the field meanwhile.
 */
export const ZPlanEditMsg = z
  .object({
    type: z.literal('plan_edit'),
    id: ZClientMsgId,
    rowId: ZId,
    field: ZPlanField,
    value: z
      .string()
      .max(500)
      .regex(/^[^\u0000-\u001f\u007f-\u009f]*$/, 'control_characters'),
    baseVersion: z.number().int().min(0),
  })
  .strict()
  .meta({ id: 'LivePlanEdit' });

export const ZPlanDeleteRowMsg = z
  .object({ type: z.literal('plan_delete_row'), id: ZClientMsgId, rowId: ZId })
  .strict()
  .meta({ id: 'LivePlanDeleteRow' });

export const ZClientMessage = z.union([
  ZHello,
  ZAnswerMsg,
  ZAcceptRulesMsg,
  ZPingMsg,
  ZNoteMsg,
  ZVoteMsg,
  ZChooseAreaMsg,
  ZPlanAddRowMsg,
  ZPlanEditMsg,
  ZPlanDeleteRowMsg,
]);
export type TClientMessage = z.infer<typeof ZClientMessage>;
export type THello = z.infer<typeof ZHello>;

// ---------------------------------------------------------------- server → client

/** The current step as everyone sees it; `runningSince` is set while the timer runs. */
export const ZLiveStep = z
  .object({
    position: z.number().int(),
    count: z.number().int(),
    kind: ZStepKind,
    title: z.string(),
    purpose: z.string(),
    durationMs: z.number().int(),
    elapsedMs: z.number().int().meta({ description: 'Run time before runningSince (pauses left out)' }),
    runningSince: z.string().nullable().meta({ description: 'Server time the timer was last started; null while paused' }),
  })
  .meta({ id: 'LiveStep' });

/** Distribution of answers to one statement (values 1–5) with count and mean. */
export const ZItemTally = z
  .object({ itemId: z.string(), counts: z.array(z.number().int()).length(5), n: z.number().int(), mean: z.number().nullable() })
  .meta({ id: 'ItemTally' });

export const ZDimensionTally = z
  .object({ dimensionId: z.string(), n: z.number().int(), mean: z.number().nullable() })
  .meta({ id: 'DimensionTally' });

export const ZTally = z
  .object({
    /** Participants (individuals or groups) who have answered at least one statement, and all statements. */
    respondents: z.number().int(),
    complete: z.number().int(),
    items: z.array(ZItemTally),
    dimensions: z.array(ZDimensionTally),
  })
  .meta({ id: 'Tally' });
export type TTally = z.infer<typeof ZTally>;

/** The phases of the common picture step, set by the facilitator. */
export const ZPicturePhase = z.enum(['collect', 'show', 'vote', 'select']);
export type TPicturePhase = z.infer<typeof ZPicturePhase>;

export const ZPictureNote = z
  .object({
    id: ZId,
    category: ZNoteCategory,
    text: z.string(),
    /** Written by the receiving participant. */
    mine: z.boolean(),
    /** Hidden by the facilitator (facilitators only see hidden notes). */
    hidden: z.boolean(),
    /** Merged into another note (facilitators only see merged notes). */
    mergedInto: ZId.nullable(),
    /** Dots on the note: to facilitators always, to the projector from the vote phase; null otherwise. */
    dots: z.number().int().nullable(),
    /** Position in the facilitator's selection for its category, or null. */
    selected: z.number().int().nullable(),
  })
  .meta({ id: 'PictureNote' });

export const ZPicture = z
  .object({
    phase: ZPicturePhase,
    dotsPerParticipant: z.number().int(),
    /** Notes the receiver may see: participants their own while collecting, all shown ones from then on. */
    notes: z.array(ZPictureNote),
    /** The receiving participant's dots per note. */
    myDots: z.record(z.string(), z.number().int()),
    /** Contributors so far (facilitators and projector). */
    contributors: z.number().int(),
  })
  .meta({ id: 'Picture' });
export type TPicture = z.infer<typeof ZPicture>;

export const ZPlanCell = z
  .object({ value: z.string(), version: z.number().int(), by: z.string().nullable(), at: z.string().nullable() })
  .meta({ id: 'PlanCell' });

export const ZPlanRow = z
  .object({ id: ZId, areaId: ZId, position: z.number().int(), cells: z.record(ZPlanField, ZPlanCell) })
  .meta({ id: 'PlanRow' });
export type TPlanRow = z.infer<typeof ZPlanRow>;

/** The action plans of the area work: every row to facilitators and projector, the own area's to participants. */
export const ZPlans = z
  .object({
    rows: z.array(ZPlanRow),
    /** Participants (or groups) per area. */
    members: z.record(z.string(), z.number().int()),
  })
  .meta({ id: 'Plans' });
export type TPlans = z.infer<typeof ZPlans>;

/** Everything a connection needs to draw its view; sent after hello and whenever a client must resync. */
export const ZSnapshot = z
  .object({
    type: z.literal('snapshot'),
    revision: z.number().int(),
    serverTime: z.string(),
    workshop: z.object({
      id: ZId,
      title: z.string(),
      status: ZWorkshopStatus,
      joinCode: z.string().nullable(),
      groundRules: z.array(z.string()),
      areas: z.array(ZArea),
      answering: z.enum(['individual', 'group', 'either']),
      instrumentId: z.string(),
      instrumentVersion: z.number().int(),
    }),
    step: ZLiveStep.nullable(),
    revealed: z.boolean(),
    participants: z.number().int(),
    /** Pooled tally: to facilitators always, to the projector only once revealed, never to participants. */
    tally: ZTally.nullable(),
    /** The common picture, while or after its step is on; null before. */
    picture: ZPicture.nullable(),
    /** The area plans, from the area work step on; null before. */
    plans: ZPlans.nullable(),
    /** The participant's own state (participants only). */
    me: z
      .object({
        participantId: ZId,
        displayName: z.string().nullable(),
        groupName: z.string().nullable(),
        acceptedRules: z.boolean(),
        answers: z.record(z.string(), z.number().int()),
        areaId: ZId.nullable(),
      })
      .nullable(),
  })
  .meta({ id: 'LiveSnapshot' });
export type TSnapshot = z.infer<typeof ZSnapshot>;

/** A client message was durably stored (or had been before: `duplicate`). */
export const ZAck = z
  .object({
    type: z.literal('ack'),
    id: ZClientMsgId,
    duplicate: z.boolean(),
    /** The id of what the message created (a note, a plan row). */
    ref: ZId.optional(),
    /** A plan edit overwrote a change someone else had made since `baseVersion`. */
    stale: z.boolean().optional(),
  })
  .meta({ id: 'LiveAck' });

/** Changes since the last frame, coalesced (at most about ten a second). */
export const ZDelta = z
  .object({
    type: z.literal('delta'),
    revision: z.number().int(),
    participants: z.number().int().optional(),
    tally: ZTally.nullable().optional(),
    picture: ZPicture.nullable().optional(),
    plans: ZPlans.nullable().optional(),
  })
  .meta({ id: 'LiveDelta' });

/** The workshop moved on (step change, timer started or paused, results revealed, finished): resync from the snapshot that follows. */
export const ZLiveError = z
  .object({
    type: z.literal('error'),
    /** The client message it answers, when there is one. */
    id: ZClientMsgId.nullable(),
    code: z.enum(['bad_message', 'unauthenticated', 'forbidden', 'not_found', 'workshop_finished', 'not_now', 'over_limit', 'unavailable']),
    message: z.string(),
    /** True when the connection will be closed after this frame. */
    fatal: z.boolean(),
  })
  .meta({ id: 'LiveError' });

export const ZPong = z.object({ type: z.literal('pong'), serverTime: z.string() });

export const ZServerMessage = z.union([ZSnapshot, ZAck, ZDelta, ZLiveError, ZPong]);
export type TServerMessage = z.infer<typeof ZServerMessage>;

/** Display names as participants choose them. */
export const ZDisplayName = zLine(80);
