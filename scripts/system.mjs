// System packages the full test run needs: Debian's chromium (browser tests) and postgresql
// (the second database). Installed with apt-get when missing and running as root, as in CI.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { isRoot, log, run } from './lib.mjs';

export function chromiumPath() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean);
  return candidates.find((p) => existsSync(p)) ?? null;
}

/** The bin folder of the newest installed PostgreSQL server, e.g. /usr/lib/postgresql/15/bin. */
export function postgresBin() {
  if (process.env.PG_BIN && existsSync(join(process.env.PG_BIN, 'initdb'))) return process.env.PG_BIN;
  const base = '/usr/lib/postgresql';
  if (!existsSync(base)) return null;
  const versions = readdirSync(base)
    .filter((v) => existsSync(join(base, v, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions.length ? join(base, versions[0], 'bin') : null;
}

function postgresUserExists() {
  return run('id', ['-u', 'postgres'], { stdio: 'ignore' }) === 0;
}

/**
 * Makes sure chromium and a PostgreSQL server are present. Returns a list of problems that
 * could not be fixed (empty when all is well).
 */
export function ensureSystemPackages({ needChromium = true, needPostgres = true } = {}) {
  const missing = [];
  if (needChromium && !chromiumPath()) missing.push('chromium');
  if (needPostgres && (!postgresBin() || (isRoot() && !postgresUserExists()))) missing.push('postgresql');
  if (missing.length === 0) return [];
  if (!isRoot() || !existsSync('/usr/bin/apt-get')) {
    return missing.map((p) =>
      p === 'chromium'
        ? 'Chromium is missing: install Debian\'s "chromium" package or set CHROMIUM_PATH.'
        : 'PostgreSQL is missing: install Debian\'s "postgresql" package, set PG_BIN, or set PEJLING_TEST_PG_URL to a server you run.',
    );
  }
  log(`Installing ${missing.join(' and ')} with apt-get…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  if (run('apt-get', ['update', '-qq'], { env }) !== 0) return ['apt-get update failed'];
  const status = run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing], { env });
  if (status !== 0) return [`apt-get install ${missing.join(' ')} failed (exit ${status})`];
  const still = [];
  if (needChromium && !chromiumPath()) still.push('chromium is still missing after apt-get');
  if (needPostgres && !postgresBin()) still.push('postgresql is still missing after apt-get');
  return still;
}
