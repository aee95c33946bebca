import type { z } from 'zod';
import type { Lang } from '../../../contracts/errors.js';
import type { TFieldError } from '../../../contracts/errors.js';
import type {
  TEdition,
  TEditionSummary,
  TRadarAnswer,
  TRadarCatalogue,
  TRadarExportFormat,
  TRadarTechnology,
  ZCompareRow,
  ZCreateEditionBody,
  ZCreateTechnologyBody,
  ZImportRadarBody,
  ZMaturityRating,
  ZPlacement,
  ZRadarCellFigures,
  ZRadarResponse,
  ZSavePlacementBody,
  ZStoredRadarSummary,
  ZTechnologyPage,
  ZUpdateEditionBody,
  ZUpdateTechnologyBody,
} from '../../../contracts/radar.js';
import type { TCatalogue } from '../../../domain/radar/catalogue.js';
import { formatRadarIssue, parseRadar, serializeRadar, type RadarFormat } from '../../../domain/radar/formats/index.js';
import { layoutRadar } from '../../../domain/radar/layout.js';
import { nameKey, type Movement, type RadarDoc } from '../../../domain/radar/model.js';
import { ZRingRule, score, type TRingRule } from '../../../domain/radar/rule.js';
import { renderRadarHtml } from '../../../domain/radar/html.js';
import { renderRadarSvg } from '../../../domain/radar/svg.js';
import { RING_COLORS, type RadarView, type RadarViewBlip } from '../../../domain/radar/view.js';
import type { Db } from '../../db/database.js';
import type { Actor } from '../../lib/actor.js';
import { AppError, notFound } from '../../lib/errors.js';
import { fileStem } from '../../lib/filename.js';
import { newId } from '../../lib/ids.js';
import { nowIso } from '../../lib/time.js';
import type { FileResult } from '../../plugins/operations.js';
import { auditRow } from '../audit/service.js';
import { RadarRepository, type EditionRow, type TechnologyRow } from './repository.js';

type Bilingual = { da: string; en: string };
type EditionArea = { id: string; name: Bilingual };
type EditionRing = { id: string; name: Bilingual; color: string };
type CellFigures = z.input<typeof ZRadarCellFigures>;
type RadarKind = 'joint' | 'area' | 'own';

/**
 * Blip radius of a laid-out radar (SVG units, R = 500): large enough for its number to be read on a
 * screen; the layout shrinks it where a cell is crowded.
 */
const VIEW_BLIP_RADIUS = 15;

/** The least number of organisations a radar place is shown for; an edition may raise it, never lower it. */
export const RADAR_THRESHOLD = 5;

const WORDS = {
  da: { joint: 'Fælles radar', own: 'Vores egen radar', imported: 'Importeret radar', edition: 'Udgave' },
  en: { joint: 'Joint radar', own: 'Our own radar', imported: 'Imported radar', edition: 'Edition' },
} as const;

const parseJson = <T>(text: string): T => JSON.parse(text) as T;

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** Plain text as the sanitised HTML fragment a radar description is: one paragraph per blank-line block. */
function textToHtml(text: string): string {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '')
    .map((p) => `<p>${escapeHtml(p)}</p>`)
    .join('');
}

/** An id from a name: lower case, Danish letters spelled out, words joined by hyphens. */
export function slugify(name: string): string {
  const slug = name
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 56)
    .replace(/-+$/, '');
  return slug || 'omraade';
}

/** One place on a computed radar, before layout. */
interface Place {
  tech: TechnologyRow;
  sector: number;
  ring: number;
  figures: CellFigures | null;
  manual: boolean;
  own: boolean;
}

interface Computed {
  places: Place[];
  suppressed: TechnologyRow[];
  /** Positions and rings by technology id after layout, for the next edition to keep. */
  positions: Map<string, { x: number; y: number; ring: number; sector: number }>;
  blipRadius: number;
}

export class RadarService {
  readonly repo: RadarRepository;
  private readonly rule: TRingRule;

  constructor(
    db: Db,
    readonly catalogue: TCatalogue,
  ) {
    this.repo = new RadarRepository(db.kysely);
    this.rule = catalogue.ringRule;
  }

  /** Puts the catalogue file's technologies into the database once, so platform admins can maintain them there. */
  async ensureCatalogue(): Promise<void> {
    const present = new Set((await this.repo.catalogueTechnologies(true)).map((t) => t.catalogue_key));
    const now = nowIso();
    for (const t of this.catalogue.technologies) {
      if (present.has(t.id)) continue;
      await this.repo.insertCatalogueSeed({
        id: newId(),
        org_id: null,
        catalogue_key: t.id,
        sector: t.sector,
        name_da: t.name.da,
        name_en: t.name.en,
        abbreviation: t.abbreviation ?? null,
        description_da: t.description.da,
        description_en: t.description.en,
        examples: JSON.stringify(t.examples),
        cases: JSON.stringify(
          t.cases.map((c) => ({ title: c.title.da, organisation: c.organisation, url: c.url, ...(c.area ? { area: c.area } : {}) })),
        ),
        archived: 0,
        created_at: now,
        updated_at: now,
      });
    }
  }

  // ------------------------------------------------------------ catalogue and technologies

  presentTechnology(row: TechnologyRow): TRadarTechnology {
    return {
      id: row.id,
      catalogueKey: row.catalogue_key,
      own: row.org_id !== null,
      sector: row.sector,
      name: { da: row.name_da, en: row.name_en },
      abbreviation: row.abbreviation,
      description: { da: row.description_da, en: row.description_en },
      examples: parseJson(row.examples),
      cases: parseJson(row.cases),
      archived: row.archived === 1,
      updatedAt: row.updated_at,
    };
  }

  async getCatalogue(): Promise<TRadarCatalogue> {
    const c = this.catalogue;
    return {
      version: c.version,
      title: c.title,
      description: c.description,
      source: { title: c.source.title, publisher: c.source.publisher, year: c.source.year },
      model: { title: c.model.title, publisher: c.model.publisher, url: c.model.url },
      notes: c.notes,
      areas: c.areas,
      sectors: c.sectors,
      rings: c.rings.map((r, i) => ({ ...r, color: RING_COLORS[i % RING_COLORS.length]! })),
      maturity: { question: c.maturity.question, basis: c.maturity.basis, levels: c.maturity.levels },
      spread: { question: c.spread.question, options: c.spread.options },
      relevance: { question: c.relevance.question, levels: c.relevance.levels },
      ruleExplanation: c.ringRule.explanation,
      technologies: (await this.repo.catalogueTechnologies()).map((t) => this.presentTechnology(t)),
    };
  }

  private checkTechnology(body: { sector?: string; examples?: { area: string }[] }): void {
    if (body.sector !== undefined && !this.catalogue.sectors.some((s) => s.id === body.sector)) throw new AppError('radar_unknown_sector');
  }

  async createTechnology(orgId: string | null, body: z.output<typeof ZCreateTechnologyBody>, actor: Actor): Promise<TRadarTechnology> {
    this.checkTechnology(body);
    if (await this.repo.nameTaken(orgId, body.name)) throw new AppError('radar_technology_name_taken');
    const now = nowIso();
    const row: TechnologyRow = {
      id: newId(),
      org_id: orgId,
      catalogue_key: null,
      sector: body.sector,
      name_da: body.name.da,
      name_en: body.name.en,
      abbreviation: body.abbreviation ?? null,
      description_da: body.description.da,
      description_en: body.description.en,
      examples: JSON.stringify(body.examples ?? []),
      cases: JSON.stringify(body.cases ?? []),
      archived: 0,
      created_at: now,
      updated_at: now,
    };
    await this.repo.insertTechnology(
      row,
      auditRow({
        orgId,
        action: 'radar.technology_created',
        actor,
        targetType: 'radar_technology',
        targetId: row.id,
        details: { name: row.name_da },
      }),
    );
    return this.presentTechnology(row);
  }

  async updateTechnology(
    orgId: string | null,
    id: string,
    body: z.output<typeof ZUpdateTechnologyBody>,
    actor: Actor,
  ): Promise<TRadarTechnology> {
    const row = await this.repo.technology(id);
    if (!row || row.org_id !== orgId) throw notFound();
    this.checkTechnology(body);
    if (body.name && (await this.repo.nameTaken(orgId, body.name, id))) throw new AppError('radar_technology_name_taken');
    const changes: Partial<TechnologyRow> = { updated_at: nowIso() };
    if (body.sector !== undefined) changes.sector = body.sector;
    if (body.name) Object.assign(changes, { name_da: body.name.da, name_en: body.name.en });
    if (body.abbreviation !== undefined) changes.abbreviation = body.abbreviation;
    if (body.description) Object.assign(changes, { description_da: body.description.da, description_en: body.description.en });
    if (body.examples) changes.examples = JSON.stringify(body.examples);
    if (body.cases) changes.cases = JSON.stringify(body.cases);
    if (body.archived !== undefined) changes.archived = body.archived ? 1 : 0;
    await this.repo.updateTechnology(
      id,
      changes,
      auditRow({
        orgId,
        action: 'radar.technology_updated',
        actor,
        targetType: 'radar_technology',
        targetId: id,
        details: { name: row.name_da },
      }),
    );
    return this.presentTechnology({ ...row, ...changes });
  }

  async ownTechnologies(orgId: string): Promise<TRadarTechnology[]> {
    return (await this.repo.ownTechnologies(orgId)).map((t) => this.presentTechnology(t));
  }

  directory() {
    return this.repo.directory();
  }

  // ------------------------------------------------------------ editions

  /** The edition as the organisation may see it: it coordinates it or takes part; anything else does not exist. */
  private async access(orgId: string, editionId: string): Promise<{ row: EditionRow; coordinating: boolean; participating: boolean }> {
    const row = await this.repo.edition(editionId);
    if (!row) throw notFound();
    const coordinating = row.org_id === orgId;
    const participating = await this.repo.isParticipant(editionId, orgId);
    if (!coordinating && !participating) throw notFound();
    return { row, coordinating, participating };
  }

  private async coordinated(orgId: string, editionId: string): Promise<EditionRow> {
    const { row, coordinating } = await this.access(orgId, editionId);
    if (!coordinating) throw new AppError('forbidden');
    return row;
  }

  async listEditions(orgId: string): Promise<TEditionSummary[]> {
    const rows = await this.repo.listEditions(orgId);
    return Promise.all(rows.map((r) => this.summary(r, orgId, r.participating === 1)));
  }

  private async summary(row: EditionRow, orgId: string, participating: boolean): Promise<TEditionSummary> {
    const [counts, coordinator] = await Promise.all([this.repo.counts(row.id), this.repo.directoryEntry(row.org_id)]);
    return {
      id: row.id,
      name: row.name,
      status: row.status,
      coordinator: { id: row.org_id, name: coordinator?.name ?? '' },
      coordinating: row.org_id === orgId,
      participating,
      technologies: counts.technologies,
      participants: counts.participants,
      createdAt: row.created_at,
      openedAt: row.opened_at,
      closedAt: row.closed_at,
    };
  }

  async getEdition(orgId: string, editionId: string): Promise<TEdition> {
    const { row, coordinating, participating } = await this.access(orgId, editionId);
    return this.present(row, orgId, coordinating, participating);
  }

  private async present(row: EditionRow, orgId: string, coordinating: boolean, participating: boolean): Promise<TEdition> {
    const [summary, technologies, participants, counts, previous] = await Promise.all([
      this.summary(row, orgId, participating),
      this.repo.editionTechnologies(row.id),
      coordinating ? this.repo.participants(row.id) : Promise.resolve([]),
      this.repo.counts(row.id),
      row.previous_edition_id ? this.repo.edition(row.previous_edition_id) : Promise.resolve(undefined),
    ]);
    const rule = parseJson<TRingRule>(row.rule);
    return {
      ...summary,
      areas: parseJson<EditionArea[]>(row.areas),
      sectors: parseJson<EditionArea[]>(row.sectors),
      rings: parseJson<EditionRing[]>(row.rings).map((r, i) => ({ ...r, min: rule.thresholds[i]?.min ?? 0 })),
      weights: rule.weights,
      threshold: row.threshold,
      previousEdition: previous ? { id: previous.id, name: previous.name } : null,
      technologyList: technologies.map((t) => ({
        id: t.id,
        sector: t.edition_sector,
        name: { da: t.name_da, en: t.name_en },
        abbreviation: t.abbreviation,
        description: { da: t.description_da, en: t.description_en },
      })),
      participantList: participants.map((p) => ({ id: p.id, name: p.name, respondents: Number(p.respondents) })),
      raters: counts.raters,
    };
  }

  /** The catalogue technologies chosen for an edition, each with its sector; unknown or archived ones are refused. */
  private async editionTechnologies(ids: readonly string[] | undefined) {
    const catalogue = await this.repo.catalogueTechnologies();
    const byId = new Map(catalogue.map((t) => [t.id, t]));
    const chosen = ids ? [...new Set(ids)].map((id) => byId.get(id)) : catalogue;
    if (chosen.some((t) => t === undefined)) throw new AppError('radar_unknown_technology');
    return (chosen as TechnologyRow[]).map((t, position) => ({ technology_id: t.id, position, sector: t.sector }));
  }

  /** The areas of an edition: catalogue areas keep both languages; new ones get an id from their name. */
  private editionAreas(input: { id?: string | undefined; name: string }[] | undefined): EditionArea[] {
    if (!input) return this.catalogue.areas.map((a) => ({ id: a.id, name: a.name }));
    const used = new Set<string>();
    return input.map((a) => {
      const known = this.catalogue.areas.find((c) => c.id === (a.id ?? slugify(a.name)));
      const sameName = known && (known.name.da === a.name || known.name.en === a.name);
      let id = a.id ?? slugify(a.name);
      for (let n = 2; used.has(id); n++) id = `${a.id ?? slugify(a.name)}-${n}`;
      used.add(id);
      return { id, name: sameName ? known.name : { da: a.name, en: a.name } };
    });
  }

  async createEdition(orgId: string, body: z.output<typeof ZCreateEditionBody>, actor: Actor): Promise<TEdition> {
    const technologies = await this.editionTechnologies(body.technologyIds);
    let previous: EditionRow | undefined;
    if (body.previousEditionId) {
      previous = await this.repo.edition(body.previousEditionId);
      if (!previous || previous.org_id !== orgId) throw notFound();
    } else if (body.previousEditionId === undefined) {
      previous = await this.repo.latestClosedEdition(orgId);
    }
    const row: EditionRow = {
      id: newId(),
      org_id: orgId,
      name: body.name,
      status: 'draft',
      catalogue_version: this.catalogue.version,
      areas: JSON.stringify(this.editionAreas(body.areas)),
      sectors: JSON.stringify(this.catalogue.sectors.map((s) => ({ id: s.id, name: s.name }))),
      rings: JSON.stringify(this.catalogue.rings.map((r, i) => ({ id: r.id, name: r.name, color: RING_COLORS[i % RING_COLORS.length]! }))),
      rule: JSON.stringify(this.rule),
      threshold: body.threshold ?? RADAR_THRESHOLD,
      previous_edition_id: previous?.id ?? null,
      created_by: actor.userId,
      created_at: nowIso(),
      opened_at: null,
      closed_at: null,
    };
    await this.repo.insertEdition(
      row,
      technologies,
      auditRow({
        orgId,
        action: 'radar.edition_created',
        actor,
        targetType: 'radar_edition',
        targetId: row.id,
        details: { name: row.name },
      }),
    );
    return this.present(row, orgId, true, false);
  }

  async updateEdition(orgId: string, editionId: string, body: z.output<typeof ZUpdateEditionBody>, actor: Actor): Promise<TEdition> {
    const row = await this.coordinated(orgId, editionId);
    const { name, ...structure } = body;
    const structural = Object.values(structure).some((v) => v !== undefined);
    const technologies = body.technologyIds ? await this.editionTechnologies(body.technologyIds) : null;
    const changes: Partial<EditionRow> = {};
    if (name !== undefined) changes.name = name;
    if (body.areas) changes.areas = JSON.stringify(this.editionAreas(body.areas));
    if (body.threshold !== undefined) changes.threshold = body.threshold;
    if (body.sectors)
      changes.sectors = JSON.stringify(renamed(parseJson<EditionArea[]>(row.sectors), body.sectors, 'radar_unknown_sector'));
    if (body.rings || body.weights) {
      const current = parseJson<TRingRule>(row.rule);
      const rings =
        body.rings ?? parseJson<EditionRing[]>(row.rings).map((r, i) => ({ ...r, name: r.name.da, min: current.thresholds[i]!.min }));
      const named = renamed(parseJson<EditionRing[]>(row.rings), rings, 'radar_unknown_ring');
      const rule = ZRingRule.safeParse({
        ...current,
        weights: body.weights ?? current.weights,
        thresholds: rings.map((r) => ({ ring: r.id, min: r.min })),
      });
      if (!rule.success) throw new AppError('validation_failed', [{ path: 'rings', message: rule.error.issues[0]!.message }]);
      changes.rule = JSON.stringify(rule.data);
      changes.rings = JSON.stringify(named.map((r, i) => ({ ...r, color: body.rings ? rings[i]!.color : r.color })));
    }
    const ok = await this.repo.updateEdition(
      editionId,
      changes,
      technologies,
      auditRow({
        orgId,
        action: 'radar.edition_updated',
        actor,
        targetType: 'radar_edition',
        targetId: editionId,
        details: { name: body.name ?? row.name },
      }),
      structural,
    );
    if (!ok) throw new AppError('radar_edition_not_draft');
    return this.getEdition(orgId, editionId);
  }

  async control(orgId: string, editionId: string, action: 'open' | 'close' | 'reopen', actor: Actor): Promise<TEdition> {
    const row = await this.coordinated(orgId, editionId);
    const from = { open: 'draft', close: 'open', reopen: 'closed' } as const;
    if (row.status !== from[action]) throw new AppError('radar_edition_state');
    const now = nowIso();
    const changes: Partial<EditionRow> =
      action === 'close'
        ? { status: 'closed', closed_at: now }
        : { status: 'open', ...(action === 'open' ? { opened_at: now } : { closed_at: null }) };
    await this.repo.updateEdition(
      editionId,
      changes,
      null,
      auditRow({
        orgId,
        action: action === 'close' ? 'radar.edition_closed' : 'radar.edition_opened',
        actor,
        targetType: 'radar_edition',
        targetId: editionId,
        details: { name: row.name },
      }),
      action === 'open',
    );
    return this.getEdition(orgId, editionId);
  }

  async deleteEdition(orgId: string, editionId: string, actor: Actor): Promise<void> {
    const row = await this.coordinated(orgId, editionId);
    const ok = await this.repo.deleteDraftEdition(
      editionId,
      auditRow({
        orgId,
        action: 'radar.edition_deleted',
        actor,
        targetType: 'radar_edition',
        targetId: editionId,
        details: { name: row.name },
      }),
    );
    if (!ok) throw new AppError('radar_edition_not_draft');
  }

  async setParticipants(orgId: string, editionId: string, orgIds: string[], actor: Actor): Promise<TEdition> {
    const row = await this.coordinated(orgId, editionId);
    if (row.status === 'closed') throw new AppError('radar_edition_state');
    const wanted = [...new Set(orgIds)];
    const existing = new Set((await this.repo.existingOrganisations(wanted)).map((o) => o.id));
    if (wanted.some((id) => !existing.has(id))) throw new AppError('radar_unknown_organisation');
    const current = new Set((await this.repo.participants(editionId)).map((p) => p.id));
    const remove = [...current].filter((id) => !wanted.includes(id));
    const answered = await this.repo.answeredOrganisations(editionId);
    if (remove.some((id) => answered.has(id))) throw new AppError('radar_participant_answered');
    const add = wanted.filter((id) => !current.has(id));
    await this.repo.setParticipants(
      editionId,
      add,
      remove,
      nowIso(),
      auditRow({
        orgId,
        action: 'radar.participants_changed',
        actor,
        targetType: 'radar_edition',
        targetId: editionId,
        details: { name: row.name, added: add.length, removed: remove.length },
      }),
    );
    return this.getEdition(orgId, editionId);
  }

  // ------------------------------------------------------------ answers

  private async participating(orgId: string, editionId: string): Promise<EditionRow> {
    const { row, participating } = await this.access(orgId, editionId);
    if (!participating) throw new AppError('radar_not_participant');
    return row;
  }

  async response(orgId: string, editionId: string, userId: string): Promise<z.input<typeof ZRadarResponse>> {
    await this.participating(orgId, editionId);
    const response = await this.repo.response(editionId, orgId, userId);
    if (!response) return { areas: [], answers: [], updatedAt: null };
    const answers = await this.repo.answers(response.id);
    return {
      areas: parseJson<string[]>(response.areas),
      answers: answers.map((a) => ({ technologyId: a.technology_id, areaId: a.area_id, spread: a.spread, relevance: a.relevance })),
      updatedAt: response.updated_at,
    };
  }

  async saveAnswers(
    orgId: string,
    editionId: string,
    userId: string,
    body: { areas?: string[] | undefined; answers: TRadarAnswer[] },
    lang: Lang,
  ): Promise<z.input<typeof ZRadarResponse>> {
    const row = await this.participating(orgId, editionId);
    if (row.status !== 'open') throw new AppError('radar_edition_closed');
    const technologies = new Set((await this.repo.editionTechnologies(editionId)).map((t) => t.id));
    const areas = new Set(parseJson<EditionArea[]>(row.areas).map((a) => a.id));
    const options = new Set(this.catalogue.spread.options.map((o) => o.id));
    const levels = this.catalogue.relevance.levels.length;
    const fields: TFieldError[] = [];
    const wrong = (path: string, da: string, en: string) => fields.push({ path, message: lang === 'da' ? da : en });
    body.areas?.forEach((a, i) => {
      if (!areas.has(a)) wrong(`areas.${i}`, 'Området er ikke med i udgaven.', 'The area is not part of the edition.');
    });
    body.answers.forEach((a, i) => {
      if (!technologies.has(a.technologyId))
        wrong(`answers.${i}.technologyId`, 'Teknologien er ikke med i udgaven.', 'The technology is not part of the edition.');
      if (!areas.has(a.areaId)) wrong(`answers.${i}.areaId`, 'Området er ikke med i udgaven.', 'The area is not part of the edition.');
      if (a.spread !== null && !options.has(a.spread))
        wrong(`answers.${i}.spread`, 'Vælg en af svarmulighederne.', 'Choose one of the answer options.');
      if (a.relevance !== null && a.relevance > levels) wrong(`answers.${i}.relevance`, `Vælg 1–${levels}.`, `Choose 1–${levels}.`);
    });
    if (fields.length) throw new AppError('answer_invalid', fields);
    const saved = await this.repo.saveAnswers(
      { editionId, orgId, userId, areas: body.areas, newId: newId(), now: nowIso() },
      body.answers.map((a) => ({ technologyId: a.technologyId, areaId: a.areaId, spread: a.spread, relevance: a.relevance })),
    );
    if (saved === null) throw new AppError('radar_edition_closed');
    return this.response(orgId, editionId, userId);
  }

  async maturity(orgId: string, editionId: string, userId: string): Promise<z.input<typeof ZMaturityRating>[]> {
    await this.coordinated(orgId, editionId);
    return (await this.repo.maturity(editionId, userId)).map((r) => ({ technologyId: r.technology_id, level: r.level, note: r.note }));
  }

  async saveMaturity(
    orgId: string,
    editionId: string,
    userId: string,
    ratings: z.output<typeof ZMaturityRating>[],
    lang: Lang,
  ): Promise<z.input<typeof ZMaturityRating>[]> {
    const row = await this.coordinated(orgId, editionId);
    if (row.status !== 'open') throw new AppError('radar_edition_closed');
    const technologies = new Set((await this.repo.editionTechnologies(editionId)).map((t) => t.id));
    const levels = parseJson<TRingRule>(row.rule).maturityLevels;
    const fields: TFieldError[] = [];
    ratings.forEach((r, i) => {
      if (!technologies.has(r.technologyId))
        fields.push({
          path: `ratings.${i}.technologyId`,
          message: lang === 'da' ? 'Teknologien er ikke med i udgaven.' : 'The technology is not part of the edition.',
        });
      if (r.level !== null && r.level > levels)
        fields.push({ path: `ratings.${i}.level`, message: lang === 'da' ? `Vælg 1–${levels}.` : `Choose 1–${levels}.` });
    });
    if (fields.length) throw new AppError('answer_invalid', fields);
    if (!(await this.repo.saveMaturity(editionId, userId, ratings, nowIso()))) throw new AppError('radar_edition_closed');
    return this.maturity(orgId, editionId, userId);
  }

  // ------------------------------------------------------------ aggregation

  /** Spread options by rank: "don't know" (no points) lowest, then by points; an organisation counts with its highest. */
  private ranks(rule: TRingRule): { byOption: Map<string, number>; byRank: Map<number, string> } {
    const options = Object.entries(rule.spreadPoints).sort(([a, pa], [b, pb]) => (pa ?? -1) - (pb ?? -1) || a.localeCompare(b));
    const byOption = new Map(options.map(([id], i) => [id, i + 1]));
    return { byOption, byRank: new Map([...byOption].map(([id, r]) => [r, id])) };
  }

  /**
   * The figures of every cell of a radar: per technology (joint, own) or per technology and area.
   * Each organisation counts once per cell, with the most advanced spread any of its respondents
   * gave; relevance is the mean over respondents; maturity the mean over the experts. A cell on
   * fewer organisations than the threshold (answers other than "don't know") is left out here, on
   * the server, unless it is the organisation's own. `onlyArea` computes one area's cells alone.
   */
  async cells(
    edition: EditionRow,
    byArea: boolean,
    orgId?: string,
    onlyArea?: string,
  ): Promise<{ figures: Map<string, CellFigures>; suppressed: Set<string> }> {
    const rule = ZRingRule.parse(parseJson(edition.rule));
    const { byOption, byRank } = this.ranks(rule);
    const [aggregates, maturity] = await Promise.all([
      this.repo.cellAggregates(edition.id, byOption, byArea, orgId, onlyArea),
      this.repo.maturityMeans(edition.id),
    ]);
    const key = (tech: string, area: string | null) => (area === null ? tech : `${tech}|${area}`);
    const spread = new Map<string, Record<string, number>>();
    const relevance = new Map<string, { total: number; answers: number }>();
    for (const c of aggregates) {
      const k = key(c.technology_id, c.area_id);
      const rel = relevance.get(k) ?? { total: 0, answers: 0 };
      relevance.set(k, { total: rel.total + c.relevanceTotal, answers: rel.answers + c.relevanceAnswers });
      // Rank 0: organisations that gave relevance but no spread yet.
      const option = byRank.get(c.rank);
      if (!option) continue;
      const entry = spread.get(k) ?? {};
      entry[option] = (entry[option] ?? 0) + c.organisations;
      spread.set(k, entry);
    }
    const figures = new Map<string, CellFigures>();
    const suppressed = new Set<string>();
    for (const [k, byOptionCounts] of spread) {
      const tech = k.split('|')[0]!;
      const maturityMean = maturity.get(tech) ?? null;
      const s = score(maturityMean, byOptionCounts, rule);
      if (orgId === undefined && s.spread.counted < edition.threshold) {
        suppressed.add(k);
        continue;
      }
      const rel = relevance.get(k);
      const relevanceMean = rel && rel.answers > 0 ? rel.total / rel.answers : null;
      figures.set(k, {
        ring: s.ring,
        organisations: s.spread.counted,
        spread: Object.keys(rule.spreadPoints).map((option) => ({ option, count: byOptionCounts[option] ?? 0 })),
        relevanceMean: relevanceMean === null ? null : Math.round(relevanceMean * 100) / 100,
        maturityMean: maturityMean === null ? null : Math.round(maturityMean * 100) / 100,
      });
    }
    return { figures, suppressed };
  }

  private ringIndex(edition: EditionRow, ring: string | null): number | null {
    if (ring === null) return null;
    const i = parseJson<TRingRule>(edition.rule).thresholds.findIndex((t) => t.ring === ring);
    return i < 0 ? null : i;
  }

  /** The places of one radar of an edition (before layout): joint, one area, or the organisation's own. */
  private async places(
    edition: EditionRow,
    kind: RadarKind,
    areaId: string | null,
    orgId: string,
  ): Promise<{ places: Place[]; suppressed: TechnologyRow[] }> {
    const sectors = parseJson<EditionArea[]>(edition.sectors).map((s) => s.id);
    const technologies = await this.repo.editionTechnologies(edition.id);
    const { figures, suppressed: hidden } = await this.cells(
      edition,
      kind === 'area',
      kind === 'own' ? orgId : undefined,
      kind === 'area' ? (areaId ?? undefined) : undefined,
    );
    const placements = kind === 'own' ? await this.repo.placements(orgId, edition.id) : [];
    const placementBy = new Map(placements.map((p) => [p.technology_id, p]));
    const places: Place[] = [];
    const suppressed: TechnologyRow[] = [];
    for (const tech of technologies) {
      const k = kind === 'area' ? `${tech.id}|${areaId}` : tech.id;
      if (hidden.has(k)) {
        suppressed.push(tech);
        continue;
      }
      const f = figures.get(k) ?? null;
      const placement = placementBy.get(tech.id);
      const manualRing = placement?.ring ? this.ringIndex(edition, placement.ring) : null;
      const ring = manualRing ?? this.ringIndex(edition, f?.ring ?? null);
      const sector = sectors.indexOf(tech.edition_sector);
      if (ring === null || sector < 0) continue;
      places.push({ tech, sector, ring, figures: f, manual: manualRing !== null, own: false });
    }
    if (kind === 'own') {
      const own = new Map((await this.repo.ownTechnologies(orgId)).map((t) => [t.id, t]));
      for (const p of placements) {
        const tech = own.get(p.technology_id);
        const ring = this.ringIndex(edition, p.ring);
        const sector = tech ? sectors.indexOf(tech.sector) : -1;
        if (!tech || tech.archived === 1 || ring === null || sector < 0) continue;
        places.push({ tech, sector, ring, figures: null, manual: true, own: true });
      }
    }
    return { places, suppressed };
  }

  /**
   * A radar of an edition laid out, with the previous edition's radar of the same kind laid out
   * first so a technology that stays in its cell keeps its exact position (and its movement is known).
   */
  private async computed(
    edition: EditionRow,
    kind: RadarKind,
    areaId: string | null,
    orgId: string,
    seen: Set<string> = new Set(),
  ): Promise<Computed & { previous: Computed | null }> {
    seen.add(edition.id);
    let previous: Computed | null = null;
    if (edition.previous_edition_id && !seen.has(edition.previous_edition_id) && seen.size < 25) {
      const prev = await this.repo.edition(edition.previous_edition_id);
      const prevAreas = prev ? parseJson<EditionArea[]>(prev.areas).map((a) => a.id) : [];
      if (prev && (kind !== 'area' || (areaId !== null && prevAreas.includes(areaId)))) {
        previous = await this.computed(prev, kind, areaId, orgId, seen);
      }
    }
    const { places, suppressed } = await this.places(edition, kind, areaId, orgId);
    const rule = parseJson<TRingRule>(edition.rule);
    const layout = layoutRadar(
      { sectors: parseJson<EditionArea[]>(edition.sectors).length, rings: rule.thresholds.length, blipRadius: VIEW_BLIP_RADIUS },
      places.map((p) => ({ id: p.tech.id, sector: p.sector, ring: p.ring, previous: previous?.positions.get(p.tech.id) ?? null })),
    );
    const byId = new Map(places.map((p) => [p.tech.id, p]));
    const positions = new Map(layout.blips.map((b) => [b.id, { x: b.x, y: b.y, ring: b.ring, sector: b.sector }]));
    // Keep the places in layout order (by id) so the result does not depend on query order.
    return {
      places: layout.blips.map((b) => byId.get(b.id)!),
      suppressed,
      positions,
      blipRadius: layout.blipRadius,
      previous,
    };
  }

  private movement(id: string, ring: number, previous: Computed | null): { movement: Movement; previousRing: number | null } {
    if (!previous) return { movement: 'unchanged', previousRing: null };
    const before = previous.positions.get(id);
    if (!before) return { movement: 'new', previousRing: null };
    if (before.ring === ring) return { movement: 'unchanged', previousRing: before.ring };
    return { movement: ring < before.ring ? 'moved-in' : 'moved-out', previousRing: before.ring };
  }

  private ringsOf(edition: EditionRow, lang: Lang) {
    return parseJson<EditionRing[]>(edition.rings).map((r) => {
      const known = this.catalogue.rings.find((c) => c.id === r.id);
      return { id: r.id, name: r.name[lang], color: r.color, ...(known ? { description: known.description[lang] } : {}) };
    });
  }

  private source(lang: Lang): string {
    const c = this.catalogue;
    return lang === 'da'
      ? `Bygger på ${c.model.title} (${c.model.publisher}) og ${c.source.title} (${c.source.publisher}, ${c.source.year})`
      : `Based on ${c.model.title} (${c.model.publisher}) and ${c.source.title} (${c.source.publisher}, ${c.source.year})`;
  }

  /** One radar of an edition as the organisation sees it, laid out. */
  async view(orgId: string, editionId: string, q: { radar: RadarKind; area?: string | undefined; lang: Lang }): Promise<RadarView> {
    const { row } = await this.access(orgId, editionId);
    const areas = parseJson<EditionArea[]>(row.areas);
    const area = q.radar === 'area' ? areas.find((a) => a.id === q.area) : undefined;
    if (q.radar === 'area' && !area) throw new AppError('radar_unknown_area');
    const lang = q.lang;
    const computed = await this.computed(row, q.radar, area?.id ?? null, orgId);
    const sectors = parseJson<EditionArea[]>(row.sectors);
    const spreadLabels = new Map(this.catalogue.spread.options.map((o) => [o.id, o.label[lang]]));
    const levels = this.catalogue.relevance.levels.length;
    const rule = parseJson<TRingRule>(row.rule);
    const blips: Omit<RadarViewBlip, 'number'>[] = computed.places.map((p) => {
      const pos = computed.positions.get(p.tech.id)!;
      const f = p.figures;
      const s = f ? score(f.maturityMean, Object.fromEntries(f.spread.map((x) => [x.option, x.count])), rule) : null;
      return {
        id: p.tech.id,
        name: lang === 'da' ? p.tech.name_da : p.tech.name_en,
        ...(p.tech.abbreviation ? { abbreviation: p.tech.abbreviation } : {}),
        sector: p.sector,
        ring: p.ring,
        ...this.movement(p.tech.id, p.ring, computed.previous),
        relevance: f && f.relevanceMean !== null && f.relevanceMean !== undefined ? (f.relevanceMean - 1) / (levels - 1) : null,
        relevanceMean: f?.relevanceMean ?? null,
        description: textToHtml(lang === 'da' ? p.tech.description_da : p.tech.description_en),
        ...(f
          ? {
              organisations: f.organisations,
              spread: f.spread.map((x) => ({ option: x.option, label: spreadLabels.get(x.option) ?? x.option, count: x.count })),
              score: { maturity: s!.maturity, spread: s!.spread.share, value: s!.value },
            }
          : {}),
        manual: p.manual,
        own: p.own,
        x: pos.x,
        y: pos.y,
      };
    });
    const title = q.radar === 'own' ? WORDS[lang].own : q.radar === 'area' ? `${area!.name[lang]}` : WORDS[lang].joint;
    return {
      kind: q.radar,
      title,
      subtitle: `${this.catalogue.model.title} · ${WORDS[lang].edition} ${row.name}`,
      lang,
      sectors: sectors.map((s) => ({ id: s.id, name: s.name[lang] })),
      rings: this.ringsOf(row, lang),
      blips: numbered(blips, lang),
      blipRadius: computed.blipRadius,
      suppressed: computed.suppressed.map((t) => ({ id: t.id, name: lang === 'da' ? t.name_da : t.name_en })),
      threshold: row.threshold,
      source: this.source(lang),
      generatedAt: nowIso(),
    };
  }

  async compare(orgId: string, editionId: string): Promise<z.input<typeof ZCompareRow>[]> {
    const { row } = await this.access(orgId, editionId);
    const areas = parseJson<EditionArea[]>(row.areas);
    const [own, joint, byArea, placements, technologies, ownTechs] = await Promise.all([
      this.cells(row, false, orgId),
      this.cells(row, false),
      this.cells(row, true),
      this.repo.placements(orgId, editionId),
      this.repo.editionTechnologies(editionId),
      this.repo.ownTechnologies(orgId),
    ]);
    const placementBy = new Map(placements.map((p) => [p.technology_id, p]));
    const rows: z.input<typeof ZCompareRow>[] = technologies.map((t) => {
      const placed = placementBy.get(t.id)?.ring ?? null;
      return {
        technologyId: t.id,
        name: { da: t.name_da, en: t.name_en },
        own: false,
        ownRing: placed ?? own.figures.get(t.id)?.ring ?? null,
        manual: placed !== null,
        jointRing: joint.figures.get(t.id)?.ring ?? null,
        areaRings: Object.fromEntries(areas.map((a) => [a.id, byArea.figures.get(`${t.id}|${a.id}`)?.ring ?? null])),
      };
    });
    for (const t of ownTechs) {
      const placed = placementBy.get(t.id);
      if (!placed || t.archived === 1) continue;
      rows.push({
        technologyId: t.id,
        name: { da: t.name_da, en: t.name_en },
        own: true,
        ownRing: placed.ring,
        manual: true,
        jointRing: null,
        areaRings: Object.fromEntries(areas.map((a) => [a.id, null])),
      });
    }
    return rows;
  }

  private presentPlacement(p: {
    technology_id: string;
    ring: string | null;
    meaning: string;
    competences: string;
    next_step: string;
    updated_at: string;
  }): z.input<typeof ZPlacement> {
    return {
      technologyId: p.technology_id,
      ring: p.ring,
      meaning: p.meaning,
      competences: p.competences,
      nextStep: p.next_step,
      updatedAt: p.updated_at,
    };
  }

  /** A technology the organisation may place on its own radar of this edition: in the edition, or its own. */
  private async placeable(orgId: string, edition: EditionRow, technologyId: string): Promise<TechnologyRow> {
    const tech = await this.repo.technology(technologyId);
    if (!tech) throw notFound();
    if (tech.org_id === orgId) return tech;
    if (tech.org_id !== null) throw notFound();
    const inEdition = (await this.repo.editionTechnologies(edition.id)).some((t) => t.id === technologyId);
    if (!inEdition) throw notFound();
    return tech;
  }

  async technologyPage(orgId: string, editionId: string, technologyId: string): Promise<z.input<typeof ZTechnologyPage>> {
    const { row, participating } = await this.access(orgId, editionId);
    const tech = await this.placeable(orgId, row, technologyId);
    const areas = parseJson<EditionArea[]>(row.areas);
    const [joint, byArea, own, placements] = await Promise.all([
      this.cells(row, false),
      this.cells(row, true),
      participating ? this.cells(row, false, orgId) : Promise.resolve(null),
      this.repo.placements(orgId, editionId),
    ]);
    const placement = placements.find((p) => p.technology_id === technologyId);
    const history: z.input<typeof ZTechnologyPage>['history'] = [];
    const seen = new Set<string>();
    for (let e: EditionRow | undefined = row; e && !seen.has(e.id) && seen.size < 25;) {
      seen.add(e.id);
      const cells = e.id === row.id ? joint : await this.cells(e, false);
      history.unshift({ editionId: e.id, name: e.name, ring: cells.figures.get(technologyId)?.ring ?? null, closedAt: e.closed_at });
      e = e.previous_edition_id ? await this.repo.edition(e.previous_edition_id) : undefined;
    }
    return {
      technology: this.presentTechnology(tech),
      joint: joint.figures.get(technologyId) ?? null,
      areas: areas.map((a) => ({ areaId: a.id, figures: byArea.figures.get(`${technologyId}|${a.id}`) ?? null })),
      ownFigures: own?.figures.get(technologyId) ?? null,
      placement: placement ? this.presentPlacement(placement) : null,
      history,
      threshold: row.threshold,
    };
  }

  async savePlacement(
    orgId: string,
    editionId: string,
    technologyId: string,
    body: z.output<typeof ZSavePlacementBody>,
    actor: Actor,
  ): Promise<z.input<typeof ZPlacement>> {
    const { row } = await this.access(orgId, editionId);
    await this.placeable(orgId, row, technologyId);
    if (body.ring !== null && this.ringIndex(row, body.ring) === null) throw new AppError('radar_unknown_ring');
    const placement = {
      org_id: orgId,
      edition_id: editionId,
      technology_id: technologyId,
      ring: body.ring,
      meaning: body.meaning,
      competences: body.competences,
      next_step: body.nextStep,
      updated_by: actor.userId,
      updated_at: nowIso(),
    };
    await this.repo.savePlacement(placement);
    return this.presentPlacement(placement);
  }

  async deletePlacement(orgId: string, editionId: string, technologyId: string): Promise<void> {
    await this.access(orgId, editionId);
    if (!(await this.repo.deletePlacement(orgId, editionId, technologyId))) throw notFound();
  }

  // ------------------------------------------------------------ exchange

  /** A laid-out radar as the neutral exchange model, for the radar formats. */
  viewToDoc(view: RadarView, edition?: string): RadarDoc {
    return {
      title: [view.title, view.subtitle].filter(Boolean).join(' · '),
      ...(edition ? { editions: [edition] } : {}),
      sectors: view.sectors.map((s) => ({ name: s.name, id: s.id })),
      rings: view.rings.map((r) => ({ name: r.name, id: r.id, color: r.color, ...(r.description ? { description: r.description } : {}) })),
      blips: view.blips.map((b) => ({
        name: b.name,
        id: b.id,
        sector: b.sector,
        ring: b.ring,
        movement: b.movement,
        description: b.description,
        ...(b.link ? { link: b.link } : {}),
        ...(edition ? { history: [{ edition, ring: b.ring, movement: b.movement }] } : {}),
      })),
    };
  }

  /** Writes a radar in a format; a radar the format cannot hold (such as five sectors for BYOR) is refused with the reason. */
  private file(view: RadarView, doc: RadarDoc, format: TRadarExportFormat, stem: string, lang: Lang): FileResult {
    const encode = (text: string) => new TextEncoder().encode(text);
    if (format === 'html') return { body: encode(renderRadarHtml(view)), filename: `${stem}.html`, type: 'text/html' };
    if (format === 'svg')
      return { body: encode(renderRadarSvg(view, { interactive: false })), filename: `${stem}.svg`, type: 'image/svg+xml' };
    const result = serializeRadar(format, format === 'backstage' ? datedOnly(doc) : doc, { date: new Date().toISOString().slice(0, 10) });
    if (!result.ok) {
      throw new AppError(
        'radar_format_unsupported',
        result.errors.map((e) => ({ path: e.field ?? 'radar', message: formatRadarIssue(e, lang) })),
      );
    }
    // Three formats are JSON: the format in the name keeps the downloads apart.
    return format === 'byor-csv'
      ? { body: encode(result.text), filename: `${stem}.csv`, type: 'text/csv' }
      : { body: encode(result.text), filename: `${stem}-${format}.json`, type: 'application/json' };
  }

  async exportView(
    orgId: string,
    editionId: string,
    q: { radar: RadarKind; area?: string | undefined; lang: Lang; format: TRadarExportFormat },
    actor: Actor | null,
  ): Promise<FileResult> {
    const view = await this.view(orgId, editionId, q);
    const { row } = await this.access(orgId, editionId);
    const file = this.file(view, this.viewToDoc(view, row.name), q.format, fileStem(`${view.title} ${row.name}`), q.lang);
    await this.repo.audit(
      auditRow({
        orgId,
        action: 'radar.exported',
        actor,
        targetType: 'radar_edition',
        targetId: editionId,
        details: { radar: q.radar, format: q.format },
      }),
    );
    return file;
  }

  // ------------------------------------------------------------ stored radars

  private storedSummary(row: {
    id: string;
    title: string;
    format: string;
    doc: string;
    created_at: string;
    updated_at: string;
  }): z.input<typeof ZStoredRadarSummary> {
    const doc = parseJson<RadarDoc>(row.doc);
    return {
      id: row.id,
      title: row.title,
      format: row.format,
      blips: doc.blips.length,
      editions: doc.editions ?? [],
      createdAt: row.created_at,
      updatedAt: row.updated_at,
    };
  }

  async storedRadars(orgId: string) {
    return (await this.repo.storedRadars(orgId)).map((r) => this.storedSummary(r));
  }

  /** Reads a radar file; with any problem nothing is stored and every problem is reported by line. */
  async importRadar(orgId: string, body: z.output<typeof ZImportRadarBody>, actor: Actor | null, lang: Lang) {
    const parsed = parseRadar(body.format as RadarFormat, body.text, body.title ? { title: body.title } : {});
    if (!parsed.ok) {
      throw new AppError(
        'radar_file_invalid',
        parsed.errors.map((e) => ({ path: e.line === null ? 'file' : `line ${e.line}`, message: formatRadarIssue(e, lang) })),
      );
    }
    const doc = parsed.doc;
    if (body.edition && !(doc.editions && doc.editions.length > 0)) {
      doc.editions = [body.edition];
      for (const b of doc.blips) b.history = [{ edition: body.edition, ring: b.ring, movement: b.movement }];
    }
    const now = nowIso();
    const row = {
      id: newId(),
      org_id: orgId,
      title: body.title ?? doc.title ?? WORDS[lang].imported,
      format: body.format,
      doc: JSON.stringify(doc),
      created_by: actor?.userId ?? null,
      created_at: now,
      updated_at: now,
    };
    await this.repo.insertStoredRadar(
      row,
      auditRow({
        orgId,
        action: 'radar.imported',
        actor,
        targetType: 'radar',
        targetId: row.id,
        details: { title: row.title, format: body.format, blips: doc.blips.length },
      }),
    );
    return this.storedSummary(row);
  }

  private async stored(orgId: string, radarId: string) {
    const row = await this.repo.storedRadar(orgId, radarId);
    if (!row) throw notFound();
    return row;
  }

  /** A stored radar laid out: blips keep their id (or their name as id) so positions stay across reloads. */
  storedView(row: { title: string; doc: string }, lang: Lang): RadarView {
    const doc = parseJson<RadarDoc>(row.doc);
    const ids = doc.blips.map((b, i) => b.id ?? `${nameKey(b.name)}#${i}`);
    const layout = layoutRadar(
      { sectors: doc.sectors.length, rings: doc.rings.length, blipRadius: VIEW_BLIP_RADIUS },
      doc.blips.map((b, i) => ({ id: ids[i]!, sector: b.sector, ring: b.ring })),
    );
    const pos = new Map(layout.blips.map((b) => [b.id, b]));
    const blips = doc.blips.map((b, i) => {
      const p = pos.get(ids[i]!)!;
      return {
        id: ids[i]!,
        name: b.name,
        sector: b.sector,
        ring: b.ring,
        movement: b.movement,
        relevance: null,
        description: b.description,
        ...(b.link ? { link: b.link } : {}),
        ...(b.inactive ? { inactive: true } : {}),
        x: p.x,
        y: p.y,
      };
    });
    const latest = doc.editions?.[doc.editions.length - 1];
    return {
      kind: 'stored',
      title: row.title,
      ...(latest ? { subtitle: `${WORDS[lang].edition} ${latest}` } : {}),
      lang,
      sectors: doc.sectors.map((s, i) => ({ id: s.id ?? `sector-${i + 1}`, name: s.name })),
      rings: doc.rings.map((r, i) => ({
        id: r.id ?? `ring-${i + 1}`,
        name: r.name,
        color: r.color && /^#[0-9a-fA-F]{6}$/.test(r.color) ? r.color : RING_COLORS[i % RING_COLORS.length]!,
        ...(r.description ? { description: r.description } : {}),
      })),
      blips: numbered(blips, lang),
      blipRadius: layout.blipRadius,
      generatedAt: nowIso(),
    };
  }

  async getStored(orgId: string, radarId: string, lang: Lang): Promise<RadarView> {
    return this.storedView(await this.stored(orgId, radarId), lang);
  }

  async exportStored(orgId: string, radarId: string, format: TRadarExportFormat, lang: Lang, actor: Actor | null): Promise<FileResult> {
    const row = await this.stored(orgId, radarId);
    const file = this.file(this.storedView(row, lang), parseJson<RadarDoc>(row.doc), format, fileStem(row.title), lang);
    await this.repo.audit(
      auditRow({ orgId, action: 'radar.exported', actor, targetType: 'radar', targetId: radarId, details: { format } }),
    );
    return file;
  }

  async deleteStored(orgId: string, radarId: string, actor: Actor): Promise<void> {
    const row = await this.stored(orgId, radarId);
    const ok = await this.repo.deleteStoredRadar(
      orgId,
      radarId,
      auditRow({ orgId, action: 'radar.deleted', actor, targetType: 'radar', targetId: radarId, details: { title: row.title } }),
    );
    if (!ok) throw notFound();
  }
}

/**
 * Renames sectors or rings: the new list must name every current one, by id, in the same order
 * (the technologies and the rule refer to them). A name given in one language serves both, unless
 * it is unchanged in Danish, which keeps the English.
 */
function renamed<T extends { id: string; name: Bilingual }>(
  current: T[],
  names: { id: string; name: string }[],
  error: 'radar_unknown_sector' | 'radar_unknown_ring',
): T[] {
  if (names.length !== current.length || names.some((n, i) => n.id !== current[i]!.id)) throw new AppError(error);
  return current.map((c, i) => {
    const name = names[i]!.name;
    return { ...c, name: name === c.name.da ? c.name : { da: name, en: name } };
  });
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Backstage dates every snapshot of a timeline; editions named otherwise ("2026") are left out of
 * the timelines, and a blip left without one gets a snapshot dated the day of the export.
 */
function datedOnly(doc: RadarDoc): RadarDoc {
  if ((doc.editions ?? []).every((e) => ISO_DATE.test(e))) return doc;
  return {
    ...doc,
    editions: (doc.editions ?? []).filter((e) => ISO_DATE.test(e)),
    blips: doc.blips.map((b) => {
      const { history, ...rest } = b;
      const dated = (history ?? []).filter((h) => ISO_DATE.test(h.edition));
      return dated.length ? { ...rest, history: dated } : rest;
    }),
  };
}

/** Numbers blips 1…n in legend order: by sector, then ring, then name. */
function numbered<T extends { sector: number; ring: number; name: string; id: string }>(
  blips: T[],
  lang: Lang,
): (T & { number: number })[] {
  const order = [...blips].sort(
    (a, b) => a.sector - b.sector || a.ring - b.ring || a.name.localeCompare(b.name, lang) || a.id.localeCompare(b.id),
  );
  const numbers = new Map(order.map((b, i) => [b.id, i + 1]));
  return blips.map((b) => ({ ...b, number: numbers.get(b.id)! }));
}
