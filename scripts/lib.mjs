// Set-up helpers shared by `npm start`, `npm test` and the build. Node built-ins only: they run
// before anything is installed.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const STAMP = join(ROOT, 'node_modules', '.pejling-install-stamp');

export function log(message) {
  process.stdout.write(`\x1b[36m›\x1b[0m ${message}\n`);
}

export function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit', ...options });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

export function runOrFail(command, args, options = {}) {
  const status = run(command, args, options);
  if (status !== 0) {
    process.stderr.write(`\n${command} ${args.join(' ')} failed (exit ${status}).\n`);
    process.exit(status);
  }
}

function lockHash() {
  const lock = join(ROOT, 'package-lock.json');
  const source = existsSync(lock) ? readFileSync(lock) : readFileSync(join(ROOT, 'package.json'));
  return createHash('sha256').update(source).update(process.version).digest('hex');
}

/** Installs the npm dependencies when they are missing or older than package-lock.json. */
export function ensureDependencies() {
  const hash = lockHash();
  const native = join(ROOT, 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node');
  if (existsSync(STAMP) && readFileSync(STAMP, 'utf8') === hash && existsSync(native)) return;
  log('Installing dependencies (npm ci; the first time this builds the SQLite driver, about a minute)…');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  runOrFail(npm, [existsSync(join(ROOT, 'package-lock.json')) ? 'ci' : 'install', '--no-audit', '--no-fund'], {
    env: { ...process.env, npm_config_yes: 'true' },
  });
  writeFileSync(STAMP, hash);
}

/** The newest modification time of any file below the given paths. */
export function newestMtime(paths) {
  let newest = 0;
  const visit = (p) => {
    if (!existsSync(p)) return;
    const s = statSync(p);
    if (s.isDirectory()) {
      for (const entry of readdirSync(p)) visit(join(p, entry));
    } else if (s.mtimeMs > newest) newest = s.mtimeMs;
  };
  for (const p of paths) visit(join(ROOT, p));
  return newest;
}

export function isRoot() {
  return typeof process.getuid === 'function' && process.getuid() === 0;
}
