import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PROJECT_ROOT } from '../../src/server/lib/paths.js';

/**
 * The shared fixtures (real files of other tools), read where they live — beside the repository,
 * in ../shared/fixtures (or beside the checkout a local clone was made from) — and never copied
 * into it; PEJLING_SHARED_DIR points elsewhere. A missing file fails the test that wanted it; it does not skip.
 */
export const SHARED_DIR = findShared();

function findShared(): string {
  if (process.env.PEJLING_SHARED_DIR) return resolve(process.env.PEJLING_SHARED_DIR);
  const beside = join(PROJECT_ROOT, '..', 'shared');
  if (existsSync(beside)) return beside;
  // A clone of a checkout on this machine (as CI makes one): the fixtures beside the original.
  try {
    const origin = execFileSync('git', ['config', '--get', 'remote.origin.url'], { cwd: PROJECT_ROOT, encoding: 'utf8' }).trim();
    const besideOrigin = origin.startsWith('/') ? join(origin, '..', 'shared') : null;
    if (besideOrigin && existsSync(besideOrigin)) return besideOrigin;
  } catch {
    // Not a git checkout, or no origin.
  }
  return beside;
}

export function sharedFixture(path: string): string {
  const file = join(SHARED_DIR, 'fixtures', path);
  if (!existsSync(file))
    throw new Error(
      `Fixture missing: ${file} (the shared fixtures are expected in ${join(SHARED_DIR, 'fixtures')}; set PEJLING_SHARED_DIR if they are elsewhere)`,
    );
  return readFileSync(file, 'utf8');
}
