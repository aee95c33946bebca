#!/usr/bin/env node
// `npm start`: installs what is missing, builds what is stale, migrates, seeds the demo
// organisation into an empty database and serves Pejling (http://localhost:3000 unless PORT says otherwise).
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT, runOrFail } from './lib.mjs';

runOrFail(process.execPath, [join(ROOT, 'scripts', 'build.mjs')]);
const { runCli } = await import(pathToFileURL(join(ROOT, 'dist', 'node', 'server', 'cli', 'main.js')).href);
const code = await runCli(['serve', '--demo']);
if (code !== 0) process.exit(code);
