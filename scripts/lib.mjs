// Set-up helpers shared by `npm start`, `npm test` and the build. Node built-ins only: they run
// before anything is installed.
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

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

/**
 * True when node_modules holds exactly the versions package-lock.json asks for (npm keeps a
 * record of what it installed in node_modules/.package-lock.json) and the SQLite driver is built.
 */
function dependenciesCurrent() {
  const installed = join(ROOT, 'node_modules', '.package-lock.json');
  const native = join(ROOT, 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node');
  if (!existsSync(installed) || !existsSync(native)) return false;
  const wanted = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')).packages ?? {};
  const have = JSON.parse(readFileSync(installed, 'utf8')).packages ?? {};
  return Object.entries(wanted).every(
    ([path, meta]) => !path.startsWith('node_modules/') || meta.optional || have[path]?.version === meta.version,
  );
}

const sleep = (ms) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/** Whether the process that took a lock is gone (killed before it could release it). */
function holderGone(lock) {
  try {
    const pid = Number(readFileSync(join(lock, 'pid'), 'utf8'));
    if (!pid) return false;
    process.kill(pid, 0);
    return false;
  } catch (err) {
    return err?.code === 'ESRCH';
  }
}

/**
 * Runs fn while holding a lock folder, so two commands never install or build at the same
 * time. A lock whose process has died, or that is older than 15 minutes, is taken over.
 */
export function withLock(name, fn) {
  const lock = join(ROOT, `.pejling-${name}.lock`);
  for (let waited = 0; ; waited += 500) {
    try {
      mkdirSync(lock);
      writeFileSync(join(lock, 'pid'), String(process.pid));
      break;
    } catch {
      const age = Date.now() - (statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (age > 15 * 60_000 || (age > 2000 && holderGone(lock))) rmSync(lock, { recursive: true, force: true });
      if (waited === 0) log(`Waiting for another ${name} to finish…`);
      sleep(500);
    }
  }
  try {
    return fn();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/** Installs the npm dependencies when they are missing or differ from package-lock.json. */
export function ensureDependencies() {
  if (dependenciesCurrent()) return;
  withLock('install', () => {
    if (dependenciesCurrent()) return;
    const fresh = !existsSync(join(ROOT, 'node_modules'));
    log(`Installing dependencies (npm ${fresh ? 'ci' : 'install'}; the first time this builds the SQLite driver, about a minute)…`);
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    runOrFail(npm, [fresh ? 'ci' : 'install', '--no-audit', '--no-fund'], { env: { ...process.env, npm_config_yes: 'true' } });
  });
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
