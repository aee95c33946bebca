import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addMember, call, createOrgFixture, createTestApp, loginAs, type OrgFixture, type TestApp } from '../../../../test/helpers/app.js';
import { fingerprint } from '../../../../test/helpers/fingerprint.js';
import type { Actor } from '../../lib/actor.js';
import { newId } from '../../lib/ids.js';
import { sha256 } from '../../lib/secrets.js';
import { ImportError } from './service.js';

async function populate(t: TestApp, org: OrgFixture) {
  const actor = { userId: org.admin.id, email: org.admin.email, ip: '10.0.0.1', isPlatformAdmin: false };
  const parent = await t.services.organisations.createUnit(org.orgId, { name: 'Social og Sundhed' }, actor);
  await t.services.organisations.createUnit(org.orgId, { name: 'Ældreplejen', parentId: parent.id }, actor);
  await addMember(t.services, org.orgId, 'facilitator', 'f');
  await t.services.organisations.invite(
    org.orgId,
    { email: 'pending@example.dk', name: 'Pending Person', role: 'member', method: 'link' },
    actor,
  );
  const round = await t.services.assessments.createRound(
    org.orgId,
    { instrumentId: 'kl-digital-modenhed', title: 'Modenhed 2026', mode: 'team', anonymous: false, unitId: parent.id },
    actor,
  );
  await t.services.assessments.saveMyResponse(org.orgId, round.id, org.admin.id, {
    answers: { 'strategi-faelles-fortaelling': 4, 'strategi-rolle': 'dont_know' },
    comments: { strategi: 'Vi mangler en fælles fortælling.' },
  });
  await t.services.assessments.saveConclusion(org.orgId, round.id, 'strategi-samme-svar', 'Vi skriver fortællingen sammen.', org.admin.id);
  await t.services.assessments.createAction(
    org.orgId,
    round.id,
    { title: 'Skriv fortællingen', owner: 'Direktionen', dueDate: '2027-02-01' },
    org.admin.id,
  );
  return populateWorkshop(t, org, actor);
}

/** A running workshop with one participant who has answered, been receipted, written notes, voted and planned. */
async function populateWorkshop(t: TestApp, org: OrgFixture, actor: Actor) {
  const created = await t.services.workshops.create(
    org.orgId,
    { title: 'Udviklingsværksted', templateId: 'udviklingsvaerksted' },
    actor,
    'da',
  );
  const opened = await t.services.workshops.control(org.orgId, created.id, { action: 'open' }, actor);
  const joined = await t.services.workshops.join(opened.joinCode!, { displayName: 'Anna' });
  const db = t.services.db.kysely;
  const at = '2026-11-25T09:30:00.000Z';
  const participant_id = joined.participantId;
  const workshop_id = created.id;
  const area = created.areas[0]!;
  await db
    .insertInto('workshop_answers')
    .values({ participant_id, item_id: 'klar-vision', workshop_id, value: 4, updated_at: at })
    .execute();
  await db.insertInto('workshop_receipts').values({ participant_id, client_msg_id: 'msg-answer-0001', created_at: at }).execute();
  const note = newId();
  const merged = newId();
  await db
    .insertInto('workshop_notes')
    .values([
      {
        id: note,
        workshop_id,
        participant_id,
        category: 'strength',
        text: 'Vi tør prøve ting af',
        hidden: 0,
        merged_into: null,
        selected_position: 0,
        created_at: at,
        updated_at: at,
      },
      {
        id: merged,
        workshop_id,
        participant_id: null,
        category: 'strength',
        text: 'Mod til forsøg',
        hidden: 0,
        merged_into: note,
        selected_position: null,
        created_at: at,
        updated_at: at,
      },
    ])
    .execute();
  await db.insertInto('workshop_votes').values({ participant_id, note_id: note, workshop_id, dots: 2 }).execute();
  await db
    .insertInto('workshop_plan_rows')
    .values({
      id: newId(),
      workshop_id,
      area_id: area.id,
      position: 0,
      cells: JSON.stringify({ activity: { value: 'Fælles fortælling', version: 1, by: 'Anna', at } }),
      created_at: at,
      updated_at: at,
    })
    .execute();
  await db
    .insertInto('action_plan_items')
    .values({
      id: newId(),
      org_id: org.orgId,
      workshop_id,
      area: area.name,
      focus_area: 'Strategi',
      activity: 'Fælles fortælling',
      resources: 'To dage',
      start_date: '2027-01-04',
      end_date: null,
      owner: 'Direktionen',
      status: 'in_progress',
      created_at: at,
      updated_at: at,
    })
    .execute();
  return { workshopId: workshop_id, joinCode: opened.joinCode!, token: joined.token, participantId: participant_id };
}

/**
 * Every table of a database, without what an export and an import record about themselves
 * (their audit events), without when this database first stored an instrument version, and
 * without the radar's technology catalogue, which every database seeds from the content file itself.
 */
async function storedData(t: TestApp) {
  const all = await fingerprint(t.services.db);
  const parse = (rows: unknown[]) => rows.map((r) => JSON.parse(r as string) as Record<string, unknown>);
  return {
    ...all,
    audit_events: parse(all.audit_events!).filter((e) => e.action !== 'org.exported' && e.action !== 'org.imported'),
    instrument_versions: parse(all.instrument_versions!).map(({ created_at: _, ...v }) => v),
    radar_technologies: parse(all.radar_technologies!).filter((t) => t.org_id !== null),
  };
}

describe('organisation export and import', () => {
  let source: TestApp;
  let target: TestApp | null = null;
  let org: OrgFixture;
  let workshop: Awaited<ReturnType<typeof populate>>;
  beforeEach(async () => {
    source = await createTestApp();
    org = await createOrgFixture(source.services, 'src');
    workshop = await populate(source, org);
  });
  afterEach(async () => {
    await source.close();
    await target?.close();
    target = null;
  });

  it('round-trips exactly into another database', async () => {
    const first = await source.services.transfer.exportOrganisation(org.orgId, { includeCredentials: true, actor: null, via: 'cli' });
    expect(first.units).toHaveLength(3);
    expect(first.users).toHaveLength(3);
    expect(first.invites).toHaveLength(1);
    expect(first.rounds).toHaveLength(1);
    expect(first.answers).toHaveLength(2);
    expect(first.responseComments).toHaveLength(1);
    expect(first.roundConclusions).toHaveLength(1);
    expect(first.roundActions).toHaveLength(1);
    expect(first.instrumentVersions.map((v) => v.instrument_id)).toEqual(['kl-digital-modenhed', 'ledelsesudfordringer']);
    expect(first.users.every((u) => u.email !== 'pending@example.dk' || u.password_hash === null)).toBe(true);
    expect(first.workshops).toHaveLength(1);
    expect(first.workshops[0]!.join_code).toBe(workshop.joinCode);
    expect(first.workshopSteps.length).toBeGreaterThan(1);
    expect(first.workshopParticipants.map((p) => p.token_hash)).toEqual([sha256(workshop.token)]);
    for (const table of ['workshopAnswers', 'workshopReceipts', 'workshopVotes', 'workshopPlanRows', 'actionPlanItems'] as const)
      expect(first[table], table).toHaveLength(1);
    expect(first.workshopNotes).toHaveLength(2);

    target = await createTestApp();
    const before = await storedData(source);
    const result = await target.services.transfer.importOrganisation(JSON.parse(JSON.stringify(first)));
    expect(result).toMatchObject({ orgId: org.orgId, users: 3, reusedUsers: 0 });
    // Every table holds the same rows in both databases: nothing of the organisation was left behind.
    expect(await storedData(target)).toEqual(before);
    const second = await target.services.transfer.exportOrganisation(org.orgId, { includeCredentials: true, actor: null, via: 'cli' });
    expect({ ...second, exportedAt: '' }).toEqual({ ...first, exportedAt: '' });
    // The participant's phone carries on in the new database, and the join code still works there.
    expect((await target.services.workshops.participantByToken(workshop.token))?.id).toBe(workshop.participantId);
    await target.services.workshops.join(workshop.joinCode, { displayName: 'Bo' });
    // The people can log in with their passwords in the new database.
    await loginAs(target.app, org.admin.email);
  });

  it('leaves join codes and participants’ token hashes out of an export without credentials, which still imports', async () => {
    const file = await source.services.transfer.exportOrganisation(org.orgId, { includeCredentials: false, actor: null, via: 'cli' });
    expect(file.workshops.map((w) => w.join_code)).toEqual([null]);
    const stored = await source.services.db.kysely.selectFrom('workshop_participants').select('token_hash').execute();
    const [placeholder] = file.workshopParticipants.map((p) => p.token_hash);
    expect(placeholder).toMatch(/^x[0-9a-f]{63}$/);
    const text = JSON.stringify(file);
    for (const secret of [workshop.joinCode, workshop.token, ...stored.map((s) => s.token_hash)]) expect(text).not.toContain(secret);
    // The stand-ins are the same in every export of the same data.
    const again = await source.services.transfer.exportOrganisation(org.orgId, { includeCredentials: false, actor: null, via: 'cli' });
    expect(again.workshopParticipants).toEqual(file.workshopParticipants);

    target = await createTestApp();
    await target.services.transfer.importOrganisation(JSON.parse(text));
    const second = await target.services.transfer.exportOrganisation(org.orgId, { includeCredentials: true, actor: null, via: 'cli' });
    expect({ ...second, exportedAt: '', includesCredentials: false }).toEqual({ ...file, exportedAt: '' });
    // Neither the participant's token nor the workshop's code gets anyone in over there.
    expect(await target.services.workshops.participantByToken(workshop.token)).toBeUndefined();
    await expect(target.services.workshops.join(workshop.joinCode, { displayName: 'Bo' })).rejects.toThrow();
    const [imported] = await target.services.db.kysely.selectFrom('workshops').select(['status', 'join_code']).execute();
    expect(imported).toEqual({ status: 'running', join_code: null });
  });

  it('imports a file exported before the workshops existed', async () => {
    const file = (await source.services.transfer.exportOrganisation(org.orgId, {
      includeCredentials: true,
      actor: null,
      via: 'cli',
    })) as Record<string, unknown>;
    for (const key of Object.keys(file)) if (/^workshop|^actionPlan/.test(key)) delete file[key];
    file.instrumentVersions = (file.instrumentVersions as { instrument_id: string }[]).filter(
      (v) => v.instrument_id === 'kl-digital-modenhed',
    );
    target = await createTestApp();
    await target.services.transfer.importOrganisation(file);
    const second = await target.services.transfer.exportOrganisation(org.orgId, { includeCredentials: true, actor: null, via: 'cli' });
    expect(second.rounds).toHaveLength(1);
    expect(second.workshops).toEqual([]);
    expect(second.actionPlanItems).toEqual([]);
  });

  it('refuses a file whose workshop rows point outside it, or whose join code is taken here, and writes nothing', async () => {
    target = await createTestApp();
    const before = await fingerprint(target.services.db);
    const exported = () => source.services.transfer.exportOrganisation(org.orgId, { includeCredentials: true, actor: null, via: 'cli' });
    const unknown = '0'.repeat(26);
    const broken: ((f: Awaited<ReturnType<typeof exported>>) => void)[] = [
      (f) => (f.workshops[0]!.org_id = unknown),
      (f) => (f.workshops[0]!.created_by = unknown),
      (f) => (f.workshopSteps[0]!.workshop_id = unknown),
      (f) => (f.workshopParticipants[0]!.workshop_id = unknown),
      (f) => (f.workshopAnswers[0]!.participant_id = unknown),
      (f) => (f.workshopReceipts[0]!.participant_id = unknown),
      (f) => (f.workshopNotes[1]!.merged_into = unknown),
      (f) => (f.workshopVotes[0]!.note_id = unknown),
      (f) => (f.workshopPlanRows[0]!.workshop_id = unknown),
      (f) => (f.actionPlanItems[0]!.workshop_id = unknown),
      (f) => (f.instrumentVersions = f.instrumentVersions.filter((v) => v.instrument_id !== 'ledelsesudfordringer')),
    ];
    for (const [i, breakIt] of broken.entries()) {
      const file = await exported();
      breakIt(file);
      await expect(target.services.transfer.importOrganisation(file), `case ${i}`).rejects.toThrow(/inconsistent/);
    }
    expect(await fingerprint(target.services.db)).toEqual(before);

    const other = await createOrgFixture(target.services, 'other');
    const actor = { userId: other.admin.id, email: other.admin.email, ip: null, isPlatformAdmin: false };
    const running = await target.services.workshops.create(
      other.orgId,
      { title: 'Andet værksted', templateId: 'udviklingsvaerksted' },
      actor,
      'da',
    );
    await target.services.workshops.control(other.orgId, running.id, { action: 'open' }, actor);
    const file = await exported();
    const [{ join_code: code }] = (await target.services.db.kysely.selectFrom('workshops').select('join_code').execute()) as [
      { join_code: string },
    ];
    file.workshops[0]!.join_code = code;
    const taken = await fingerprint(target.services.db);
    await expect(target.services.transfer.importOrganisation(file)).rejects.toThrow(/join code .* belongs to a workshop here already/);
    expect(await fingerprint(target.services.db)).toEqual(taken);
  });

  it('refuses to import an organisation that exists already, and writes nothing', async () => {
    const file = await source.services.transfer.exportOrganisation(org.orgId, { includeCredentials: true, actor: null, via: 'cli' });
    const before = await source.services.db.kysely.selectFrom('audit_events').select('id').execute();
    await expect(source.services.transfer.importOrganisation(file)).rejects.toThrow(/already exists/);
    const after = await source.services.db.kysely.selectFrom('audit_events').select('id').execute();
    // Only the export itself was recorded; the refused import wrote nothing.
    expect(after.length).toBe(before.length);
  });

  it('explains what is wrong with a file that is not an export', async () => {
    target = await createTestApp();
    await expect(target.services.transfer.importOrganisation({ hello: 'world' })).rejects.toThrow(ImportError);
    await expect(target.services.transfer.importOrganisation({ hello: 'world' })).rejects.toThrow(
      /Not a Pejling organisation export: format/,
    );
    const file = await source.services.transfer.exportOrganisation(org.orgId, { includeCredentials: true, actor: null, via: 'cli' });
    file.memberships[0]!.user_id = '0'.repeat(26);
    await expect(target.services.transfer.importOrganisation(file)).rejects.toThrow(/inconsistent/);
    expect(await target.services.organisations.listAll()).toHaveLength(0);
  });

  it('refuses when an email belongs to another account here', async () => {
    const file = await source.services.transfer.exportOrganisation(org.orgId, { includeCredentials: true, actor: null, via: 'cli' });
    target = await createTestApp();
    await target.services.accounts.createUser({ email: org.admin.email, name: 'Someone else', password: null });
    await expect(target.services.transfer.importOrganisation(file)).rejects.toThrow(/belongs to another user/);
    expect(await target.services.organisations.listAll()).toHaveLength(0);
  });

  it('lets administrators download the export over the API without password hashes, and audits it', async () => {
    const admin = await loginAs(source.app, org.admin.email);
    const res = await call(source.app, admin, { method: 'GET', url: `/api/orgs/${org.orgId}/export` });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toContain('attachment');
    const file = res.json();
    expect(file.includesCredentials).toBe(false);
    expect(file.users.every((u: { password_hash: string | null }) => u.password_hash === null)).toBe(true);
    expect(file.invites).toEqual([]);
    expect(file.workshops.every((w: { join_code: string | null }) => w.join_code === null)).toBe(true);
    expect(file.workshopParticipants.every((p: { token_hash: string }) => p.token_hash.startsWith('x'))).toBe(true);
    const log = await source.services.audit.list(org.orgId, { limit: 5, action: 'org.exported' });
    expect(log.events[0]).toMatchObject({
      action: 'org.exported',
      actorEmail: org.admin.email,
      details: { via: 'api', includesCredentials: false },
    });
  });
});
