#!/usr/bin/env node
// Builds what is stale: the server (TypeScript → dist/node) and the web app (Vite → dist/web).
// `--server` or `--web` builds one of them; `--force` rebuilds regardless.
import { existsSync, readFileSync, readdirSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { ROOT, ensureDependencies, log, newestMtime, runOrFail, withLock } from './lib.mjs';

const args = new Set(process.argv.slice(2));
const both = !args.has('--server') && !args.has('--web');
const force = args.has('--force');

ensureDependencies();

const SHARED = ['src/contracts', 'src/domain', 'package-lock.json'];

/** Brotli and gzip copies of every text asset, served as they are to clients that accept them. */
function precompress(dir) {
  for (const name of readdirSync(dir)) {
    if (!/\.(js|css|svg|json|txt)$/.test(name)) continue;
    const file = join(dir, name);
    const data = readFileSync(file);
    if (data.length < 1024) continue;
    writeFileSync(`${file}.br`, brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
    writeFileSync(`${file}.gz`, gzipSync(data, { level: 9 }));
  }
}

function stale(output, inputs) {
  const target = join(ROOT, output);
  return force || !existsSync(target) || newestMtime(inputs) > statSync(target).mtimeMs;
}

const SERVER = ['dist/node/server/cli/main.js', ['src/server', 'tsconfig.json', 'tsconfig.base.json', ...SHARED]];
const WEB = ['dist/web/index.html', ['src/web', 'vite.config.ts', 'index.html', 'deltag.html', ...SHARED]];

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
    precompress(join(ROOT, 'dist', 'web', 'assets'));
  });
}
