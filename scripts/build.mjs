#!/usr/bin/env node
// Builds what is stale: the server (TypeScript → dist/node) and the web app (Vite → dist/web).
// `--server` or `--web` builds one of them; `--force` rebuilds regardless.
import { existsSync, statSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, ensureDependencies, log, newestMtime, runOrFail, withLock } from './lib.mjs';

const args = new Set(process.argv.slice(2));
const both = !args.has('--server') && !args.has('--web');
const force = args.has('--force');

ensureDependencies();

const SHARED = ['src/contracts', 'src/domain', 'package-lock.json'];

function stale(output, inputs) {
  const target = join(ROOT, output);
  return force || !existsSync(target) || newestMtime(inputs) > statSync(target).mtimeMs;
}

const SERVER = ['dist/node/server/cli/main.js', ['src/server', 'tsconfig.json', 'tsconfig.base.json', ...SHARED]];
const WEB = ['dist/web/index.html', ['src/web', 'vite.config.ts', 'index.html', ...SHARED]];

if ((both || args.has('--server')) && stale(...SERVER)) {
  withLock('build-server', () => {
    if (!force && !stale(...SERVER)) return;
    log('Building the server (tsc)…');
    runOrFail(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.json']);
    // tsc leaves an unchanged output untouched; mark the build as current.
    const now = new Date();
    utimesSync(join(ROOT, SERVER[0]), now, now);
  });
}

if ((both || args.has('--web')) && stale(...WEB)) {
  withLock('build-web', () => {
    if (!force && !stale(...WEB)) return;
    log('Building the web app (vite)…');
    runOrFail(process.execPath, [join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--logLevel', 'warn']);
  });
}
