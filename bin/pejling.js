#!/usr/bin/env node
// The `pejling` command. Runs the compiled CLI; (re)builds the server first when its build is
// missing or older than the sources.
import { existsSync, statSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { newestMtime } from '../scripts/lib.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const entry = join(root, 'dist', 'node', 'server', 'cli', 'main.js');
const sources = ['src/server', 'src/contracts', 'src/domain'];
if (!existsSync(entry) || newestMtime(sources) > statSync(entry).mtimeMs) {
  const built = spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs'), '--server'], { stdio: ['ignore', 'inherit', 'inherit'] });
  if (built.status !== 0) process.exit(built.status ?? 1);
}
const { runCli } = await import(pathToFileURL(entry).href);
const code = await runCli(process.argv.slice(2));
if (code !== 0) process.exitCode = code;
