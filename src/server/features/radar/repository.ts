import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database, RadarEditionsTable, RadarPlacementsTable, RadarRadarsTable, RadarTechnologiesTable } from '../../db/schema.js';
import { insertAuditEvent, type AuditRow } from '../audit/repository.js';

export type TechnologyRow = RadarTechnologiesTable;
export type EditionRow = RadarEditionsTable;
export type PlacementRow = RadarPlacementsTable;
export type StoredRadarRow = RadarRadarsTable;

/** One answer to write: a respondent's spread and relevance for a technology in an area. */
export interface AnswerWrite {
  technologyId: string;
  areaId: string;
  spread: string | null;
  relevance: number | null;
}

/**
 * Per cell (technology × area, or technology alone for the joint radar) and spread rank: how many
 * organisations gave that rank as their most advanced answer, and the relevance answers of their
 * respondents (sum and count, "don't know" left out).
 */
export interface CellAggregate {
  technology_id: string;
  area_id: string | null;
  /** The rank of the most advanced spread answer an organisation gave; 0 when it gave relevance only. */
  rank: number;
  organisations: number;
  relevanceTotal: number;
  relevanceAnswers: number;
}

/**
 * SQL for the rank of a spread answer: the options ordered by their points, "don't know" (no
 * points) lowest. An organisation's spread in a cell is its most advanced answer, so the
 * aggregate takes the largest rank per organisation.
 */
function rankCase(ranks: ReadonlyMap<string, number>) {
  const whens = [...ranks].map(([option, rank]) => sql`when ${option} then ${rank}`);
  return sql<number>`case spread ${sql.join(whens, sql` `)} else 0 end`;
}

export class RadarRepository {
  constructor(private readonly db: Kysely<Database>) {}

  transaction<T>(work: (trx: Transaction<Database>) => Promise<T>): Promise<T> {
    return this.db.transaction().execute(work);
  }

  // ------------------------------------------------------------ technologies

  catalogueTechnologies(includeArchived = false): Promise<TechnologyRow[]> {
    let q = this.db.selectFrom('radar_technologies').selectAll().where('org_id', 'is', null);
    if (!includeArchived) q = q.where('archived', '=', 0);
    return q.orderBy('created_at').orderBy('id').execute();
  }

  ownTechnologies(orgId: string): Promise<TechnologyRow[]> {
    return this.db.selectFrom('radar_technologies').selectAll().where('org_id', '=', orgId).orderBy('created_at').orderBy('id').execute();
  }

  technology(id: string): Promise<TechnologyRow | undefined> {
    return this.db.selectFrom('radar_technologies').selectAll().where('id', '=', id).executeTakeFirst();
  }

  technologiesByIds(ids: readonly string[]): Promise<TechnologyRow[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.db.selectFrom('radar_technologies').selectAll().where('id', 'in', ids).execute();
  }

  /** Whether another technology of the same owner (the catalogue, or one organisation) has this Danish or English name. */
  async nameTaken(orgId: string | null, name: { da: string; en: string }, exceptId?: string): Promise<boolean> {
    let q = this.db
      .selectFrom('radar_technologies')
      .select('id')
      .where((eb) =>
        eb.or([eb(sql<string>`lower(name_da)`, '=', name.da.toLowerCase()), eb(sql<string>`lower(name_en)`, '=', name.en.toLowerCase())]),
      );
    q = orgId === null ? q.where('org_id', 'is', null) : q.where('org_id', '=', orgId);
    if (exceptId) q = q.where('id', '!=', exceptId);
    return (await q.executeTakeFirst()) !== undefined;
  }

  async insertTechnology(row: TechnologyRow, audit: AuditRow | null): Promise<void> {
    await this.transaction(async (trx) => {
      await trx.insertInto('radar_technologies').values(row).execute();
      if (audit) await insertAuditEvent(trx, audit);
    });
  }

  /** A catalogue technology from the content file; a second process seeding at the same time changes nothing. */
  async insertCatalogueSeed(row: TechnologyRow): Promise<void> {
    await this.db
      .insertInto('radar_technologies')
      .values(row)
      .onConflict((oc) => oc.column('catalogue_key').doNothing())
      .execute();
  }

  async updateTechnology(id: string, changes: Partial<TechnologyRow>, audit: AuditRow | null): Promise<void> {
    await this.transaction(async (trx) => {
      await trx.updateTable('radar_technologies').set(changes).where('id', '=', id).execute();
      if (audit) await insertAuditEvent(trx, audit);
    });
  }

  // ------------------------------------------------------------ editions

  /** Editions the organisation coordinates or takes part in, newest first. */
  listEditions(orgId: string): Promise<(EditionRow & { participating: number })[]> {
    return this.db
      .selectFrom('radar_editions as e')
      .leftJoin('radar_participants as p', (j) => j.onRef('p.edition_id', '=', 'e.id').on('p.org_id', '=', orgId))
      .selectAll('e')
      .select(sql<number>`case when p.org_id is null then 0 else 1 end`.as('participating'))
      .where((eb) => eb.or([eb('e.org_id', '=', orgId), eb('p.org_id', '=', orgId)]))
      .orderBy('e.created_at', 'desc')
      .orderBy('e.id', 'desc')
      .execute();
  }

  edition(id: string): Promise<EditionRow | undefined> {
    return this.db.selectFrom('radar_editions').selectAll().where('id', '=', id).executeTakeFirst();
  }

  async isParticipant(editionId: string, orgId: string): Promise<boolean> {
    const row = await this.db
      .selectFrom('radar_participants')
      .select('org_id')
      .where('edition_id', '=', editionId)
      .where('org_id', '=', orgId)
      .executeTakeFirst();
    return row !== undefined;
  }

  latestClosedEdition(orgId: string): Promise<EditionRow | undefined> {
    return this.db
      .selectFrom('radar_editions')
      .selectAll()
      .where('org_id', '=', orgId)
      .where('status', '=', 'closed')
      .orderBy('closed_at', 'desc')
      .orderBy('id', 'desc')
      .executeTakeFirst();
  }

  editionTechnologies(editionId: string): Promise<(TechnologyRow & { edition_sector: string; position: number })[]> {
    return this.db
      .selectFrom('radar_edition_technologies as et')
      .innerJoin('radar_technologies as t', 't.id', 'et.technology_id')
      .selectAll('t')
      .select(['et.sector as edition_sector', 'et.position'])
      .where('et.edition_id', '=', editionId)
      .orderBy('et.position')
      .execute();
  }

  async counts(editionId: string): Promise<{ technologies: number; participants: number; raters: number }> {
    const [t, p, r] = await Promise.all([
      this.db
        .selectFrom('radar_edition_technologies')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('edition_id', '=', editionId)
        .executeTakeFirstOrThrow(),
      this.db
        .selectFrom('radar_participants')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('edition_id', '=', editionId)
        .executeTakeFirstOrThrow(),
      this.db
        .selectFrom('radar_maturity')
        .select(sql<number>`count(distinct user_id)`.as('n'))
        .where('edition_id', '=', editionId)
        .executeTakeFirstOrThrow(),
    ]);
    return { technologies: Number(t.n), participants: Number(p.n), raters: Number(r.n) };
  }

  participants(editionId: string): Promise<{ id: string; name: string; respondents: number }[]> {
    return this.db
      .selectFrom('radar_participants as p')
      .innerJoin('organisations as o', 'o.id', 'p.org_id')
      .leftJoin('radar_responses as r', (j) => j.onRef('r.edition_id', '=', 'p.edition_id').onRef('r.org_id', '=', 'p.org_id'))
      .select(['o.id', 'o.name'])
      .select(sql<number>`count(r.id)`.as('respondents'))
      .where('p.edition_id', '=', editionId)
      .groupBy(['o.id', 'o.name'])
      .orderBy('o.name')
      .execute();
  }

  async insertEdition(
    row: EditionRow,
    technologies: { technology_id: string; position: number; sector: string }[],
    audit: AuditRow,
  ): Promise<void> {
    await this.transaction(async (trx) => {
      await trx.insertInto('radar_editions').values(row).execute();
      if (technologies.length) {
        await trx
          .insertInto('radar_edition_technologies')
          .values(technologies.map((t) => ({ ...t, edition_id: row.id })))
          .execute();
      }
      await insertAuditEvent(trx, audit);
    });
  }

  /** Changes an edition; with `onlyIfDraft` nothing is written (false returned) once it has been opened. */
  async updateEdition(
    id: string,
    changes: Partial<EditionRow>,
    technologies: { technology_id: string; position: number; sector: string }[] | null,
    audit: AuditRow,
    onlyIfDraft: boolean,
  ): Promise<boolean> {
    return this.transaction(async (trx) => {
      if (onlyIfDraft) {
        // A write that changes nothing but takes the row's lock (PostgreSQL), so opening cannot slip in between.
        const draft = await trx
          .updateTable('radar_editions')
          .set({ status: 'draft' })
          .where('id', '=', id)
          .where('status', '=', 'draft')
          .executeTakeFirst();
        if (Number(draft.numUpdatedRows) === 0) return false;
      }
      if (Object.keys(changes).length) await trx.updateTable('radar_editions').set(changes).where('id', '=', id).execute();
      if (technologies) {
        await trx.deleteFrom('radar_edition_technologies').where('edition_id', '=', id).execute();
        if (technologies.length) {
          await trx
            .insertInto('radar_edition_technologies')
            .values(technologies.map((t) => ({ ...t, edition_id: id })))
            .execute();
        }
      }
      await insertAuditEvent(trx, audit);
      return true;
    });
  }

  async deleteDraftEdition(id: string, audit: AuditRow): Promise<boolean> {
    return this.transaction(async (trx) => {
      const result = await trx.deleteFrom('radar_editions').where('id', '=', id).where('status', '=', 'draft').executeTakeFirst();
      if (Number(result.numDeletedRows) === 0) return false;
      await insertAuditEvent(trx, audit);
      return true;
    });
  }

  existingOrganisations(ids: readonly string[]): Promise<{ id: string }[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.db.selectFrom('organisations').select('id').where('id', 'in', ids).execute();
  }

  directoryEntry(orgId: string): Promise<{ id: string; name: string } | undefined> {
    return this.db.selectFrom('organisations').select(['id', 'name']).where('id', '=', orgId).executeTakeFirst();
  }

  directory(): Promise<{ id: string; name: string; type: string }[]> {
    return this.db.selectFrom('organisations').select(['id', 'name', 'type']).orderBy('name').orderBy('id').execute();
  }

  /** Organisations among `orgIds` whose respondents have answered the edition. */
  async answeredOrganisations(editionId: string): Promise<Set<string>> {
    const rows = await this.db.selectFrom('radar_responses').select('org_id').distinct().where('edition_id', '=', editionId).execute();
    return new Set(rows.map((r) => r.org_id));
  }

  async setParticipants(editionId: string, add: string[], remove: string[], now: string, audit: AuditRow): Promise<void> {
    await this.transaction(async (trx) => {
      if (remove.length)
        await trx.deleteFrom('radar_participants').where('edition_id', '=', editionId).where('org_id', 'in', remove).execute();
      if (add.length) {
        await trx
          .insertInto('radar_participants')
          .values(add.map((org_id) => ({ edition_id: editionId, org_id, invited_at: now })))
          .execute();
      }
      await insertAuditEvent(trx, audit);
    });
  }

  // ------------------------------------------------------------ answers

  response(editionId: string, orgId: string, userId: string) {
    return this.db
      .selectFrom('radar_responses')
      .selectAll()
      .where('edition_id', '=', editionId)
      .where('org_id', '=', orgId)
      .where('user_id', '=', userId)
      .executeTakeFirst();
  }

  answers(responseId: string) {
    return this.db
      .selectFrom('radar_answers')
      .select(['technology_id', 'area_id', 'spread', 'relevance'])
      .where('response_id', '=', responseId)
      .orderBy('technology_id')
      .orderBy('area_id')
      .execute();
  }

  /**
   * Writes a respondent's answers in one transaction: the response row (created on the first
   * save), then each answer replacing the earlier one for the same technology and area. The
   * edition must still be open when the transaction runs; otherwise nothing is written.
   */
  async saveAnswers(
    input: { editionId: string; orgId: string; userId: string; areas: string[] | undefined; newId: string; now: string },
    answers: AnswerWrite[],
  ): Promise<string | null> {
    return this.transaction(async (trx) => {
      const open = await trx
        .selectFrom('radar_editions')
        .select('id')
        .where('id', '=', input.editionId)
        .where('status', '=', 'open')
        .executeTakeFirst();
      if (!open) return null;
      const existing = await trx
        .selectFrom('radar_responses')
        .select('id')
        .where('edition_id', '=', input.editionId)
        .where('org_id', '=', input.orgId)
        .where('user_id', '=', input.userId)
        .executeTakeFirst();
      const responseId = existing?.id ?? input.newId;
      if (existing) {
        await trx
          .updateTable('radar_responses')
          .set({ updated_at: input.now, ...(input.areas ? { areas: JSON.stringify(input.areas) } : {}) })
          .where('id', '=', responseId)
          .execute();
      } else {
        await trx
          .insertInto('radar_responses')
          .values({
            id: responseId,
            edition_id: input.editionId,
            org_id: input.orgId,
            user_id: input.userId,
            areas: JSON.stringify(input.areas ?? []),
            created_at: input.now,
            updated_at: input.now,
          })
          .execute();
      }
      for (const a of answers) {
        await trx
          .insertInto('radar_answers')
          .values({
            response_id: responseId,
            edition_id: input.editionId,
            org_id: input.orgId,
            technology_id: a.technologyId,
            area_id: a.areaId,
            spread: a.spread,
            relevance: a.relevance,
            updated_at: input.now,
          })
          .onConflict((oc) =>
            oc
              .columns(['response_id', 'technology_id', 'area_id'])
              .doUpdateSet({ spread: a.spread, relevance: a.relevance, updated_at: input.now }),
          )
          .execute();
      }
      return responseId;
    });
  }

  maturity(editionId: string, userId: string) {
    return this.db
      .selectFrom('radar_maturity')
      .select(['technology_id', 'level', 'note'])
      .where('edition_id', '=', editionId)
      .where('user_id', '=', userId)
      .orderBy('technology_id')
      .execute();
  }

  async saveMaturity(
    editionId: string,
    userId: string,
    ratings: { technologyId: string; level: number | null; note: string }[],
    now: string,
  ): Promise<boolean> {
    return this.transaction(async (trx) => {
      const open = await trx
        .selectFrom('radar_editions')
        .select('id')
        .where('id', '=', editionId)
        .where('status', '=', 'open')
        .executeTakeFirst();
      if (!open) return false;
      for (const r of ratings) {
        await trx
          .insertInto('radar_maturity')
          .values({ edition_id: editionId, technology_id: r.technologyId, user_id: userId, level: r.level, note: r.note, updated_at: now })
          .onConflict((oc) =>
            oc.columns(['edition_id', 'technology_id', 'user_id']).doUpdateSet({ level: r.level, note: r.note, updated_at: now }),
          )
          .execute();
      }
      return true;
    });
  }

  // ------------------------------------------------------------ aggregation

  /** Mean maturity level per technology over the experts who gave a level ("don't know" left out). */
  async maturityMeans(editionId: string): Promise<Map<string, number>> {
    const rows = await this.db
      .selectFrom('radar_maturity')
      .select(['technology_id', sql<number>`avg(level)`.as('mean')])
      .where('edition_id', '=', editionId)
      .where('level', 'is not', null)
      .groupBy('technology_id')
      .execute();
    return new Map(rows.map((r) => [r.technology_id, Number(r.mean)]));
  }

  /**
   * One pass over an edition's answers (served from the covering index): per organisation and
   * cell its most advanced spread and its respondents' relevance, then per cell and rank the
   * organisations and the relevance. Per technology and area (`byArea`), or per technology over
   * all areas; `orgId` limits it to one organisation, `areaId` to one area.
   */
  async cellAggregates(
    editionId: string,
    ranks: ReadonlyMap<string, number>,
    byArea: boolean,
    orgId?: string,
    areaId?: string,
  ): Promise<CellAggregate[]> {
    const rank = rankCase(ranks);
    // Relevance 0 is "don't know": kept as an answer, left out of the mean.
    let inner = this.db
      .selectFrom('radar_answers')
      .select([
        'technology_id',
        'org_id',
        sql<number>`max(${rank})`.as('rank'),
        sql<number>`sum(case when relevance > 0 then relevance else 0 end)`.as('relevance_total'),
        sql<number>`sum(case when relevance > 0 then 1 else 0 end)`.as('relevance_answers'),
      ])
      .where('edition_id', '=', editionId);
    if (orgId) inner = inner.where('org_id', '=', orgId);
    if (areaId) inner = inner.where('area_id', '=', areaId);
    const perOrg = byArea
      ? inner.select('area_id').groupBy(['technology_id', 'area_id', 'org_id'])
      : inner.select(sql<string | null>`null`.as('area_id')).groupBy(['technology_id', 'org_id']);
    const rows = await this.db
      .selectFrom(perOrg.as('o'))
      .select([
        'o.technology_id',
        'o.area_id',
        'o.rank',
        sql<number>`count(*)`.as('organisations'),
        sql<number>`sum(o.relevance_total)`.as('relevance_total'),
        sql<number>`sum(o.relevance_answers)`.as('relevance_answers'),
      ])
      .groupBy(['o.technology_id', 'o.area_id', 'o.rank'])
      .execute();
    return rows.map((r) => ({
      technology_id: r.technology_id,
      area_id: r.area_id,
      rank: Number(r.rank),
      organisations: Number(r.organisations),
      relevanceTotal: Number(r.relevance_total),
      relevanceAnswers: Number(r.relevance_answers),
    }));
  }

  // ------------------------------------------------------------ own radar

  placements(orgId: string, editionId: string): Promise<PlacementRow[]> {
    return this.db
      .selectFrom('radar_placements')
      .selectAll()
      .where('org_id', '=', orgId)
      .where('edition_id', '=', editionId)
      .orderBy('technology_id')
      .execute();
  }

  async savePlacement(row: PlacementRow): Promise<void> {
    await this.db
      .insertInto('radar_placements')
      .values(row)
      .onConflict((oc) =>
        oc.columns(['org_id', 'edition_id', 'technology_id']).doUpdateSet({
          ring: row.ring,
          meaning: row.meaning,
          competences: row.competences,
          next_step: row.next_step,
          updated_by: row.updated_by,
          updated_at: row.updated_at,
        }),
      )
      .execute();
  }

  async deletePlacement(orgId: string, editionId: string, technologyId: string): Promise<boolean> {
    const result = await this.db
      .deleteFrom('radar_placements')
      .where('org_id', '=', orgId)
      .where('edition_id', '=', editionId)
      .where('technology_id', '=', technologyId)
      .executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  }

  // ------------------------------------------------------------ stored radars

  storedRadars(orgId: string): Promise<StoredRadarRow[]> {
    return this.db
      .selectFrom('radar_radars')
      .selectAll()
      .where('org_id', '=', orgId)
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .execute();
  }

  storedRadar(orgId: string, id: string): Promise<StoredRadarRow | undefined> {
    return this.db.selectFrom('radar_radars').selectAll().where('org_id', '=', orgId).where('id', '=', id).executeTakeFirst();
  }

  storedRadarById(id: string): Promise<StoredRadarRow | undefined> {
    return this.db.selectFrom('radar_radars').selectAll().where('id', '=', id).executeTakeFirst();
  }

  async insertStoredRadar(row: StoredRadarRow, audit: AuditRow): Promise<void> {
    await this.transaction(async (trx) => {
      await trx.insertInto('radar_radars').values(row).execute();
      await insertAuditEvent(trx, audit);
    });
  }

  async deleteStoredRadar(orgId: string, id: string, audit: AuditRow): Promise<boolean> {
    return this.transaction(async (trx) => {
      const result = await trx.deleteFrom('radar_radars').where('org_id', '=', orgId).where('id', '=', id).executeTakeFirst();
      if (Number(result.numDeletedRows) === 0) return false;
      await insertAuditEvent(trx, audit);
      return true;
    });
  }

  async audit(row: AuditRow): Promise<void> {
    await insertAuditEvent(this.db, row);
  }
}
