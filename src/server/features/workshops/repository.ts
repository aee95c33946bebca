import { sql, type Kysely, type Transaction, type Updateable } from 'kysely';
import type { ActionPlanItemsTable, Database, WorkshopParticipantsTable, WorkshopStepsTable, WorkshopsTable } from '../../db/schema.js';
import { newId } from '../../lib/ids.js';
import { insertAuditEvent, type AuditRow } from '../audit/repository.js';

export type WorkshopRow = WorkshopsTable;
export type StepRow = WorkshopStepsTable;
export type ParticipantRow = WorkshopParticipantsTable;
export type ActionPlanItemRow = ActionPlanItemsTable;

/** One answer to store: a participant's value for a statement, or null to take it back. */
export interface AnswerWrite {
  participantId: string;
  workshopId: string;
  clientMsgId: string;
  itemId: string;
  value: number | null;
}

export class WorkshopsRepository {
  constructor(private readonly db: Kysely<Database>) {}

  listWorkshops(orgId: string): Promise<WorkshopRow[]> {
    return this.db
      .selectFrom('workshops')
      .selectAll()
      .where('org_id', '=', orgId)
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .execute();
  }

  getWorkshop(orgId: string, id: string): Promise<WorkshopRow | undefined> {
    return this.db.selectFrom('workshops').selectAll().where('org_id', '=', orgId).where('id', '=', id).executeTakeFirst();
  }

  getWorkshopById(id: string): Promise<WorkshopRow | undefined> {
    return this.db.selectFrom('workshops').selectAll().where('id', '=', id).executeTakeFirst();
  }

  getByJoinCode(code: string): Promise<WorkshopRow | undefined> {
    return this.db.selectFrom('workshops').selectAll().where('join_code', '=', code).executeTakeFirst();
  }

  steps(workshopId: string): Promise<StepRow[]> {
    return this.db.selectFrom('workshop_steps').selectAll().where('workshop_id', '=', workshopId).orderBy('position').execute();
  }

  async countParticipants(workshopIds: string[]): Promise<Map<string, number>> {
    if (workshopIds.length === 0) return new Map();
    const rows = await this.db
      .selectFrom('workshop_participants')
      .select(['workshop_id', (eb) => eb.fn.countAll<number>().as('n')])
      .where('workshop_id', 'in', workshopIds)
      .groupBy('workshop_id')
      .execute();
    return new Map(rows.map((r) => [r.workshop_id, Number(r.n)]));
  }

  async insertWorkshop(row: WorkshopRow, steps: StepRow[], audit: AuditRow): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      await trx.insertInto('workshops').values(row).execute();
      if (steps.length) await trx.insertInto('workshop_steps').values(steps).execute();
      await insertAuditEvent(trx, audit);
    });
  }

  /**
   * Changes a workshop, optionally replacing its steps, in one transaction; `expectStatus`
   * guards against a concurrent change of status (nothing is written if it no longer holds).
   */
  async updateWorkshop(
    id: string,
    patch: Updateable<WorkshopRow>,
    opts: {
      expectStatus?: readonly WorkshopRow['status'][];
      steps?: { keep: StepRow[]; insert: StepRow[] };
      stepPatches?: { id: string; patch: Updateable<StepRow> }[];
      audit?: AuditRow;
      also?: (trx: Transaction<Database>) => Promise<void>;
    } = {},
  ): Promise<boolean> {
    return this.db.transaction().execute(async (trx) => {
      let q = trx
        .updateTable('workshops')
        .set({ ...patch, revision: sql<number>`revision + 1` })
        .where('id', '=', id);
      if (opts.expectStatus) q = q.where('status', 'in', opts.expectStatus);
      const res = await q.executeTakeFirst();
      if (Number(res.numUpdatedRows) !== 1) return false;
      if (opts.steps) {
        const keep = opts.steps.keep.map((s) => s.id);
        let del = trx.deleteFrom('workshop_steps').where('workshop_id', '=', id);
        if (keep.length) del = del.where('id', 'not in', keep);
        await del.execute();
        for (const s of opts.steps.keep) {
          await trx
            .updateTable('workshop_steps')
            .set({ position: s.position, kind: s.kind, title: s.title, duration_minutes: s.duration_minutes, purpose: s.purpose })
            .where('id', '=', s.id)
            .execute();
        }
        if (opts.steps.insert.length) await trx.insertInto('workshop_steps').values(opts.steps.insert).execute();
      }
      for (const { id: stepId, patch: stepPatch } of opts.stepPatches ?? []) {
        await trx.updateTable('workshop_steps').set(stepPatch).where('id', '=', stepId).where('workshop_id', '=', id).execute();
      }
      await opts.also?.(trx);
      if (opts.audit) await insertAuditEvent(trx, opts.audit);
      return true;
    });
  }

  async deleteWorkshop(orgId: string, id: string, audit: AuditRow): Promise<boolean> {
    return this.db.transaction().execute(async (trx) => {
      const res = await trx
        .deleteFrom('workshops')
        .where('org_id', '=', orgId)
        .where('id', '=', id)
        .where('status', '=', 'draft')
        .executeTakeFirst();
      if (Number(res.numDeletedRows) !== 1) return false;
      await insertAuditEvent(trx, audit);
      return true;
    });
  }

  async joinCodeTaken(code: string): Promise<boolean> {
    return (await this.getByJoinCode(code)) !== undefined;
  }

  // ------------------------------------------------------------ participants

  async insertParticipant(row: ParticipantRow): Promise<void> {
    await this.db.insertInto('workshop_participants').values(row).execute();
  }

  getParticipantByToken(tokenHash: string): Promise<ParticipantRow | undefined> {
    return this.db.selectFrom('workshop_participants').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();
  }

  participants(workshopId: string): Promise<ParticipantRow[]> {
    return this.db.selectFrom('workshop_participants').selectAll().where('workshop_id', '=', workshopId).execute();
  }

  async touchParticipant(id: string, now: string): Promise<void> {
    await this.db.updateTable('workshop_participants').set({ last_seen_at: now }).where('id', '=', id).execute();
  }

  // ------------------------------------------------------------ answers

  answers(workshopId: string): Promise<{ participant_id: string; item_id: string; value: number }[]> {
    return this.db
      .selectFrom('workshop_answers')
      .select(['participant_id', 'item_id', 'value'])
      .where('workshop_id', '=', workshopId)
      .execute();
  }

  /**
   * Stores a batch of answers in one transaction (a group commit). Each message is recorded by
   * its client id; one seen before is reported as a duplicate and changes nothing. Returns the
   * client ids (`participant:msg`) that were new.
   */
  async writeAnswers(batch: AnswerWrite[], now: string): Promise<Set<string>> {
    const fresh = new Set<string>();
    if (batch.length === 0) return fresh;
    await this.db.transaction().execute(async (trx) => {
      for (let i = 0; i < batch.length; i += 400) {
        const chunk = batch.slice(i, i + 400);
        const inserted = await trx
          .insertInto('workshop_receipts')
          .values(chunk.map((w) => ({ participant_id: w.participantId, client_msg_id: w.clientMsgId, created_at: now })))
          .onConflict((oc) => oc.columns(['participant_id', 'client_msg_id']).doNothing())
          .returning(['participant_id', 'client_msg_id'])
          .execute();
        for (const r of inserted) fresh.add(`${r.participant_id}:${r.client_msg_id}`);
      }
      // The last new message per participant and statement wins.
      const latest = new Map<string, AnswerWrite>();
      for (const w of batch) if (fresh.has(`${w.participantId}:${w.clientMsgId}`)) latest.set(`${w.participantId}:${w.itemId}`, w);
      const upserts = [...latest.values()].filter((w) => w.value !== null);
      const removals = [...latest.values()].filter((w) => w.value === null);
      for (let i = 0; i < upserts.length; i += 400) {
        await trx
          .insertInto('workshop_answers')
          .values(
            upserts.slice(i, i + 400).map((w) => ({
              participant_id: w.participantId,
              item_id: w.itemId,
              workshop_id: w.workshopId,
              value: w.value!,
              updated_at: now,
            })),
          )
          .onConflict((oc) =>
            oc.columns(['participant_id', 'item_id']).doUpdateSet((eb) => ({
              value: eb.ref('excluded.value'),
              updated_at: eb.ref('excluded.updated_at'),
            })),
          )
          .execute();
      }
      for (const w of removals) {
        await trx.deleteFrom('workshop_answers').where('participant_id', '=', w.participantId).where('item_id', '=', w.itemId).execute();
      }
    });
    return fresh;
  }

  /** Records a one-off message (accepting the rules) by its client id; false when seen before. */
  async acceptRules(participantId: string, clientMsgId: string, now: string): Promise<boolean> {
    return this.db.transaction().execute(async (trx) => {
      const inserted = await trx
        .insertInto('workshop_receipts')
        .values({ participant_id: participantId, client_msg_id: clientMsgId, created_at: now })
        .onConflict((oc) => oc.columns(['participant_id', 'client_msg_id']).doNothing())
        .returning('client_msg_id')
        .execute();
      if (inserted.length === 0) return false;
      await trx
        .updateTable('workshop_participants')
        .set({ accepted_rules_at: now })
        .where('id', '=', participantId)
        .where('accepted_rules_at', 'is', null)
        .execute();
      return true;
    });
  }

  /**
   * Runs `write` in a transaction together with the receipt of a client message; a message
   * seen before writes nothing and returns null.
   */
  async withReceipt<T>(participantId: string, clientMsgId: string, now: string, write: (trx: Transaction<Database>) => Promise<T>) {
    return this.db.transaction().execute(async (trx) => {
      const inserted = await trx
        .insertInto('workshop_receipts')
        .values({ participant_id: participantId, client_msg_id: clientMsgId, created_at: now })
        .onConflict((oc) => oc.columns(['participant_id', 'client_msg_id']).doNothing())
        .returning('client_msg_id')
        .execute();
      if (inserted.length === 0) return null;
      return { value: await write(trx) };
    });
  }

  notes(workshopId: string) {
    return this.db
      .selectFrom('workshop_notes')
      .selectAll()
      .where('workshop_id', '=', workshopId)
      .orderBy('created_at')
      .orderBy('id')
      .execute();
  }

  votes(workshopId: string) {
    return this.db
      .selectFrom('workshop_votes')
      .select(['participant_id', 'note_id', 'dots'])
      .where('workshop_id', '=', workshopId)
      .execute();
  }

  planRows(workshopId: string) {
    return this.db.selectFrom('workshop_plan_rows').selectAll().where('workshop_id', '=', workshopId).execute();
  }

  async updateNote(workshopId: string, noteId: string, patch: Updateable<Database['workshop_notes']>): Promise<void> {
    await this.db.updateTable('workshop_notes').set(patch).where('workshop_id', '=', workshopId).where('id', '=', noteId).execute();
  }

  /** Replaces the selection of the common picture. */
  async setSelection(workshopId: string, selected: { noteId: string; position: number }[]): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      await trx.updateTable('workshop_notes').set({ selected_position: null }).where('workshop_id', '=', workshopId).execute();
      for (const s of selected)
        await trx
          .updateTable('workshop_notes')
          .set({ selected_position: s.position })
          .where('workshop_id', '=', workshopId)
          .where('id', '=', s.noteId)
          .execute();
    });
  }

  /**
   * On finishing: every plan row with an activity becomes an item of the organisation's action
   * plans, status »planned«, linked to the workshop.
   */
  async plansToActions(trx: Transaction<Database>, workshop: WorkshopRow, now: string): Promise<void> {
    const areas = new Map((JSON.parse(workshop.areas) as { id: string; name: string }[]).map((a) => [a.id, a.name]));
    const rows = await trx
      .selectFrom('workshop_plan_rows')
      .selectAll()
      .where('workshop_id', '=', workshop.id)
      .orderBy('area_id')
      .orderBy('position')
      .execute();
    const date = (v: string) => (/^\d{4}-\d{2}-\d{2}$/.test(v) ? v : null);
    for (const r of rows) {
      const cells = JSON.parse(r.cells) as Record<string, { value: string } | undefined>;
      const v = (f: string) => cells[f]?.value.trim() ?? '';
      if (!v('activity')) continue;
      await trx
        .insertInto('action_plan_items')
        .values({
          id: newId(),
          org_id: workshop.org_id,
          workshop_id: workshop.id,
          area: areas.get(r.area_id) ?? '',
          focus_area: v('focusArea'),
          activity: v('activity'),
          resources: v('resources'),
          start_date: date(v('start')),
          end_date: date(v('end')),
          owner: v('responsible'),
          status: 'planned',
          created_at: now,
          updated_at: now,
        })
        .execute();
    }
  }

  async recordAudit(row: AuditRow): Promise<void> {
    await insertAuditEvent(this.db, row);
  }

  // ------------------------------------------------------------ action plans

  listActionPlanItems(orgId: string): Promise<(ActionPlanItemRow & { workshop_title: string | null })[]> {
    return this.db
      .selectFrom('action_plan_items as a')
      .leftJoin('workshops as w', 'w.id', 'a.workshop_id')
      .selectAll('a')
      .select('w.title as workshop_title')
      .where('a.org_id', '=', orgId)
      .orderBy('a.created_at', 'desc')
      .orderBy('a.id')
      .execute();
  }
}
