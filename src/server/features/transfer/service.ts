import { EXPORT_FORMAT, EXPORT_VERSION, ZOrgExport, type TOrgExport } from '../../../contracts/transfer.js';
import type { Db } from '../../db/database.js';
import type { Actor } from '../../lib/actor.js';
import { notFound } from '../../lib/errors.js';
import { sha256 } from '../../lib/secrets.js';
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
   * stands alone. Without credentials, password hashes, open invitations, workshop join codes
   * and participants' token hashes are left out too.
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
      workshops: rows.workshops.map((w) => ({
        ...w,
        created_by: inside(w.created_by),
        // A running workshop's code lets anyone who has it join the live session without an
        // account, like an invitation link: kept only with credentials (a draft or finished
        // workshop has none). Without it, the imported workshop can still be run and finished,
        // but nobody new can join it.
        join_code: opts.includeCredentials ? w.join_code : null,
      })),
      workshopSteps: rows.workshopSteps,
      workshopParticipants: rows.workshopParticipants.map((p) => ({
        ...p,
        token_hash: opts.includeCredentials ? p.token_hash : placeholderTokenHash(p.id),
      })),
      workshopAnswers: rows.workshopAnswers,
      workshopReceipts: rows.workshopReceipts,
      workshopNotes: rows.workshopNotes,
      workshopVotes: rows.workshopVotes,
      workshopPlanRows: rows.workshopPlanRows,
      actionPlanItems: rows.actionPlanItems,
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
    const codes = file.workshops.flatMap((w) => (w.join_code === null ? [] : [w.join_code]));
    const taken = await this.repo.takenJoinCodes(codes);
    if (taken.length) throw new ImportError(`The join code ${taken[0]} belongs to a workshop here already; nothing was imported.`);
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
  checkWorkshops(file, users, problems);
  if (problems.length)
    throw new ImportError(
      `The file is inconsistent: ${problems.slice(0, 5).join('; ')}${problems.length > 5 ? ` (and ${problems.length - 5} more)` : ''}.`,
    );
}

/** Every workshop row belongs to the organisation, and every child row to a workshop, participant or note in the file. */
function checkWorkshops(file: TOrgExport, users: Set<string>, problems: string[]): void {
  const orgId = file.organisation.id;
  const versions = new Set(file.instrumentVersions.map((v) => `${v.instrument_id}@${v.version}`));
  const workshops = new Set(file.workshops.map((w) => w.id));
  // Participants and notes by id, with the workshop each belongs to.
  const participants = new Map(file.workshopParticipants.map((p) => [p.id, p.workshop_id]));
  const notes = new Map(file.workshopNotes.map((n) => [n.id, n.workshop_id]));
  const inWorkshop = (owner: Map<string, string>, id: string, workshopId: string) => owner.get(id) === workshopId;
  for (const w of file.workshops) {
    if (w.org_id !== orgId || (w.created_by && !users.has(w.created_by))) problems.push(`workshop ${w.id} refers outside the organisation`);
    if (!versions.has(`${w.instrument_id}@${w.instrument_version}`))
      problems.push(`workshop ${w.id} names an instrument version the file does not hold`);
  }
  for (const s of file.workshopSteps) {
    if (!workshops.has(s.workshop_id)) problems.push(`workshop step ${s.id} names an unknown workshop`);
  }
  for (const p of file.workshopParticipants) {
    if (!workshops.has(p.workshop_id)) problems.push(`workshop participant ${p.id} names an unknown workshop`);
  }
  for (const a of file.workshopAnswers) {
    if (!inWorkshop(participants, a.participant_id, a.workshop_id))
      problems.push(`workshop answer of ${a.participant_id} to ${a.item_id} names an unknown participant or workshop`);
  }
  for (const r of file.workshopReceipts) {
    if (!participants.has(r.participant_id)) problems.push(`workshop receipt ${r.client_msg_id} names an unknown participant`);
  }
  for (const n of file.workshopNotes) {
    if (
      !workshops.has(n.workshop_id) ||
      (n.participant_id && !inWorkshop(participants, n.participant_id, n.workshop_id)) ||
      (n.merged_into && !inWorkshop(notes, n.merged_into, n.workshop_id))
    )
      problems.push(`workshop note ${n.id} names an unknown workshop, participant or note`);
  }
  for (const v of file.workshopVotes) {
    if (!inWorkshop(participants, v.participant_id, v.workshop_id) || !inWorkshop(notes, v.note_id, v.workshop_id))
      problems.push(`workshop vote of ${v.participant_id} on ${v.note_id} names an unknown participant, note or workshop`);
  }
  for (const r of file.workshopPlanRows) {
    if (!workshops.has(r.workshop_id)) problems.push(`workshop plan row ${r.id} names an unknown workshop`);
  }
  for (const a of file.actionPlanItems) {
    if (a.org_id !== orgId || (a.workshop_id && !workshops.has(a.workshop_id)))
      problems.push(`action plan item ${a.id} refers outside the organisation`);
  }
  // Unique in every database, so a file that repeats one cannot be written.
  const codes = file.workshops.flatMap((w) => (w.join_code === null ? [] : [w.join_code]));
  if (new Set(codes).size !== codes.length) problems.push('two workshops share a join code');
  const tokens = file.workshopParticipants.map((p) => p.token_hash);
  if (new Set(tokens).size !== tokens.length) problems.push('two workshop participants share a token hash');
}

/**
 * What an export without credentials holds instead of a participant's token hash. The column
 * is NOT NULL and UNIQUE, so it must be a distinct 64-character value per participant. Real
 * hashes are 64 lowercase hex digits (SHA-256); this one starts with "x", so no token can ever
 * hash to it and the participant cannot be taken over with the file. It is derived from the
 * participant's id (already in the file, so it reveals nothing) rather than drawn at random, so
 * that exporting the same data twice, or re-exporting an imported file, gives the same file.
 */
function placeholderTokenHash(participantId: string): string {
  return `x${sha256(`pejling-export-no-token:${participantId}`).slice(0, 63)}`;
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
