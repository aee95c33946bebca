import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../../src/server/app.js';
import { loadConfig, type Config } from '../../src/server/config.js';
import { openDatabase } from '../../src/server/db/database.js';
import { migrateToLatest } from '../../src/server/db/migrate.js';
import type { Services } from '../../src/server/services.js';
import { freshDatabase, type TestDatabase } from './database.js';

export interface TestApp {
  app: FastifyInstance;
  services: Services;
  config: Config;
  database: TestDatabase;
  close(): Promise<void>;
}

/** The application over an existing test database; closing the app keeps the data. */
export async function buildTestApp(
  database: TestDatabase,
  overrides: Partial<Config> = {},
): Promise<{ app: FastifyInstance; config: Config }> {
  const config: Config = {
    ...loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', LOGIN_RATE_LIMIT: '100000' }),
    database: database.config,
    dataDir: database.dataDir,
    cookieSecret: 'test-cookie-secret-that-is-long-enough-0123456789',
    publicUrl: 'http://pejling.test',
    ...overrides,
  };
  const db = openDatabase(config.database);
  await migrateToLatest(db);
  const app = await buildApp({ config, db, logger: false });
  await app.ready();
  return { app, config };
}

/** Builds the real application over a fresh database (SQLite or PostgreSQL, see database.ts). */
export async function createTestApp(overrides: Partial<Config> = {}): Promise<TestApp> {
  const database = await freshDatabase();
  const { app, config } = await buildTestApp(database, overrides);
  return {
    app,
    services: app.services,
    config,
    database,
    close: async () => {
      await app.close();
      await database.drop();
    },
  };
}

/** A signed-in caller: a session cookie with its CSRF token, or a bearer token. */
export interface Caller {
  headers: Record<string, string>;
  userId: string;
  email: string;
}

export const PASSWORD = 'correct-horse-battery';

export async function loginAs(app: FastifyInstance, email: string, password = PASSWORD): Promise<Caller> {
  const res = await app.inject({ method: 'POST', url: '/api/session', payload: { email, password } });
  if (res.statusCode !== 200) throw new Error(`login failed for ${email}: ${res.statusCode} ${res.body}`);
  const cookie = res.cookies.find((c) => c.name === 'pejling_session');
  if (!cookie) throw new Error('no session cookie');
  const body = res.json() as { user: { id: string }; csrfToken: string };
  return { headers: { cookie: `pejling_session=${cookie.value}`, 'x-csrf-token': body.csrfToken }, userId: body.user.id, email };
}

export async function bearerFor(services: Services, email: string): Promise<Caller> {
  const user = await services.accounts.repo.getUserByEmail(email);
  if (!user) throw new Error(`no user ${email}`);
  const created = await services.accounts.createToken({ user, via: 'token', sessionId: null }, 'test', null);
  return { headers: { authorization: `Bearer ${created.secret}` }, userId: user.id, email };
}

export function call(app: FastifyInstance, caller: Caller | null, opts: InjectOptions): Promise<LightMyRequestResponse> {
  return app.inject({ ...opts, headers: { ...(caller?.headers ?? {}), ...(opts.headers ?? {}) } }) as Promise<LightMyRequestResponse>;
}

export interface OrgFixture {
  orgId: string;
  admin: { id: string; email: string };
  unitId: string;
}

/** An organisation with an administrator (who can log in with PASSWORD) and one unit. */
export async function createOrgFixture(services: Services, label: string): Promise<OrgFixture> {
  const email = `admin-${label.toLowerCase()}-${Math.random().toString(36).slice(2, 8)}@example.dk`;
  const user = await services.accounts.createUser({ email, name: `Admin ${label}`, password: PASSWORD });
  const actor = { userId: user.id, email, ip: null, isPlatformAdmin: false };
  const org = await services.organisations.create({ name: `Org ${label}`, type: 'kommune', municipalityCode: null }, actor, true);
  const unit = await services.organisations.createUnit(org.id, { name: `Unit ${label}` }, actor);
  return { orgId: org.id, admin: { id: user.id, email }, unitId: unit.id };
}

/** Adds a person with a password (PASSWORD) to an organisation in a role. */
export async function addMember(services: Services, orgId: string, role: 'admin' | 'facilitator' | 'member', label: string) {
  const email = `${role}-${label.toLowerCase()}-${Math.random().toString(36).slice(2, 8)}@example.dk`;
  const user = await services.accounts.createUser({ email, name: `${role} ${label}`, password: PASSWORD });
  await services.organisations.invite(orgId, { email, name: user.name, role, method: 'link' }, null);
  return { id: user.id, email };
}
