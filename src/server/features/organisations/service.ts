import { randomInt } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { TOrgType, TRole, TSizeBand } from '../../../contracts/common.js';
import type { TInvitedMember, TMember, TOrganisation, TUnit } from '../../../contracts/organisations.js';
import type { Database, InvitesTable, UsersTable } from '../../db/schema.js';
import type { Actor } from '../../lib/actor.js';
import { AppError, notFound } from '../../lib/errors.js';
import { newId } from '../../lib/ids.js';
import { hashPassword, newSecret, sha256 } from '../../lib/secrets.js';
import { isoAfter, nowIso } from '../../lib/time.js';
import { AccountsRepository } from '../accounts/repository.js';
import { normaliseEmail } from '../accounts/service.js';
import { auditRow } from '../audit/service.js';
import { presentMember, presentOrg, presentUnit } from './present.js';
import { OrganisationsRepository, type Role } from './repository.js';

const INVITE_VALID_MS = 7 * 24 * 3600_000;
const OTP_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

/** A one-time password that is easy to read aloud: four groups of four characters. */
export function newOneTimePassword(): string {
  const groups: string[] = [];
  for (let g = 0; g < 4; g++) {
    let s = '';
    for (let i = 0; i < 4; i++) s += OTP_ALPHABET[randomInt(OTP_ALPHABET.length)];
    groups.push(s);
  }
  return groups.join('-');
}

export interface OrgInput {
  name: string;
  type: TOrgType;
  municipalityCode?: string | null | undefined;
  benchmarkOptIn?: boolean | undefined;
  sizeBand?: TSizeBand | null | undefined;
}

type Credentials = { oneTimePassword?: string; inviteUrl?: string };

export class OrganisationsService {
  readonly repo: OrganisationsRepository;
  private readonly accounts: AccountsRepository;

  constructor(
    db: Kysely<Database>,
    private readonly opts: { publicUrl: string },
  ) {
    this.repo = new OrganisationsRepository(db);
    this.accounts = new AccountsRepository(db);
  }

  async listMine(userId: string): Promise<TOrganisation[]> {
    return (await this.repo.listOrgsOfUser(userId)).map((o) => presentOrg(o, o.role));
  }

  async listAll(): Promise<TOrganisation[]> {
    return (await this.repo.listAllOrgs()).map((o) => presentOrg(o, null));
  }

  async get(orgId: string, role: Role | null): Promise<TOrganisation> {
    const org = await this.repo.getOrg(orgId);
    if (!org) throw notFound();
    return presentOrg(org, role);
  }

  /** Creates an organisation; the creator becomes its first administrator when asked (and a user). */
  async create(input: OrgInput, actor: Actor | null, addCreatorAsAdmin: boolean): Promise<TOrganisation> {
    const now = nowIso();
    const row = {
      id: newId(),
      name: input.name,
      type: input.type,
      municipality_code: input.municipalityCode ?? null,
      benchmark_opt_in: 0,
      size_band: null,
      created_at: now,
      updated_at: now,
    };
    const firstAdmin =
      addCreatorAsAdmin && actor ? { org_id: row.id, user_id: actor.userId, role: 'admin' as const, created_at: now } : null;
    await this.repo.insertOrg(
      row,
      firstAdmin,
      auditRow({
        orgId: row.id,
        action: 'org.created',
        actor,
        targetType: 'organisation',
        targetId: row.id,
        details: { name: row.name, type: row.type },
      }),
    );
    return this.get(row.id, firstAdmin ? 'admin' : null);
  }

  async update(orgId: string, patch: Partial<OrgInput>, actor: Actor, role: Role): Promise<TOrganisation> {
    const changes = {
      ...(patch.name !== undefined ? { name: patch.name } : {}),
      ...(patch.type !== undefined ? { type: patch.type } : {}),
      ...(patch.municipalityCode !== undefined ? { municipality_code: patch.municipalityCode } : {}),
      ...(patch.benchmarkOptIn !== undefined ? { benchmark_opt_in: patch.benchmarkOptIn ? 1 : 0 } : {}),
      ...(patch.sizeBand !== undefined ? { size_band: patch.sizeBand } : {}),
    };
    await this.repo.updateOrg(
      orgId,
      { ...changes, updated_at: nowIso() },
      auditRow({ orgId, action: 'org.updated', actor, targetType: 'organisation', targetId: orgId, details: changes }),
    );
    return this.get(orgId, role);
  }

  // Units

  async listUnits(orgId: string): Promise<TUnit[]> {
    return (await this.repo.listUnits(orgId)).map(presentUnit);
  }

  private async checkParent(orgId: string, parentId: string | null | undefined, unitId?: string): Promise<void> {
    if (!parentId) return;
    if (!(await this.repo.getUnit(orgId, parentId))) throw new AppError('not_found', [{ path: 'parentId', message: 'not_found' }]);
    if (!unitId) return;
    // Walk up from the new parent; meeting the unit itself would make a cycle.
    let cursor: string | null = parentId;
    for (let depth = 0; cursor && depth < 1000; depth++) {
      if (cursor === unitId) throw new AppError('unit_cycle', [{ path: 'parentId', message: 'unit_cycle' }]);
      cursor = (await this.repo.getUnit(orgId, cursor))?.parent_id ?? null;
    }
  }

  async createUnit(orgId: string, input: { name: string; parentId?: string | null | undefined }, actor: Actor): Promise<TUnit> {
    await this.checkParent(orgId, input.parentId);
    if (await this.repo.unitNameTaken(orgId, input.name))
      throw new AppError('unit_name_taken', [{ path: 'name', message: 'unit_name_taken' }]);
    const now = nowIso();
    const row = { id: newId(), org_id: orgId, parent_id: input.parentId ?? null, name: input.name, created_at: now, updated_at: now };
    await this.repo.insertUnit(
      row,
      auditRow({ orgId, action: 'unit.created', actor, targetType: 'unit', targetId: row.id, details: { name: row.name } }),
    );
    return presentUnit(row);
  }

  async updateUnit(
    orgId: string,
    unitId: string,
    patch: { name?: string | undefined; parentId?: string | null | undefined },
    actor: Actor,
  ): Promise<TUnit> {
    const unit = await this.repo.getUnit(orgId, unitId);
    if (!unit) throw notFound();
    await this.checkParent(orgId, patch.parentId, unitId);
    if (patch.name !== undefined && (await this.repo.unitNameTaken(orgId, patch.name, unitId))) {
      throw new AppError('unit_name_taken', [{ path: 'name', message: 'unit_name_taken' }]);
    }
    const changes = {
      ...(patch.name !== undefined ? { name: patch.name } : {}),
      ...(patch.parentId !== undefined ? { parent_id: patch.parentId } : {}),
    };
    await this.repo.updateUnit(
      orgId,
      unitId,
      { ...changes, updated_at: nowIso() },
      auditRow({ orgId, action: 'unit.updated', actor, targetType: 'unit', targetId: unitId, details: changes }),
    );
    const updated = await this.repo.getUnit(orgId, unitId);
    if (!updated) throw notFound();
    return presentUnit(updated);
  }

  async deleteUnit(orgId: string, unitId: string, actor: Actor): Promise<void> {
    const unit = await this.repo.getUnit(orgId, unitId);
    if (!unit) throw notFound();
    if ((await this.repo.countChildren(unitId)) > 0) throw new AppError('unit_has_children');
    await this.repo.deleteUnit(
      orgId,
      unitId,
      auditRow({ orgId, action: 'unit.deleted', actor, targetType: 'unit', targetId: unitId, details: { name: unit.name } }),
    );
  }

  // Members

  async listMembers(orgId: string): Promise<TMember[]> {
    return (await this.repo.listMembers(orgId)).map(presentMember);
  }

  private async credentials(orgId: string, userId: string, method: 'password' | 'link', createdBy: string | null) {
    const now = nowIso();
    if (method === 'password') {
      const oneTimePassword = newOneTimePassword();
      return { passwordHash: await hashPassword(oneTimePassword), invite: null, shown: { oneTimePassword } satisfies Credentials };
    }
    const token = newSecret();
    const invite: InvitesTable = {
      id: newId(),
      token_hash: sha256(token),
      org_id: orgId,
      user_id: userId,
      created_by: createdBy,
      created_at: now,
      expires_at: isoAfter(INVITE_VALID_MS),
      used_at: null,
    };
    return { passwordHash: null, invite, shown: { inviteUrl: `${this.opts.publicUrl}/invitation#${token}` } satisfies Credentials };
  }

  /**
   * Adds a person to the organisation. A person with an account just joins; otherwise an
   * account is created with a one-time password (to change at first login) or a link.
   */
  async invite(
    orgId: string,
    input: { email: string; name: string; role: TRole; method: 'password' | 'link' },
    actor: Actor | null,
  ): Promise<TInvitedMember> {
    const email = normaliseEmail(input.email);
    const existing = await this.accounts.getUserByEmail(email);
    const now = nowIso();
    if (existing) {
      if (await this.repo.getRole(orgId, existing.id)) throw new AppError('already_member', [{ path: 'email', message: 'already_member' }]);
      await this.repo.addMember({
        newUser: null,
        membership: { org_id: orgId, user_id: existing.id, role: input.role, created_at: now },
        invite: null,
        audit: auditRow({
          orgId,
          action: 'member.added',
          actor,
          targetType: 'user',
          targetId: existing.id,
          details: { email: existing.email, role: input.role },
        }),
      });
      return { member: await this.member(orgId, existing.id), credentials: null };
    }
    const userId = newId();
    const creds = await this.credentials(orgId, userId, input.method, actor?.userId ?? null);
    const user: UsersTable = {
      id: userId,
      email,
      name: input.name,
      password_hash: creds.passwordHash,
      locale: 'da',
      is_platform_admin: 0,
      must_change_password: creds.passwordHash ? 1 : 0,
      last_org_id: orgId,
      created_at: now,
      updated_at: now,
    };
    await this.repo.addMember({
      newUser: user,
      membership: { org_id: orgId, user_id: userId, role: input.role, created_at: now },
      invite: creds.invite,
      audit: auditRow({
        orgId,
        action: 'member.invited',
        actor,
        targetType: 'user',
        targetId: userId,
        details: { email, role: input.role, method: input.method },
      }),
    });
    return { member: await this.member(orgId, userId), credentials: creds.shown };
  }

  private async member(orgId: string, userId: string): Promise<TMember> {
    const m = await this.repo.getMember(orgId, userId);
    if (!m) throw notFound();
    return presentMember(m);
  }

  async changeRole(orgId: string, userId: string, role: TRole, actor: Actor): Promise<TMember> {
    const member = await this.repo.getMember(orgId, userId);
    if (!member) throw notFound();
    if (member.role === 'admin' && role !== 'admin' && (await this.repo.countAdmins(orgId)) <= 1) throw new AppError('last_admin');
    if (member.role !== role) {
      await this.repo.setRole(
        orgId,
        userId,
        role,
        auditRow({
          orgId,
          action: 'member.role_changed',
          actor,
          targetType: 'user',
          targetId: userId,
          details: { email: member.email, from: member.role, to: role },
        }),
      );
    }
    return this.member(orgId, userId);
  }

  async remove(orgId: string, userId: string, actor: Actor): Promise<void> {
    const member = await this.repo.getMember(orgId, userId);
    if (!member) throw notFound();
    if (member.role === 'admin' && (await this.repo.countAdmins(orgId)) <= 1) throw new AppError('last_admin');
    await this.repo.removeMember(
      orgId,
      userId,
      auditRow({
        orgId,
        action: 'member.removed',
        actor,
        targetType: 'user',
        targetId: userId,
        details: { email: member.email, role: member.role },
      }),
    );
  }

  /** New credentials for a member who has not yet chosen a password of their own. */
  async renewInvite(orgId: string, userId: string, method: 'password' | 'link', actor: Actor): Promise<Credentials> {
    const member = await this.repo.getMember(orgId, userId);
    if (!member) throw notFound();
    if (!member.pending) throw new AppError('invite_invalid');
    const creds = await this.credentials(orgId, userId, method, actor.userId);
    await this.repo.renewCredentials({
      orgId,
      userId,
      passwordHash: creds.passwordHash,
      invite: creds.invite,
      now: nowIso(),
      audit: auditRow({
        orgId,
        action: 'member.invite_renewed',
        actor,
        targetType: 'user',
        targetId: userId,
        details: { email: member.email, method },
      }),
    });
    return creds.shown;
  }
}
