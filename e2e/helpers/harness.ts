import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { FastifyInstance } from 'fastify';
import { expect } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { buildApp } from '../../src/server/app.js';
import { loadConfig } from '../../src/server/config.js';
import { openDatabase } from '../../src/server/db/database.js';
import { migrateToLatest } from '../../src/server/db/migrate.js';
import { seedDemo } from '../../src/server/features/demo/seed.js';
import { PROJECT_ROOT, WEB_DIST_DIR } from '../../src/server/lib/paths.js';

export { DEMO_LOGIN } from '../../src/server/features/demo/seed.js';

export interface Served {
  app: FastifyInstance;
  baseUrl: string;
  close(): Promise<void>;
}

/**
 * The real server with the built web app and the demo data, on a free port, over a fresh SQLite
 * file; `rounds: false` leaves out the demo's assessment rounds.
 */
export async function serveDemo(opts: { rounds?: boolean } = {}): Promise<Served> {
  if (!existsSync(join(WEB_DIST_DIR, 'index.html')))
    throw new Error('The web app is not built: run `node scripts/build.mjs --web` (npm test does).');
  const dir = mkdtempSync(join(tmpdir(), 'pejling-e2e-'));
  const config = {
    ...loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DATA_DIR: dir, LOGIN_RATE_LIMIT: '1000' }),
    cookieSecret: 'e2e-cookie-secret-that-is-long-enough-0123456789',
    webDir: WEB_DIST_DIR,
  };
  const db = openDatabase(config.database);
  await migrateToLatest(db);
  const app = await buildApp({ config, db, logger: false });
  await seedDemo(app.services, opts);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    app,
    baseUrl: `http://127.0.0.1:${port}`,
    close: async () => {
      await app.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export const VIEWPORTS = {
  desktop: { width: 1280, height: 800 },
  phone: { width: 360, height: 740 },
} as const;

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];
const CONTEXT_OPTIONS = { locale: 'da-DK', timezoneId: 'Europe/Copenhagen', viewport: VIEWPORTS.desktop };
const executablePath = () => process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** Debian's Chromium, headless, with a fresh profile and without calls to the (closed) network. */
export async function launchBrowser(): Promise<BrowserContext> {
  return chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'pw-')), {
    executablePath: executablePath(),
    headless: true,
    ...CONTEXT_OPTIONS,
    args: CHROMIUM_ARGS,
  });
}

/**
 * The same Chromium for tests that need several separate devices: each `device()` is a context of
 * its own (storage, cookies, network on or off), as different phones in one room would be.
 */
export async function launchDevices(): Promise<{
  browser: Browser;
  device(viewport?: { width: number; height: number }): Promise<BrowserContext>;
}> {
  const browser = await chromium.launch({ executablePath: executablePath(), headless: true, args: CHROMIUM_ARGS });
  return {
    browser,
    device: (viewport = VIEWPORTS.desktop) => browser.newContext({ ...CONTEXT_OPTIONS, viewport }),
  };
}

/** Collects Content Security Policy violations and uncaught errors of a page. */
export function watchProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error' && /Content Security Policy|Refused to/i.test(msg.text())) problems.push(`CSP: ${msg.text()}`);
  });
  page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  return problems;
}

/** axe-core against WCAG 2.1 A and AA; returns readable lines, one per violating node. */
export async function axeViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return result.violations.flatMap((v) =>
    v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')} — ${n.failureSummary?.split('\n').join(' ')}`),
  );
}

/**
 * A page state checked as every browser test checks it: no axe violation, no sideways scrolling,
 * and a screenshot kept in `dir` (named after `what`) to look at afterwards.
 */
export async function expectAccessible(page: Page, what: string, dir: string, opts: { fullPage?: boolean } = {}): Promise<void> {
  const violations = await axeViolations(page);
  expect(violations, `${what}:\n${violations.join('\n')}`).toEqual([]);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, `${what}: sideways scrolling`).toBeLessThanOrEqual(0);
  await page.screenshot({ path: join(dir, `${what.replace(/[^a-z0-9]+/gi, '-')}.png`), fullPage: opts.fullPage ?? true });
}

export async function login(page: Page, baseUrl: string, email: string, password: string): Promise<void> {
  await page.goto(`${baseUrl}/login`);
  await page.getByRole('textbox', { name: /^(e-mail|email)$/i }).fill(email);
  await page.locator('input[type=password]').fill(password);
  await page.getByRole('button', { name: /log ind|log in/i }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}

/** Keeps a full-page screenshot of a failed test in test-results/, to look at afterwards. */
export async function screenshotOnFailure(page: Page, name: string): Promise<void> {
  const dir = join(PROJECT_ROOT, 'test-results');
  mkdirSync(dir, { recursive: true });
  await page
    .screenshot({ path: join(dir, `${name.replace(/[^a-z0-9]+/gi, '-').slice(0, 80)}.png`), fullPage: true })
    .catch(() => undefined);
}
