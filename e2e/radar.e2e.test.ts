import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../src/server/lib/paths.js';
import { SHARED_DIR } from '../test/helpers/fixtures.js';
import {
  DEMO_LOGIN,
  VIEWPORTS,
  expectAccessible,
  launchDevices,
  login,
  screenshotOnFailure,
  serveDemo,
  watchProblems,
  type Served,
} from './helpers/harness.js';

/**
 * The technology radar end to end (issue 5, point 11): the coordinator (the demo municipality)
 * opens an edition in the browser and invites six municipalities; a respondent of each answers
 * on a phone; the joint and area radars show the rings the ring rule gives by hand; a municipality
 * adds its own technology with a note; a BYOR CSV file is imported and a radar exported as a
 * self-contained HTML file from the UI; axe finds nothing on the radar, table and answer pages.
 */

const SHOTS = join(PROJECT_ROOT, 'test-results', 'radar');
const PASSWORD = 'radar-respondent-1';
const S = 'Social og sundhed';
const T = 'Teknik og miljø';
const AI = 'Kunstig intelligens (AI)';
const BIG_DATA = 'Big data';
const ROBOTS = 'Fysiske robotter';

/**
 * What the six respondents answer about spread (relevance "Meget relevant" throughout). With the
 * experts' maturity (AI 4 → 0.75, big data 3 → 0.5, robots 2 → 0.25), by hand:
 * - AI, Social og sundhed: 3 in operation, 2 tested → (9 + 4) / 15 = 0.867; (0.75 + 0.867) / 2 = 0.81 → Klar.
 * - AI, joint (municipality 6 adds "not considered" in Teknik og miljø): 13 / 18 = 0.722 → 0.736 → Afprøv.
 * - Big data: all "considered" → 1/3; (0.5 + 0.333) / 2 = 0.417 → Hold øje, joint and area.
 * - Robots: all "not considered" → 0; 0.25 / 2 = 0.125 → Afvent.
 * - Teknik og miljø: one municipality only → nothing shown, all three named as hidden.
 */
const PLAN = [
  { area: S, ai: 'I drift' },
  { area: S, ai: 'I drift' },
  { area: S, ai: 'I drift' },
  { area: S, ai: 'Afprøves' },
  { area: S, ai: 'Afprøves' },
  { area: T, ai: 'Ikke overvejet' },
];

describe('technology radar in the browser', () => {
  let served: Served;
  let browser: Browser;
  let coordinatorContext: BrowserContext;
  let coordinator: Page;
  const problems: string[][] = [];
  let fjordby = '';
  let editionId = '';
  const municipalities: { orgId: string; email: string }[] = [];

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    served = await serveDemo({ rounds: false });
    const { accounts, organisations } = served.app.services;
    fjordby = (await organisations.listAll()).find((o) => o.name === 'Fjordby Kommune')!.id;
    const demo = (await served.app.services.db.kysely
      .selectFrom('users')
      .select(['id', 'email'])
      .where('email', '=', DEMO_LOGIN.email)
      .executeTakeFirstOrThrow())!;
    const actor = { userId: demo.id, email: demo.email, ip: null, isPlatformAdmin: true };
    for (let i = 1; i <= 6; i++) {
      const org = await organisations.create({ name: `Testkommune ${i}`, type: 'kommune', municipalityCode: null }, actor, false);
      const email = `svar${i}@testkommune.dk`;
      await accounts.createUser({ email, name: `Respondent ${i}`, password: PASSWORD });
      await organisations.invite(
        org.id,
        { email, name: `Respondent ${i}`, role: i === 1 ? 'facilitator' : 'member', method: 'link' },
        actor,
      );
      municipalities.push({ orgId: org.id, email });
    }
    const devices = await launchDevices();
    browser = devices.browser;
    coordinatorContext = await devices.device();
    coordinator = await coordinatorContext.newPage();
    problems.push(watchProblems(coordinator));
    await login(coordinator, served.baseUrl, DEMO_LOGIN.email, DEMO_LOGIN.password);
  });
  afterAll(async () => {
    await browser?.close();
    await served?.close();
  });

  async function step(name: string, page: Page, body: () => Promise<void>) {
    try {
      await body();
    } catch (error) {
      await screenshotOnFailure(page, `radar-${name}`);
      throw error;
    }
  }

  const accessible = (page: Page, what: string, opts: { fullPage?: boolean } = {}) => expectAccessible(page, what, SHOTS, opts);

  const edition = (orgId: string, tail = '') => `${served.baseUrl}/org/${orgId}/radar/udgaver/${editionId}${tail}`;

  /** The ring a technology has in the table view of the radar on the page (a note such as »Placeret af jer« left out). */
  async function ringInTable(page: Page, name: string): Promise<string> {
    const escaped = name.replace(/[()]/g, '\\$&');
    const row = page
      .locator('table.pj-radar-table tbody tr')
      .filter({ has: page.getByRole('rowheader', { name: new RegExp(`^${escaped}`) }) });
    const cell = ((await row.locator('td').nth(2).textContent()) ?? '').trim();
    return ['Klar', 'Afprøv', 'Hold øje', 'Afvent'].find((ring) => cell.startsWith(ring)) ?? cell;
  }

  async function showTable(page: Page) {
    await page.getByRole('button', { name: 'Tabel', exact: true }).click();
    await page.locator('table.pj-radar-table').waitFor();
  }

  it('lets the coordinator open an edition and invite six municipalities', async () => {
    await step('open', coordinator, async () => {
      await coordinator.goto(`${served.baseUrl}/org/${fjordby}/radar`);
      await coordinator.getByRole('textbox', { name: /^Navn/ }).fill('2026');
      await coordinator.getByRole('button', { name: 'Opret udgaven' }).click();
      await coordinator.waitForURL(/\/radar\/udgaver\/[0-9a-z]{26}$/);
      editionId = coordinator.url().split('/').pop()!;
      await coordinator.getByLabel(/Søg efter organisation/).fill('Testkommune');
      for (let i = 1; i <= 6; i++) await coordinator.getByRole('checkbox', { name: new RegExp(`^Testkommune ${i}(?!\\d)`) }).check();
      await coordinator.getByRole('button', { name: 'Gem listen' }).click();
      await expect.poll(() => coordinator.getByText('Listen over organisationer er gemt.').count()).toBe(1);
      await coordinator.getByRole('button', { name: 'Åbn for svar' }).click();
      await expect.poll(async () => (await served.app.services.radar.repo.edition(editionId))?.status).toBe('open');
      const participants = await served.app.services.radar.repo.participants(editionId);
      expect(participants.map((p) => p.name).sort()).toEqual(municipalities.map((_, i) => `Testkommune ${i + 1}`));
    });
    // The coordinating municipality's expert rates technical maturity on the TRL-based scale.
    await step('maturity', coordinator, async () => {
      await coordinator.goto(edition(fjordby, '/modenhed'));
      await coordinator.getByRole('heading', { name: AI, exact: true }).waitFor();
      const rate = async (name: string, level: number) => {
        const card = coordinator.locator('section.pj-radar-card').filter({ has: coordinator.getByRole('heading', { name, exact: true }) });
        await card.getByRole('radio', { name: new RegExp(`^Niveau ${level}\\b`) }).check();
      };
      await rate(AI, 4);
      await rate(BIG_DATA, 3);
      await rate(ROBOTS, 2);
      await accessible(coordinator, 'maturity');
      await expect.poll(async () => (await served.app.services.radar.repo.maturityMeans(editionId)).size).toBe(3);
      const means = await served.app.services.radar.repo.maturityMeans(editionId);
      const ids = new Map((await served.app.services.radar.repo.editionTechnologies(editionId)).map((t) => [t.name_da, t.id]));
      expect([AI, BIG_DATA, ROBOTS].map((n) => means.get(ids.get(n)!))).toEqual([4, 3, 2]);
    });
  });

  it('has a respondent of each municipality answer on a phone, saving as they go', async () => {
    const devices = {
      device: (viewport = VIEWPORTS.phone) => browser.newContext({ locale: 'da-DK', timezoneId: 'Europe/Copenhagen', viewport }),
    };
    for (const [i, plan] of PLAN.entries()) {
      const context = await devices.device();
      const phone = await context.newPage();
      problems.push(watchProblems(phone));
      await step(`answer-${i + 1}`, phone, async () => {
        const m = municipalities[i]!;
        await login(phone, served.baseUrl, m.email, PASSWORD);
        await phone.goto(edition(m.orgId, '/svar'));
        await phone.getByRole('checkbox', { name: plan.area, exact: true }).check();
        const card = (name: string) =>
          phone.locator('section.pj-radar-card').filter({ has: phone.getByRole('heading', { name, exact: true }) });
        const answer = async (name: string, spread: string) => {
          await card(name)
            .getByRole('group', { name: /Hvor langt/ })
            .getByRole('radio', { name: spread, exact: true })
            .check();
          await card(name)
            .getByRole('group', { name: /Hvor relevant/ })
            .getByRole('radio', { name: 'Meget relevant', exact: true })
            .check();
        };
        await answer(AI, plan.ai);
        await answer(BIG_DATA, 'Overvejes');
        await answer(ROBOTS, 'Ikke overvejet');
        await expect.poll(() => phone.getByText(/Gemt kl\./).count()).toBeGreaterThan(0);
        if (i === 0) await accessible(phone, 'answer-phone');
        // Coming back resumes: the answers are there.
        await phone.reload();
        await expect.poll(() => card(AI).getByRole('radio', { name: plan.ai, exact: true }).isChecked()).toBe(true);
      });
      await context.close();
    }
    const answers = await served.app.services.db.kysely
      .selectFrom('radar_answers')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('edition_id', '=', editionId)
      .executeTakeFirstOrThrow();
    expect(Number(answers.n)).toBe(18);
  });

  it('shows the joint and area radars with the rings computed by hand', async () => {
    await step('radars', coordinator, async () => {
      await coordinator.goto(edition(fjordby, '/radar'));
      await coordinator.locator('svg g.blip').first().waitFor();
      // Three technologies placed on the joint radar, and blips for exactly those.
      expect(await coordinator.locator('svg g.blip').count()).toBe(3);
      await accessible(coordinator, 'joint-radar');
      // Keyboard: the first blip takes focus and shows its details.
      await coordinator.locator('svg g.blip[tabindex="0"]').focus();
      await expect.poll(() => coordinator.locator('.pj-radar-details').textContent()).toMatch(/Organisationer|organisationer/);
      await showTable(coordinator);
      expect(await ringInTable(coordinator, AI)).toBe('Afprøv');
      expect(await ringInTable(coordinator, BIG_DATA)).toBe('Hold øje');
      expect(await ringInTable(coordinator, ROBOTS)).toBe('Afvent');
      await accessible(coordinator, 'joint-table');

      await coordinator.goto(edition(fjordby, `/radar?visning=omraade&omraade=social-og-sundhed`));
      await coordinator.locator('svg g.blip').first().waitFor();
      await showTable(coordinator);
      expect(await ringInTable(coordinator, AI)).toBe('Klar');
      expect(await ringInTable(coordinator, BIG_DATA)).toBe('Hold øje');
      expect(await ringInTable(coordinator, ROBOTS)).toBe('Afvent');

      // One municipality answered for Teknik og miljø: nothing placed, and the three named as hidden.
      await coordinator.goto(edition(fjordby, `/radar?visning=omraade&omraade=teknik-og-miljoe`));
      await coordinator.getByRole('heading', { level: 1 }).waitFor();
      await expect.poll(() => coordinator.getByText(AI, { exact: true }).count()).toBeGreaterThan(0);
      expect(await coordinator.locator('svg g.blip').count()).toBe(0);
      const hidden = coordinator
        .locator('section, div')
        .filter({ hasText: /færre end 5|mindst 5/i })
        .last();
      expect(await hidden.textContent()).toContain(BIG_DATA);
    });
  });

  it('lets a municipality place a technology of its own on its own radar with a note', async () => {
    const context = await browser.newContext({ locale: 'da-DK', timezoneId: 'Europe/Copenhagen', viewport: VIEWPORTS.desktop });
    const page = await context.newPage();
    problems.push(watchProblems(page));
    const m = municipalities[0]!;
    await step('own', page, async () => {
      await login(page, served.baseUrl, m.email, PASSWORD);
      await page.goto(edition(m.orgId, '/egen'));
      await page.getByRole('heading', { name: 'Tilføj jeres egen teknologi' }).waitFor();
      const form = page.locator('form').filter({ has: page.getByRole('button', { name: 'Tilføj teknologi' }) });
      await form
        .getByRole('textbox', { name: /^Navn\b/ })
        .first()
        .fill('Sensorbøjer i havnen');
      await form.getByRole('combobox', { name: /^Sektor/ }).selectOption({ label: 'Infrastruktur' });
      await form.getByRole('combobox', { name: /^Ring på jeres radar/ }).selectOption({ label: 'Hold øje' });
      await form
        .getByRole('textbox', { name: /^Beskrivelse/ })
        .first()
        .fill('Bøjer, der måler vandstand og vandkvalitet i havnen.');
      await form.getByRole('button', { name: 'Tilføj teknologi' }).click();
      await expect.poll(() => page.getByText('Sensorbøjer i havnen er tilføjet til jeres radar.').count()).toBe(1);

      const own = (await served.app.services.radar.ownTechnologies(m.orgId)).find((t) => t.name.da === 'Sensorbøjer i havnen')!;
      await page.goto(edition(m.orgId, `/teknologier/${own.id}`));
      await page.getByRole('textbox', { name: /Hvad betyder teknologien for jer/ }).fill('Tidlig varsling af oversvømmelse ved kajen.');
      await page.getByRole('textbox', { name: /Hvilke kompetencer kræver den/ }).fill('Dataanalyse og drift af sensorer.');
      await page.getByRole('textbox', { name: /Hvad er næste skridt/ }).fill('Forsøg med to bøjer i foråret.');
      await page.getByRole('button', { name: 'Gem placering og note' }).click();
      await expect.poll(() => page.getByText(/Placeringen og noten om .* er gemt\./).count()).toBe(1);
      await page.reload();
      await expect
        .poll(() => page.getByRole('textbox', { name: /Hvad er næste skridt/ }).inputValue())
        .toBe('Forsøg med to bøjer i foråret.');

      // On the own radar, beside its own answers: AI in operation → (0.75 + 1) / 2 → Klar.
      await page.goto(edition(m.orgId, '/radar?visning=egen'));
      await page.locator('svg g.blip').first().waitFor();
      await showTable(page);
      expect(await ringInTable(page, 'Sensorbøjer i havnen')).toBe('Hold øje');
      expect(await ringInTable(page, AI)).toBe('Klar');
      // Another municipality does not see it.
      expect(
        (await served.app.services.radar.view(municipalities[1]!.orgId, editionId, { radar: 'own', lang: 'da' })).blips.map((b) => b.name),
      ).not.toContain('Sensorbøjer i havnen');
    });
    await context.close();
  });

  it('imports a Build Your Own Radar CSV file and exports a radar as a self-contained HTML file from the UI', async () => {
    await step('exchange', coordinator, async () => {
      await coordinator.goto(`${served.baseUrl}/org/${fjordby}/radar`);
      await coordinator.getByLabel(/^Fil/).setInputFiles(join(SHARED_DIR, 'fixtures', 'radar', 'byor', 'localfiles_radar.csv'));
      await coordinator.getByRole('textbox', { name: /^Titel/ }).fill('Thoughtworks-radaren');
      await coordinator.getByRole('button', { name: 'Indlæs radaren' }).click();
      await coordinator.waitForURL(/\/radar\/radarer\/[0-9a-z]{26}$/);
      await expect.poll(() => coordinator.getByText(/Radaren er indlæst med \d+ teknologier\./).count()).toBe(1);
      const blips = await coordinator.locator('svg g.blip').count();
      expect(blips).toBeGreaterThan(50);

      const download = coordinator.waitForEvent('download');
      await coordinator.getByRole('button', { name: 'Webside (HTML)' }).click();
      // A downloaded file has no extension; the browser opens it as a page only as .html.
      const file = join(SHOTS, 'radar-export.html');
      await (await download).saveAs(file);
      const html = readFileSync(file, 'utf8');
      expect(html).toMatch(/^<!DOCTYPE html>/i);
      expect((html.match(/class="blip"/g) ?? []).length).toBe(blips);
      // It works offline: opened with the network off, it draws every blip and asks for nothing.
      const offline = await browser.newContext();
      await offline.setOffline(true);
      const page = await offline.newPage();
      const requests: string[] = [];
      page.on('request', (r) => {
        if (!r.url().startsWith('file:')) requests.push(r.url());
      });
      await page.goto(`file://${file}`);
      expect(await page.locator('svg g.blip').count()).toBe(blips);
      expect(requests).toEqual([]);
      await offline.close();
    });
  });

  it('met no Content Security Policy violation and no page error', () => {
    expect(problems.flat()).toEqual([]);
  });
});
