import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { z } from 'zod';
import { ZEmail, ZId, ZMunicipalityCode, ZOrgType, ZPassword, ZRole, zLine } from '../../contracts/common.js';
import { ZImportRadarBody, ZRadarExportFormat } from '../../contracts/radar.js';
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
  {
    name: 'radar import',
    usage: 'pejling radar import --org <id> --format byor-csv|byor-json|zalando|backstage --file <F> [--edition NAME] [--title T]',
    summary: 'Import a radar file from another radar tool into an organisation',
    details:
      'Every problem of the file is reported with its line, and nothing is imported from a file that has any. ' +
      'Backstage files bring their timelines as editions; --edition names the edition of a file without editions.',
    options: {
      org: { type: 'string', description: 'The organisation the radar belongs to' },
      format: { type: 'string', description: 'byor-csv, byor-json, zalando or backstage' },
      file: { type: 'string', description: 'The file to read' },
      edition: { type: 'string', description: 'Name of the edition the blips belong to (e.g. 2026)' },
      title: { type: 'string', description: 'Title of the radar (default: from the file)' },
      ...jsonOption,
    },
    positionals: [],
    run: async ({ values }, config, io) => {
      const orgId = option(ZId, values.org, 'org');
      const format = option(ZImportRadarBody.shape.format, values.format, 'format');
      if (typeof values.file !== 'string') throw new UsageError('--file is required');
      const source = resolve(values.file);
      if (!existsSync(source)) throw new UsageError(`${source} does not exist.`);
      const body = ZImportRadarBody.safeParse({
        format,
        text: readFileSync(source, 'utf8'),
        ...(values.edition !== undefined ? { edition: values.edition } : {}),
        ...(values.title !== undefined ? { title: values.title } : {}),
      });
      if (!body.success) throw new UsageError(`${source} is too large, or --edition/--title is invalid.`);
      const radar = await withServices(config, async (s) => {
        if (!(await s.organisations.repo.getOrg(orgId))) throw new UsageError(`No organisation with id ${orgId}.`);
        try {
          return await s.radar.importRadar(orgId, body.data, null, 'en');
        } catch (err) {
          if (err instanceof AppError && err.code === 'radar_file_invalid') {
            throw new ImportError(
              [`${source} cannot be imported; nothing was imported:`, ...(err.fields ?? []).map((f) => `  ${f.message}`)].join('\n'),
            );
          }
          throw err;
        }
      });
      print(io, values.json === true, radar, `Imported "${radar.title}" (${radar.id}) with ${radar.blips} blips.`);
    },
  },
  {
    name: 'radar export',
    usage: 'pejling radar export --radar <id> --format byor-csv|byor-json|zalando|backstage|html|svg --out <F> [--area ID] [--lang da|en]',
    summary: "Write an imported radar, or the joint (or an area's) radar of an edition, to a file",
    details: "--radar takes the id of an imported radar or of a radar edition; --area picks an area's radar of an edition.",
    options: {
      radar: { type: 'string', description: 'Id of an imported radar or of an edition' },
      format: { type: 'string', description: 'byor-csv, byor-json, zalando, backstage, html or svg' },
      out: { type: 'string', description: 'The file to write' },
      area: { type: 'string', description: 'An area of the edition (default: the joint radar)' },
      lang: { type: 'string', description: 'Language of names and texts: da (default) or en' },
    },
    positionals: [],
    run: async ({ values }, config, io) => {
      const id = option(ZId, values.radar, 'radar');
      const format = option(ZRadarExportFormat, values.format, 'format');
      if (typeof values.out !== 'string') throw new UsageError('--out is required');
      const lang = values.lang === undefined ? 'da' : values.lang === 'da' || values.lang === 'en' ? values.lang : null;
      if (lang === null) throw new UsageError('--lang must be da or en');
      const area = typeof values.area === 'string' ? values.area : undefined;
      const file = await withServices(config, async (s) => {
        const stored = await s.radar.repo.storedRadarById(id);
        if (stored) return s.radar.exportStored(stored.org_id, id, format, lang, null);
        const edition = await s.radar.repo.edition(id);
        if (!edition) throw new UsageError(`No imported radar or edition with id ${id}.`);
        return s.radar.exportView(edition.org_id, id, { radar: area ? 'area' : 'joint', area, lang, format }, null);
      });
      const target = resolve(values.out);
      writeFileSync(target, file.body);
      io.out(`Wrote ${target} (${file.body.length} bytes).`);
    },
  },
];
