import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../src/server/lib/paths.js';
import { DEMO_LOGIN, VIEWPORTS, axeViolations, launchBrowser, login, serveDemo, watchProblems, type Served } from './helpers/harness.js';

/**
 * Every page, at desktop and phone width: axe-core finds no WCAG 2.1 A/AA violation, the
 * Content Security Policy is never violated, nothing scrolls sideways on a 360 px phone, and
 * each page has one h1 and its own title. Screenshots are kept in test-results/pages/.
 */

interface PageCase {
  name: string;
  as: 'signed-out' | 'admin' | 'member' | 'one-time';
  path: (ids: Ids) => string;
  /** Something to do on the page before checking it (open a tab, trigger errors). */
  act?: (page: Page) => Promise<void>;
}

interface Ids {
  fjordby: string;
  invite: string;
  /** The demo's closed round of KL's model and its open round of the four generations. */
  closedRound: string;
  openRound: string;
}

const tab = (name: string) => async (page: Page) => {
  await page.getByRole('tab', { name }).click();
  await page.getByRole('tabpanel').waitFor();
};

const CASES: PageCase[] = [
  { name: 'login', as: 'signed-out', path: () => '/login' },
  {
    name: 'login-with-errors',
    as: 'signed-out',
    path: () => '/login',
    act: async (page) => {
      await page.getByRole('button', { name: 'Log ind' }).click();
      await page.locator('.pj-error-summary').waitFor();
    },
  },
  { name: 'invitation', as: 'signed-out', path: (ids) => `/invitation#${ids.invite}` },
  { name: 'invitation-invalid', as: 'signed-out', path: () => `/invitation#${'x'.repeat(43)}` },
  { name: 'not-found', as: 'signed-out', path: () => '/findes-ikke' },
  { name: 'change-password', as: 'one-time', path: () => '/skift-adgangskode' },
  { name: 'dashboard', as: 'admin', path: (ids) => `/org/${ids.fjordby}` },
  { name: 'settings-details', as: 'admin', path: (ids) => `/org/${ids.fjordby}/indstillinger` },
  { name: 'settings-units', as: 'admin', path: (ids) => `/org/${ids.fjordby}/indstillinger`, act: tab('Enheder') },
  { name: 'settings-members', as: 'admin', path: (ids) => `/org/${ids.fjordby}/indstillinger`, act: tab('Medlemmer') },
  { name: 'settings-export', as: 'admin', path: (ids) => `/org/${ids.fjordby}/indstillinger`, act: tab('Eksport') },
  { name: 'audit-log', as: 'admin', path: (ids) => `/org/${ids.fjordby}/log` },
  { name: 'profile', as: 'admin', path: () => '/profil' },
  { name: 'platform-organisations', as: 'admin', path: () => '/admin/organisationer' },
  { name: 'rounds', as: 'admin', path: (ids) => `/org/${ids.fjordby}/vurderinger` },
  { name: 'questionnaire', as: 'admin', path: (ids) => `/org/${ids.fjordby}/vurderinger/${ids.openRound}` },
  { name: 'results', as: 'admin', path: (ids) => `/org/${ids.fjordby}/vurderinger/${ids.closedRound}/resultater` },
  { name: 'results-generations', as: 'admin', path: (ids) => `/org/${ids.fjordby}/vurderinger/${ids.openRound}/resultater` },
  { name: 'member-results', as: 'member', path: (ids) => `/org/${ids.fjordby}/vurderinger/${ids.closedRound}/resultater` },
  { name: 'member-dashboard', as: 'member', path: (ids) => `/org/${ids.fjordby}` },
  { name: 'member-settings-no-access', as: 'member', path: (ids) => `/org/${ids.fjordby}/indstillinger` },
];

describe('accessibility of every page', () => {
  let served: Served;
  const browsers: Partial<Record<PageCase['as'], BrowserContext>> = {};
  let ids: Ids;

  beforeAll(async () => {
    served = await serveDemo();
    const orgs = served.app.services.organisations;
    const fjordby = (await orgs.listAll()).find((o) => o.name === 'Fjordby Kommune')!.id;
    const invited = await orgs.invite(
      fjordby,
      { email: 'inviteret@fjordby.dk', name: 'Ida Inviteret', role: 'member', method: 'link' },
      null,
    );
    const oneTime = await orgs.invite(
      fjordby,
      { email: 'engang@fjordby.dk', name: 'Erik Engang', role: 'member', method: 'password' },
      null,
    );
    const rounds = await served.app.services.assessments.repo.listRounds(fjordby);
    ids = {
      fjordby,
      invite: new URL(invited.credentials!.inviteUrl!).hash.slice(1),
      closedRound: rounds.find((r) => r.title.endsWith('2026'))!.id,
      openRound: rounds.find((r) => r.status === 'open')!.id,
    };
    const logins = {
      admin: [DEMO_LOGIN.email, DEMO_LOGIN.password],
      member: ['aisha@fjordby.dk', DEMO_LOGIN.password],
      'one-time': ['engang@fjordby.dk', oneTime.credentials!.oneTimePassword!],
    } as const;
    browsers['signed-out'] = await launchBrowser();
    for (const [as, [email, password]] of Object.entries(logins)) {
      const b = await launchBrowser();
      const page = await b.newPage();
      await login(page, served.baseUrl, email, password);
      await page.close();
      browsers[as as PageCase['as']] = b;
    }
  });
  afterAll(async () => {
    for (const b of Object.values(browsers)) await b?.close();
    await served?.close();
  });

  for (const c of CASES) {
    for (const [viewport, size] of Object.entries(VIEWPORTS)) {
      it(`${c.name} at ${viewport} width`, async () => {
        const page = await browsers[c.as]!.newPage();
        const problems = watchProblems(page);
        try {
          await page.setViewportSize(size);
          await page.goto(served.baseUrl + c.path(ids));
          await page.locator('h1').first().waitFor();
          await page.waitForLoadState('networkidle');
          await c.act?.(page);
          const violations = await axeViolations(page);
          const dir = join(PROJECT_ROOT, 'test-results', 'pages');
          mkdirSync(dir, { recursive: true });
          await page.screenshot({ path: join(dir, `${c.name}-${viewport}.png`), fullPage: true });
          expect(violations, violations.join('\n')).toEqual([]);
          expect(problems).toEqual([]);
          expect(await page.locator('h1').count()).toBe(1);
          expect(await page.title()).toMatch(/ – Pejling$/);
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
          expect(overflow, 'sideways scrolling').toBeLessThanOrEqual(0);
        } finally {
          await page.close();
        }
      });
    }
  }

  it('keeps the login page’s initial JavaScript under 150 kB gzipped', async () => {
    const page = await browsers['signed-out']!.newPage();
    const sizes: number[] = [];
    page.on('response', async (res) => {
      if (res.request().resourceType() !== 'script') return;
      sizes.push(gzipSync(await res.body()).length);
    });
    await page.goto(`${served.baseUrl}/login`, { waitUntil: 'networkidle' });
    await page.close();
    const total = sizes.reduce((a, b) => a + b, 0);
    expect(sizes.length).toBeGreaterThan(0);
    expect(total).toBeLessThan(150 * 1024);
  });
});
