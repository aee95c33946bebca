import { EXPORT_FORMAT, EXPORT_VERSION, ZOrgExport, type TOrgExport } from '../../../contracts/transfer.js';
import type { Db } from '../../db/database.js';
import type { Actor } from '../../lib/actor.js';
import { notFound } from '../../lib/errors.js';
import { nowIso } from '../../lib/time.js';
import { auditRow } from '../audit/service.js';
import { TransferRepository } from './repository.js';

/** A file that cannot be imported, with a message that says why. */
export class ImportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportError';
  }
}

export class TransferService {
  private readonly repo: TransferRepository;

  constructor(db: Db) {
    this.repo = new TransferRepository(db.kysely);
  }

  /**
   * Everything of one organisation. References to people outside it (an administrator of the
   * platform in the audit log, another organisation last visited) are left out, so the file
   * stands alone. Without credentials, password hashes and open invitations are left out too.
   */
  async exportOrganisation(
    orgId: string,
    opts: { includeCredentials: boolean; actor: Actor | null; via: 'api' | 'cli' },
  ): Promise<TOrgExport> {
    const rows = await this.repo.readOrganisation(orgId);
    if (!rows) throw notFound();
    const members = new Set(rows.users.map((u) => u.id));
    const inside = (id: string | null) => (id && members.has(id) ? id : null);
    const file: TOrgExport = {
      format: EXPORT_FORMAT,
      version: EXPORT_VERSION,
      exportedAt: nowIso(),
      includesCredentials: opts.includeCredentials,
      organisation: rows.organisation,
      units: rows.units,
      users: rows.users.map((u) => ({
        ...u,
        password_hash: opts.includeCredentials ? u.password_hash : null,
        last_org_id: u.last_org_id === orgId ? orgId : null,
      })),
      memberships: rows.memberships,
      invites: opts.includeCredentials ? rows.invites.map((i) => ({ ...i, created_by: inside(i.created_by) })) : [],
      auditEvents: rows.auditEvents.map((e) => ({ ...e, actor_user_id: inside(e.actor_user_id) })),
      instrumentVersions: rows.instrumentVersions,
      rounds: rows.rounds.map((r) => ({ ...r, created_by: inside(r.created_by) })),
      responses: rows.responses.map((r) => ({ ...r, user_id: inside(r.user_id) })),
      answers: rows.answers,
      responseComments: rows.responseComments,
      roundConclusions: rows.roundConclusions.map((c) => ({ ...c, updated_by: inside(c.updated_by) })),
      roundActions: rows.roundActions.map((a) => ({ ...a, created_by: inside(a.created_by) })),
    };
    // Recorded after the snapshot, so a file never holds its own export event and a round trip is exact.
    await this.repo.recordAudit(
      auditRow({
        orgId,
        action: 'org.exported',
        actor: opts.actor,
        targetType: 'organisation',
        targetId: orgId,
        details: { via: opts.via, includesCredentials: opts.includeCredentials },
      }),
    );
    return file;
  }

  /** Recreates an exported organisation in this database; refuses if any of it is here already. */
  async importOrganisation(input: unknown): Promise<{ orgId: string; name: string; users: number; reusedUsers: number }> {
    const parsed = ZOrgExport.safeParse(input);
    if (!parsed.success) {
      const first = parsed.error.issues[0]!;
      throw new ImportError(`Not a Pejling organisation export: ${first.path.join('.') || '(file)'}: ${first.message}`);
    }
    const file = parsed.data;
    checkConsistency(file);
    const org = file.organisation;
    if (await this.repo.orgExists(org.id)) {
      throw new ImportError(`The organisation "${org.name}" (${org.id}) already exists in this database; nothing was imported.`);
    }
    const hashes = await this.repo.instrumentHashes(file.instrumentVersions);
    for (const v of file.instrumentVersions) {
      const here = hashes.get(`${v.instrument_id}@${v.version}`);
      if (here && here !== v.content_hash) {
        throw new ImportError(
          `Version ${v.version} of the instrument "${v.instrument_id}" differs here from the file's; nothing was imported.`,
        );
      }
    }
    const existing = await this.repo.findUsers(
      file.users.map((u) => u.id),
      file.users.map((u) => u.email),
    );
    const reused = new Set<string>();
    for (const u of file.users) {
      const byId = existing.find((e) => e.id === u.id);
      const byEmail = existing.find((e) => e.email === u.email);
      if (byId && byId.email !== u.email)
        throw new ImportError(`User ${u.id} exists here with another email (${byId.email}); nothing was imported.`);
      if (byEmail && byEmail.id !== u.id) throw new ImportError(`The email ${u.email} belongs to another user here; nothing was imported.`);
      if (byId) reused.add(u.id);
    }
    await this.repo.writeOrganisation(
      { ...file, units: parentsFirst(file.units) },
      file.users.filter((u) => !reused.has(u.id)),
      auditRow({
        orgId: null,
        action: 'org.imported',
        actor: null,
        targetType: 'organisation',
        targetId: org.id,
        details: { name: org.name },
      }),
    );
    return { orgId: org.id, name: org.name, users: file.users.length, reusedUsers: reused.size };
  }
}

function checkConsistency(file: TOrgExport): void {
  const orgId = file.organisation.id;
  const users = new Set(file.users.map((u) => u.id));
  const units = new Set(file.units.map((u) => u.id));
  const problems: string[] = [];
  for (const u of file.units) {
    if (u.org_id !== orgId) problems.push(`unit ${u.id} belongs to another organisation`);
    if (u.parent_id && !units.has(u.parent_id)) problems.push(`unit ${u.id} has an unknown parent`);
  }
  for (const m of file.memberships) {
    if (m.org_id !== orgId) problems.push(`membership of ${m.user_id} belongs to another organisation`);
    if (!users.has(m.user_id)) problems.push(`membership names unknown user ${m.user_id}`);
  }
  for (const u of file.users) {
    if (u.last_org_id && u.last_org_id !== orgId) problems.push(`user ${u.id} refers to another organisation`);
  }
  for (const i of file.invites) {
    if (i.org_id !== orgId || !users.has(i.user_id) || (i.created_by && !users.has(i.created_by)))
      problems.push(`invitation ${i.id} refers outside the organisation`);
  }
  for (const e of file.auditEvents) {
    if (e.org_id !== orgId || (e.actor_user_id && !users.has(e.actor_user_id)))
      problems.push(`audit event ${e.id} refers outside the organisation`);
  }
  if (problems.length)
    throw new ImportError(
      `The file is inconsistent: ${problems.slice(0, 5).join('; ')}${problems.length > 5 ? ` (and ${problems.length - 5} more)` : ''}.`,
    );
}

/** Orders units so that every parent is written before its children. */
function parentsFirst<T extends { id: string; parent_id: string | null }>(units: T[]): T[] {
  const out: T[] = [];
  const placed = new Set<string>();
  let remaining = units;
  while (remaining.length) {
    const next = remaining.filter((u) => !u.parent_id || placed.has(u.parent_id));
    if (next.length === 0) throw new ImportError('The units of the file form a cycle.');
    for (const u of next) {
      out.push(u);
      placed.add(u.id);
    }
    remaining = remaining.filter((u) => !placed.has(u.id));
  }
  return out;
}
