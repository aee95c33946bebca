import type { Kysely } from 'kysely';
import type { TApiToken, TMe, TSession } from '../../../contracts/session.js';
import type { Database } from '../../db/schema.js';
import type { Actor } from '../../lib/actor.js';
import { AttemptLimiter } from '../../lib/attempts.js';
import { AppError, notFound } from '../../lib/errors.js';
import { newId } from '../../lib/ids.js';
import { hashPassword, hmac, newSecret, sha256, verifyPassword } from '../../lib/secrets.js';
import { isoAfter, nowIso } from '../../lib/time.js';
import { auditRow, type AuditEntry } from '../audit/service.js';
import type { AuditRow } from '../audit/repository.js';
import { AccountsRepository, type SessionRow, type UserRow } from './repository.js';
import { presentMe, presentMembership, presentToken } from './present.js';

/** How a request is authenticated, once resolved from its cookie or bearer token. */
export interface Authenticated {
  user: UserRow;
  via: 'session' | 'token';
  sessionId: string | null;
}

export interface AccountsOptions {
  cookieSecret: string;
  sessionTtlHours: number;
  /** Failed logins allowed per account in 15 minutes, from any number of addresses. */
  accountLoginAttempts?: number;
}

/** Sessions are extended on use, but written at most this often. */
const TOUCH_AFTER_MS = 5 * 60 * 1000;
export const TOKEN_PREFIX = 'pjl_';

/** Emails are compared and stored in lower case (the contracts do the same for input). */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

export function actorOf(user: UserRow, ip: string | null): Actor {
  return { userId: user.id, email: user.email, ip, isPlatformAdmin: user.is_platform_admin === 1 };
}

export class AccountsService {
  readonly repo: AccountsRepository;
  private readonly attempts: AttemptLimiter;

  constructor(
    db: Kysely<Database>,
    private readonly opts: AccountsOptions,
  ) {
    this.repo = new AccountsRepository(db);
    this.attempts = new AttemptLimiter(opts.accountLoginAttempts ?? 10, 15 * 60_000);
  }

  csrfTokenFor(sessionId: string): string {
    return hmac(this.opts.cookieSecret, `csrf:${sessionId}`);
  }

  /**
   * Events about a person (logins, passwords, tokens) are written into the log of every
   * organisation the person belongs to at that moment, or the platform log when none.
   */
  async userAuditRows(userId: string | null, entry: Omit<AuditEntry, 'orgId'>): Promise<AuditRow[]> {
    const memberships = userId ? await this.repo.listMembershipsOfUser(userId) : [];
    const orgIds = memberships.length > 0 ? memberships.map((m) => m.org_id) : [null];
    return orgIds.map((orgId) => auditRow({ ...entry, orgId }));
  }

  async sessionView(auth: Authenticated | null): Promise<TSession> {
    if (!auth) return { user: null, memberships: [], csrfToken: null };
    const memberships = await this.repo.listMembershipsOfUser(auth.user.id);
    return {
      user: presentMe(auth.user),
      memberships: memberships.map(presentMembership),
      csrfToken: auth.sessionId ? this.csrfTokenFor(auth.sessionId) : null,
    };
  }

  private newSession(userId: string): { token: string; row: SessionRow } {
    const token = newSecret();
    const now = nowIso();
    return {
      token,
      row: {
        id: sha256(token),
        user_id: userId,
        created_at: now,
        last_seen_at: now,
        expires_at: isoAfter(this.opts.sessionTtlHours * 3600_000),
      },
    };
  }

  /** Checks the password; on success starts a session and returns the token for its cookie. */
  async login(email: string, password: string, ip: string | null): Promise<{ token: string; auth: Authenticated }> {
    if (this.attempts.blocked(email)) throw new AppError('rate_limited');
    const user = await this.repo.getUserByEmail(email);
    const ok = await verifyPassword(password, user?.password_hash ?? null);
    if (!user || !ok) {
      this.attempts.fail(email);
      const rows = await this.userAuditRows(user?.id ?? null, {
        action: 'login.failed',
        actor: null,
        actorEmail: email,
        ...(user ? { targetType: 'user', targetId: user.id } : {}),
      });
      for (const r of rows) r.ip = ip;
      await this.repo.insertAudit(rows);
      throw new AppError('invalid_credentials');
    }
    this.attempts.clear(email);
    const { token, row } = this.newSession(user.id);
    await this.repo.insertSession(row, await this.userAuditRows(user.id, { action: 'login.succeeded', actor: actorOf(user, ip) }));
    return { token, auth: { user, via: 'session', sessionId: row.id } };
  }

  /** Resolves a session cookie's token to its user; expired sessions are removed. */
  async resolveSession(token: string): Promise<Authenticated | null> {
    const id = sha256(token);
    const found = await this.repo.getSessionUser(id);
    if (!found) return null;
    const now = Date.now();
    if (Date.parse(found.session.expires_at) <= now) {
      await this.repo.deleteSession(id);
      return null;
    }
    if (now - Date.parse(found.session.last_seen_at) > TOUCH_AFTER_MS) {
      await this.repo.touchSession(id, new Date(now).toISOString(), isoAfter(this.opts.sessionTtlHours * 3600_000, new Date(now)));
    }
    return { user: found.user, via: 'session', sessionId: id };
  }

  async resolveBearer(secret: string): Promise<Authenticated | null> {
    if (!secret.startsWith(TOKEN_PREFIX)) return null;
    const found = await this.repo.getTokenUser(sha256(secret));
    if (!found) return null;
    const now = Date.now();
    if (!found.token.last_used_at || now - Date.parse(found.token.last_used_at) > TOUCH_AFTER_MS) {
      await this.repo.touchToken(found.token.id, new Date(now).toISOString());
    }
    return { user: found.user, via: 'token', sessionId: null };
  }

  async logout(auth: Authenticated, ip: string | null): Promise<void> {
    if (!auth.sessionId) return;
    await this.repo.deleteSession(
      auth.sessionId,
      await this.userAuditRows(auth.user.id, { action: 'logout', actor: actorOf(auth.user, ip) }),
    );
  }

  async updateProfile(
    auth: Authenticated,
    patch: { name?: string | undefined; locale?: 'da' | 'en' | undefined; lastOrgId?: string | null | undefined },
  ): Promise<TMe> {
    if (patch.lastOrgId) {
      const membership = await this.repo.getMembership(patch.lastOrgId, auth.user.id);
      if (!membership) throw new AppError('not_found', [{ path: 'lastOrgId', message: 'not_found' }]);
    }
    const updated = await this.repo.updateUser(auth.user.id, {
      ...(patch.name !== undefined ? { name: patch.name } : {}),
      ...(patch.locale !== undefined ? { locale: patch.locale } : {}),
      ...(patch.lastOrgId !== undefined ? { last_org_id: patch.lastOrgId } : {}),
      updated_at: nowIso(),
    });
    if (!updated) throw notFound();
    return presentMe(updated);
  }

  /** Changes the password after checking the current one; other sessions of the user end. */
  async changePassword(auth: Authenticated, current: string, next: string, ip: string | null): Promise<void> {
    if (!(await verifyPassword(current, auth.user.password_hash)))
      throw new AppError('wrong_password', [{ path: 'currentPassword', message: 'wrong_password' }]);
    const hash = await hashPassword(next);
    await this.repo.setPassword(
      auth.user.id,
      hash,
      auth.sessionId,
      nowIso(),
      await this.userAuditRows(auth.user.id, { action: 'password.changed', actor: actorOf(auth.user, ip) }),
    );
  }

  async listTokens(auth: Authenticated): Promise<TApiToken[]> {
    return (await this.repo.listTokens(auth.user.id)).map(presentToken);
  }

  async createToken(auth: Authenticated, name: string, ip: string | null): Promise<{ token: TApiToken; secret: string }> {
    const secret = TOKEN_PREFIX + newSecret();
    const row = {
      id: newId(),
      user_id: auth.user.id,
      name,
      token_hash: sha256(secret),
      prefix: secret.slice(0, TOKEN_PREFIX.length + 4),
      created_at: nowIso(),
      last_used_at: null,
    };
    await this.repo.insertToken(
      row,
      await this.userAuditRows(auth.user.id, {
        action: 'token.created',
        actor: actorOf(auth.user, ip),
        targetType: 'api_token',
        targetId: row.id,
        details: { name },
      }),
    );
    return { token: presentToken(row), secret };
  }

  async revokeToken(auth: Authenticated, tokenId: string, ip: string | null): Promise<void> {
    const token = await this.repo.getToken(auth.user.id, tokenId);
    if (!token) throw notFound();
    const rows = await this.userAuditRows(auth.user.id, {
      action: 'token.revoked',
      actor: actorOf(auth.user, ip),
      targetType: 'api_token',
      targetId: tokenId,
      details: { name: token.name },
    });
    if (!(await this.repo.deleteToken(auth.user.id, tokenId, rows))) throw notFound();
  }

  private async usableInvite(token: string) {
    const invite = await this.repo.getInvite(sha256(token));
    if (!invite || invite.used_at || Date.parse(invite.expires_at) <= Date.now()) throw new AppError('invite_invalid');
    return invite;
  }

  async lookupInvite(token: string) {
    const invite = await this.usableInvite(token);
    return { email: invite.email, name: invite.name, orgName: invite.org_name, expiresAt: invite.expires_at };
  }

  /** Sets the invited person's password, uses up the link and logs the person in. */
  async acceptInvite(
    token: string,
    password: string,
    name: string | undefined,
    ip: string | null,
  ): Promise<{ token: string; auth: Authenticated }> {
    const invite = await this.usableInvite(token);
    const user = await this.repo.getUser(invite.user_id);
    if (!user) throw new AppError('invite_invalid');
    const session = this.newSession(user.id);
    const accepted = await this.repo.acceptInvite({
      inviteId: invite.id,
      userId: user.id,
      passwordHash: await hashPassword(password),
      name,
      now: nowIso(),
      session: session.row,
      audit: auditRow({ orgId: invite.org_id, action: 'invite.accepted', actor: actorOf(user, ip), targetType: 'user', targetId: user.id }),
    });
    if (!accepted) throw new AppError('invite_invalid');
    const fresh = (await this.repo.getUser(user.id)) ?? user;
    return { token: session.token, auth: { user: fresh, via: 'session', sessionId: session.row.id } };
  }

  /** Creates an account directly (CLI, demo data); the password is hashed here. */
  async createUser(input: {
    email: string;
    name: string;
    password: string | null;
    locale?: 'da' | 'en';
    isPlatformAdmin?: boolean;
    mustChangePassword?: boolean;
  }): Promise<UserRow> {
    const email = normaliseEmail(input.email);
    if (await this.repo.getUserByEmail(email)) throw new AppError('email_taken', [{ path: 'email', message: 'email_taken' }]);
    const now = nowIso();
    const row: UserRow = {
      id: newId(),
      email,
      name: input.name,
      password_hash: input.password ? await hashPassword(input.password) : null,
      locale: input.locale ?? 'da',
      is_platform_admin: input.isPlatformAdmin ? 1 : 0,
      must_change_password: input.mustChangePassword ? 1 : 0,
      last_org_id: null,
      created_at: now,
      updated_at: now,
    };
    await this.repo.insertUser(row);
    return row;
  }
}
