import type { Kysely, Transaction } from 'kysely';
import type { TOrgExport } from '../../../contracts/transfer.js';
import type { Database } from '../../db/schema.js';
import { insertAuditEvent, type AuditRow } from '../audit/repository.js';

type Rows = Omit<TOrgExport, 'format' | 'version' | 'exportedAt' | 'includesCredentials'>;

export class TransferRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** Reads every row of one organisation in one transaction, so the snapshot is consistent. */
  async readOrganisation(orgId: string): Promise<Rows | undefined> {
    return this.db.transaction().execute(async (trx) => {
      const organisation = await trx.selectFrom('organisations').selectAll().where('id', '=', orgId).executeTakeFirst();
      if (!organisation) return undefined;
      const memberships = await trx.selectFrom('memberships').selectAll().where('org_id', '=', orgId).orderBy('user_id').execute();
      const userIds = memberships.map((m) => m.user_id);
      const users = userIds.length
        ? await trx
            .selectFrom('users')
            .select(['id', 'email', 'name', 'password_hash', 'locale', 'must_change_password', 'last_org_id', 'created_at', 'updated_at'])
            .where('id', 'in', userIds)
            .orderBy('id')
            .execute()
        : [];
      const units = await trx.selectFrom('units').selectAll().where('org_id', '=', orgId).orderBy('id').execute();
      const invites = await trx.selectFrom('invites').selectAll().where('org_id', '=', orgId).orderBy('id').execute();
      const auditEvents = await trx.selectFrom('audit_events').selectAll().where('org_id', '=', orgId).orderBy('id').execute();
      const rounds = await trx.selectFrom('rounds').selectAll().where('org_id', '=', orgId).orderBy('id').execute();
      const roundIds = rounds.map((r) => r.id);
      // A list that matches no id, so "in" never gets an empty list.
      const anyRound = roundIds.length ? roundIds : [''];
      const responses = await trx.selectFrom('responses').selectAll().where('round_id', 'in', anyRound).orderBy('id').execute();
      const responseIds = responses.map((r) => r.id);
      const answers = responseIds.length
        ? await trx
            .selectFrom('answers')
            .selectAll()
            .where('response_id', 'in', responseIds)
            .orderBy('response_id')
            .orderBy('item_id')
            .execute()
        : [];
      const responseComments = responseIds.length
        ? await trx
            .selectFrom('response_comments')
            .selectAll()
            .where('response_id', 'in', responseIds)
            .orderBy('response_id')
            .orderBy('dimension_id')
            .execute()
        : [];
      const roundConclusions = await trx
        .selectFrom('round_conclusions')
        .selectAll()
        .where('round_id', 'in', anyRound)
        .orderBy('round_id')
        .orderBy('question_id')
        .execute();
      const roundActions = await trx.selectFrom('round_actions').selectAll().where('round_id', 'in', anyRound).orderBy('id').execute();
      const workshop = await readWorkshops(trx, orgId);
      const versionKeys = [...new Set([...rounds, ...workshop.workshops].map((r) => `${r.instrument_id}@${r.instrument_version}`))];
      const instrumentVersions = (
        await Promise.all(
          versionKeys.map((key) => {
            const [instrumentId, version] = key.split('@') as [string, string];
            return trx
              .selectFrom('instrument_versions')
              .select(['instrument_id', 'version', 'content', 'content_hash'])
              .where('instrument_id', '=', instrumentId)
              .where('version', '=', Number(version))
              .executeTakeFirstOrThrow();
          }),
        )
      ).sort((a, b) => `${a.instrument_id}@${a.version}`.localeCompare(`${b.instrument_id}@${b.version}`));
      return {
        organisation,
        units,
        users: users.map((u) => ({ ...u, must_change_password: u.must_change_password === 1 ? (1 as const) : (0 as const) })),
        memberships,
        invites,
        auditEvents: auditEvents.map((e) => ({ ...e, org_id: orgId })),
        instrumentVersions,
        rounds,
        responses,
        answers,
        responseComments,
        roundConclusions,
        roundActions,
        ...workshop,
      };
    });
  }

  /** Stored content hashes of instrument versions, to check an import against. */
  async instrumentHashes(keys: { instrument_id: string; version: number }[]): Promise<Map<string, string>> {
    const out = new Map<string, string>();
    for (const k of keys) {
      const row = await this.db
        .selectFrom('instrument_versions')
        .select('content_hash')
        .where('instrument_id', '=', k.instrument_id)
        .where('version', '=', k.version)
        .executeTakeFirst();
      if (row) out.set(`${k.instrument_id}@${k.version}`, row.content_hash);
    }
    return out;
  }

  /** The join codes of the list that a workshop in this database has already (a join code is unique). */
  async takenJoinCodes(codes: string[]): Promise<string[]> {
    if (codes.length === 0) return [];
    const rows = await this.db.selectFrom('workshops').select('join_code').where('join_code', 'in', codes).execute();
    return rows.flatMap((r) => (r.join_code === null ? [] : [r.join_code]));
  }

  async orgExists(orgId: string): Promise<boolean> {
    return (await this.db.selectFrom('organisations').select('id').where('id', '=', orgId).executeTakeFirst()) !== undefined;
  }

  findUsers(ids: string[], emails: string[]) {
    if (ids.length === 0) return Promise.resolve([]);
    return this.db
      .selectFrom('users')
      .select(['id', 'email'])
      .where((eb) => eb.or([eb('id', 'in', ids), eb('email', 'in', emails)]))
      .execute();
  }

  /** Writes the whole organisation in one transaction: all of it, or nothing. */
  async writeOrganisation(rows: Rows, newUsers: Rows['users'], audit: AuditRow): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      await trx.insertInto('organisations').values(rows.organisation).execute();
      for (const u of newUsers) {
        await trx
          .insertInto('users')
          .values({ ...u, is_platform_admin: 0 })
          .execute();
      }
      for (const unit of rows.units) await trx.insertInto('units').values(unit).execute();
      for (const m of rows.memberships) await trx.insertInto('memberships').values(m).execute();
      for (const i of rows.invites) await trx.insertInto('invites').values(i).execute();
      for (const e of rows.auditEvents) await trx.insertInto('audit_events').values(e).execute();
      for (const v of rows.instrumentVersions) {
        await trx
          .insertInto('instrument_versions')
          .values({ ...v, created_at: new Date().toISOString() })
          .onConflict((oc) => oc.doNothing())
          .execute();
      }
      for (const r of rows.rounds) await trx.insertInto('rounds').values(r).execute();
      for (const r of rows.responses) await trx.insertInto('responses').values(r).execute();
      for (const a of rows.answers) await trx.insertInto('answers').values(a).execute();
      for (const c of rows.responseComments) await trx.insertInto('response_comments').values(c).execute();
      for (const c of rows.roundConclusions) await trx.insertInto('round_conclusions').values(c).execute();
      for (const a of rows.roundActions) await trx.insertInto('round_actions').values(a).execute();
      // A live workshop can hold thousands of participants and their answers: written in batches.
      await insertBatched(rows.workshops, (b) => trx.insertInto('workshops').values(b));
      await insertBatched(rows.workshopSteps, (b) => trx.insertInto('workshop_steps').values(b));
      await insertBatched(rows.workshopParticipants, (b) => trx.insertInto('workshop_participants').values(b));
      await insertBatched(rows.workshopAnswers, (b) => trx.insertInto('workshop_answers').values(b));
      await insertBatched(rows.workshopReceipts, (b) => trx.insertInto('workshop_receipts').values(b));
      await insertBatched(rows.workshopNotes, (b) => trx.insertInto('workshop_notes').values(b));
      await insertBatched(rows.workshopVotes, (b) => trx.insertInto('workshop_votes').values(b));
      await insertBatched(rows.workshopPlanRows, (b) => trx.insertInto('workshop_plan_rows').values(b));
      await insertBatched(rows.actionPlanItems, (b) => trx.insertInto('action_plan_items').values(b));
      await insertAuditEvent(trx, audit);
    });
  }

  async recordAudit(row: AuditRow): Promise<void> {
    await insertAuditEvent(this.db, row);
  }
}

/**
 * The organisation's workshops with everything they hold, and its action plans. Child rows are
 * chosen by a subquery on the organisation, not a list of ids, so a workshop with thousands of
 * participants never meets a limit on the number of bound parameters.
 */
async function readWorkshops(trx: Transaction<Database>, orgId: string) {
  const ofOrg = trx.selectFrom('workshops').select('id').where('org_id', '=', orgId);
  const participantsOfOrg = trx.selectFrom('workshop_participants').select('id').where('workshop_id', 'in', ofOrg);
  return {
    workshops: await trx.selectFrom('workshops').selectAll().where('org_id', '=', orgId).orderBy('id').execute(),
    workshopSteps: await trx.selectFrom('workshop_steps').selectAll().where('workshop_id', 'in', ofOrg).orderBy('id').execute(),
    workshopParticipants: await trx
      .selectFrom('workshop_participants')
      .selectAll()
      .where('workshop_id', 'in', ofOrg)
      .orderBy('id')
      .execute(),
    workshopAnswers: await trx
      .selectFrom('workshop_answers')
      .selectAll()
      .where('workshop_id', 'in', ofOrg)
      .orderBy('participant_id')
      .orderBy('item_id')
      .execute(),
    workshopReceipts: await trx
      .selectFrom('workshop_receipts')
      .selectAll()
      .where('participant_id', 'in', participantsOfOrg)
      .orderBy('participant_id')
      .orderBy('client_msg_id')
      .execute(),
    workshopNotes: await trx.selectFrom('workshop_notes').selectAll().where('workshop_id', 'in', ofOrg).orderBy('id').execute(),
    workshopVotes: await trx
      .selectFrom('workshop_votes')
      .selectAll()
      .where('workshop_id', 'in', ofOrg)
      .orderBy('participant_id')
      .orderBy('note_id')
      .execute(),
    workshopPlanRows: await trx.selectFrom('workshop_plan_rows').selectAll().where('workshop_id', 'in', ofOrg).orderBy('id').execute(),
    actionPlanItems: await trx.selectFrom('action_plan_items').selectAll().where('org_id', '=', orgId).orderBy('id').execute(),
  };
}

/** Rows per INSERT: well below SQLite's and PostgreSQL's limits on bound parameters for the widest table (22 columns). */
const BATCH = 200;

async function insertBatched<T>(rows: T[], insert: (batch: T[]) => { execute(): Promise<unknown> }): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH) await insert(rows.slice(i, i + BATCH)).execute();
}
