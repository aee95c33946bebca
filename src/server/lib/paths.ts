import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project folder (where package.json is), found from this file whether run from src or dist. */
function findRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(dir, 'package.json');
    if (existsSync(candidate) && (JSON.parse(readFileSync(candidate, 'utf8')) as { name?: string }).name === 'pejling') return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error('Cannot find the Pejling project folder');
    dir = parent;
  }
}

export const PROJECT_ROOT = findRoot();
export const WEB_DIST_DIR = join(PROJECT_ROOT, 'dist', 'web');
