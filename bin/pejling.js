#!/usr/bin/env node
// The `pejling` command. Runs the compiled CLI; builds the server first when it is missing.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const entry = join(root, 'dist', 'node', 'server', 'cli', 'main.js');
if (!existsSync(entry)) {
  const built = spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs'), '--server'], { stdio: ['ignore', 'inherit', 'inherit'] });
  if (built.status !== 0) process.exit(built.status ?? 1);
}
const { runCli } = await import(pathToFileURL(entry).href);
const code = await runCli(process.argv.slice(2));
if (code !== 0) process.exitCode = code;
