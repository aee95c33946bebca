import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  PASSWORD,
  bearerFor,
  call,
  createOrgFixture,
  createTestApp,
  loginAs,
  type OrgFixture,
  type TestApp,
} from '../../../../test/helpers/app.js';

describe('sessions, CSRF, passwords and API tokens', () => {
  let t: TestApp;
  let org: OrgFixture;
  beforeEach(async () => {
    t = await createTestApp();
    org = await createOrgFixture(t.services, 'a');
  });
  afterEach(async () => t.close());

  it('logs in with a HttpOnly, SameSite=Strict cookie that is not Secure over plain HTTP', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/session', payload: { email: org.admin.email, password: PASSWORD } });
    expect(res.statusCode).toBe(200);
    const cookie = res.cookies.find((c) => c.name === 'pejling_session')!;
    expect(cookie.httpOnly).toBe(true);
    expect(cookie.sameSite).toBe('Strict');
    expect(cookie.secure).toBeFalsy();
    const body = res.json();
    expect(body.user.email).toBe(org.admin.email);
    expect(body.memberships).toEqual([expect.objectContaining({ orgId: org.orgId, role: 'admin' })]);
    expect(body.csrfToken).toMatch(/^[A-Za-z0-9_-]{20,}$/);
  });

  it('marks the cookie Secure when served over HTTPS behind a trusted proxy', async () => {
    const https = await createTestApp({ trustProxy: true });
    try {
      const o = await createOrgFixture(https.services, 'b');
      const res = await https.app.inject({
        method: 'POST',
        url: '/api/session',
        headers: { 'x-forwarded-proto': 'https' },
        payload: { email: o.admin.email, password: PASSWORD },
      });
      expect(res.cookies.find((c) => c.name === 'pejling_session')!.secure).toBe(true);
    } finally {
      await https.close();
    }
  });

  it('refuses a wrong password in Danish by default and in English on request, and audits it', async () => {
    const da = await t.app.inject({
      method: 'POST',
      url: '/api/session',
      payload: { email: org.admin.email, password: 'wrong-password!' },
    });
    expect(da.statusCode).toBe(401);
    expect(da.json()).toEqual({ code: 'invalid_credentials', message: 'E-mail eller adgangskode er forkert.' });
    const en = await t.app.inject({
      method: 'POST',
      url: '/api/session',
      headers: { 'accept-language': 'en-GB,en;q=0.9' },
      payload: { email: org.admin.email, password: 'wrong-password!' },
    });
    expect(en.json().message).toBe('The email or password is incorrect.');
    const log = await t.services.audit.list(org.orgId, { limit: 50 });
    expect(log.events.filter((e) => e.action === 'login.failed')).toHaveLength(2);
  });

  it('gives the same answer for an unknown email as for a wrong password', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/session',
      payload: { email: 'nobody@example.dk', password: 'whatever-123' },
    });
    expect(res.statusCode).toBe(401);
    expect(res.json().code).toBe('invalid_credentials');
  });

  it('requires the CSRF token for changes made with the session cookie', async () => {
    const caller = await loginAs(t.app, org.admin.email);
    const without = await t.app.inject({
      method: 'POST',
      url: `/api/orgs/${org.orgId}/units`,
      headers: { cookie: caller.headers.cookie! },
      payload: { name: 'Ny enhed' },
    });
    expect(without.statusCode).toBe(403);
    expect(without.json().code).toBe('csrf_invalid');
    const wrong = await call(t.app, caller, {
      method: 'POST',
      url: `/api/orgs/${org.orgId}/units`,
      headers: { 'x-csrf-token': 'x'.repeat(43) },
      payload: { name: 'Ny enhed' },
    });
    expect(wrong.statusCode).toBe(403);
    const ok = await call(t.app, caller, { method: 'POST', url: `/api/orgs/${org.orgId}/units`, payload: { name: 'Ny enhed' } });
    expect(ok.statusCode).toBe(201);
    expect(await t.services.organisations.listUnits(org.orgId)).toHaveLength(2);
  });

  it('refuses bodies that are not JSON', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/session', headers: { 'content-type': 'text/plain' }, payload: 'email=a' });
    expect(res.statusCode).toBe(415);
    const form = await t.app.inject({
      method: 'POST',
      url: '/api/session',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'email=a',
    });
    expect(form.statusCode).toBe(415);
  });

  it('logs out: the cookie no longer works', async () => {
    const caller = await loginAs(t.app, org.admin.email);
    expect((await call(t.app, caller, { method: 'DELETE', url: '/api/session' })).statusCode).toBe(204);
    const after = await call(t.app, caller, { method: 'GET', url: '/api/session' });
    expect(after.json().user).toBeNull();
    expect((await call(t.app, caller, { method: 'GET', url: '/api/orgs' })).statusCode).toBe(401);
  });

  it('changes the password: checks the current one and ends the other sessions', async () => {
    const first = await loginAs(t.app, org.admin.email);
    const second = await loginAs(t.app, org.admin.email);
    const wrong = await call(t.app, first, {
      method: 'POST',
      url: '/api/me/password',
      payload: { currentPassword: 'not-it-at-all', newPassword: 'a-brand-new-password' },
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().code).toBe('wrong_password');
    const weak = await call(t.app, first, {
      method: 'POST',
      url: '/api/me/password',
      payload: { currentPassword: PASSWORD, newPassword: 'short' },
    });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().fields).toEqual([{ path: 'newPassword', message: 'Skal være mindst 10 tegn.' }]);
    const ok = await call(t.app, first, {
      method: 'POST',
      url: '/api/me/password',
      payload: { currentPassword: PASSWORD, newPassword: 'a-brand-new-password' },
    });
    expect(ok.statusCode).toBe(204);
    expect((await call(t.app, first, { method: 'GET', url: '/api/orgs' })).statusCode).toBe(200);
    expect((await call(t.app, second, { method: 'GET', url: '/api/orgs' })).statusCode).toBe(401);
    await expect(loginAs(t.app, org.admin.email)).rejects.toThrow();
    await loginAs(t.app, org.admin.email, 'a-brand-new-password');
  });

  it('rate-limits login attempts per client', async () => {
    const limited = await createTestApp({ loginRateLimit: 3 });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 5; i++) {
        const res = await limited.app.inject({
          method: 'POST',
          url: '/api/session',
          payload: { email: 'x@example.dk', password: 'guess-number-' + i },
        });
        statuses.push(res.statusCode);
        if (res.statusCode === 429) expect(res.json()).toMatchObject({ code: 'rate_limited' });
      }
      expect(statuses).toEqual([401, 401, 401, 429, 429]);
    } finally {
      await limited.close();
    }
  });

  it('creates an API token shown once, stored hashed, usable as Bearer, and revocable', async () => {
    const caller = await loginAs(t.app, org.admin.email);
    const created = await call(t.app, caller, { method: 'POST', url: '/api/me/tokens', payload: { name: 'Rapportering' } });
    expect(created.statusCode).toBe(201);
    const { token, secret } = created.json();
    expect(secret).toMatch(/^pjl_[A-Za-z0-9_-]{43}$/);
    const stored = await t.services.db.kysely.selectFrom('api_tokens').selectAll().execute();
    expect(JSON.stringify(stored)).not.toContain(secret);
    const list = await call(t.app, caller, { method: 'GET', url: '/api/me/tokens' });
    expect(list.json()).toEqual([expect.objectContaining({ id: token.id, name: 'Rapportering' })]);
    expect(JSON.stringify(list.json())).not.toContain(secret);

    const bearer = { headers: { authorization: `Bearer ${secret}` }, userId: caller.userId, email: caller.email };
    const orgs = await call(t.app, bearer, { method: 'GET', url: '/api/orgs' });
    expect(orgs.statusCode).toBe(200);
    // No CSRF token is needed with a bearer token.
    expect(
      (await call(t.app, bearer, { method: 'POST', url: `/api/orgs/${org.orgId}/units`, payload: { name: 'Via token' } })).statusCode,
    ).toBe(201);

    expect((await call(t.app, caller, { method: 'DELETE', url: `/api/me/tokens/${token.id}` })).statusCode).toBe(204);
    expect((await call(t.app, bearer, { method: 'GET', url: '/api/orgs' })).statusCode).toBe(401);
    const actions = (await t.services.audit.list(org.orgId, { limit: 50 })).events.map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['token.created', 'token.revoked']));
    const revoked = (await t.services.audit.list(org.orgId, { limit: 50, action: 'token.revoked' })).events[0];
    expect(revoked?.details).toEqual({ name: 'Rapportering' });
  });

  it('does not let a user revoke somebody else’s token', async () => {
    const other = await createOrgFixture(t.services, 'other');
    const otherBearer = await bearerFor(t.services, other.admin.email);
    const tokens = await t.services.accounts.repo.listTokens(other.admin.id);
    const caller = await loginAs(t.app, org.admin.email);
    const res = await call(t.app, caller, { method: 'DELETE', url: `/api/me/tokens/${tokens[0]!.id}` });
    expect(res.statusCode).toBe(404);
    expect((await call(t.app, otherBearer, { method: 'GET', url: '/api/orgs' })).statusCode).toBe(200);
  });

  it('remembers the language per user', async () => {
    const caller = await loginAs(t.app, org.admin.email);
    const res = await call(t.app, caller, { method: 'PATCH', url: '/api/me', payload: { locale: 'en' } });
    expect(res.json().locale).toBe('en');
    const again = await loginAs(t.app, org.admin.email);
    expect((await call(t.app, again, { method: 'GET', url: '/api/session' })).json().user.locale).toBe('en');
  });

  it('ends expired sessions on use and sweeps the rest', async () => {
    const caller = await loginAs(t.app, org.admin.email);
    await loginAs(t.app, org.admin.email);
    await t.services.db.kysely.updateTable('sessions').set({ expires_at: '2000-01-01T00:00:00.000Z' }).execute();
    expect((await call(t.app, caller, { method: 'GET', url: '/api/session' })).json().user).toBeNull();
    expect(await t.services.accounts.repo.deleteExpiredSessions(new Date().toISOString())).toBe(1);
    expect(await t.services.db.kysely.selectFrom('sessions').selectAll().execute()).toEqual([]);
  });

  it('stops guessing of one account from many addresses after ten failures', async () => {
    for (let i = 0; i < 10; i++) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/session',
        remoteAddress: `10.0.0.${i}`,
        payload: { email: org.admin.email, password: `guess-${i}-xxxxx` },
      });
      expect(res.statusCode).toBe(401);
    }
    const blocked = await t.app.inject({
      method: 'POST',
      url: '/api/session',
      remoteAddress: '10.0.1.1',
      payload: { email: org.admin.email, password: PASSWORD },
    });
    expect(blocked.statusCode).toBe(429);
    expect(blocked.json().code).toBe('rate_limited');
    const other = await createOrgFixture(t.services, 'other');
    await loginAs(t.app, other.admin.email);
  });
});
