#!/usr/bin/env node
// `npm test`: installs what is missing (npm packages; Debian chromium and postgresql when run
// as root), then runs every check: type checks and lint, unit tests, the integration tests on
// SQLite and on a PostgreSQL server started here, and the browser tests in Chromium.
// Exit code 0 only when everything passed; the last line sums up.
//
//   npm test                 everything
//   npm test -- --only unit,integration-sqlite   a subset (names as in the summary)
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, ensureDependencies, log, run } from './lib.mjs';
import { startPostgres } from './pg.mjs';
import { chromiumPath, ensureSystemPackages, postgresBin } from './system.mjs';

const argv = process.argv.slice(2);
const onlyArg = argv.indexOf('--only');
const only = onlyArg >= 0 ? new Set(argv[onlyArg + 1]?.split(',')) : null;
const wants = (name) => !only || only.has(name);

const results = [];
const reportDir = mkdtempSync(join(tmpdir(), 'pejling-test-report-'));
const started = Date.now();

function record(name, status, counts) {
  results.push({ name, ok: status === 0 && counts.failed === 0, ...counts });
}

function runCheck(name, command, args) {
  if (!wants(name)) return;
  log(`${name}…`);
  const status = run(command, args);
  record(name, status, { passed: status === 0 ? 1 : 0, failed: status === 0 ? 0 : 1, unit: 'check' });
}

function runVitest(name, project, env = {}) {
  if (!wants(name)) return;
  log(`${name}…`);
  const out = join(reportDir, `${name}.json`);
  const status = run(
    process.execPath,
    [
      join(ROOT, 'node_modules', 'vitest', 'vitest.mjs'),
      'run',
      '--project',
      project,
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${out}`,
    ],
    {
      env: { ...process.env, ...env },
    },
  );
  let counts = { passed: 0, failed: status === 0 ? 0 : 1, unit: 'test' };
  if (existsSync(out)) {
    const report = JSON.parse(readFileSync(out, 'utf8'));
    counts = { passed: report.numPassedTests, failed: report.numFailedTests + (report.numTotalTests === 0 ? 1 : 0), unit: 'test' };
    if (status !== 0 && counts.failed === 0) counts.failed = 1; // a suite that failed to load counts as a failure
  }
  record(name, status, counts);
}

function summary() {
  const tests = results.filter((r) => r.unit === 'test');
  const passed = tests.reduce((n, r) => n + r.passed, 0);
  const failed = tests.reduce((n, r) => n + r.failed, 0);
  const checksFailed = results.filter((r) => r.unit === 'check' && !r.ok).map((r) => r.name);
  const parts = results.map((r) =>
    r.unit === 'check' ? `${r.name} ${r.ok ? 'ok' : 'FAILED'}` : `${r.name} ${r.passed}/${r.passed + r.failed}`,
  );
  const secs = Math.round((Date.now() - started) / 1000);
  const ok = results.length > 0 && results.every((r) => r.ok);
  process.stdout.write(`\n${parts.map((p) => `  ${p}`).join('\n')}\n`);
  process.stdout.write(
    `\n${ok ? '\x1b[32mPASS' : '\x1b[31mFAIL'}\x1b[0m  Tests: ${passed} passed, ${failed} failed${checksFailed.length ? `; checks failed: ${checksFailed.join(', ')}` : ''} (${secs} s)\n`,
  );
  return ok;
}

ensureDependencies();
const problems = ensureSystemPackages({
  needChromium: wants('e2e'),
  needPostgres: wants('integration-postgresql') && !process.env.PEJLING_TEST_PG_URL,
});
if (problems.length) {
  for (const p of problems) process.stderr.write(`✗ ${p}\n`);
  process.stdout.write(`\nFAIL  Tests: 0 passed, 0 failed; set-up failed\n`);
  process.exit(1);
}

const tsc = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
runCheck('typecheck', process.execPath, [tsc, '-p', 'tsconfig.json', '--noEmit']);
runCheck('typecheck-web', process.execPath, [tsc, '-p', 'tsconfig.web.json']);
runCheck('typecheck-tests', process.execPath, [tsc, '-p', 'tsconfig.test.json']);
runCheck('lint', process.execPath, [join(ROOT, 'node_modules', 'eslint', 'bin', 'eslint.js'), '--max-warnings=0', '.']);

runVitest('unit', 'unit');
runVitest('integration-sqlite', 'integration', { PEJLING_TEST_PG_URL: '' });

if (wants('integration-postgresql')) {
  let pg = null;
  let url = process.env.PEJLING_TEST_PG_URL;
  try {
    if (!url) {
      log('Starting a PostgreSQL server for the tests…');
      pg = await startPostgres(postgresBin());
      url = pg.url;
    }
    runVitest('integration-postgresql', 'integration', { PEJLING_TEST_PG_URL: url });
  } catch (err) {
    process.stderr.write(`✗ ${err.message}\n`);
    record('integration-postgresql', 1, { passed: 0, failed: 1, unit: 'test' });
  } finally {
    pg?.stop();
  }
}

if (wants('e2e')) {
  log('Building the web app for the browser tests…');
  const built = run(process.execPath, [join(ROOT, 'scripts', 'build.mjs'), '--web']);
  if (built !== 0) record('e2e', built, { passed: 0, failed: 1, unit: 'test' });
  else runVitest('e2e', 'e2e', { CHROMIUM_PATH: chromiumPath() ?? '' });
}

rmSync(reportDir, { recursive: true, force: true });
process.exit(summary() ? 0 : 1);
