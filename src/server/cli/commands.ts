import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { z } from 'zod';
import { ZEmail, ZId, ZMunicipalityCode, ZOrgType, ZPassword, ZRole, zLine } from '../../contracts/common.js';
import { ensureCookieSecret, type Config } from '../config.js';
import { openMigratedDatabase } from '../bootstrap.js';
import { migrateToLatest } from '../db/migrate.js';
import { openDatabase } from '../db/database.js';
import { DEMO_LOGIN, seedDemo } from '../features/demo/seed.js';
import { ImportError } from '../features/transfer/service.js';
import { AppError } from '../lib/errors.js';
import { createServices, type Services } from '../services.js';
import { serve } from './serve.js';

export class UsageError extends Error {}

export interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
}

export interface Command {
  name: string;
  usage: string;
  summary: string;
  details?: string;
  options: Record<string, { type: 'string' | 'boolean'; description: string }>;
  positionals: string[];
  run: (args: { values: Record<string, string | boolean | undefined>; positionals: string[] }, config: Config, io: Io) => Promise<void>;
}

async function withServices<T>(config: Config, fn: (services: Services) => Promise<T>): Promise<T> {
  const db = await openMigratedDatabase(config);
  try {
    return await fn(createServices(db, ensureCookieSecret(config)));
  } finally {
    await db.close();
  }
}

/** Validates one option with a contract schema, naming the option when it is wrong. */
function option<T extends z.ZodType>(schema: T, value: unknown, name: string): z.output<T> {
  const r = schema.safeParse(value);
  if (!r.success) {
    const issue = r.error.issues[0];
    const what = value === undefined ? 'is required' : `is invalid (${issue?.message ?? 'bad value'})`;
    throw new UsageError(`--${name} ${what}`);
  }
  return r.data;
}

function print(io: Io, json: boolean, value: Record<string, unknown>, text: string): void {
  io.out(json ? JSON.stringify(value) : text);
}

const jsonOption = { json: { type: 'boolean' as const, description: 'Print the result as JSON' } };

export const COMMANDS: Command[] = [
  {
    name: 'serve',
    usage: 'pejling serve [--demo]',
    summary: 'Migrate the database and serve Pejling (PORT, HOST and the rest from the environment)',
    options: { demo: { type: 'boolean', description: 'Seed the demo organisation when the database is empty' } },
    positionals: [],
    run: async ({ values }, config, io) => {
      await serve(config, { demo: values.demo === true, io });
    },
  },
  {
    name: 'migrate',
    usage: 'pejling migrate',
    summary: 'Bring the database schema up to date',
    options: {},
    positionals: [],
    run: async (_args, config, io) => {
      const db = openDatabase(config.database);
      try {
        const { applied } = await migrateToLatest(db);
        io.out(applied.length ? `Applied ${applied.join(', ')} on ${db.dialect}.` : `The ${db.dialect} database is up to date.`);
      } finally {
        await db.close();
      }
    },
  },
  {
    name: 'seed-demo',
    usage: 'pejling seed-demo',
    summary: 'Add the demo organisation (only into a database without organisations)',
    options: {},
    positionals: [],
    run: async (_args, config, io) => {
      const outcome = await withServices(config, seedDemo);
      io.out(
        outcome.created
          ? `Demo data created. Log in as ${DEMO_LOGIN.email} with the password ${DEMO_LOGIN.password}.`
          : 'The database already has organisations; no demo data was added.',
      );
    },
  },
  {
    name: 'create-org',
    usage: 'pejling create-org --name <name> --type kommune|region|stat|andet [--municipality-code 101] [--json]',
    summary: 'Create an organisation and print its id',
    options: {
      name: { type: 'string', description: 'Name of the organisation' },
      type: { type: 'string', description: 'kommune, region, stat or andet' },
      'municipality-code': { type: 'string', description: 'Three-digit municipality number (optional)' },
      ...jsonOption,
    },
    positionals: [],
    run: async ({ values }, config, io) => {
      const input = {
        name: option(zLine(200), values.name, 'name'),
        type: option(ZOrgType, values.type, 'type'),
        municipalityCode:
          values['municipality-code'] === undefined ? null : option(ZMunicipalityCode, values['municipality-code'], 'municipality-code'),
      };
      const org = await withServices(config, (s) => s.organisations.create(input, null, false));
      print(io, values.json === true, { id: org.id, name: org.name, type: org.type }, org.id);
    },
  },
  {
    name: 'create-user',
    usage:
      'pejling create-user --org <id> --email <email> --role admin|facilitator|member [--name <name>] [--password <password>] [--json]',
    summary: 'Create a user (or add an existing one) with a role in an organisation',
    details: 'Without --password a one-time password is printed, to be changed at the first login.',
    options: {
      org: { type: 'string', description: 'Organisation id' },
      email: { type: 'string', description: 'Email address (the login)' },
      role: { type: 'string', description: 'admin, facilitator or member' },
      name: { type: 'string', description: 'Full name (defaults to the part of the email before @)' },
      password: { type: 'string', description: 'Password (at least 10 characters)' },
      'platform-admin': { type: 'boolean', description: 'Also make the user a platform administrator' },
      ...jsonOption,
    },
    positionals: [],
    run: async ({ values }, config, io) => {
      const orgId = option(ZId, values.org, 'org');
      const email = option(ZEmail, values.email, 'email');
      const role = option(ZRole, values.role, 'role');
      const name = values.name === undefined ? email.split('@')[0]! : option(zLine(200), values.name, 'name');
      const password = values.password === undefined ? undefined : option(ZPassword, values.password, 'password');
      const result = await withServices(config, async (s) => {
        if (!(await s.organisations.repo.getOrg(orgId))) throw new UsageError(`--org: no organisation with id ${orgId}`);
        const existing = await s.accounts.repo.getUserByEmail(email);
        // With a password, the account is made first and then joins; without, joining creates it with a one-time password.
        if (!existing && password) await s.accounts.createUser({ email, name, password });
        const joined = await s.organisations.invite(orgId, { email, name, role, method: 'password' }, null);
        if (values['platform-admin'] === true) await s.accounts.repo.updateUser(joined.member.userId, { is_platform_admin: 1 });
        return { userId: joined.member.userId, created: !existing, oneTimePassword: joined.credentials?.oneTimePassword ?? null };
      });
      const text = [
        result.userId,
        result.created ? '' : `(existing user ${email} added to the organisation as ${role})`,
        result.oneTimePassword ? `One-time password (shown once): ${result.oneTimePassword}` : '',
      ]
        .filter(Boolean)
        .join('\n');
      print(
        io,
        values.json === true,
        { id: result.userId, email, role, created: result.created, oneTimePassword: result.oneTimePassword },
        text,
      );
    },
  },
  {
    name: 'create-token',
    usage: 'pejling create-token --email <email> [--name <name>] [--json]',
    summary: 'Create a personal API token for a user and print it once',
    options: {
      email: { type: 'string', description: 'The user the token acts as' },
      name: { type: 'string', description: 'What the token is for (default "CLI")' },
      ...jsonOption,
    },
    positionals: [],
    run: async ({ values }, config, io) => {
      const email = option(ZEmail, values.email, 'email');
      const name = values.name === undefined ? 'CLI' : option(zLine(100), values.name, 'name');
      const created = await withServices(config, async (s) => {
        const user = await s.accounts.repo.getUserByEmail(email);
        if (!user) throw new UsageError(`--email: no user with the email ${email}`);
        return s.accounts.createToken({ user, via: 'token', sessionId: null }, name, null);
      });
      print(io, values.json === true, { id: created.token.id, name, token: created.secret }, created.secret);
    },
  },
  {
    name: 'backup',
    usage: 'pejling backup <file>',
    summary: 'Write a consistent copy of the SQLite database while Pejling runs',
    options: {},
    positionals: ['file'],
    run: async ({ positionals }, config, io) => {
      if (config.database.dialect === 'postgresql') {
        io.out('Pejling runs on PostgreSQL: back it up with pg_dump, e.g. pg_dump --format=custom --file=pejling.dump "$DATABASE_URL".');
        return;
      }
      const target = resolve(positionals[0]!);
      if (existsSync(target)) throw new UsageError(`${target} exists already; choose a new file name.`);
      const db = openDatabase(config.database);
      try {
        await db.sqlite!.backup(target);
      } finally {
        await db.close();
      }
      io.out(`Backup written to ${target}.`);
    },
  },
  {
    name: 'export-org',
    usage: 'pejling export-org <org-id> <file.json>',
    summary: 'Write everything of one organisation to a JSON file (including password hashes: keep it safe)',
    options: {},
    positionals: ['org-id', 'file.json'],
    run: async ({ positionals }, config, io) => {
      const orgId = option(ZId, positionals[0], 'org-id');
      const target = resolve(positionals[1]!);
      const file = await withServices(config, async (s) => {
        try {
          return await s.transfer.exportOrganisation(orgId, { includeCredentials: true, actor: null, via: 'cli' });
        } catch (err) {
          if (err instanceof AppError && err.code === 'not_found') throw new UsageError(`No organisation with id ${orgId}.`);
          throw err;
        }
      });
      writeFileSync(target, `${JSON.stringify(file, null, 2)}\n`, { mode: 0o600 });
      io.out(
        `Exported "${file.organisation.name}" (${file.units.length} units, ${file.users.length} people, ${file.auditEvents.length} audit events) to ${target}.`,
      );
    },
  },
  {
    name: 'import-org',
    usage: 'pejling import-org <file.json>',
    summary: 'Recreate an organisation from an export file (refused if it exists here already)',
    options: {},
    positionals: ['file.json'],
    run: async ({ positionals }, config, io) => {
      const source = resolve(positionals[0]!);
      if (!existsSync(source)) throw new UsageError(`${source} does not exist.`);
      let content: unknown;
      try {
        content = JSON.parse(readFileSync(source, 'utf8'));
      } catch {
        throw new ImportError(`${source} is not valid JSON.`);
      }
      const r = await withServices(config, (s) => s.transfer.importOrganisation(content));
      io.out(
        `Imported "${r.name}" (${r.orgId}) with ${r.users} people${r.reusedUsers ? `, ${r.reusedUsers} of whom already had an account here` : ''}.`,
      );
    },
  },
];
