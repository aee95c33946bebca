import { z } from 'zod';
import { ZInstrument, ZSource, ZText } from '../domain/instruments/schema.js';
import { ZId, ZOrgParams, zLine, zText } from './common.js';
import { defineOperation } from './operation.js';

const ZSlug = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'invalid_format')
  .max(64);

// Instruments

export const ZInstrumentSummary = z
  .object({
    id: z.string(),
    version: z.number().int(),
    title: ZText,
    description: ZText,
    source: ZSource,
    scoring: z.enum(['scaled-mean', 'generation']),
    dimensions: z.number().int(),
    items: z.number().int(),
  })
  .meta({ id: 'InstrumentSummary' });
export type TInstrumentSummary = z.infer<typeof ZInstrumentSummary>;

export const listInstruments = defineOperation({
  operationId: 'listInstruments',
  method: 'GET',
  path: '/api/instruments',
  summary: 'The questionnaires an organisation can run, with their source publications',
  tag: 'Assessments',
  access: 'user',
  status: 200,
  response: z.array(ZInstrumentSummary),
});

export const getInstrument = defineOperation({
  operationId: 'getInstrument',
  method: 'GET',
  path: '/api/instruments/:instrumentId',
  summary: 'One questionnaire in its current version: dimensions, items, answer types, bands and dialogue questions',
  tag: 'Assessments',
  access: 'user',
  params: z.object({ instrumentId: ZSlug }).strict(),
  status: 200,
  response: ZInstrument.meta({ id: 'Instrument' }),
});

// Rounds

export const ZRoundMode = z.enum(['individual', 'team']);
export const ZRoundStatus = z.enum(['open', 'closed']);
export const ZMyStatus = z.enum(['not_started', 'in_progress', 'submitted']);

export const ZRound = z
  .object({
    id: ZId,
    title: z.string(),
    instrumentId: z.string(),
    instrumentVersion: z.number().int(),
    instrumentTitle: ZText,
    unitId: ZId.nullable(),
    mode: ZRoundMode,
    anonymous: z.boolean(),
    status: ZRoundStatus.meta({ description: 'closed once closed explicitly or when the deadline has passed' }),
    deadline: z.string().nullable(),
    createdAt: z.string(),
    closedAt: z.string().nullable(),
    respondents: z.number().int().meta({ description: 'Responses submitted so far' }),
    myStatus: ZMyStatus,
    link: z.string().meta({ description: 'The address members open to answer' }),
  })
  .meta({ id: 'Round' });
export type TRound = z.infer<typeof ZRound>;

export const ZRoundParams = z.object({ orgId: ZId, roundId: ZId }).strict();

export const listRounds = defineOperation({
  operationId: 'listRounds',
  method: 'GET',
  path: '/api/orgs/:orgId/rounds',
  summary: 'Assessment rounds of the organisation, newest first',
  tag: 'Assessments',
  access: 'member',
  params: ZOrgParams,
  status: 200,
  response: z.array(ZRound),
});

export const ZCreateRoundBody = z
  .object({
    instrumentId: ZSlug,
    title: zLine(200),
    unitId: ZId.nullable().optional(),
    mode: ZRoundMode,
    anonymous: z.boolean(),
    deadline: z.iso.datetime({ offset: true }).nullable().optional(),
  })
  .strict()
  .meta({ id: 'CreateRoundBody' });

export const createRound = defineOperation({
  operationId: 'createRound',
  method: 'POST',
  path: '/api/orgs/:orgId/rounds',
  summary: 'Open a round of a questionnaire for the organisation or one unit (facilitators and administrators)',
  tag: 'Assessments',
  access: 'facilitator',
  params: ZOrgParams,
  body: ZCreateRoundBody,
  status: 201,
  response: ZRound,
  errors: ['deadline_past'],
});

export const getRound = defineOperation({
  operationId: 'getRound',
  method: 'GET',
  path: '/api/orgs/:orgId/rounds/:roundId',
  summary: 'One round with the exact instrument version it is answered with',
  tag: 'Assessments',
  access: 'member',
  params: ZRoundParams,
  status: 200,
  response: z.object({ round: ZRound, instrument: ZInstrument }).meta({ id: 'RoundWithInstrument' }),
});

export const closeRound = defineOperation({
  operationId: 'closeRound',
  method: 'POST',
  path: '/api/orgs/:orgId/rounds/:roundId/close',
  summary: 'Close a round: no more answers; results become visible to members',
  tag: 'Assessments',
  access: 'facilitator',
  params: ZRoundParams,
  status: 200,
  response: ZRound,
});

// Answering

export const ZAnswerValue = z
  .union([z.number(), z.literal('dont_know'), z.array(ZSlug).max(50), z.string().max(5000)])
  .meta({ description: 'A number (scale, level or number items), "dont_know", option ids (pick items) or text' });

const ZItemKey = ZSlug;

export const ZMyResponse = z
  .object({
    unitId: ZId.nullable().meta({ description: 'The unit the respondent answers for (fixed in a unit round)' }),
    answers: z.record(z.string(), ZAnswerValue),
    comments: z.record(z.string(), z.string()),
    submittedAt: z.string().nullable(),
    progress: z.object({ answered: z.number().int(), total: z.number().int(), missing: z.array(z.string()) }),
  })
  .meta({ id: 'MyResponse' });
export type TMyResponse = z.infer<typeof ZMyResponse>;

export const getMyResponse = defineOperation({
  operationId: 'getMyResponse',
  method: 'GET',
  path: '/api/orgs/:orgId/rounds/:roundId/response',
  summary: 'Your answers in a round so far',
  tag: 'Assessments',
  access: 'member',
  params: ZRoundParams,
  status: 200,
  response: ZMyResponse,
});

export const ZSaveResponseBody = z
  .object({
    unitId: ZId.nullable().optional().meta({ description: 'The unit you answer for, in a round for the whole organisation' }),
    answers: z.record(ZItemKey, ZAnswerValue.nullable()).optional().meta({ description: 'null removes an answer' }),
    comments: z.record(ZItemKey, zText(2000).nullable()).optional().meta({ description: 'Per dimension; null or empty removes it' }),
  })
  .strict()
  .refine((b) => b.unitId !== undefined || Object.keys(b.answers ?? {}).length + Object.keys(b.comments ?? {}).length > 0, {
    message: 'nothing_to_change',
  })
  .refine((b) => Object.keys(b.answers ?? {}).length + Object.keys(b.comments ?? {}).length <= 200, { message: 'too_many_answers' })
  .meta({ id: 'SaveResponseBody' });

export const saveMyResponse = defineOperation({
  operationId: 'saveMyResponse',
  method: 'PATCH',
  path: '/api/orgs/:orgId/rounds/:roundId/response',
  summary: 'Save some answers or comments (as they are given); allowed until the round closes',
  tag: 'Assessments',
  access: 'member',
  params: ZRoundParams,
  body: ZSaveResponseBody,
  status: 200,
  response: ZMyResponse,
  errors: ['round_closed', 'answer_invalid'],
});

export const submitMyResponse = defineOperation({
  operationId: 'submitMyResponse',
  method: 'POST',
  path: '/api/orgs/:orgId/rounds/:roundId/response/submit',
  summary: 'Hand in your response; every scored item must be answered ("don’t know" counts)',
  tag: 'Assessments',
  access: 'member',
  params: ZRoundParams,
  status: 200,
  response: ZMyResponse,
  errors: ['round_closed', 'response_incomplete'],
});

// Results

const ZStats = {
  n: z.number().int(),
  mean: z.number().nullable(),
  median: z.number().nullable(),
  sd: z.number().nullable(),
  min: z.number().nullable(),
  max: z.number().nullable(),
};

export const ZItemResult = z
  .object({
    itemId: z.string(),
    dimension: z.string(),
    ...ZStats,
    distribution: z.array(z.number().int()),
    dontKnow: z.number().int(),
    score: z.number().nullable(),
  })
  .meta({ id: 'ItemResult' });

export const ZScaledResult = z
  .object({
    method: z.literal('scaled-mean'),
    respondents: z.number().int(),
    items: z.array(ZItemResult),
    dimensions: z.array(z.object({ dimension: z.string(), ...ZStats, score: z.number().nullable(), band: z.string().nullable() })),
    overall: z.object({ ...ZStats, score: z.number().nullable(), band: z.string().nullable() }),
    disagreements: z.array(z.object({ itemId: z.string(), sd: z.number() })),
  })
  .meta({ id: 'ScaledResult' });

const ZGenerationSide = z.object({
  distribution: z.array(z.number().int()),
  median: z.number().nullable(),
  mean: z.number().nullable(),
  n: z.number().int(),
});

export const ZGenerationResult = z
  .object({
    method: z.literal('generation'),
    respondents: z.number().int(),
    dimensions: z.array(
      z.object({
        dimension: z.string(),
        today: ZGenerationSide,
        target: ZGenerationSide,
        gap: z.number().nullable(),
        band: z.string().nullable(),
      }),
    ),
    overall: z.object({
      today: z.number().nullable(),
      target: z.number().nullable(),
      lowest: z.number().nullable(),
      highest: z.number().nullable(),
      band: z.string().nullable(),
    }),
    mismatches: z.array(z.object({ dimension: z.string(), gap: z.number() })),
  })
  .meta({ id: 'GenerationResult' });

export const ZResult = z.discriminatedUnion('method', [ZScaledResult, ZGenerationResult]);
export type TResult = z.infer<typeof ZResult>;

export const ZDialoguePrompt = z
  .object({
    questionId: z.string(),
    text: ZText,
    why: z.enum(['weakest_dimension', 'band', 'generation', 'theme', 'disagreement', 'discussion']),
    dimension: z.string().nullable(),
  })
  .meta({ id: 'DialoguePrompt' });

export const ZConclusion = z.object({ questionId: z.string(), text: z.string(), updatedAt: z.string() }).meta({ id: 'Conclusion' });

export const ZRoundAction = z
  .object({
    id: ZId,
    questionId: z.string().nullable(),
    title: z.string(),
    owner: z.string(),
    dueDate: z.string().nullable(),
    status: z.enum(['open', 'done']),
    createdAt: z.string(),
  })
  .meta({ id: 'RoundAction' });
export type TRoundAction = z.infer<typeof ZRoundAction>;

export const ANONYMITY = { threshold: 5 } as const;

export const ZRoundResults = z
  .object({
    round: ZRound,
    threshold: z.number().int(),
    /** Pooled results; null while hidden (too few respondents in an anonymous round, or not yet closed for members). */
    pooled: ZResult.nullable(),
    hiddenBecause: z.enum(['too_few_respondents', 'round_open']).nullable(),
    /** The caller's own answers scored, when the caller has answered. */
    mine: ZResult.nullable(),
    dialogue: z.array(ZDialoguePrompt),
    conclusions: z.array(ZConclusion),
    actions: z.array(ZRoundAction),
  })
  .meta({ id: 'RoundResults' });
export type TRoundResults = z.infer<typeof ZRoundResults>;

export const getRoundResults = defineOperation({
  operationId: 'getRoundResults',
  method: 'GET',
  path: '/api/orgs/:orgId/rounds/:roundId/results',
  summary: 'Scores, spread and disagreement of a round, with dialogue questions, conclusions and actions',
  tag: 'Assessments',
  access: 'member',
  params: ZRoundParams,
  status: 200,
  response: ZRoundResults,
});

export const saveConclusion = defineOperation({
  operationId: 'saveConclusion',
  method: 'PUT',
  path: '/api/orgs/:orgId/rounds/:roundId/conclusions/:questionId',
  summary: 'Record what the team concluded on a dialogue question (empty text removes it)',
  tag: 'Assessments',
  access: 'member',
  params: z.object({ orgId: ZId, roundId: ZId, questionId: ZSlug }).strict(),
  body: z
    .object({ text: zText(4000) })
    .strict()
    .meta({ id: 'SaveConclusionBody' }),
  status: 200,
  response: z.array(ZConclusion),
});

const ZDueDate = z.iso.date().meta({ description: 'YYYY-MM-DD' });

export const createRoundAction = defineOperation({
  operationId: 'createRoundAction',
  method: 'POST',
  path: '/api/orgs/:orgId/rounds/:roundId/actions',
  summary: 'Turn a conclusion into an action item (title, owner, due date)',
  tag: 'Assessments',
  access: 'member',
  params: ZRoundParams,
  body: z
    .object({ title: zLine(200), owner: zLine(200), dueDate: ZDueDate.nullable().optional(), questionId: ZSlug.nullable().optional() })
    .strict()
    .meta({ id: 'CreateRoundActionBody' }),
  status: 201,
  response: ZRoundAction,
});

export const updateRoundAction = defineOperation({
  operationId: 'updateRoundAction',
  method: 'PATCH',
  path: '/api/orgs/:orgId/rounds/:roundId/actions/:actionId',
  summary: 'Change an action item or mark it done',
  tag: 'Assessments',
  access: 'member',
  params: z.object({ orgId: ZId, roundId: ZId, actionId: ZId }).strict(),
  body: z
    .object({
      title: zLine(200).optional(),
      owner: zLine(200).optional(),
      dueDate: ZDueDate.nullable().optional(),
      status: z.enum(['open', 'done']).optional(),
    })
    .strict()
    .refine((v) => Object.values(v).some((x) => x !== undefined), { message: 'nothing_to_change' })
    .meta({ id: 'UpdateRoundActionBody' }),
  status: 200,
  response: ZRoundAction,
});

export const deleteRoundAction = defineOperation({
  operationId: 'deleteRoundAction',
  method: 'DELETE',
  path: '/api/orgs/:orgId/rounds/:roundId/actions/:actionId',
  summary: 'Delete an action item',
  tag: 'Assessments',
  access: 'member',
  params: z.object({ orgId: ZId, roundId: ZId, actionId: ZId }).strict(),
  status: 204,
});

// Comparisons

const ZDimensionScores = z
  .record(z.string(), z.number().nullable())
  .meta({ description: 'Dimension id → score (0–100), or today’s generation (1–4)' });

export const ZRoundComparison = z
  .object({
    threshold: z.number().int(),
    /** Rounds of the same instrument in the organisation, oldest first, this one included. */
    trend: z.array(
      z.object({
        roundId: ZId,
        title: z.string(),
        date: z.string(),
        respondents: z.number().int(),
        overall: z.number().nullable(),
        dimensions: ZDimensionScores,
        hidden: z.boolean().meta({ description: 'True when the round has too few respondents to be shown' }),
      }),
    ),
    /** Units of the organisation, each shown only from `threshold` respondents (and never so the rest can be worked out). */
    units: z.object({
      shown: z.array(
        z.object({
          unitId: ZId,
          unitName: z.string(),
          respondents: z.number().int(),
          overall: z.number().nullable(),
          dimensions: ZDimensionScores,
        }),
      ),
      hidden: z.array(z.object({ unitId: ZId, unitName: z.string() })),
      unassigned: z.number().int().meta({ description: 'Respondents who named no unit (shown only as a count from the threshold)' }),
    }),
    benchmark: z.object({
      available: z.boolean(),
      reason: z.enum(['not_opted_in', 'no_size_band', 'too_few_organisations']).nullable(),
      orgType: z.string(),
      sizeBand: z.string().nullable(),
      organisations: z
        .number()
        .int()
        .nullable()
        .meta({ description: 'How many organisations the benchmark is built on (shown only from the threshold)' }),
      overall: z.number().nullable(),
      dimensions: ZDimensionScores,
    }),
  })
  .meta({ id: 'RoundComparison' });
export type TRoundComparison = z.infer<typeof ZRoundComparison>;

export const getRoundComparison = defineOperation({
  operationId: 'getRoundComparison',
  method: 'GET',
  path: '/api/orgs/:orgId/rounds/:roundId/compare',
  summary: 'The round against earlier rounds (trend), unit against unit, and against other organisations that take part in benchmarking',
  tag: 'Assessments',
  access: 'member',
  params: ZRoundParams,
  status: 200,
  response: ZRoundComparison,
});

// Exports

export const ZExportQuery = z.object({ lang: z.enum(['da', 'en']).default('da') }).strict();

export const getRoundReport = defineOperation({
  operationId: 'getRoundReport',
  method: 'GET',
  path: '/api/orgs/:orgId/rounds/:roundId/report.pdf',
  summary: 'The round’s report as PDF: scores, charts, spread, disagreements, dialogue, conclusions and actions',
  tag: 'Assessments',
  access: 'member',
  params: ZRoundParams,
  query: ZExportQuery,
  status: 200,
  produces: 'application/pdf',
});

export const getRoundAnswersSheet = defineOperation({
  operationId: 'getRoundAnswersSheet',
  method: 'GET',
  path: '/api/orgs/:orgId/rounds/:roundId/answers.xlsx',
  summary: 'Anonymised raw answers and the aggregates as an Excel workbook (facilitators and administrators)',
  tag: 'Assessments',
  access: 'facilitator',
  params: ZRoundParams,
  query: ZExportQuery,
  status: 200,
  produces: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
});
