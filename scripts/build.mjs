#!/usr/bin/env node
// Builds what is stale: the server (TypeScript → dist/node) and the web app (Vite → dist/web).
// `--server` or `--web` builds one of them; `--force` rebuilds regardless.
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, ensureDependencies, log, newestMtime, runOrFail } from './lib.mjs';

const args = new Set(process.argv.slice(2));
const both = !args.has('--server') && !args.has('--web');
const force = args.has('--force');

ensureDependencies();

const SHARED = ['src/contracts', 'src/domain', 'package-lock.json'];

function stale(output, inputs) {
  const target = join(ROOT, output);
  return force || !existsSync(target) || newestMtime(inputs) > statSync(target).mtimeMs;
}

if (
  (both || args.has('--server')) &&
  stale('dist/node/server/cli/main.js', ['src/server', 'tsconfig.json', 'tsconfig.base.json', ...SHARED])
) {
  log('Building the server (tsc)…');
  runOrFail(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.json']);
  // tsc leaves an unchanged output untouched; mark the build as current.
  const { utimesSync } = await import('node:fs');
  const now = new Date();
  utimesSync(join(ROOT, 'dist/node/server/cli/main.js'), now, now);
}

if ((both || args.has('--web')) && stale('dist/web/index.html', ['src/web', 'vite.config.ts', 'index.html', ...SHARED])) {
  log('Building the web app (vite)…');
  runOrFail(process.execPath, [join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--logLevel', 'warn']);
}
