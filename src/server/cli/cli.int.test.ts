import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildTestApp } from '../../../test/helpers/app.js';
import { TEST_DIALECT, freshDatabase, type TestDatabase } from '../../../test/helpers/database.js';
import { startServerProcess } from '../../../test/helpers/process.js';
import { PROJECT_ROOT } from '../lib/paths.js';
import { runCli } from './main.js';
import { sharedFixture } from '../../../test/helpers/fixtures.js';
import { parseRadar } from '../../domain/radar/formats/index.js';
import type { RadarDoc } from '../../domain/radar/model.js';

interface Run {
  code: number;
  out: string;
  err: string;
}

describe('the pejling command', () => {
  let database: TestDatabase;
  let env: NodeJS.ProcessEnv;
  beforeEach(async () => {
    database = await freshDatabase();
    env = {
      DATA_DIR: database.dataDir,
      DATABASE_URL: database.config.dialect === 'postgresql' ? database.config.url : '',
      LOG_LEVEL: 'silent',
      NODE_ENV: 'test',
    };
  });
  afterEach(async () => database.drop());

  async function cli(...args: string[]): Promise<Run> {
    const out: string[] = [];
    const err: string[] = [];
    const code = await runCli(args, { out: (l) => out.push(l), err: (l) => err.push(l) }, env);
    return { code, out: out.join('\n'), err: err.join('\n') };
  }

  it('creates an organisation, a user and a token that the API accepts', async () => {
    const org = await cli('create-org', '--name', 'Vesthavn Kommune', '--type', 'kommune', '--municipality-code', '851', '--json');
    expect(org.code).toBe(0);
    const { id: orgId } = JSON.parse(org.out) as { id: string };
    expect(orgId).toMatch(/^[0-9a-z]{26}$/);
    expect((await cli('create-org', '--name', 'Plain', '--type', 'stat')).out).toMatch(/^[0-9a-z]{26}$/);

    const user = await cli(
      'create-user',
      '--org',
      orgId,
      '--email',
      'Leder@Vesthavn.dk',
      '--role',
      'admin',
      '--password',
      'leder-password-1',
      '--json',
    );
    expect(user.code).toBe(0);
    expect(JSON.parse(user.out)).toMatchObject({ email: 'leder@vesthavn.dk', role: 'admin', created: true, oneTimePassword: null });

    const otp = await cli('create-user', '--org', orgId, '--email', 'medarbejder@vesthavn.dk', '--role', 'member');
    expect(otp.code).toBe(0);
    expect(otp.out).toMatch(/One-time password \(shown once\): [a-z2-9-]{19}/);

    const token = await cli('create-token', '--email', 'leder@vesthavn.dk', '--name', 'Integration');
    expect(token.code).toBe(0);
    expect(token.out).toMatch(/^pjl_[A-Za-z0-9_-]{43}$/);

    const { app: t } = await buildTestApp(database);
    try {
      const res = await t.inject({ method: 'GET', url: `/api/orgs/${orgId}/members`, headers: { authorization: `Bearer ${token.out}` } });
      expect(res.statusCode).toBe(200);
      expect(
        res
          .json()
          .map((m: { email: string }) => m.email)
          .sort(),
      ).toEqual(['leder@vesthavn.dk', 'medarbejder@vesthavn.dk']);
    } finally {
      await t.close();
    }
  });

  it('explains wrong arguments with a non-zero exit', async () => {
    const noType = await cli('create-org', '--name', 'X');
    expect(noType.code).toBe(2);
    expect(noType.err).toContain('--type is required');
    const badType = await cli('create-org', '--name', 'X', '--type', 'firma');
    expect(badType.code).toBe(2);
    expect(badType.err).toContain('--type is invalid');
    const unknown = await cli('create-org', '--navn', 'X');
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain("Unknown option '--navn'");
    const badRole = await cli('create-user', '--org', '01jdq3v8x2k4m6n8p0r2s4t6v8', '--email', 'a@b.dk', '--role', 'boss');
    expect(badRole.code).toBe(2);
    expect(badRole.err).toContain('--role');
    const noOrg = await cli('create-user', '--org', '01jdq3v8x2k4m6n8p0r2s4t6v8', '--email', 'a@b.dk', '--role', 'admin');
    expect(noOrg.code).toBe(2);
    expect(noOrg.err).toContain('no organisation with id');
    const noUser = await cli('create-token', '--email', 'nobody@example.dk');
    expect(noUser.code).toBe(2);
    expect((await cli('no-such-command')).code).toBe(2);
    expect((await cli('export-org')).code).toBe(2);
  });

  it('has --help for every command', async () => {
    const overview = await cli('--help');
    expect(overview.code).toBe(0);
    for (const name of [
      'serve',
      'migrate',
      'seed-demo',
      'create-org',
      'create-user',
      'create-token',
      'backup',
      'export-org',
      'import-org',
    ]) {
      expect(overview.out).toContain(name);
      const help = await cli(name, '--help');
      expect(help.code).toBe(0);
      expect(help.out).toContain(`Usage: pejling ${name}`);
    }
  });

  it('names the bad setting when the configuration is invalid', async () => {
    env = { ...env, PORT: 'abc' };
    const res = await cli('migrate');
    expect(res.code).toBe(2);
    expect(res.err).toContain('PORT="abc"');
  });

  it('migrates, seeds the demo once, and exports and imports an organisation exactly', async () => {
    expect((await cli('migrate')).out).toMatch(/Applied 0001_foundation|up to date/);
    expect((await cli('migrate')).out).toContain('up to date');
    expect((await cli('seed-demo')).out).toContain('demo@fjordby.dk');
    expect((await cli('seed-demo')).out).toContain('no demo data was added');

    const orgId = JSON.parse((await cli('create-org', '--name', 'Eksport Kommune', '--type', 'kommune', '--json')).out).id as string;
    await cli('create-user', '--org', orgId, '--email', 'e@example.dk', '--role', 'admin', '--password', 'export-password-1');
    const file = join(database.dataDir, 'org.json');
    const exported = await cli('export-org', orgId, file);
    expect(exported.code).toBe(0);
    expect(existsSync(file)).toBe(true);

    const refused = await cli('import-org', file);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('already exists');

    const other = await freshDatabase();
    try {
      const otherEnv = { ...env, DATA_DIR: other.dataDir, DATABASE_URL: other.config.dialect === 'postgresql' ? other.config.url : '' };
      const out: string[] = [];
      const io = { out: (l: string) => out.push(l), err: (l: string) => out.push(l) };
      expect(await runCli(['import-org', file], io, otherEnv)).toBe(0);
      const again = join(other.dataDir, 'again.json');
      expect(await runCli(['export-org', orgId, again], io, otherEnv)).toBe(0);
      const a = JSON.parse(readFileSync(file, 'utf8'));
      const b = JSON.parse(readFileSync(again, 'utf8'));
      expect({ ...b, exportedAt: null }).toEqual({ ...a, exportedAt: null });
    } finally {
      await other.drop();
    }
  });

  it.runIf(TEST_DIALECT === 'sqlite')('backs up the SQLite database into a file that opens with everything in it', async () => {
    const orgId = JSON.parse((await cli('create-org', '--name', 'Backup Kommune', '--type', 'kommune', '--json')).out).id as string;
    const target = join(database.dataDir, 'backup.db');
    const res = await cli('backup', target);
    expect(res.code).toBe(0);
    const { default: Database } = await import('better-sqlite3');
    const copy = new Database(target, { readonly: true });
    expect(copy.prepare('select name from organisations where id = ?').get(orgId)).toEqual({ name: 'Backup Kommune' });
    copy.close();
    expect((await cli('backup', target)).code).toBe(2);
  });

  it.runIf(TEST_DIALECT === 'postgresql')('points to pg_dump for backups on PostgreSQL', async () => {
    const res = await cli('backup', join(database.dataDir, 'x.db'));
    expect(res.code).toBe(0);
    expect(res.out).toContain('pg_dump');
  });

  it('runs as a real process through bin/pejling.js', () => {
    const proc = spawnSync(
      process.execPath,
      [join(PROJECT_ROOT, 'bin', 'pejling.js'), 'create-org', '--name', 'Proces Kommune', '--type', 'kommune', '--json'],
      {
        env: { ...process.env, ...env },
        encoding: 'utf8',
        timeout: 120_000,
      },
    );
    expect(proc.status).toBe(0);
    expect(JSON.parse(proc.stdout.trim().split('\n').pop()!)).toMatchObject({ name: 'Proces Kommune', type: 'kommune' });
    const bad = spawnSync(process.execPath, [join(PROJECT_ROOT, 'bin', 'pejling.js'), 'create-org'], {
      env: { ...process.env, ...env },
      encoding: 'utf8',
    });
    expect(bad.status).toBe(2);
  });

  it('serves until SIGTERM, then finishes the request in flight and exits cleanly', async () => {
    const { child, url, output, exited } = await startServerProcess({ ...env, LOG_LEVEL: 'info' }, ['--demo']);
    expect(output()).toContain('demo@fjordby.dk');
    const health = await fetch(`${url}/healthz`);
    expect(await health.json()).toEqual({ status: 'ok', database: TEST_DIALECT });
    // A login costs a deliberate password hash: it is still running when SIGTERM arrives.
    const inFlight = fetch(`${url}/api/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'demo@fjordby.dk', password: 'pejling-demo' }),
    });
    await new Promise((r) => setTimeout(r, 15));
    child.kill('SIGTERM');
    const res = await inFlight;
    expect(res.status).toBe(200);
    expect(await exited).toBe(0);
    expect(output()).toContain('shutting down');
    expect(output()).toContain('stopped');
    await expect(fetch(`${url}/healthz`)).rejects.toThrow();
  });

  it('imports radar files and exports them again with the same blips, and explains a file it refuses', async () => {
    const org = JSON.parse((await cli('create-org', '--name', 'Radarby', '--type', 'kommune', '--json')).out) as { id: string };
    const dir = mkdtempSync(join(tmpdir(), 'pejling-radar-cli-'));
    const csvPath = join(dir, 'radar.csv');
    writeFileSync(csvPath, sharedFixture('radar/byor/localfiles_radar.csv'));
    const imported = await cli(
      'radar',
      'import',
      '--org',
      org.id,
      '--format',
      'byor-csv',
      '--file',
      csvPath,
      '--edition',
      '2026',
      '--json',
    );
    expect(imported.code, imported.err).toBe(0);
    const radar = JSON.parse(imported.out) as { id: string; blips: number };
    const original = parseRadar('byor-csv', readFileSync(csvPath, 'utf8'));
    if (!original.ok) throw new Error('fixture unreadable');
    expect(radar.blips).toBe(original.doc.blips.length);
    // Zalando's entries have no description; every other format carries it.
    const blipsOf = (doc: RadarDoc, format: string) =>
      doc.blips.map((b) => [b.name, b.ring, b.sector, b.movement, format === 'zalando' ? '' : b.description]);

    for (const format of ['byor-csv', 'byor-json', 'zalando', 'backstage'] as const) {
      const out = join(dir, `out-${format}`);
      const exported = await cli('radar', 'export', '--radar', radar.id, '--format', format, '--out', out);
      expect(exported.code, exported.err).toBe(0);
      // Importing the export again gives the same blips.
      const again = await cli('radar', 'import', '--org', org.id, '--format', format, '--file', out, '--json');
      expect(again.code, again.err).toBe(0);
      const back = parseRadar(format, readFileSync(out, 'utf8'));
      expect(back.ok).toBe(true);
      if (back.ok) expect(blipsOf(back.doc, format)).toEqual(blipsOf(original.doc, format));
    }
    const html = join(dir, 'radar.html');
    expect((await cli('radar', 'export', '--radar', radar.id, '--format', 'html', '--out', html)).code).toBe(0);
    expect(readFileSync(html, 'utf8')).toMatch(/^<!DOCTYPE html>/i);

    const sheet = join(dir, 'sheet.csv');
    writeFileSync(sheet, sharedFixture('radar/byor/sheet.csv'));
    const refused = await cli('radar', 'import', '--org', org.id, '--format', 'byor-csv', '--file', sheet);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('nothing was imported');
    expect(refused.err).toMatch(/Line \d+/);

    expect((await cli('radar', 'import', '--org', org.id, '--format', 'excel', '--file', sheet)).code).toBe(2);
    expect((await cli('radar', 'export', '--radar', org.id, '--format', 'html', '--out', html)).err).toContain(
      'No imported radar or edition',
    );
    expect((await cli('radar')).code).toBe(2);
  });
});
