import { sql, type Kysely, type Updateable } from 'kysely';
import type { AnswerValue } from '../../../domain/assessments/scoring.js';
import type { DialectName } from '../../db/database.js';
import type { Database, OrganisationsTable, ResponsesTable, RoundActionsTable, RoundsTable } from '../../db/schema.js';
import { insertAuditEvent, type AuditRow } from '../audit/repository.js';

export type RoundRow = RoundsTable;
export type ResponseRow = ResponsesTable;
export type ActionRow = RoundActionsTable;

export interface SubmittedResponse {
  responseId: string;
  unitId: string | null;
  answers: Record<string, AnswerValue>;
}

export interface StoredResponse {
  response: ResponseRow;
  answers: Record<string, string>;
  comments: Record<string, string>;
}

export interface AnswerChanges {
  /** Item id → JSON text of the answer, or null to remove it. */
  answers: Record<string, string | null>;
  /** Dimension id → comment, or null to remove it. */
  comments: Record<string, string | null>;
  /** undefined keeps the unit. */
  unitId?: string | null;
}

export class AssessmentsRepository {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly dialect: DialectName,
  ) {}

  async getInstrumentContent(id: string, version: number): Promise<string | undefined> {
    const row = await this.db
      .selectFrom('instrument_versions')
      .select('content')
      .where('instrument_id', '=', id)
      .where('version', '=', version)
      .executeTakeFirst();
    return row?.content;
  }

  async insertRound(row: RoundRow, audit: AuditRow): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      await trx.insertInto('rounds').values(row).execute();
      await insertAuditEvent(trx, audit);
    });
  }

  listRounds(orgId: string): Promise<RoundRow[]> {
    return this.db.selectFrom('rounds').selectAll().where('org_id', '=', orgId).orderBy('id', 'desc').execute();
  }

  getRound(orgId: string, roundId: string): Promise<RoundRow | undefined> {
    return this.db.selectFrom('rounds').selectAll().where('org_id', '=', orgId).where('id', '=', roundId).executeTakeFirst();
  }

  async updateRound(orgId: string, roundId: string, patch: Updateable<RoundsTable>, audit: AuditRow): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      await trx.updateTable('rounds').set(patch).where('org_id', '=', orgId).where('id', '=', roundId).execute();
      await insertAuditEvent(trx, audit);
    });
  }

  /** Moves a finished round back in time (demo data that shows a trend over a year). */
  async backdateRound(roundId: string, createdAt: string, closedAt: string): Promise<void> {
    await this.db.updateTable('rounds').set({ created_at: createdAt, closed_at: closedAt }).where('id', '=', roundId).execute();
  }

  /** Submitted responses per round. */
  async countSubmitted(roundIds: string[]): Promise<Map<string, number>> {
    if (roundIds.length === 0) return new Map();
    const rows = await this.db
      .selectFrom('responses')
      .select(['round_id', (eb) => eb.fn.countAll<number>().as('n')])
      .where('round_id', 'in', roundIds)
      .where('submitted_at', 'is not', null)
      .groupBy('round_id')
      .execute();
    return new Map(rows.map((r) => [r.round_id, Number(r.n)]));
  }

  /** The caller's responses among the given respondent keys (one key per round). */
  async responsesByKeys(keys: string[]): Promise<ResponseRow[]> {
    if (keys.length === 0) return [];
    return this.db.selectFrom('responses').selectAll().where('respondent_key', 'in', keys).execute();
  }

  async getResponse(roundId: string, respondentKey: string): Promise<StoredResponse | undefined> {
    const response = await this.db
      .selectFrom('responses')
      .selectAll()
      .where('round_id', '=', roundId)
      .where('respondent_key', '=', respondentKey)
      .executeTakeFirst();
    if (!response) return undefined;
    const [answers, comments] = await Promise.all([
      this.db.selectFrom('answers').select(['item_id', 'value']).where('response_id', '=', response.id).execute(),
      this.db.selectFrom('response_comments').select(['dimension_id', 'text']).where('response_id', '=', response.id).execute(),
    ]);
    return {
      response,
      answers: Object.fromEntries(answers.map((a) => [a.item_id, a.value])),
      comments: Object.fromEntries(comments.map((c) => [c.dimension_id, c.text])),
    };
  }

  /**
   * Saves answers and comments, creating the response on the first save, in one transaction;
   * the round must still be open when the transaction runs.
   */
  async saveAnswers(input: {
    round: RoundRow;
    respondentKey: string;
    userId: string | null;
    newResponseId: string;
    changes: AnswerChanges;
    now: string;
  }): Promise<'saved' | 'closed'> {
    const { round, changes, now } = input;
    return this.db.transaction().execute(async (trx) => {
      const current = await trx.selectFrom('rounds').select(['status']).where('id', '=', round.id).executeTakeFirst();
      if (!current || current.status !== 'open') return 'closed';
      let response = await trx
        .selectFrom('responses')
        .selectAll()
        .where('round_id', '=', round.id)
        .where('respondent_key', '=', input.respondentKey)
        .executeTakeFirst();
      if (!response) {
        response = {
          id: input.newResponseId,
          round_id: round.id,
          respondent_key: input.respondentKey,
          user_id: input.userId,
          unit_id: round.unit_id ?? changes.unitId ?? null,
          submitted_at: null,
          created_at: now,
          updated_at: now,
        };
        await trx.insertInto('responses').values(response).execute();
      } else {
        await trx
          .updateTable('responses')
          .set({ updated_at: now, ...(changes.unitId !== undefined && !round.unit_id ? { unit_id: changes.unitId } : {}) })
          .where('id', '=', response.id)
          .execute();
      }
      const responseId = response.id;
      for (const [itemId, value] of Object.entries(changes.answers)) {
        await trx.deleteFrom('answers').where('response_id', '=', responseId).where('item_id', '=', itemId).execute();
        if (value !== null)
          await trx.insertInto('answers').values({ response_id: responseId, item_id: itemId, value, updated_at: now }).execute();
      }
      for (const [dimensionId, text] of Object.entries(changes.comments)) {
        await trx.deleteFrom('response_comments').where('response_id', '=', responseId).where('dimension_id', '=', dimensionId).execute();
        if (text)
          await trx
            .insertInto('response_comments')
            .values({ response_id: responseId, dimension_id: dimensionId, text, updated_at: now })
            .execute();
      }
      return 'saved';
    });
  }

  async markSubmitted(responseId: string, now: string): Promise<void> {
    await this.db.updateTable('responses').set({ submitted_at: now, updated_at: now }).where('id', '=', responseId).execute();
  }

  /** Every submitted response of a round with its answers (JSON text per item). */
  async submittedAnswers(roundId: string): Promise<SubmittedResponse[]> {
    return (await this.submittedAnswersOf([roundId])).get(roundId) ?? [];
  }

  /**
   * Submitted responses with their answers for several rounds at once. The database folds each
   * response's answers into one JSON object, so a round of 200 people is 200 rows, not 8,000.
   */
  async submittedAnswersOf(roundIds: string[]): Promise<Map<string, SubmittedResponse[]>> {
    const out = new Map<string, SubmittedResponse[]>(roundIds.map((id) => [id, []]));
    if (roundIds.length === 0) return out;
    const folded =
      this.dialect === 'postgresql'
        ? sql<string>`coalesce(json_object_agg(a.item_id, a.value::json) filter (where a.item_id is not null), '{}'::json)::text`
        : sql<string>`coalesce(json_group_object(a.item_id, json(a.value)) filter (where a.item_id is not null), '{}')`;
    const rows = await this.db
      .selectFrom('responses as r')
      .leftJoin('answers as a', 'a.response_id', 'r.id')
      .select(['r.id', 'r.round_id', 'r.unit_id', folded.as('answers')])
      .where('r.round_id', 'in', roundIds)
      .where('r.submitted_at', 'is not', null)
      .groupBy(['r.id', 'r.round_id', 'r.unit_id'])
      .orderBy('r.id')
      .execute();
    for (const r of rows) {
      out.get(r.round_id)!.push({ responseId: r.id, unitId: r.unit_id, answers: JSON.parse(r.answers) as Record<string, AnswerValue> });
    }
    return out;
  }

  /** Submitted responses with answers and comments, keyed by their (opaque) respondent key, for the raw-answer export. */
  async submittedWithComments(
    roundId: string,
  ): Promise<(SubmittedResponse & { respondentKey: string; comments: Record<string, string> })[]> {
    const submitted = await this.submittedAnswers(roundId);
    if (submitted.length === 0) return [];
    const ids = submitted.map((r) => r.responseId);
    const keys = await this.db.selectFrom('responses').select(['id', 'respondent_key']).where('id', 'in', ids).execute();
    const comments = await this.db
      .selectFrom('response_comments')
      .select(['response_id', 'dimension_id', 'text'])
      .where('response_id', 'in', ids)
      .execute();
    const keyOf = new Map(keys.map((k) => [k.id, k.respondent_key]));
    return submitted.map((r) => ({
      ...r,
      respondentKey: keyOf.get(r.responseId)!,
      comments: Object.fromEntries(comments.filter((c) => c.response_id === r.responseId).map((c) => [c.dimension_id, c.text])),
    }));
  }

  async recordAudit(row: AuditRow): Promise<void> {
    await insertAuditEvent(this.db, row);
  }

  /** Rounds of one instrument in an organisation, oldest first. */
  listRoundsOfInstrument(orgId: string, instrumentId: string): Promise<RoundRow[]> {
    return this.db
      .selectFrom('rounds')
      .selectAll()
      .where('org_id', '=', orgId)
      .where('instrument_id', '=', instrumentId)
      .orderBy('id')
      .execute();
  }

  /**
   * The newest finished round of an instrument in each other organisation that takes part in
   * benchmarking with the same type and size band.
   */
  async peerRounds(
    instrumentId: string,
    orgType: OrganisationsTable['type'],
    sizeBand: string,
    excludeOrgId: string,
    now: string,
  ): Promise<RoundRow[]> {
    const rows = await this.db
      .selectFrom('rounds as r')
      .innerJoin('organisations as o', 'o.id', 'r.org_id')
      .selectAll('r')
      .where('r.instrument_id', '=', instrumentId)
      .where('o.benchmark_opt_in', '=', 1)
      .where('o.type', '=', orgType)
      .where('o.size_band', '=', sizeBand)
      .where('o.id', '!=', excludeOrgId)
      .where((eb) => eb.or([eb('r.status', '=', 'closed'), eb('r.deadline', '<=', now)]))
      .orderBy('r.org_id')
      .orderBy('r.id', 'desc')
      .execute();
    const newest = new Map<string, RoundRow>();
    for (const r of rows) if (!newest.has(r.org_id)) newest.set(r.org_id, r);
    return [...newest.values()];
  }

  // Conclusions and actions

  listConclusions(roundId: string) {
    return this.db.selectFrom('round_conclusions').selectAll().where('round_id', '=', roundId).orderBy('question_id').execute();
  }

  async saveConclusion(roundId: string, questionId: string, text: string, userId: string, now: string): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      await trx.deleteFrom('round_conclusions').where('round_id', '=', roundId).where('question_id', '=', questionId).execute();
      if (text)
        await trx
          .insertInto('round_conclusions')
          .values({ round_id: roundId, question_id: questionId, text, updated_by: userId, updated_at: now })
          .execute();
    });
  }

  listActions(roundId: string): Promise<ActionRow[]> {
    return this.db.selectFrom('round_actions').selectAll().where('round_id', '=', roundId).orderBy('id').execute();
  }

  getAction(roundId: string, actionId: string): Promise<ActionRow | undefined> {
    return this.db.selectFrom('round_actions').selectAll().where('round_id', '=', roundId).where('id', '=', actionId).executeTakeFirst();
  }

  async insertAction(row: ActionRow): Promise<void> {
    await this.db.insertInto('round_actions').values(row).execute();
  }

  async updateAction(roundId: string, actionId: string, patch: Updateable<RoundActionsTable>): Promise<void> {
    await this.db.updateTable('round_actions').set(patch).where('round_id', '=', roundId).where('id', '=', actionId).execute();
  }

  async deleteAction(roundId: string, actionId: string): Promise<boolean> {
    const r = await this.db.deleteFrom('round_actions').where('round_id', '=', roundId).where('id', '=', actionId).executeTakeFirst();
    return Number(r.numDeletedRows) > 0;
  }
}
