import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addMember, call, createOrgFixture, createTestApp, loginAs, type OrgFixture, type TestApp } from '../../../../test/helpers/app.js';
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
}

describe('organisation export and import', () => {
  let source: TestApp;
  let target: TestApp | null = null;
  let org: OrgFixture;
  beforeEach(async () => {
    source = await createTestApp();
    org = await createOrgFixture(source.services, 'src');
    await populate(source, org);
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
    expect(first.instrumentVersions.map((v) => v.instrument_id)).toEqual(['kl-digital-modenhed']);
    expect(first.users.every((u) => u.email !== 'pending@example.dk' || u.password_hash === null)).toBe(true);

    target = await createTestApp();
    const result = await target.services.transfer.importOrganisation(JSON.parse(JSON.stringify(first)));
    expect(result).toMatchObject({ orgId: org.orgId, users: 3, reusedUsers: 0 });
    const second = await target.services.transfer.exportOrganisation(org.orgId, { includeCredentials: true, actor: null, via: 'cli' });
    expect({ ...second, exportedAt: '' }).toEqual({ ...first, exportedAt: '' });
    // The people can log in with their passwords in the new database.
    await loginAs(target.app, org.admin.email);
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
    const log = await source.services.audit.list(org.orgId, { limit: 5, action: 'org.exported' });
    expect(log.events[0]).toMatchObject({
      action: 'org.exported',
      actorEmail: org.admin.email,
      details: { via: 'api', includesCredentials: false },
    });
  });
});
