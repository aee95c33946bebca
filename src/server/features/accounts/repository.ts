import type { Kysely, Updateable } from 'kysely';
import type { ApiTokensTable, Database, InvitesTable, SessionsTable, UsersTable } from '../../db/schema.js';
import { insertAuditEvent, type AuditRow } from '../audit/repository.js';

export type UserRow = UsersTable;
export type SessionRow = SessionsTable;
export type TokenRow = ApiTokensTable;
export type InviteRow = InvitesTable;

export interface MembershipWithOrg {
  org_id: string;
  org_name: string;
  org_type: 'kommune' | 'region' | 'stat' | 'andet';
  role: 'admin' | 'facilitator' | 'member';
}

export class AccountsRepository {
  constructor(private readonly db: Kysely<Database>) {}

  getUser(id: string): Promise<UserRow | undefined> {
    return this.db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
  }

  getUserByEmail(email: string): Promise<UserRow | undefined> {
    return this.db.selectFrom('users').selectAll().where('email', '=', email).executeTakeFirst();
  }

  async insertUser(row: UserRow, audit?: AuditRow | AuditRow[]): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      await trx.insertInto('users').values(row).execute();
      if (audit) await insertAuditEvent(trx, audit);
    });
  }

  async updateUser(id: string, patch: Updateable<UsersTable>): Promise<UserRow | undefined> {
    await this.db.updateTable('users').set(patch).where('id', '=', id).execute();
    return this.getUser(id);
  }

  listMembershipsOfUser(userId: string): Promise<MembershipWithOrg[]> {
    return this.db
      .selectFrom('memberships as m')
      .innerJoin('organisations as o', 'o.id', 'm.org_id')
      .select(['m.org_id', 'o.name as org_name', 'o.type as org_type', 'm.role'])
      .where('m.user_id', '=', userId)
      .orderBy('o.name')
      .execute();
  }

  getMembership(orgId: string, userId: string) {
    return this.db.selectFrom('memberships').select(['role']).where('org_id', '=', orgId).where('user_id', '=', userId).executeTakeFirst();
  }

  // Sessions

  async insertSession(row: SessionRow, audit: AuditRow | AuditRow[]): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      await trx.insertInto('sessions').values(row).execute();
      await insertAuditEvent(trx, audit);
    });
  }

  async getSessionUser(sessionId: string): Promise<{ session: SessionRow; user: UserRow } | undefined> {
    const session = await this.db.selectFrom('sessions').selectAll().where('id', '=', sessionId).executeTakeFirst();
    if (!session) return undefined;
    const user = await this.getUser(session.user_id);
    return user ? { session, user } : undefined;
  }

  async touchSession(id: string, lastSeenAt: string, expiresAt: string): Promise<void> {
    await this.db.updateTable('sessions').set({ last_seen_at: lastSeenAt, expires_at: expiresAt }).where('id', '=', id).execute();
  }

  async deleteSession(id: string, audit?: AuditRow | AuditRow[]): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      await trx.deleteFrom('sessions').where('id', '=', id).execute();
      if (audit) await insertAuditEvent(trx, audit);
    });
  }

  async deleteExpiredSessions(now: string): Promise<number> {
    const r = await this.db.deleteFrom('sessions').where('expires_at', '<', now).executeTakeFirst();
    return Number(r.numDeletedRows);
  }

  /** Sets a new password hash and ends every other session of the user, atomically. */
  async setPassword(userId: string, hash: string, keepSessionId: string | null, now: string, audit: AuditRow | AuditRow[]): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      await trx
        .updateTable('users')
        .set({ password_hash: hash, must_change_password: 0, updated_at: now })
        .where('id', '=', userId)
        .execute();
      let del = trx.deleteFrom('sessions').where('user_id', '=', userId);
      if (keepSessionId) del = del.where('id', '!=', keepSessionId);
      await del.execute();
      await insertAuditEvent(trx, audit);
    });
  }

  // API tokens

  async insertToken(row: TokenRow, audit: AuditRow | AuditRow[]): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      await trx.insertInto('api_tokens').values(row).execute();
      await insertAuditEvent(trx, audit);
    });
  }

  listTokens(userId: string): Promise<TokenRow[]> {
    return this.db.selectFrom('api_tokens').selectAll().where('user_id', '=', userId).orderBy('created_at', 'desc').execute();
  }

  async getTokenUser(hash: string): Promise<{ token: TokenRow; user: UserRow } | undefined> {
    const token = await this.db.selectFrom('api_tokens').selectAll().where('token_hash', '=', hash).executeTakeFirst();
    if (!token) return undefined;
    const user = await this.getUser(token.user_id);
    return user ? { token, user } : undefined;
  }

  async insertAudit(rows: AuditRow | AuditRow[]): Promise<void> {
    await insertAuditEvent(this.db, rows);
  }

  async touchToken(id: string, at: string): Promise<void> {
    await this.db.updateTable('api_tokens').set({ last_used_at: at }).where('id', '=', id).execute();
  }

  getToken(userId: string, tokenId: string): Promise<TokenRow | undefined> {
    return this.db.selectFrom('api_tokens').selectAll().where('id', '=', tokenId).where('user_id', '=', userId).executeTakeFirst();
  }

  /** Deletes the token only if it belongs to the user; false when there was none. */
  async deleteToken(userId: string, tokenId: string, audit: AuditRow | AuditRow[]): Promise<boolean> {
    return this.db.transaction().execute(async (trx) => {
      const r = await trx.deleteFrom('api_tokens').where('id', '=', tokenId).where('user_id', '=', userId).executeTakeFirst();
      if (Number(r.numDeletedRows) === 0) return false;
      await insertAuditEvent(trx, audit);
      return true;
    });
  }

  // Invitations

  async getInvite(hash: string): Promise<(InviteRow & { org_name: string; email: string; name: string }) | undefined> {
    return this.db
      .selectFrom('invites as i')
      .innerJoin('organisations as o', 'o.id', 'i.org_id')
      .innerJoin('users as u', 'u.id', 'i.user_id')
      .selectAll('i')
      .select(['o.name as org_name', 'u.email', 'u.name'])
      .where('i.token_hash', '=', hash)
      .executeTakeFirst();
  }

  /** Uses an invitation: sets the password, marks the link used and starts a session, in one transaction. */
  async acceptInvite(input: {
    inviteId: string;
    userId: string;
    passwordHash: string;
    name: string | undefined;
    now: string;
    session: SessionRow;
    audit: AuditRow | AuditRow[];
  }): Promise<boolean> {
    return this.db.transaction().execute(async (trx) => {
      const used = await trx
        .updateTable('invites')
        .set({ used_at: input.now })
        .where('id', '=', input.inviteId)
        .where('used_at', 'is', null)
        .executeTakeFirst();
      if (Number(used.numUpdatedRows) !== 1) return false;
      await trx
        .updateTable('users')
        .set({
          password_hash: input.passwordHash,
          must_change_password: 0,
          updated_at: input.now,
          ...(input.name ? { name: input.name } : {}),
        })
        .where('id', '=', input.userId)
        .execute();
      await trx.insertInto('sessions').values(input.session).execute();
      await insertAuditEvent(trx, input.audit);
      return true;
    });
  }
}
