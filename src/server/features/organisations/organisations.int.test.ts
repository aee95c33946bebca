import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  PASSWORD,
  addMember,
  call,
  createOrgFixture,
  createTestApp,
  loginAs,
  type Caller,
  type OrgFixture,
  type TestApp,
} from '../../../../test/helpers/app.js';

describe('organisations, units and members', () => {
  let t: TestApp;
  let org: OrgFixture;
  let admin: Caller;
  beforeEach(async () => {
    t = await createTestApp();
    org = await createOrgFixture(t.services, 'a');
    admin = await loginAs(t.app, org.admin.email);
  });
  afterEach(async () => t.close());

  it('lets only platform administrators create organisations', async () => {
    const body = { name: 'Nordby Kommune', type: 'kommune', municipalityCode: '851' };
    const denied = await call(t.app, admin, { method: 'POST', url: '/api/admin/orgs', payload: body });
    expect(denied.statusCode).toBe(403);
    await t.services.accounts.repo.updateUser(org.admin.id, { is_platform_admin: 1 });
    const created = await call(t.app, admin, { method: 'POST', url: '/api/admin/orgs', payload: body });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      name: 'Nordby Kommune',
      type: 'kommune',
      municipalityCode: '851',
      myRole: 'admin',
      memberCount: 1,
    });
    const all = await call(t.app, admin, { method: 'GET', url: '/api/admin/orgs' });
    expect(all.json().map((o: { name: string }) => o.name)).toEqual(['Nordby Kommune', 'Org a']);
  });

  it('validates organisation input with localised field messages', async () => {
    const res = await call(t.app, admin, {
      method: 'PATCH',
      url: `/api/orgs/${org.orgId}`,
      payload: { name: '', type: 'firma', municipalityCode: '99' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'validation_failed' });
    const paths = res
      .json()
      .fields.map((f: { path: string }) => f.path)
      .sort();
    expect(paths).toEqual(['municipalityCode', 'name', 'type']);
    expect(res.json().fields.find((f: { path: string }) => f.path === 'municipalityCode').message).toContain('kommunenummer');
  });

  it('updates the organisation and records it in the audit log', async () => {
    const res = await call(t.app, admin, {
      method: 'PATCH',
      url: `/api/orgs/${org.orgId}`,
      payload: { name: 'Fjordby Kommune', municipalityCode: '101' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ name: 'Fjordby Kommune', municipalityCode: '101', unitCount: 1 });
    const log = await call(t.app, admin, { method: 'GET', url: `/api/orgs/${org.orgId}/audit?action=org.updated` });
    expect(log.json().events).toEqual([
      expect.objectContaining({
        action: 'org.updated',
        actorEmail: org.admin.email,
        details: { name: 'Fjordby Kommune', municipality_code: '101' },
      }),
    ]);
  });

  it('keeps units as a tree: parents in the same organisation, no cycles, no orphaned children', async () => {
    const parent = (
      await call(t.app, admin, { method: 'POST', url: `/api/orgs/${org.orgId}/units`, payload: { name: 'Børn og Unge' } })
    ).json();
    const child = (
      await call(t.app, admin, { method: 'POST', url: `/api/orgs/${org.orgId}/units`, payload: { name: 'Dagtilbud', parentId: parent.id } })
    ).json();
    expect(child.parentId).toBe(parent.id);
    const dup = await call(t.app, admin, { method: 'POST', url: `/api/orgs/${org.orgId}/units`, payload: { name: 'Dagtilbud' } });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().code).toBe('unit_name_taken');
    const cycle = await call(t.app, admin, {
      method: 'PATCH',
      url: `/api/orgs/${org.orgId}/units/${parent.id}`,
      payload: { parentId: child.id },
    });
    expect(cycle.statusCode).toBe(400);
    expect(cycle.json().code).toBe('unit_cycle');
    const blocked = await call(t.app, admin, { method: 'DELETE', url: `/api/orgs/${org.orgId}/units/${parent.id}` });
    expect(blocked.statusCode).toBe(409);
    expect((await call(t.app, admin, { method: 'DELETE', url: `/api/orgs/${org.orgId}/units/${child.id}` })).statusCode).toBe(204);
    expect((await call(t.app, admin, { method: 'DELETE', url: `/api/orgs/${org.orgId}/units/${parent.id}` })).statusCode).toBe(204);
    const renamed = await call(t.app, admin, {
      method: 'PATCH',
      url: `/api/orgs/${org.orgId}/units/${org.unitId}`,
      payload: { name: 'Økonomi' },
    });
    expect(renamed.json().name).toBe('Økonomi');
    const units = await call(t.app, admin, { method: 'GET', url: `/api/orgs/${org.orgId}/units` });
    expect(units.json().map((u: { name: string }) => u.name)).toEqual(['Økonomi']);
  });

  it('enforces roles: members read, facilitators see members, admins change', async () => {
    const member = await loginAs(t.app, (await addMember(t.services, org.orgId, 'member', 'm')).email);
    const facilitator = await loginAs(t.app, (await addMember(t.services, org.orgId, 'facilitator', 'f')).email);
    expect((await call(t.app, member, { method: 'GET', url: `/api/orgs/${org.orgId}` })).json().myRole).toBe('member');
    expect((await call(t.app, member, { method: 'GET', url: `/api/orgs/${org.orgId}/units` })).statusCode).toBe(200);
    expect((await call(t.app, member, { method: 'GET', url: `/api/orgs/${org.orgId}/members` })).statusCode).toBe(403);
    expect((await call(t.app, facilitator, { method: 'GET', url: `/api/orgs/${org.orgId}/members` })).json()).toHaveLength(3);
    expect(
      (await call(t.app, facilitator, { method: 'POST', url: `/api/orgs/${org.orgId}/units`, payload: { name: 'X' } })).statusCode,
    ).toBe(403);
    expect((await call(t.app, facilitator, { method: 'GET', url: `/api/orgs/${org.orgId}/audit` })).statusCode).toBe(403);
  });

  it('invites a new person with a link that sets the password and logs in', async () => {
    const res = await call(t.app, admin, {
      method: 'POST',
      url: `/api/orgs/${org.orgId}/members`,
      payload: { email: 'Ny.Person@Example.dk', name: 'Ny Person', role: 'member', method: 'link' },
    });
    expect(res.statusCode).toBe(201);
    const { member, credentials } = res.json();
    expect(member).toMatchObject({ email: 'ny.person@example.dk', role: 'member', pending: true });
    const token = new URL(credentials.inviteUrl).hash.slice(1);
    expect(credentials.inviteUrl).toMatch(/^http:\/\/pejling\.test\/invitation#/);
    const lookup = await t.app.inject({ method: 'POST', url: '/api/invites/lookup', payload: { token } });
    expect(lookup.json()).toMatchObject({ email: 'ny.person@example.dk', orgName: 'Org a' });
    const accepted = await t.app.inject({ method: 'POST', url: '/api/invites/accept', payload: { token, password: 'my-own-password-1' } });
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json().memberships).toEqual([expect.objectContaining({ orgId: org.orgId, role: 'member' })]);
    const reuse = await t.app.inject({ method: 'POST', url: '/api/invites/accept', payload: { token, password: 'another-password-2' } });
    expect(reuse.statusCode).toBe(400);
    expect(reuse.json().code).toBe('invite_invalid');
    await loginAs(t.app, 'ny.person@example.dk', 'my-own-password-1');
    const members = (await call(t.app, admin, { method: 'GET', url: `/api/orgs/${org.orgId}/members` })).json();
    expect(members.find((m: { email: string }) => m.email === 'ny.person@example.dk').pending).toBe(false);
  });

  it('invites with a one-time password that must be changed before anything else', async () => {
    const res = await call(t.app, admin, {
      method: 'POST',
      url: `/api/orgs/${org.orgId}/members`,
      payload: { email: 'otp@example.dk', name: 'Otto', role: 'facilitator', method: 'password' },
    });
    const otp = res.json().credentials.oneTimePassword as string;
    expect(otp).toMatch(/^[a-z2-9]{4}(-[a-z2-9]{4}){3}$/);
    const otto = await loginAs(t.app, 'otp@example.dk', otp);
    const session = (await call(t.app, otto, { method: 'GET', url: '/api/session' })).json();
    expect(session.user.mustChangePassword).toBe(true);
    const blocked = await call(t.app, otto, { method: 'GET', url: `/api/orgs/${org.orgId}` });
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json().code).toBe('password_change_required');
    expect(
      (
        await call(t.app, otto, {
          method: 'POST',
          url: '/api/me/password',
          payload: { currentPassword: otp, newPassword: 'ottos-own-password' },
        })
      ).statusCode,
    ).toBe(204);
    expect((await call(t.app, otto, { method: 'GET', url: `/api/orgs/${org.orgId}` })).statusCode).toBe(200);
  });

  it('adds an existing account without new credentials, and refuses a duplicate', async () => {
    const other = await createOrgFixture(t.services, 'b');
    const res = await call(t.app, admin, {
      method: 'POST',
      url: `/api/orgs/${org.orgId}/members`,
      payload: { email: other.admin.email, name: 'X', role: 'member' },
    });
    expect(res.statusCode).toBe(201);
    expect(res.json().credentials).toBeNull();
    const again = await call(t.app, admin, {
      method: 'POST',
      url: `/api/orgs/${org.orgId}/members`,
      payload: { email: other.admin.email, name: 'X', role: 'member' },
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('already_member');
    // The person now belongs to two organisations and can switch between them.
    const person = await loginAs(t.app, other.admin.email, PASSWORD);
    expect((await call(t.app, person, { method: 'GET', url: '/api/orgs' })).json()).toHaveLength(2);
    expect((await call(t.app, person, { method: 'PATCH', url: '/api/me', payload: { lastOrgId: org.orgId } })).json().lastOrgId).toBe(
      org.orgId,
    );
  });

  it('changes roles and removes members, but never the last administrator', async () => {
    const m = await addMember(t.services, org.orgId, 'member', 'm');
    const promoted = await call(t.app, admin, {
      method: 'PATCH',
      url: `/api/orgs/${org.orgId}/members/${m.id}`,
      payload: { role: 'admin' },
    });
    expect(promoted.json().role).toBe('admin');
    expect((await call(t.app, admin, { method: 'DELETE', url: `/api/orgs/${org.orgId}/members/${m.id}` })).statusCode).toBe(204);
    const lastDemote = await call(t.app, admin, {
      method: 'PATCH',
      url: `/api/orgs/${org.orgId}/members/${org.admin.id}`,
      payload: { role: 'member' },
    });
    expect(lastDemote.statusCode).toBe(409);
    expect(lastDemote.json().code).toBe('last_admin');
    const lastRemove = await call(t.app, admin, { method: 'DELETE', url: `/api/orgs/${org.orgId}/members/${org.admin.id}` });
    expect(lastRemove.statusCode).toBe(409);
    const actions = (await t.services.audit.list(org.orgId, { limit: 50 })).events.map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['member.role_changed', 'member.removed']));
  });

  it('renews credentials only for members who have not chosen a password', async () => {
    const invited = (
      await call(t.app, admin, {
        method: 'POST',
        url: `/api/orgs/${org.orgId}/members`,
        payload: { email: 'late@example.dk', name: 'Late', role: 'member' },
      })
    ).json();
    const oldToken = new URL(invited.credentials.inviteUrl).hash.slice(1);
    const renewed = await call(t.app, admin, {
      method: 'POST',
      url: `/api/orgs/${org.orgId}/members/${invited.member.userId}/invite`,
      payload: { method: 'link' },
    });
    expect(renewed.statusCode).toBe(200);
    expect((await t.app.inject({ method: 'POST', url: '/api/invites/lookup', payload: { token: oldToken } })).statusCode).toBe(400);
    const active = await call(t.app, admin, {
      method: 'POST',
      url: `/api/orgs/${org.orgId}/members/${org.admin.id}/invite`,
      payload: { method: 'password' },
    });
    expect(active.statusCode).toBe(400);
  });

  it('pages through the audit log newest first', async () => {
    for (let i = 0; i < 5; i++)
      await call(t.app, admin, { method: 'POST', url: `/api/orgs/${org.orgId}/units`, payload: { name: `Enhed ${i}` } });
    const first = (await call(t.app, admin, { method: 'GET', url: `/api/orgs/${org.orgId}/audit?limit=3` })).json();
    expect(first.events).toHaveLength(3);
    expect(first.events[0].details).toEqual({ name: 'Enhed 4' });
    const second = (
      await call(t.app, admin, { method: 'GET', url: `/api/orgs/${org.orgId}/audit?limit=3&before=${first.nextCursor}` })
    ).json();
    const all = [...first.events, ...second.events].map((e: { id: string }) => e.id);
    expect(new Set(all).size).toBe(all.length);
    expect([...all].sort().reverse()).toEqual(all);
  });
});
