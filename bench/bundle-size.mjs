#!/usr/bin/env node
// What a phone downloads to show each entry page: every JavaScript and CSS file Chromium
// fetches until the page has rendered, raw and gzip-compressed (level 9), per page.
// Budgets: the login page's initial JavaScript stays under 150 kB gzipped (issue 2); the
// participant view's (/deltag) initial JavaScript and CSS stay under 80 kB gzipped (issue 4).
//
//   node bench/bundle-size.mjs            prints a Markdown table for docs/benchmarks.md
import { execSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { pathToFileURL } from 'node:url';
import { ROOT } from '../scripts/lib.mjs';

const built = spawnSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs')], { stdio: 'inherit' });
if (built.status !== 0) process.exit(built.status ?? 1);

const { chromium } = await import('playwright-core');
const dist = (p) => pathToFileURL(join(ROOT, 'dist', 'node', 'server', p)).href;
const { buildApp } = await import(dist('app.js'));
const { loadConfig } = await import(dist('config.js'));
const { openMigratedDatabase } = await import(dist('bootstrap.js'));
const { seedDemo, DEMO_LOGIN } = await import(dist('features/demo/seed.js'));
const { WEB_DIST_DIR } = await import(dist('lib/paths.js'));

const dataDir = mkdtempSync(join(tmpdir(), 'pejling-bench-'));
const config = {
  ...loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent', NODE_ENV: 'test' }),
  cookieSecret: 'b'.repeat(40),
  webDir: WEB_DIST_DIR,
};
const db = await openMigratedDatabase(config);
const app = await buildApp({ config, db, logger: false });
await seedDemo(app.services);
await app.listen({ port: 0, host: '127.0.0.1' });
const base = `http://127.0.0.1:${app.server.address().port}`;

const browser = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'pw-')), {
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  headless: true,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-dev-shm-usage',
  ],
});

/** Loads a page in a fresh tab (after `prepare`, e.g. logging in) and sums what it fetched. */
async function measure(path, prepare) {
  const page = await browser.newPage();
  if (prepare) await prepare(page);
  const files = new Map();
  page.on('response', async (res) => {
    const type = res.request().resourceType();
    if (type !== 'script' && type !== 'stylesheet') return;
    try {
      const body = await res.body();
      files.set(res.url(), { type, raw: body.length, gz: gzipSync(body, { level: 9 }).length });
    } catch {
      /* a response without a body (redirect) */
    }
  });
  await page.goto(base + path, { waitUntil: 'networkidle' });
  await page.close();
  const sum = (type, key) => [...files.values()].filter((f) => f.type === type).reduce((n, f) => n + f[key], 0);
  return {
    path,
    files: files.size,
    jsRaw: sum('script', 'raw'),
    jsGz: sum('script', 'gz'),
    cssRaw: sum('stylesheet', 'raw'),
    cssGz: sum('stylesheet', 'gz'),
  };
}

/**
 * The baseline, built in the same run with the same Vite: a page that only renders one heading
 * with React 19 — the least any React page costs — so the table shows what Pejling adds.
 */
async function baseline() {
  const dir = join(ROOT, 'dist', 'bench-baseline');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'src'), { recursive: true });
  writeFileSync(
    join(dir, 'index.html'),
    '<!doctype html><html lang="da"><div id="root"></div><script type="module" src="/src/main.js"></script></html>',
  );
  writeFileSync(
    join(dir, 'src', 'main.js'),
    "import { createElement } from 'react';\nimport { createRoot } from 'react-dom/client';\ncreateRoot(document.getElementById('root')).render(createElement('h1', null, 'Pejling'));\n",
  );
  const { build } = await import('vite');
  await build({
    root: dir,
    logLevel: 'silent',
    configFile: false,
    build: { outDir: join(dir, 'out'), modulePreload: { polyfill: false } },
  });
  const assets = join(dir, 'out', 'assets');
  const js = readdirSync(assets)
    .filter((f) => f.endsWith('.js'))
    .map((f) => readFileSync(join(assets, f)));
  const result = { path: 'baseline: React 19 page with one heading', files: js.length, jsRaw: 0, jsGz: 0, cssRaw: 0, cssGz: 0 };
  for (const b of js) {
    result.jsRaw += b.length;
    result.jsGz += gzipSync(b, { level: 9 }).length;
  }
  rmSync(dir, { recursive: true, force: true });
  return result;
}

const kb = (n) => (n / 1024).toFixed(1);
const rows = [await measure('/login'), await measure('/deltag/ABC234')];
const base0 = await baseline();
rows.push(
  await measure('/', async (page) => {
    await page.goto(`${base}/login`);
    await page.getByLabel(/e-mail/i).fill(DEMO_LOGIN.email);
    await page.getByLabel(/adgangskode/i).fill(DEMO_LOGIN.password);
    await page.getByRole('button', { name: /log ind/i }).click();
    await page.waitForURL((u) => !u.pathname.startsWith('/login'));
    await page.goto('about:blank');
  }),
);
await browser.close();
await app.close();
rmSync(dataDir, { recursive: true, force: true });

const commit = execSync('git rev-parse --short HEAD', { cwd: ROOT }).toString().trim();
console.log(
  `\nDate ${new Date().toISOString().slice(0, 10)} · commit ${commit} · ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB · Node ${process.version}\n`,
);
console.log('| page | files | JS raw kB | JS gzip kB | CSS raw kB | CSS gzip kB |');
console.log('| --- | --- | --- | --- | --- | --- |');
for (const r of [base0, ...rows])
  console.log(`| ${r.path} | ${r.files} | ${kb(r.jsRaw)} | ${kb(r.jsGz)} | ${kb(r.cssRaw)} | ${kb(r.cssGz)} |`);
const login = rows[0];
console.log(
  `\nLogin page initial JavaScript: ${kb(login.jsGz)} kB gzipped (budget 150 kB): ${login.jsGz < 150 * 1024 ? 'within budget' : 'OVER BUDGET'}`,
);
if (login.jsGz >= 150 * 1024) process.exitCode = 1;
