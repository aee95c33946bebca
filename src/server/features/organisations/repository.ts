import type { Kysely, Updateable } from 'kysely';
import type { Database, InvitesTable, MembershipsTable, OrganisationsTable, UnitsTable, UsersTable } from '../../db/schema.js';
import { insertAuditEvent, type AuditRow } from '../audit/repository.js';

export type OrgRow = OrganisationsTable;
export type UnitRow = UnitsTable;
export type Role = MembershipsTable['role'];

export interface OrgWithCounts extends OrgRow {
  member_count: number;
  unit_count: number;
}

export interface MemberRow {
  user_id: string;
  email: string;
  name: string;
  role: Role;
  pending: boolean;
  joined_at: string;
}

export class OrganisationsRepository {
  constructor(private readonly db: Kysely<Database>) {}

  private orgsWithCounts() {
    return this.db
      .selectFrom('organisations as o')
      .selectAll('o')
      .select((eb) => [
        eb.selectFrom('memberships as m').whereRef('m.org_id', '=', 'o.id').select(eb.fn.countAll<number>().as('c')).as('member_count'),
        eb.selectFrom('units as u').whereRef('u.org_id', '=', 'o.id').select(eb.fn.countAll<number>().as('c')).as('unit_count'),
      ]);
  }

  async getOrg(orgId: string): Promise<OrgWithCounts | undefined> {
    const row = await this.orgsWithCounts().where('o.id', '=', orgId).executeTakeFirst();
    return row ? normaliseCounts(row) : undefined;
  }

  async listOrgsOfUser(userId: string): Promise<(OrgWithCounts & { role: Role })[]> {
    const rows = await this.orgsWithCounts()
      .innerJoin('memberships as me', 'me.org_id', 'o.id')
      .select('me.role')
      .where('me.user_id', '=', userId)
      .orderBy('o.name')
      .execute();
    return rows.map((r) => ({ ...normaliseCounts(r), role: r.role }));
  }

  async listAllOrgs(): Promise<OrgWithCounts[]> {
    return (await this.orgsWithCounts().orderBy('o.name').execute()).map(normaliseCounts);
  }

  async insertOrg(row: OrgRow, firstAdmin: MembershipsTable | null, audit: AuditRow): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      await trx.insertInto('organisations').values(row).execute();
      if (firstAdmin) await trx.insertInto('memberships').values(firstAdmin).execute();
      await insertAuditEvent(trx, audit);
    });
  }

  async updateOrg(orgId: string, patch: Updateable<OrganisationsTable>, audit: AuditRow): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      await trx.updateTable('organisations').set(patch).where('id', '=', orgId).execute();
      await insertAuditEvent(trx, audit);
    });
  }

  getRole(orgId: string, userId: string): Promise<Role | undefined> {
    return this.db
      .selectFrom('memberships')
      .select('role')
      .where('org_id', '=', orgId)
      .where('user_id', '=', userId)
      .executeTakeFirst()
      .then((r) => r?.role);
  }

  // Units

  listUnits(orgId: string): Promise<UnitRow[]> {
    return this.db.selectFrom('units').selectAll().where('org_id', '=', orgId).orderBy('name').execute();
  }

  getUnit(orgId: string, unitId: string): Promise<UnitRow | undefined> {
    return this.db.selectFrom('units').selectAll().where('org_id', '=', orgId).where('id', '=', unitId).executeTakeFirst();
  }

  async unitNameTaken(orgId: string, name: string, exceptId?: string): Promise<boolean> {
    let q = this.db.selectFrom('units').select('id').where('org_id', '=', orgId).where('name', '=', name);
    if (exceptId) q = q.where('id', '!=', exceptId);
    return (await q.executeTakeFirst()) !== undefined;
  }

  async countChildren(unitId: string): Promise<number> {
    const r = await this.db
      .selectFrom('units')
      .select((eb) => eb.fn.countAll<number>().as('c'))
      .where('parent_id', '=', unitId)
      .executeTakeFirstOrThrow();
    return Number(r.c);
  }

  async insertUnit(row: UnitRow, audit: AuditRow): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      await trx.insertInto('units').values(row).execute();
      await insertAuditEvent(trx, audit);
    });
  }

  async updateUnit(orgId: string, unitId: string, patch: Updateable<UnitsTable>, audit: AuditRow): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      await trx.updateTable('units').set(patch).where('org_id', '=', orgId).where('id', '=', unitId).execute();
      await insertAuditEvent(trx, audit);
    });
  }

  async deleteUnit(orgId: string, unitId: string, audit: AuditRow): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      await trx.deleteFrom('units').where('org_id', '=', orgId).where('id', '=', unitId).execute();
      await insertAuditEvent(trx, audit);
    });
  }

  // Members

  private members(orgId: string) {
    return this.db
      .selectFrom('memberships as m')
      .innerJoin('users as u', 'u.id', 'm.user_id')
      .select(['u.id as user_id', 'u.email', 'u.name', 'm.role', 'u.password_hash', 'u.must_change_password', 'm.created_at as joined_at'])
      .where('m.org_id', '=', orgId);
  }

  async listMembers(orgId: string): Promise<MemberRow[]> {
    const rows = await this.members(orgId).orderBy('u.name').orderBy('u.email').execute();
    return rows.map(toMember);
  }

  async getMember(orgId: string, userId: string): Promise<MemberRow | undefined> {
    const row = await this.members(orgId).where('u.id', '=', userId).executeTakeFirst();
    return row ? toMember(row) : undefined;
  }

  async countAdmins(orgId: string): Promise<number> {
    const r = await this.db
      .selectFrom('memberships')
      .select((eb) => eb.fn.countAll<number>().as('c'))
      .where('org_id', '=', orgId)
      .where('role', '=', 'admin')
      .executeTakeFirstOrThrow();
    return Number(r.c);
  }

  /** Adds a membership, creating the account and an invitation first when given, atomically. */
  async addMember(input: {
    newUser: UsersTable | null;
    membership: MembershipsTable;
    invite: InvitesTable | null;
    audit: AuditRow;
  }): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      if (input.newUser) await trx.insertInto('users').values(input.newUser).execute();
      await trx.insertInto('memberships').values(input.membership).execute();
      if (input.invite) await trx.insertInto('invites').values(input.invite).execute();
      await insertAuditEvent(trx, input.audit);
    });
  }

  async setRole(orgId: string, userId: string, role: Role, audit: AuditRow): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      await trx.updateTable('memberships').set({ role }).where('org_id', '=', orgId).where('user_id', '=', userId).execute();
      await insertAuditEvent(trx, audit);
    });
  }

  async removeMember(orgId: string, userId: string, audit: AuditRow): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      await trx.deleteFrom('invites').where('org_id', '=', orgId).where('user_id', '=', userId).execute();
      await trx.deleteFrom('memberships').where('org_id', '=', orgId).where('user_id', '=', userId).execute();
      await trx.updateTable('users').set({ last_org_id: null }).where('id', '=', userId).where('last_org_id', '=', orgId).execute();
      await insertAuditEvent(trx, audit);
    });
  }

  /** Replaces the pending person's credentials: a fresh one-time password or a fresh link. */
  async renewCredentials(input: {
    orgId: string;
    userId: string;
    passwordHash: string | null;
    invite: InvitesTable | null;
    now: string;
    audit: AuditRow;
  }): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      await trx.deleteFrom('invites').where('user_id', '=', input.userId).where('used_at', 'is', null).execute();
      await trx
        .updateTable('users')
        .set({ password_hash: input.passwordHash, must_change_password: input.passwordHash ? 1 : 0, updated_at: input.now })
        .where('id', '=', input.userId)
        .execute();
      if (input.invite) await trx.insertInto('invites').values(input.invite).execute();
      await insertAuditEvent(trx, input.audit);
    });
  }
}

function normaliseCounts<T extends { member_count: unknown; unit_count: unknown }>(r: T): T & { member_count: number; unit_count: number } {
  return { ...r, member_count: Number(r.member_count ?? 0), unit_count: Number(r.unit_count ?? 0) };
}

/** A member is pending until the person has chosen a password of their own. */
function toMember(r: {
  user_id: string;
  email: string;
  name: string;
  role: Role;
  password_hash: string | null;
  must_change_password: number;
  joined_at: string;
}): MemberRow {
  const pending = r.password_hash === null || r.must_change_password === 1;
  return { user_id: r.user_id, email: r.email, name: r.name, role: r.role, pending, joined_at: r.joined_at };
}
