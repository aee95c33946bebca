#!/usr/bin/env node
// Assessment load (issue 3): 100 organisations × 200 respondents × 40 items = 800,000 answers,
// in SQLite and in PostgreSQL. Times (a) the results API of one round — target p95 < 100 ms —
// and (b) a cold recomputation of the national benchmark — target < 2 s — each next to a
// baseline: the bare aggregate SQL query over the same rows, run in the same process.
//
//   npm run bench:assessments            both databases (PostgreSQL started here)
//   node bench/assessments.mjs sqlite    one of them
import { execSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from '../scripts/lib.mjs';
import { startPostgres } from '../scripts/pg.mjs';
import { postgresBin } from '../scripts/system.mjs';

const ORGS = 100;
const RESPONDENTS = 200;
const ITEMS = 40;
const RUNS = 100;
const which = process.argv[2] ?? 'both';

if (spawnSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs'), '--server'], { stdio: 'inherit' }).status !== 0) process.exit(1);
const dist = (p) => import(pathToFileURL(join(ROOT, 'dist', 'node', p)).href);
const { buildApp } = await dist('server/app.js');
const { loadConfig } = await dist('server/config.js');
const { openMigratedDatabase } = await dist('server/bootstrap.js');
const { InstrumentRegistry, syncInstrumentVersions } = await dist('server/features/assessments/instruments.js');
const { createServices } = await dist('server/services.js');
const { peerSummaries } = await dist('server/features/assessments/comparison.js');
const { scoreResponses, isOpen } = await dist('server/features/assessments/service.js');
const { newId } = await dist('server/lib/ids.js');
const { sql } = await import('kysely');

/** A synthetic 40-item agreement questionnaire in four dimensions, in its own content folder. */
function benchInstrumentDir() {
  const dir = mkdtempSync(join(tmpdir(), 'pejling-bench-instruments-'));
  const t = (s) => ({ da: s, en: s });
  const agreement = { type: 'agreement', min: 1, max: 5, lowLabel: t('Helt uenig'), highLabel: t('Helt enig'), dontKnow: true };
  const dims = ['a', 'b', 'c', 'd'];
  writeFileSync(
    join(dir, 'bench-40.json'),
    JSON.stringify({
      id: 'bench-40',
      version: 1,
      title: t('Benchmark-instrument'),
      description: t('40 udsagn i fire områder'),
      source: { title: 'Syntetisk', publisher: 'Pejling', year: 2026, seed: '004_eca04518f750382d.txt', section: 'bench' },
      dimensions: dims.map((id) => ({ id, title: t(id), description: t(id) })),
      items: Array.from({ length: ITEMS }, (_, i) => ({ id: `i${i}`, dimension: dims[i % 4], text: t(`Udsagn ${i}`), answer: agreement })),
      scoring: { method: 'scaled-mean', scale: { min: 0, max: 100 } },
      bands: [
        { id: 'lav', from: 0, to: 50, title: t('Lav'), interpretation: t('Lav') },
        { id: 'hoej', from: 50, to: 100, title: t('Høj'), interpretation: t('Høj') },
      ],
    }),
  );
  return dir;
}

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
const ms = (n) => n.toFixed(1);

async function time(fn, runs) {
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    await fn();
    samples.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  samples.sort((a, b) => a - b);
  return { p50: percentile(samples, 50), p95: percentile(samples, 95), max: samples[samples.length - 1] };
}

async function load(db) {
  const k = db.kysely;
  const now = new Date().toISOString();
  const orgs = [];
  let rng = 42;
  const random = () => (rng = (rng * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  for (let o = 0; o < ORGS; o++) {
    const orgId = newId();
    const roundId = newId();
    orgs.push({ orgId, roundId });
    await k.transaction().execute(async (trx) => {
      await trx
        .insertInto('organisations')
        .values({
          id: orgId,
          name: `Kommune ${o}`,
          type: 'kommune',
          municipality_code: null,
          benchmark_opt_in: 1,
          size_band: '1000-4999',
          created_at: now,
          updated_at: now,
        })
        .execute();
      await trx
        .insertInto('rounds')
        .values({
          id: roundId,
          org_id: orgId,
          unit_id: null,
          instrument_id: 'bench-40',
          instrument_version: 1,
          title: 'Runde',
          mode: 'team',
          anonymous: 1,
          status: 'closed',
          deadline: null,
          respondent_salt: `salt-${o}-0123456789abcdef`,
          created_by: null,
          created_at: now,
          closed_at: now,
        })
        .execute();
      const responses = Array.from({ length: RESPONDENTS }, (_, r) => ({
        id: newId(),
        round_id: roundId,
        respondent_key: `${o}`.padStart(8, '0') + `${r}`.padStart(56, '0'),
        user_id: null,
        unit_id: null,
        submitted_at: now,
        created_at: now,
        updated_at: now,
      }));
      await trx.insertInto('responses').values(responses).execute();
      const bias = 1 + Math.floor(random() * 3);
      const answers = [];
      for (const resp of responses) {
        for (let i = 0; i < ITEMS; i++)
          answers.push({
            response_id: resp.id,
            item_id: `i${i}`,
            value: String(Math.min(5, bias + Math.floor(random() * 3))),
            updated_at: now,
          });
      }
      for (let i = 0; i < answers.length; i += 1000)
        await trx
          .insertInto('answers')
          .values(answers.slice(i, i + 1000))
          .execute();
    });
  }
  return orgs;
}

async function run(dialect, databaseUrl) {
  const dataDir = mkdtempSync(join(tmpdir(), 'pejling-bench-'));
  mkdirSync(dataDir, { recursive: true });
  const env = { DATA_DIR: dataDir, LOG_LEVEL: 'silent', NODE_ENV: 'test', ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}) };
  const config = { ...loadConfig(env), cookieSecret: 'b'.repeat(40) };
  const db = await openMigratedDatabase(config);
  const registry = InstrumentRegistry.load(benchInstrumentDir());
  await syncInstrumentVersions(db.kysely, registry);
  const t0 = Date.now();
  const orgs = await load(db);
  // As autovacuum (PostgreSQL) or the periodic optimize (SQLite) would, refresh the planner's statistics.
  await sql`analyze`.execute(db.kysely);
  const loadSeconds = (Date.now() - t0) / 1000;

  const services = createServices(db, config, registry);
  const app = await buildApp({ config, db, logger: false });
  // The app built its own services over the default content; use one with the bench instrument.
  app.services.assessments = services.assessments;
  const target = orgs[0];
  const user = await services.accounts.createUser({ email: 'bench@example.dk', name: 'Bench', password: null });
  await db.kysely
    .insertInto('memberships')
    .values({ org_id: target.orgId, user_id: user.id, role: 'facilitator', created_at: new Date().toISOString() })
    .execute();
  const token = (await services.accounts.createToken({ user, via: 'token', sessionId: null }, 'bench', null)).secret;

  // (a) The results API of one round (200 respondents × 40 items), through HTTP routing, auth and validation.
  const resultsUrl = `/api/orgs/${target.orgId}/rounds/${target.roundId}/results`;
  const check = await app.inject({ method: 'GET', url: resultsUrl, headers: { authorization: `Bearer ${token}` } });
  if (check.statusCode !== 200 || check.json().pooled.respondents !== RESPONDENTS)
    throw new Error(`results: ${check.statusCode} ${check.body.slice(0, 200)}`);
  await time(() => app.inject({ method: 'GET', url: resultsUrl, headers: { authorization: `Bearer ${token}` } }), 10);
  const results = await time(() => app.inject({ method: 'GET', url: resultsUrl, headers: { authorization: `Bearer ${token}` } }), RUNS);
  const resultsBaseline = await time(
    () =>
      sql`select a.item_id, a.value, count(*) as n from answers a join responses r on r.id = a.response_id where r.round_id = ${target.roundId} and r.submitted_at is not null group by a.item_id, a.value`.execute(
        db.kysely,
      ),
    RUNS,
  );

  // (b) The national benchmark recomputed from all answers of the 99 other organisations, cold.
  const deps = {
    repo: services.assessments.repo,
    orgs: services.organisations.repo,
    instrumentOf: (r) => services.assessments.instrumentOf(r),
    score: scoreResponses,
    isOpen: (r) => isOpen(r),
  };
  const summaries = await peerSummaries(deps, 'bench-40', 'kommune', '1000-4999', target.orgId);
  if (summaries.length !== ORGS - 1) throw new Error(`benchmark over ${summaries.length} organisations`);
  const benchmark = await time(() => peerSummaries(deps, 'bench-40', 'kommune', '1000-4999', target.orgId), 5);
  const benchmarkBaseline = await time(
    () =>
      sql`select ro.org_id, a.item_id, avg(cast(a.value as real)) as mean, count(*) as n from answers a join responses r on r.id = a.response_id join rounds ro on ro.id = r.round_id where ro.instrument_id = ${'bench-40'} and ro.org_id <> ${target.orgId} and r.submitted_at is not null group by ro.org_id, a.item_id`.execute(
        db.kysely,
      ),
    5,
  );
  const rss = process.memoryUsage().rss / 2 ** 20;
  await app.close();
  rmSync(dataDir, { recursive: true, force: true });
  return { dialect, loadSeconds, results, resultsBaseline, benchmark, benchmarkBaseline, rss };
}

const rows = [];
if (which === 'both' || which === 'sqlite') rows.push(await run('sqlite', null));
if (which === 'both' || which === 'postgresql') {
  const pg = await startPostgres(postgresBin());
  try {
    rows.push(await run('postgresql', pg.url));
  } finally {
    pg.stop();
  }
}

const commit = execSync('git rev-parse --short HEAD', { cwd: ROOT }).toString().trim();
console.log(
  `\nDate ${new Date().toISOString().slice(0, 10)} · commit ${commit} · ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB · Node ${process.version}`,
);
console.log(`${ORGS} organisations × ${RESPONDENTS} respondents × ${ITEMS} items = ${ORGS * RESPONDENTS * ITEMS} answers\n`);
console.log(
  '| database | load s | results API p50 / p95 ms | baseline SQL p50 / p95 ms | ratio p95 | benchmark p50 / max ms | baseline SQL p50 / max ms | ratio p50 | RSS MiB |',
);
console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
for (const r of rows) {
  console.log(
    `| ${r.dialect} | ${r.loadSeconds.toFixed(1)} | ${ms(r.results.p50)} / ${ms(r.results.p95)} | ${ms(r.resultsBaseline.p50)} / ${ms(r.resultsBaseline.p95)} | ${(r.results.p95 / r.resultsBaseline.p95).toFixed(1)} | ${ms(r.benchmark.p50)} / ${ms(r.benchmark.max)} | ${ms(r.benchmarkBaseline.p50)} / ${ms(r.benchmarkBaseline.max)} | ${(r.benchmark.p50 / r.benchmarkBaseline.p50).toFixed(1)} | ${Math.round(r.rss)} |`,
  );
}
const ok = rows.every((r) => r.results.p95 < 100 && r.benchmark.max < 2000);
console.log(`\nTargets: results API p95 < 100 ms, benchmark recomputation < 2 s: ${ok ? 'met' : 'NOT MET'}`);
if (!ok) process.exitCode = 1;
