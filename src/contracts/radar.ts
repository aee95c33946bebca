import { z } from 'zod';
import { RADAR_FORMATS } from '../domain/radar/formats/index.js';
import { MOVEMENTS } from '../domain/radar/model.js';
import { ZId, ZOrgParams, ZTimestamp, atLeastOneField, zLine, zText } from './common.js';
import { defineOperation } from './operation.js';

/**
 * The technology radar (Kommunernes Teknologiradar): the catalogue, editions opened by a
 * coordinating organisation, answers from the organisations taking part and maturity ratings
 * from experts, the radars computed from them, each organisation's own placements, and radars
 * exchanged with other tools.
 */

const TAG = 'Radar';
const ZSlug = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'invalid_format')
  .max(64);
const ZBilingual = z.object({ da: z.string(), en: z.string() });
const ZLang = z.enum(['da', 'en']);

// ---------------------------------------------------------------- catalogue

export const ZRadarCase = z
  .object({
    title: zLine(300),
    organisation: zLine(200),
    url: z.url({ protocol: /^https?$/ }).max(2000),
    area: ZSlug.optional(),
  })
  .strict()
  .meta({ id: 'RadarCase' });

export const ZRadarExample = z.object({ area: ZSlug, text: ZBilingual }).meta({ id: 'RadarExample' });

export const ZRadarTechnology = z
  .object({
    id: ZId,
    /** The id in the catalogue file for catalogue technologies; null for ones added later. */
    catalogueKey: z.string().nullable(),
    /** An organisation's own technology (on its own radar only). */
    own: z.boolean(),
    sector: z.string(),
    name: ZBilingual,
    abbreviation: z.string().nullable(),
    description: ZBilingual,
    examples: z.array(ZRadarExample),
    cases: z.array(ZRadarCase),
    archived: z.boolean(),
    updatedAt: ZTimestamp,
  })
  .meta({ id: 'RadarTechnology' });
export type TRadarTechnology = z.infer<typeof ZRadarTechnology>;

const ZNamed = z.object({ id: z.string(), name: ZBilingual, description: ZBilingual.optional() });

export const ZRadarCatalogue = z
  .object({
    version: z.number().int(),
    title: ZBilingual,
    description: ZBilingual,
    source: z.object({ title: z.string(), publisher: z.string(), year: z.number().int() }),
    model: z.object({ title: z.string(), publisher: z.string(), url: z.string() }),
    notes: ZBilingual,
    areas: z.array(ZNamed),
    sectors: z.array(ZNamed),
    rings: z.array(ZNamed.extend({ advice: ZBilingual, color: z.string() })),
    maturity: z.object({
      question: ZBilingual,
      basis: ZBilingual,
      levels: z.array(
        z.object({
          level: z.number().int(),
          label: ZBilingual,
          description: ZBilingual,
          trl: z.object({ from: z.number().int(), to: z.number().int() }),
        }),
      ),
    }),
    spread: z.object({
      question: ZBilingual,
      options: z.array(z.object({ id: z.string(), label: ZBilingual, description: ZBilingual })),
    }),
    relevance: z.object({ question: ZBilingual, levels: z.array(z.object({ value: z.number().int(), label: ZBilingual })) }),
    ruleExplanation: ZBilingual,
    technologies: z.array(ZRadarTechnology),
  })
  .meta({ id: 'RadarCatalogue' });
export type TRadarCatalogue = z.infer<typeof ZRadarCatalogue>;

export const getRadarCatalogue = defineOperation({
  operationId: 'getRadarCatalogue',
  method: 'GET',
  path: '/api/radar/catalogue',
  summary: 'The technology catalogue with its areas, sectors, rings, answer scales and ring rule',
  tag: TAG,
  access: 'user',
  status: 200,
  response: ZRadarCatalogue,
});

const ZTechnologyFields = {
  sector: ZSlug,
  name: z.object({ da: zLine(200), en: zLine(200) }).strict(),
  abbreviation: zLine(12).nullable().optional(),
  description: z.object({ da: zText(4000), en: zText(4000) }).strict(),
  examples: z
    .array(z.object({ area: ZSlug, text: z.object({ da: zText(1000), en: zText(1000) }).strict() }).strict())
    .max(30)
    .optional(),
  cases: z.array(ZRadarCase).max(50).optional(),
};

export const ZCreateTechnologyBody = z.object(ZTechnologyFields).strict().meta({ id: 'CreateRadarTechnologyBody' });
export const ZUpdateTechnologyBody = atLeastOneField(
  z
    .object({
      sector: ZTechnologyFields.sector.optional(),
      name: ZTechnologyFields.name.optional(),
      abbreviation: ZTechnologyFields.abbreviation,
      description: ZTechnologyFields.description.optional(),
      examples: ZTechnologyFields.examples,
      cases: ZTechnologyFields.cases,
      archived: z.boolean().optional(),
    })
    .strict(),
).meta({ id: 'UpdateRadarTechnologyBody' });

export const createCatalogueTechnology = defineOperation({
  operationId: 'createCatalogueTechnology',
  method: 'POST',
  path: '/api/radar/catalogue/technologies',
  summary: 'Add a technology to the platform’s catalogue',
  tag: TAG,
  access: 'platform_admin',
  body: ZCreateTechnologyBody,
  status: 201,
  response: ZRadarTechnology,
  errors: ['radar_unknown_sector', 'radar_technology_name_taken'],
});

export const ZCatalogueTechnologyParams = z.object({ technologyId: ZId }).strict();

export const updateCatalogueTechnology = defineOperation({
  operationId: 'updateCatalogueTechnology',
  method: 'PATCH',
  path: '/api/radar/catalogue/technologies/:technologyId',
  summary: 'Edit a catalogue technology: texts, examples, municipal cases, or archive it',
  tag: TAG,
  access: 'platform_admin',
  params: ZCatalogueTechnologyParams,
  body: ZUpdateTechnologyBody,
  status: 200,
  response: ZRadarTechnology,
  errors: ['radar_unknown_sector', 'radar_technology_name_taken'],
});

export const ZOrgTechnologyParams = z.object({ orgId: ZId, technologyId: ZId }).strict();

export const listOwnTechnologies = defineOperation({
  operationId: 'listOwnTechnologies',
  method: 'GET',
  path: '/api/orgs/:orgId/radar/technologies',
  summary: 'The organisation’s own technologies (beside the catalogue), for its own radar',
  tag: TAG,
  access: 'member',
  params: ZOrgParams,
  status: 200,
  response: z.array(ZRadarTechnology),
});

export const createOwnTechnology = defineOperation({
  operationId: 'createOwnTechnology',
  method: 'POST',
  path: '/api/orgs/:orgId/radar/technologies',
  summary: 'Add a technology of the organisation’s own to its own radar',
  tag: TAG,
  access: 'facilitator',
  params: ZOrgParams,
  body: ZCreateTechnologyBody,
  status: 201,
  response: ZRadarTechnology,
  errors: ['radar_unknown_sector', 'radar_technology_name_taken'],
});

export const updateOwnTechnology = defineOperation({
  operationId: 'updateOwnTechnology',
  method: 'PATCH',
  path: '/api/orgs/:orgId/radar/technologies/:technologyId',
  summary: 'Edit or archive one of the organisation’s own technologies',
  tag: TAG,
  access: 'facilitator',
  params: ZOrgTechnologyParams,
  body: ZUpdateTechnologyBody,
  status: 200,
  response: ZRadarTechnology,
  errors: ['radar_unknown_sector', 'radar_technology_name_taken'],
});

export const ZDirectoryEntry = z.object({ id: ZId, name: z.string(), type: z.string() }).meta({ id: 'OrganisationDirectoryEntry' });

export const listOrganisationDirectory = defineOperation({
  operationId: 'listOrganisationDirectory',
  method: 'GET',
  path: '/api/radar/organisations',
  summary: 'Names of the organisations on the platform, to invite to a radar edition (names and types only)',
  tag: TAG,
  access: 'user',
  status: 200,
  response: z.array(ZDirectoryEntry),
});

// ---------------------------------------------------------------- editions

export const ZEditionStatus = z.enum(['draft', 'open', 'closed']);
export type TEditionStatus = z.infer<typeof ZEditionStatus>;

export const ZEditionArea = z.object({ id: z.string(), name: ZBilingual }).meta({ id: 'RadarEditionArea' });

export const ZEditionSummary = z
  .object({
    id: ZId,
    name: z.string(),
    status: ZEditionStatus,
    coordinator: z.object({ id: ZId, name: z.string() }),
    /** Whether the organisation asking coordinates the edition, takes part, or both. */
    coordinating: z.boolean(),
    participating: z.boolean(),
    technologies: z.number().int(),
    participants: z.number().int(),
    createdAt: ZTimestamp,
    openedAt: z.string().nullable(),
    closedAt: z.string().nullable(),
  })
  .meta({ id: 'RadarEditionSummary' });
export type TEditionSummary = z.infer<typeof ZEditionSummary>;

export const ZEditionTechnology = z
  .object({
    id: ZId,
    sector: z.string(),
    name: ZBilingual,
    abbreviation: z.string().nullable(),
    description: ZBilingual,
  })
  .meta({ id: 'RadarEditionTechnology' });

export const ZEditionRing = z
  .object({ id: z.string(), name: ZBilingual, color: z.string(), min: z.number() })
  .meta({ id: 'RadarEditionRing' });

export const ZEdition = ZEditionSummary.extend({
  areas: z.array(ZEditionArea),
  sectors: z.array(ZEditionArea),
  /** From the centre out, each with the least value (0–1) of the ring rule that lands in it. */
  rings: z.array(ZEditionRing),
  /** The ring rule's weights of maturity and spread. */
  weights: z.object({ maturity: z.number(), spread: z.number() }),
  threshold: z.number().int(),
  previousEdition: z.object({ id: ZId, name: z.string() }).nullable(),
  technologyList: z.array(ZEditionTechnology),
  /** The organisations taking part with how many have answered (for the coordinator; empty for others). */
  participantList: z.array(z.object({ id: ZId, name: z.string(), respondents: z.number().int() })),
  /** Experts (members of the coordinating organisation) who have rated maturity. */
  raters: z.number().int(),
}).meta({ id: 'RadarEdition' });
export type TEdition = z.infer<typeof ZEdition>;

export const ZEditionParams = z.object({ orgId: ZId, editionId: ZId }).strict();

export const listRadarEditions = defineOperation({
  operationId: 'listRadarEditions',
  method: 'GET',
  path: '/api/orgs/:orgId/radar/editions',
  summary: 'Radar editions the organisation coordinates or takes part in, newest first',
  tag: TAG,
  access: 'member',
  params: ZOrgParams,
  status: 200,
  response: z.array(ZEditionSummary),
});

const ZAreaInput = z.object({ id: ZSlug.optional(), name: zLine(120) }).strict();

export const ZCreateEditionBody = z
  .object({
    name: zLine(120),
    /** Catalogue technologies in the edition; all of the catalogue when left out. */
    technologyIds: z.array(ZId).min(1).max(200).optional(),
    /** The areas with a radar each; the catalogue's areas when left out. */
    areas: z.array(ZAreaInput).min(1).max(20).optional(),
    /** The edition movement is measured against; the organisation's latest closed edition when left out. */
    previousEditionId: ZId.nullable().optional(),
    threshold: z.number().int().min(5).max(100).optional(),
  })
  .strict()
  .meta({ id: 'CreateRadarEditionBody' });

export const createRadarEdition = defineOperation({
  operationId: 'createRadarEdition',
  method: 'POST',
  path: '/api/orgs/:orgId/radar/editions',
  summary: 'Open a new radar edition (as a draft) with its technologies and areas',
  tag: TAG,
  access: 'facilitator',
  params: ZOrgParams,
  body: ZCreateEditionBody,
  status: 201,
  response: ZEdition,
  errors: ['radar_unknown_technology'],
});

export const getRadarEdition = defineOperation({
  operationId: 'getRadarEdition',
  method: 'GET',
  path: '/api/orgs/:orgId/radar/editions/:editionId',
  summary: 'One edition with its technologies, areas and (for the coordinator) the organisations taking part',
  tag: TAG,
  access: 'member',
  params: ZEditionParams,
  status: 200,
  response: ZEdition,
});

const ZHexColor = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'invalid_format');

export const ZUpdateEditionBody = atLeastOneField(
  z
    .object({
      name: zLine(120).optional(),
      technologyIds: z.array(ZId).min(1).max(200).optional(),
      areas: z.array(ZAreaInput).min(1).max(20).optional(),
      threshold: z.number().int().min(5).max(100).optional(),
      /** New names of the sectors (every sector, by id). */
      sectors: z
        .array(z.object({ id: ZSlug, name: zLine(80) }).strict())
        .min(2)
        .max(12)
        .optional(),
      /**
       * Every ring from the centre out, by id, with its name, colour and the least value of the rule
       * (0–1, falling outwards, the outermost 0).
       */
      rings: z
        .array(z.object({ id: ZSlug, name: zLine(60), color: ZHexColor, min: z.number().min(0).max(1) }).strict())
        .min(2)
        .max(8)
        .optional(),
      weights: z
        .object({ maturity: z.number().positive().max(100), spread: z.number().positive().max(100) })
        .strict()
        .optional(),
    })
    .strict(),
).meta({ id: 'UpdateRadarEditionBody' });

export const updateRadarEdition = defineOperation({
  operationId: 'updateRadarEdition',
  method: 'PATCH',
  path: '/api/orgs/:orgId/radar/editions/:editionId',
  summary: 'Rename an edition, or change its technologies, areas and threshold while it is a draft',
  tag: TAG,
  access: 'facilitator',
  params: ZEditionParams,
  body: ZUpdateEditionBody,
  status: 200,
  response: ZEdition,
  errors: ['radar_edition_not_draft', 'radar_unknown_technology', 'radar_unknown_sector', 'radar_unknown_ring'],
});

export const controlRadarEdition = defineOperation({
  operationId: 'controlRadarEdition',
  method: 'POST',
  path: '/api/orgs/:orgId/radar/editions/:editionId/status',
  summary: 'Open an edition for answers, close it, or open it again',
  tag: TAG,
  access: 'facilitator',
  params: ZEditionParams,
  body: z
    .object({ action: z.enum(['open', 'close', 'reopen']) })
    .strict()
    .meta({ id: 'ControlRadarEditionBody' }),
  status: 200,
  response: ZEdition,
  errors: ['radar_edition_state'],
});

export const deleteRadarEdition = defineOperation({
  operationId: 'deleteRadarEdition',
  method: 'DELETE',
  path: '/api/orgs/:orgId/radar/editions/:editionId',
  summary: 'Delete an edition that has not been opened',
  tag: TAG,
  access: 'facilitator',
  params: ZEditionParams,
  status: 204,
  errors: ['radar_edition_not_draft'],
});

export const setRadarParticipants = defineOperation({
  operationId: 'setRadarParticipants',
  method: 'PUT',
  path: '/api/orgs/:orgId/radar/editions/:editionId/participants',
  summary: 'Invite organisations to the edition (the full list; one that has answered cannot be removed)',
  tag: TAG,
  access: 'facilitator',
  params: ZEditionParams,
  body: z
    .object({ orgIds: z.array(ZId).max(500) })
    .strict()
    .meta({ id: 'SetRadarParticipantsBody' }),
  status: 200,
  response: ZEdition,
  errors: ['radar_unknown_organisation', 'radar_participant_answered', 'radar_edition_state'],
});

// ---------------------------------------------------------------- answers

export const ZRadarAnswer = z
  .object({
    technologyId: ZId,
    areaId: ZSlug,
    /** A spread option id; null: not answered yet. */
    spread: ZSlug.nullable(),
    /** A relevance level 1…n; 0: don't know; null: not answered yet. */
    relevance: z.number().int().min(0).max(20).nullable(),
  })
  .strict()
  .meta({ id: 'RadarAnswer' });
export type TRadarAnswer = z.infer<typeof ZRadarAnswer>;

export const ZRadarResponse = z
  .object({
    /** The areas the respondent answers for. */
    areas: z.array(z.string()),
    answers: z.array(ZRadarAnswer),
    updatedAt: z.string().nullable(),
  })
  .meta({ id: 'RadarResponse' });

export const getRadarResponse = defineOperation({
  operationId: 'getRadarResponse',
  method: 'GET',
  path: '/api/orgs/:orgId/radar/editions/:editionId/response',
  summary: 'Your answers to the edition’s questionnaire so far',
  tag: TAG,
  access: 'member',
  params: ZEditionParams,
  status: 200,
  response: ZRadarResponse,
  errors: ['radar_not_participant'],
});

export const saveRadarAnswers = defineOperation({
  operationId: 'saveRadarAnswers',
  method: 'PUT',
  path: '/api/orgs/:orgId/radar/editions/:editionId/response',
  summary: 'Save answers as they are given (and the areas you answer for); all or nothing',
  tag: TAG,
  access: 'member',
  params: ZEditionParams,
  body: z
    .object({
      areas: z.array(ZSlug).min(1).max(20).optional(),
      answers: z.array(ZRadarAnswer).max(2000),
    })
    .strict()
    .meta({ id: 'SaveRadarAnswersBody' }),
  status: 200,
  response: ZRadarResponse,
  errors: ['radar_not_participant', 'radar_edition_closed', 'answer_invalid'],
});

export const ZMaturityRating = z
  .object({
    technologyId: ZId,
    /** A level of the maturity scale; null: don't know. */
    level: z.number().int().min(1).max(20).nullable(),
    note: zText(2000),
  })
  .strict()
  .meta({ id: 'RadarMaturityRating' });

export const getRadarMaturity = defineOperation({
  operationId: 'getRadarMaturity',
  method: 'GET',
  path: '/api/orgs/:orgId/radar/editions/:editionId/maturity',
  summary: 'Your ratings of technical maturity (experts of the coordinating organisation)',
  tag: TAG,
  access: 'member',
  params: ZEditionParams,
  status: 200,
  response: z.array(ZMaturityRating),
});

export const saveRadarMaturity = defineOperation({
  operationId: 'saveRadarMaturity',
  method: 'PUT',
  path: '/api/orgs/:orgId/radar/editions/:editionId/maturity',
  summary: 'Save ratings of technical maturity as they are given',
  tag: TAG,
  access: 'member',
  params: ZEditionParams,
  body: z
    .object({ ratings: z.array(ZMaturityRating).max(200) })
    .strict()
    .meta({ id: 'SaveRadarMaturityBody' }),
  status: 200,
  response: z.array(ZMaturityRating),
  errors: ['radar_edition_closed', 'answer_invalid'],
});

// ---------------------------------------------------------------- radars

export const ZRadarView = z
  .object({
    kind: z.enum(['joint', 'area', 'own', 'stored']),
    title: z.string(),
    subtitle: z.string().optional(),
    lang: ZLang,
    sectors: z.array(z.object({ id: z.string(), name: z.string() })),
    rings: z.array(z.object({ id: z.string(), name: z.string(), color: z.string(), description: z.string().optional() })),
    blips: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        abbreviation: z.string().optional(),
        number: z.number().int(),
        sector: z.number().int(),
        ring: z.number().int(),
        movement: z.enum(MOVEMENTS),
        previousRing: z.number().int().nullable().optional(),
        relevance: z.number().nullable(),
        relevanceMean: z.number().nullable().optional(),
        description: z.string(),
        link: z.string().optional(),
        inactive: z.boolean().optional(),
        organisations: z.number().int().optional(),
        spread: z.array(z.object({ option: z.string(), label: z.string(), count: z.number().int() })).optional(),
        score: z.object({ maturity: z.number().nullable(), spread: z.number().nullable(), value: z.number().nullable() }).optional(),
        manual: z.boolean().optional(),
        own: z.boolean().optional(),
        x: z.number(),
        y: z.number(),
      }),
    ),
    blipRadius: z.number(),
    suppressed: z.array(z.object({ id: z.string(), name: z.string() })).optional(),
    threshold: z.number().int().optional(),
    source: z.string().optional(),
    generatedAt: z.string().optional(),
  })
  .meta({ id: 'RadarView' });

const ZRadarViewQueryBase = z
  .object({
    radar: z.enum(['joint', 'area', 'own']).default('joint'),
    /** The area, for radar=area (and only then). */
    area: ZSlug.optional(),
    lang: ZLang.default('da'),
  })
  .strict();

/** An area belongs with radar=area and nowhere else: a request naming one for another radar is a mistake. */
const areaOnlyForAreaRadar = (q: { radar: string; area?: string | undefined }, ctx: z.RefinementCtx) => {
  if ((q.radar === 'area') !== (q.area !== undefined)) ctx.addIssue({ code: 'custom', path: ['area'], message: 'invalid' });
};

export const ZRadarViewQuery = ZRadarViewQueryBase.superRefine(areaOnlyForAreaRadar);

export const getRadarView = defineOperation({
  operationId: 'getRadarView',
  method: 'GET',
  path: '/api/orgs/:orgId/radar/editions/:editionId/radar',
  summary: 'The joint radar, an area’s radar or the organisation’s own radar of an edition, laid out',
  tag: TAG,
  access: 'member',
  params: ZEditionParams,
  query: ZRadarViewQuery,
  status: 200,
  response: ZRadarView,
  errors: ['radar_unknown_area'],
});

export const RADAR_EXPORT_FORMATS = [...RADAR_FORMATS, 'html', 'svg'] as const;
export const ZRadarExportFormat = z.enum(RADAR_EXPORT_FORMATS);
export type TRadarExportFormat = z.infer<typeof ZRadarExportFormat>;
const EXPORT_TYPES = ['text/csv', 'application/json', 'text/html', 'image/svg+xml'] as const;

export const exportRadarView = defineOperation({
  operationId: 'exportRadarView',
  method: 'GET',
  path: '/api/orgs/:orgId/radar/editions/:editionId/radar/export',
  summary: 'Download a radar of the edition as BYOR CSV/JSON, Zalando or Backstage JSON, SVG or a self-contained HTML file',
  tag: TAG,
  access: 'member',
  params: ZEditionParams,
  query: ZRadarViewQueryBase.extend({ format: ZRadarExportFormat }).strict().superRefine(areaOnlyForAreaRadar),
  status: 200,
  produces: EXPORT_TYPES,
  errors: ['radar_unknown_area', 'radar_format_unsupported'],
});

export const ZCompareRow = z
  .object({
    technologyId: ZId,
    name: ZBilingual,
    own: z.boolean(),
    /** Ring ids; null where there is no place (not answered, or hidden under the threshold). */
    ownRing: z.string().nullable(),
    manual: z.boolean(),
    jointRing: z.string().nullable(),
    areaRings: z.record(z.string(), z.string().nullable()),
  })
  .meta({ id: 'RadarCompareRow' });

export const compareRadars = defineOperation({
  operationId: 'compareRadars',
  method: 'GET',
  path: '/api/orgs/:orgId/radar/editions/:editionId/compare',
  summary: 'The organisation’s own ring of each technology beside the joint and the area radars',
  tag: TAG,
  access: 'member',
  params: ZEditionParams,
  status: 200,
  response: z.array(ZCompareRow),
});

export const ZPlacement = z
  .object({
    technologyId: ZId,
    ring: z.string().nullable(),
    meaning: z.string(),
    competences: z.string(),
    nextStep: z.string(),
    updatedAt: ZTimestamp,
  })
  .meta({ id: 'RadarPlacement' });

export const ZRadarCellFigures = z
  .object({
    ring: z.string().nullable(),
    organisations: z.number().int(),
    spread: z.array(z.object({ option: z.string(), count: z.number().int() })),
    relevanceMean: z.number().nullable(),
    maturityMean: z.number().nullable(),
  })
  .meta({ id: 'RadarCellFigures' });

export const ZTechnologyPage = z
  .object({
    technology: ZRadarTechnology,
    /** The joint figures, or null when fewer organisations answered than the threshold. */
    joint: ZRadarCellFigures.nullable(),
    areas: z.array(z.object({ areaId: z.string(), figures: ZRadarCellFigures.nullable() })),
    /** The organisation's own figures from its own answers. */
    ownFigures: ZRadarCellFigures.nullable(),
    placement: ZPlacement.nullable(),
    history: z.array(z.object({ editionId: ZId, name: z.string(), ring: z.string().nullable(), closedAt: z.string().nullable() })),
    threshold: z.number().int(),
  })
  .meta({ id: 'RadarTechnologyPage' });

export const ZEditionTechnologyParams = z.object({ orgId: ZId, editionId: ZId, technologyId: ZId }).strict();

export const getRadarTechnologyPage = defineOperation({
  operationId: 'getRadarTechnologyPage',
  method: 'GET',
  path: '/api/orgs/:orgId/radar/editions/:editionId/technologies/:technologyId',
  summary: 'A technology in an edition: description, cases, spread of answers, history across editions and the organisation’s notes',
  tag: TAG,
  access: 'member',
  params: ZEditionTechnologyParams,
  status: 200,
  response: ZTechnologyPage,
});

export const ZSavePlacementBody = z
  .object({
    /** The ring the organisation places it in; null keeps the computed ring (the note still counts). */
    ring: ZSlug.nullable(),
    meaning: zText(4000),
    competences: zText(4000),
    nextStep: zText(4000),
  })
  .strict()
  .meta({ id: 'SaveRadarPlacementBody' });

export const saveRadarPlacement = defineOperation({
  operationId: 'saveRadarPlacement',
  method: 'PUT',
  path: '/api/orgs/:orgId/radar/editions/:editionId/placements/:technologyId',
  summary: 'Place a technology on the organisation’s own radar by hand, with its note',
  tag: TAG,
  access: 'facilitator',
  params: ZEditionTechnologyParams,
  body: ZSavePlacementBody,
  status: 200,
  response: ZPlacement,
  errors: ['radar_unknown_ring', 'radar_not_participant'],
});

export const deleteRadarPlacement = defineOperation({
  operationId: 'deleteRadarPlacement',
  method: 'DELETE',
  path: '/api/orgs/:orgId/radar/editions/:editionId/placements/:technologyId',
  summary: 'Remove the organisation’s own placement and note of a technology',
  tag: TAG,
  access: 'facilitator',
  params: ZEditionTechnologyParams,
  status: 204,
});

// ---------------------------------------------------------------- stored radars

export const ZStoredRadarSummary = z
  .object({
    id: ZId,
    title: z.string(),
    format: z.string(),
    blips: z.number().int(),
    editions: z.array(z.string()),
    createdAt: ZTimestamp,
    updatedAt: ZTimestamp,
  })
  .meta({ id: 'StoredRadarSummary' });

export const listStoredRadars = defineOperation({
  operationId: 'listStoredRadars',
  method: 'GET',
  path: '/api/orgs/:orgId/radar/radars',
  summary: 'Radars the organisation imported from other radar tools',
  tag: TAG,
  access: 'member',
  params: ZOrgParams,
  status: 200,
  response: z.array(ZStoredRadarSummary),
});

export const ZImportRadarBody = z
  .object({
    format: z.enum(RADAR_FORMATS),
    /** The file's text (at most about 900 kB). */
    text: z.string().max(900_000),
    title: zLine(200).optional(),
    /** The edition the blips belong to, for formats without editions (BYOR, Zalando). */
    edition: zLine(120).optional(),
  })
  .strict()
  .meta({ id: 'ImportRadarBody' });

export const importRadar = defineOperation({
  operationId: 'importRadar',
  method: 'POST',
  path: '/api/orgs/:orgId/radar/radars',
  summary:
    'Import a radar file (BYOR CSV/JSON, Zalando, Backstage); every problem is reported by line and nothing is kept from a file with problems',
  tag: TAG,
  access: 'facilitator',
  params: ZOrgParams,
  body: ZImportRadarBody,
  status: 201,
  response: ZStoredRadarSummary,
  errors: ['radar_file_invalid'],
});

export const ZStoredRadarParams = z.object({ orgId: ZId, radarId: ZId }).strict();

export const getStoredRadar = defineOperation({
  operationId: 'getStoredRadar',
  method: 'GET',
  path: '/api/orgs/:orgId/radar/radars/:radarId',
  summary: 'An imported radar, laid out',
  tag: TAG,
  access: 'member',
  params: ZStoredRadarParams,
  query: z.object({ lang: ZLang.default('da') }).strict(),
  status: 200,
  response: ZRadarView,
});

export const exportStoredRadar = defineOperation({
  operationId: 'exportStoredRadar',
  method: 'GET',
  path: '/api/orgs/:orgId/radar/radars/:radarId/export',
  summary: 'Download an imported radar in any of the exchange formats, as SVG or as a self-contained HTML file',
  tag: TAG,
  access: 'member',
  params: ZStoredRadarParams,
  query: z.object({ format: ZRadarExportFormat, lang: ZLang.default('da') }).strict(),
  status: 200,
  produces: EXPORT_TYPES,
  errors: ['radar_format_unsupported'],
});

export const deleteStoredRadar = defineOperation({
  operationId: 'deleteStoredRadar',
  method: 'DELETE',
  path: '/api/orgs/:orgId/radar/radars/:radarId',
  summary: 'Delete an imported radar',
  tag: TAG,
  access: 'facilitator',
  params: ZStoredRadarParams,
  status: 204,
});
