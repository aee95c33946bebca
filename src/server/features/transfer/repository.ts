import type { Kysely } from 'kysely';
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
      return {
        organisation,
        units,
        users: users.map((u) => ({ ...u, must_change_password: u.must_change_password === 1 ? (1 as const) : (0 as const) })),
        memberships,
        invites,
        auditEvents: auditEvents.map((e) => ({ ...e, org_id: orgId })),
      };
    });
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
      await insertAuditEvent(trx, audit);
    });
  }

  async recordAudit(row: AuditRow): Promise<void> {
    await insertAuditEvent(this.db, row);
  }
}
