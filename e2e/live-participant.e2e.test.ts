import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../src/server/lib/actor.js';
import { PROJECT_ROOT } from '../src/server/lib/paths.js';
import {
  DEMO_LOGIN,
  VIEWPORTS,
  axeViolations,
  launchBrowser,
  screenshotOnFailure,
  serveDemo,
  watchProblems,
  type Served,
} from './helpers/harness.js';

/**
 * The participant view (/deltag) on a phone, against the real server: joining with the code from
 * the QR code, the ground rules, the questionnaire with answers stored as they are given, an
 * answer changed while the phone is offline that arrives once (and as the newest value) when the
 * network is back, the end of the workshop; axe-core at phone and desktop width, and the page's
 * first download under 80 kB gzipped. Screenshots are kept in test-results/live/.
 */

const QUESTIONNAIRE_STEP = 3;
const BUDGET_BYTES = 80_000;
const SHOTS = join(PROJECT_ROOT, 'test-results', 'live');

describe('the participant view on a phone', () => {
  let served: Served;
  let browser: BrowserContext;
  let orgId: string;
  let actor: Actor;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    served = await serveDemo({ rounds: false });
    browser = await launchBrowser();
    orgId = (await served.app.services.organisations.listAll()).find((o) => o.name === 'Fjordby Kommune')!.id;
    const user = (await served.app.services.accounts.repo.getUserByEmail(DEMO_LOGIN.email))!;
    actor = { userId: user.id, email: user.email, ip: null, isPlatformAdmin: true };
  });
  afterAll(async () => {
    await browser?.close();
    await served?.close();
  });

  const workshops = () => served.app.services.workshops;

  async function runningWorkshop(title: string) {
    const created = await workshops().create(orgId, { title, templateId: 'udviklingsvaerksted' }, actor, 'da');
    const opened = await workshops().control(orgId, created.id, { action: 'open' }, actor);
    return { id: created.id, code: opened.joinCode! };
  }

  const control = (id: string, command: Parameters<ReturnType<typeof workshops>['control']>[2]) =>
    workshops().control(orgId, id, command, actor);

  /** A phone that has not joined anything yet (the browser's storage is shared between pages). */
  async function newPage(size: { width: number; height: number } = VIEWPORTS.phone) {
    const page = await browser.newPage();
    await page.setViewportSize(size);
    await page.goto(`${served.baseUrl}/deltag`);
    await page.evaluate(() => localStorage.clear());
    return page;
  }

  async function checkAxe(page: Page, name: string) {
    for (const [viewport, size] of Object.entries(VIEWPORTS)) {
      await page.setViewportSize(size);
      await page.screenshot({ path: join(SHOTS, `${name}-${viewport}.png`), fullPage: true });
      const violations = await axeViolations(page);
      expect(violations, `${name} at ${viewport}:\n${violations.join('\n')}`).toEqual([]);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${name} at ${viewport}: sideways scrolling`).toBeLessThanOrEqual(0);
    }
    await page.setViewportSize(VIEWPORTS.phone);
  }

  const heading = (page: Page) => page.locator('h1').textContent();

  /** The statement's radio group (fieldset) by the beginning of its text. */
  const statement = (page: Page, number: number) => page.locator('fieldset').nth(number - 1);
  const saveState = (page: Page, number: number) => statement(page, number).locator('.lv-save').textContent();

  let current: Page | null = null;
  afterEach(async (ctx) => {
    if (current && ctx.task.result?.state === 'fail') await screenshotOnFailure(current, `live-${ctx.task.name}`);
    await current?.close();
    current = null;
    await browser.setOffline(false);
  });

  it(`loads under ${BUDGET_BYTES / 1000} kB of JavaScript and CSS (gzipped) on the join page`, async () => {
    // A browser of its own: an empty cache, as on a phone that has never been here.
    const cold = await launchBrowser();
    const page = await cold.newPage();
    await page.setViewportSize(VIEWPORTS.phone);
    const problems = watchProblems(page);
    const sizes: { url: string; bytes: number }[] = [];
    page.on('response', async (res) => {
      const type = res.request().resourceType();
      if (type !== 'script' && type !== 'stylesheet') return;
      sizes.push({ url: new URL(res.url()).pathname, bytes: gzipSync(await res.body()).length });
    });
    await page.goto(`${served.baseUrl}/deltag`, { waitUntil: 'networkidle' });
    await expect.poll(() => heading(page)).toBe('Deltag i workshoppen');
    const total = sizes.reduce((a, s) => a + s.bytes, 0);
    console.info(`participant view, initial JS+CSS: ${total} bytes gzipped (${sizes.map((s) => `${s.url} ${s.bytes}`).join(', ')})`);
    expect(sizes.some((s) => s.url.endsWith('.css'))).toBe(true);
    expect(total).toBeLessThan(BUDGET_BYTES);
    // Nothing of the main app (its stylesheet, i18next, the router) comes along.
    expect(sizes.filter((s) => /\/main-/.test(s.url))).toEqual([]);
    expect(problems).toEqual([]);
    await cold.close();
  });

  it('joins with the QR code’s address, accepts the rules, answers, and never loses an answer changed offline', async () => {
    const w = await runningWorkshop('Udviklingsværksted for direktionen');
    const page = (current = await newPage());
    const problems = watchProblems(page);
    // Every frame the page sends, to see that a resent answer keeps its id.
    const sent: { type: string; id?: string; itemId?: string; value?: number | null }[] = [];
    page.on('websocket', (ws) => ws.on('framesent', (f) => sent.push(JSON.parse(String(f.payload)) as (typeof sent)[number])));

    // The join form, prefilled from /deltag/<code> (in lower case with a dash, as people type it).
    await page.goto(`${served.baseUrl}/deltag/${w.code.slice(0, 3).toLowerCase()}-${w.code.slice(3).toLowerCase()}`);
    await expect.poll(() => heading(page)).toBe('Deltag i workshoppen');
    expect(await page.title()).toBe('Deltag i workshoppen – Pejling');
    expect(await page.getByLabel('Kode', { exact: true }).inputValue()).toBe(w.code);
    expect(await page.getByRole('textbox', { name: 'Gruppens navn' }).count()).toBe(0);
    await page.getByLabel('Vi er en gruppe, der deler denne enhed').check();
    await expect.poll(() => page.getByRole('textbox', { name: 'Gruppens navn' }).isVisible()).toBe(true);
    await page.getByLabel('Vi er en gruppe, der deler denne enhed').uncheck();
    await page.getByLabel('Dit navn (frivilligt)').fill('Anna');
    await checkAxe(page, 'join');
    await page.getByRole('button', { name: 'Deltag' }).click();

    // Not started yet: the rules come first.
    await expect.poll(() => heading(page)).toBe('Spilleregler');
    await expect.poll(() => page.getByRole('status').first().textContent()).toContain('Forbundet');
    expect(await page.locator('main ol > li').count()).toBe(10);
    const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('pejling.live.session') ?? 'null') as Record<string, string>);
    expect(stored).toMatchObject({ workshopId: w.id, title: 'Udviklingsværksted for direktionen' });
    expect(stored.token!.length).toBeGreaterThan(20);
    await checkAxe(page, 'rules');
    await page.getByRole('button', { name: 'Jeg accepterer spillereglerne' }).click();
    await expect.poll(() => heading(page)).toBe('Workshoppen begynder snart');
    // Focus moved to the new screen's heading, for screen readers.
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    await page.screenshot({ path: join(SHOTS, 'not-started-phone.png'), fullPage: true });
    const [participant] = await workshops().repo.participants(w.id);
    expect(participant).toMatchObject({ display_name: 'Anna' });
    expect(participant!.accepted_rules_at).not.toBeNull();

    // The facilitator opens the questionnaire: the phone follows by itself.
    await control(w.id, { action: 'goto', position: QUESTIONNAIRE_STEP });
    await expect.poll(() => heading(page)).toBe('Ledelsesmæssig status');
    await expect.poll(() => page.locator('fieldset').count()).toBe(12);
    expect(await page.locator('section h2').count()).toBe(5);
    expect(await page.getByRole('timer').textContent()).toMatch(/^\d+:\d\d tilbage$/);
    await expect.poll(() => page.locator('.lv-progress').textContent()).toBe('0 af 12 besvaret');
    await checkAxe(page, 'questionnaire-empty');

    const answer = (number: number, value: number) =>
      statement(page, number)
        .getByRole('radio', { name: new RegExp(`^${value}`) })
        .check();
    await answer(1, 4);
    await answer(2, 5);
    await answer(3, 1);
    for (const n of [1, 2, 3]) await expect.poll(() => saveState(page, n)).toBe('Gemt');
    await expect.poll(() => page.locator('.lv-progress').textContent()).toBe('3 af 12 besvaret');
    const answers = async () => (await workshops().repo.answers(w.id)).filter((a) => a.participant_id === participant!.id);
    expect(await answers()).toEqual(
      expect.arrayContaining([
        { participant_id: participant!.id, item_id: 'klar-vision', value: 4 },
        { participant_id: participant!.id, item_id: 'konkrete-maal', value: 5 },
      ]),
    );
    expect(await answers()).toHaveLength(3);

    // The network goes: the phone says so, keeps the changed answer and a new one on the device…
    await browser.setOffline(true);
    await expect.poll(() => page.getByRole('status').first().textContent()).toContain('Ingen netværksforbindelse');
    await answer(1, 2);
    await answer(4, 3);
    await expect.poll(() => saveState(page, 1)).toBe('Venter på forbindelsen');
    await expect.poll(() => saveState(page, 4)).toBe('Venter på forbindelsen');
    await expect.poll(() => page.getByRole('status').first().textContent()).toContain('2 svar venter og sendes automatisk');
    await page.screenshot({ path: join(SHOTS, 'questionnaire-offline-phone.png'), fullPage: false });
    const outbox = await page.evaluate(
      () => JSON.parse(localStorage.getItem('pejling.live.outbox') ?? '{}') as { entries?: Record<string, { msg: { itemId: string } }> },
    );
    const waitingIds = Object.keys(outbox.entries ?? {});
    expect(Object.values(outbox.entries ?? {}).map((e) => e.msg.itemId)).toEqual(['klar-vision', 'velbegrundede-projekter']);
    // …and the server still has the old value.
    expect((await answers()).find((a) => a.item_id === 'klar-vision')!.value).toBe(4);

    // The network comes back: the phone reconnects at once and sends what waited, with the same ids.
    await browser.setOffline(false);
    await expect.poll(() => saveState(page, 1), { timeout: 15_000 }).toBe('Gemt');
    await expect.poll(() => saveState(page, 4)).toBe('Gemt');
    await expect.poll(() => page.getByRole('status').first().textContent()).toMatch(/^Forbundet\s*$/);
    const rows = await answers();
    expect(rows.filter((a) => a.item_id === 'klar-vision')).toEqual([
      { participant_id: participant!.id, item_id: 'klar-vision', value: 2 },
    ]);
    expect(rows.find((a) => a.item_id === 'velbegrundede-projekter')!.value).toBe(3);
    expect(rows).toHaveLength(4);
    const answerFrames = sent.filter((f) => f.type === 'answer');
    for (const id of waitingIds) expect(answerFrames.some((f) => f.id === id)).toBe(true);
    expect(sent.filter((f) => f.type === 'hello').length).toBeGreaterThanOrEqual(2);
    expect(await page.evaluate(() => localStorage.getItem('pejling.live.outbox'))).toBeNull();

    // A reload comes back as the same participant, with the answers in place.
    await page.reload();
    await expect.poll(() => heading(page)).toBe('Ledelsesmæssig status');
    await expect.poll(() => page.locator('.lv-progress').textContent()).toBe('4 af 12 besvaret');
    expect(await statement(page, 1).getByRole('radio', { name: /^2/ }).isChecked()).toBe(true);
    expect(await workshops().repo.participants(w.id)).toHaveLength(1);
    await checkAxe(page, 'questionnaire-answered');

    // At 320 px nothing scrolls sideways.
    await page.setViewportSize({ width: 320, height: 640 });
    await page.screenshot({ path: join(SHOTS, 'questionnaire-320.png'), fullPage: false });
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    await page.setViewportSize(VIEWPORTS.phone);

    // Another step: the phone waits calmly; then the workshop ends.
    await control(w.id, { action: 'next' });
    await expect.poll(() => heading(page)).toBe('Pause');
    expect(await page.locator('main').textContent()).toContain('Vent på mødelederen');
    await checkAxe(page, 'waiting');
    await control(w.id, { action: 'finish' });
    await expect.poll(() => heading(page)).toBe('Tak for i dag');
    await checkAxe(page, 'finished');
    expect(problems).toEqual([]);
    // axe-core at two widths on seven screens takes its time on a busy machine.
  }, 300_000);

  it('shows the server’s message in an error summary for a wrong code, and checks the code before asking', async () => {
    const page = (current = await newPage());
    const problems = watchProblems(page);
    await page.goto(`${served.baseUrl}/deltag`);
    await page.getByRole('button', { name: 'Deltag' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.className)).toBe('lv-error-summary');
    expect(await page.locator('.lv-error-summary').textContent()).toContain('Skriv koden fra skærmen.');

    await page.getByLabel('Kode', { exact: true }).fill('zz zz-zz');
    await page.getByRole('button', { name: 'Deltag' }).click();
    await expect.poll(() => page.locator('.lv-error-summary').textContent()).toContain('Koden passer ikke til en workshop');
    const code = page.getByLabel('Kode', { exact: true });
    expect(await code.getAttribute('aria-invalid')).toBe('true');
    expect(await code.getAttribute('aria-describedby')).toBe('lv-code-hint lv-code-error');
    expect(await page.locator('#lv-code-error').textContent()).toContain('Koden passer ikke');
    await checkAxe(page, 'join-errors');
    // The summary's link takes the keyboard to the field.
    await page.locator('.lv-error-summary a').click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('lv-code');
    expect(problems).toEqual([]);
  });

  it('goes back to the join form, politely, when the server does not know the phone’s token', async () => {
    const page = (current = await newPage());
    await page.evaluate(() =>
      localStorage.setItem(
        'pejling.live.session',
        JSON.stringify({ token: 'x'.repeat(32), participantId: 'p', workshopId: 'w', title: 'Gammel' }),
      ),
    );
    await page.reload();
    await expect.poll(() => heading(page)).toBe('Deltag i workshoppen');
    expect(await page.locator('.lv-notice').textContent()).toContain('Deltag igen med koden');
    expect(await page.evaluate(() => localStorage.getItem('pejling.live.session'))).toBeNull();
  });

  it('follows a phone set to English, and switches language on request', async () => {
    const page = (current = await newPage());
    await page.evaluate(() => localStorage.setItem('pejling.language', 'en'));
    await page.reload();
    await expect.poll(() => heading(page)).toBe('Join the workshop');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.getByRole('button', { name: 'Læs på dansk' }).click();
    await expect.poll(() => heading(page)).toBe('Deltag i workshoppen');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('da');
    await page.evaluate(() => localStorage.removeItem('pejling.language'));
  });
});
