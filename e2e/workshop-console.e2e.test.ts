import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import qrcode from 'qrcode-generator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TInstrument } from '../src/domain/instruments/schema.js';
import { PROJECT_ROOT } from '../src/server/lib/paths.js';
import { LiveClient } from '../test/helpers/live.js';
import {
  DEMO_LOGIN,
  VIEWPORTS,
  axeViolations,
  launchBrowser,
  login,
  screenshotOnFailure,
  serveDemo,
  watchProblems,
  type Served,
} from './helpers/harness.js';

/**
 * The leadership workshop run live: the demo admin prepares a workshop in the browser (a step's
 * duration, the order of two steps, a ground rule), opens it and gets the join code on the
 * console; the projector shows the code and its QR code at 1920×1080 and 1280×720 without
 * scrolling; six phones (simulated over the WebSocket) answer the questionnaire; the console's
 * table shows the figures this test computes from those answers; the projector shows nothing of
 * the tally until the facilitator reveals it; the timer turns orange, red and counts the overrun;
 * the console reconnects by itself after a lost connection; the workshop finishes with the agenda
 * kept as it ran. axe-core checks every page on the way.
 * Screenshots are kept in test-results/workshops/.
 */

const INSTRUMENT = 'ledelsesudfordringer';
const TITLE = 'Udviklingsværksted for direktionen';
const RULE = 'Vi taler ud fra vores egen enhed og lytter til de andres.';
const PHONES = 6;
/** The answer of phone p to the statement at position i (instrument order): spread over 1–5. */
const answer = (p: number, i: number) => ((p * 2 + i) % 5) + 1;
/** The last phone stops halfway, so it has answered but not everything. */
const answeredBy = (p: number, count: number) => (p === PHONES - 1 ? Math.ceil(count / 2) : count);

const SHOTS = join(PROJECT_ROOT, 'test-results', 'workshops');
const da = (n: number) => new Intl.NumberFormat('da-DK', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(n);

async function expectAccessible(page: Page, what: string, opts: { chrome?: boolean } = {}) {
  const violations = await axeViolations(page);
  expect(violations, `${what}:\n${violations.join('\n')}`).toEqual([]);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, `${what}: sideways scrolling`).toBeLessThanOrEqual(0);
  expect(await page.locator('h1').count(), `${what}: one h1`).toBe(1);
  if (opts.chrome !== false) expect(await page.locator('nav').count(), `${what}: the menu`).toBeGreaterThan(0);
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: join(SHOTS, `${what.replace(/[^a-z0-9]+/gi, '-')}.png`), fullPage: opts.chrome !== false });
}

async function tableRows(page: Page, caption: string): Promise<string[][]> {
  const table = page.getByRole('table', { name: caption });
  await table.waitFor({ state: 'attached' });
  return table
    .locator('tbody tr')
    .evaluateAll((rows) => rows.map((r) => Array.from(r.children, (c) => (c.textContent ?? '').replace(/\s+/g, ' ').trim())));
}

/** The dark modules of the QR code drawn on the page, read back from its SVG path. */
async function qrModules(page: Page): Promise<{ value: string; dark: Set<string> }> {
  const svg = page.locator('svg.pj-qr');
  const value = (await svg.getAttribute('data-value')) ?? '';
  const d = (await svg.locator('path').getAttribute('d')) ?? '';
  const dark = new Set<string>();
  for (const [, x, y, w] of d.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
    for (let i = 0; i < Number(w); i++) dark.add(`${Number(y) - 4},${Number(x) + i - 4}`);
  }
  return { value, dark };
}

function expectedQr(value: string): Set<string> {
  const qr = qrcode(0, 'M');
  qr.addData(value);
  qr.make();
  const dark = new Set<string>();
  for (let r = 0; r < qr.getModuleCount(); r++) for (let c = 0; c < qr.getModuleCount(); c++) if (qr.isDark(r, c)) dark.add(`${r},${c}`);
  return dark;
}

async function fitsScreen(page: Page): Promise<{ x: number; y: number }> {
  return page.evaluate(() => ({
    x: document.documentElement.scrollWidth - window.innerWidth,
    y: document.documentElement.scrollHeight - window.innerHeight,
  }));
}

describe('a leadership workshop run live in Chromium', () => {
  let served: Served;
  let fjordby: string;
  let instrument: TInstrument;
  let browser: BrowserContext;
  let workshopId = '';
  let joinCode = '';
  let console_: Page;
  let projector: Page;
  let problems: string[] = [];
  const phones: LiveClient[] = [];

  beforeAll(async () => {
    served = await serveDemo({ rounds: false });
    fjordby = (await served.app.services.organisations.listAll()).find((o) => o.name === 'Fjordby Kommune')!.id;
    instrument = served.app.services.assessments.getInstrument(INSTRUMENT);
    browser = await launchBrowser();
    console_ = await browser.newPage();
    problems = watchProblems(console_);
  });
  afterAll(async () => {
    for (const phone of phones) phone.close();
    await browser?.close();
    await served?.close();
  });

  /** A step that keeps a screenshot of the console (and the projector) when it fails. */
  async function step(name: string, body: () => Promise<void>) {
    try {
      await body();
    } catch (error) {
      await screenshotOnFailure(console_, `workshop-${name}-console`);
      if (projector) await screenshotOnFailure(projector, `workshop-${name}-projector`);
      throw error;
    }
  }

  const workshopsPath = () => `/org/${fjordby}/vaerksteder`;
  const statements = () => instrument.dimensions.flatMap((d) => instrument.items.filter((i) => i.dimension === d.id));

  it('prepares a workshop: a shorter step, two steps swapped, a rule rewritten; then opens it', { timeout: 180_000 }, async () => {
    await step('prepare', async () => {
      const page = console_;
      await login(page, served.baseUrl, DEMO_LOGIN.email, DEMO_LOGIN.password);
      // The dashboard has settled (its tool cards loaded) before the menu is used.
      await page.getByRole('heading', { name: 'Værktøjer' }).waitFor();
      await page.getByRole('link', { name: 'Værksteder', exact: true }).first().click();
      await expect.poll(() => page.locator('h1').textContent()).toBe('Værksteder');
      await expect.poll(() => page.title()).toBe('Værksteder i Fjordby Kommune – Pejling');
      expect(await page.locator('main').textContent()).toContain('»Ledelse af digitalisering«, Den Digitale Taskforce (2005)');
      await expectAccessible(page, 'workshops list, desktop');

      // An empty title is refused with the error summary.
      await page.getByRole('button', { name: 'Forbered workshoppen' }).click();
      await page.locator('.pj-error-summary').waitFor();
      expect(await page.locator('.pj-error-summary').textContent()).toContain('Titel: Skal udfyldes.');
      await page.setViewportSize(VIEWPORTS.phone);
      await expectAccessible(page, 'workshops list with errors, phone');
      await page.setViewportSize(VIEWPORTS.desktop);

      await page.getByRole('textbox', { name: 'Titel' }).fill(TITLE);
      await page.getByRole('button', { name: 'Forbered workshoppen' }).click();
      await page.waitForURL(new RegExp(`/org/${fjordby}/vaerksteder/[0-9a-z]{26}$`));
      workshopId = page.url().split('/').pop()!;
      await expect.poll(() => page.locator('h1').textContent()).toBe(TITLE);
      const total = page.locator('.pj-total-duration').first();
      expect(await total.textContent()).toBe('Samlet varighed: 4 t 0 min (240 min)');
      // The areas default to the organisation's units.
      const areas = await page
        .locator('section[aria-labelledby="areas-heading"] input')
        .evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
      expect(areas.sort()).toEqual([
        'Arbejdsmarked og Erhverv',
        'Børn og Unge',
        'Social og Sundhed',
        'Teknik og Miljø',
        'Økonomi og Administration',
      ]);
      await expectAccessible(page, 'preparation, desktop');

      // The questionnaire step (4) gets one minute: first a wrong value, then the right one.
      const minutes = page.locator('#agenda-steps-3-durationMinutes');
      await minutes.fill('0');
      await page.getByRole('button', { name: 'Gem dagsordenen' }).click();
      const summary = page.locator('section[aria-labelledby="agenda-heading"] .pj-error-summary');
      await summary.waitFor();
      expect(await summary.textContent()).toContain('Punkt 4, Varighed i minutter: Skal være mindst 1.');
      await expectAccessible(page, 'preparation with errors, desktop');
      await summary.getByRole('link').first().click();
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('agenda-steps-3-durationMinutes');
      await minutes.fill('1');
      expect(await total.textContent()).toBe('Samlet varighed: 3 t 31 min (211 min)');

      // »Det strategiske perspektiv« moves up before »Introduktion«; the focus stays on the step.
      await page.getByRole('button', { name: /^Flyt op\s+–\s+Det strategiske perspektiv$/ }).click();
      const legends = page.locator('.pj-agenda-edit-legend');
      await expect.poll(() => legends.nth(0).textContent()).toContain('Det strategiske perspektiv');
      expect(await legends.nth(1).textContent()).toContain('Introduktion');
      await expect.poll(() => page.evaluate(() => document.activeElement?.textContent ?? '')).toContain('Flyt ned');
      await page.getByRole('button', { name: 'Gem dagsordenen' }).click();
      await page.getByText('Dagsordenen er gemt.').waitFor();

      // Ground rule 1 rewritten.
      await page.getByRole('textbox', { name: 'Regel 1', exact: true }).fill(RULE);
      await page.getByRole('button', { name: 'Gem spillereglerne' }).click();
      await page.getByText('Spillereglerne er gemt.').waitFor();
      await page.setViewportSize(VIEWPORTS.phone);
      await expectAccessible(page, 'preparation, phone');
      await page.setViewportSize(VIEWPORTS.desktop);

      const stored = await served.app.services.workshops.get(fjordby, workshopId, true);
      expect(stored.steps.slice(0, 4).map((s) => [s.title, s.durationMinutes])).toEqual([
        ['Det strategiske perspektiv', 15],
        ['Introduktion', 15],
        ['Teknisk status', 30],
        ['Ledelsesmæssig status', 1],
      ]);
      expect(stored.groundRules[0]).toBe(RULE);
      expect(stored.groundRules).toHaveLength(10);

      // Open: to the console, with the join code.
      await page.getByRole('button', { name: 'Åbn workshoppen' }).click();
      await page.waitForURL(`**/vaerksteder/${workshopId}/styring`);
      await expect.poll(() => page.locator('.pj-connection-text').textContent()).toBe('Forbundet');
      joinCode = (await served.app.services.workshops.get(fjordby, workshopId, true)).joinCode!;
      expect(joinCode).toMatch(/^[A-Z2-9]{6}$/);
      expect(await page.locator('.pj-join-code').getAttribute('data-code')).toBe(joinCode);
      expect(await page.locator('.pj-join-code').textContent()).toBe(`${joinCode.slice(0, 3)} ${joinCode.slice(3)}`);
      expect(await page.locator('.pj-join-url').textContent()).toContain(`/deltag/${joinCode}`);
      await expectAccessible(page, 'console, opened, desktop');
      await page.setViewportSize(VIEWPORTS.phone);
      await expectAccessible(page, 'console, opened, phone');
      await page.setViewportSize(VIEWPORTS.desktop);
    });
  });

  it('shows the code and its QR code on the projector, without chrome or scrolling, at 1920×1080 and 1280×720', async () => {
    await step('projector', async () => {
      projector = await browser.newPage();
      const watched = watchProblems(projector);
      await projector.setViewportSize({ width: 1920, height: 1080 });
      await projector.goto(`${served.baseUrl}${workshopsPath()}/${workshopId}/projektor`);
      const code = projector.locator('.pj-proj-code');
      await code.waitFor();
      expect(await code.getAttribute('data-code')).toBe(joinCode);
      expect(await projector.locator('h1').textContent()).toBe(TITLE);
      await expect.poll(() => projector.title()).toBe(`Projektor: ${TITLE} – Pejling`);
      expect(await projector.locator('header.header, nav, footer.footer').count()).toBe(0);
      expect(await projector.locator('main').textContent()).toContain('0 deltagere er med');

      const qr = await qrModules(projector);
      // The address the server gives (from its public URL), as the participants will open it.
      const { joinUrl } = await served.app.services.workshops.get(fjordby, workshopId, true);
      expect(joinUrl).toMatch(new RegExp(`/deltag/${joinCode}$`));
      expect(qr.value).toBe(joinUrl);
      expect(qr.dark).toEqual(expectedQr(qr.value));
      expect(await projector.getByRole('img', { name: `QR-kode til ${qr.value}` }).count()).toBe(1);

      for (const size of [
        { width: 1920, height: 1080 },
        { width: 1280, height: 720 },
      ]) {
        await projector.setViewportSize(size);
        expect(await fitsScreen(projector), `${size.width}×${size.height}`).toEqual({ x: 0, y: 0 });
        // The code and the QR code are big: readable from the back of the room.
        const box = await code.boundingBox();
        expect(box!.height).toBeGreaterThan(size.height * 0.1);
        const qrBox = await projector.locator('svg.pj-qr').boundingBox();
        expect(qrBox!.height).toBeGreaterThan(size.height * 0.3);
        expect(qrBox!.y + qrBox!.height).toBeLessThanOrEqual(size.height);
        await expectAccessible(projector, `projector, open, ${size.width}x${size.height}`, { chrome: false });
      }
      expect(watched).toEqual([]);
    });
  });

  it('tallies six phones live on the console; the projector shows the result only once revealed', { timeout: 180_000 }, async () => {
    const items = statements();
    await step('tally', async () => {
      const page = console_;
      await page.getByRole('button', { name: 'Start første punkt' }).click();
      await expect.poll(() => page.locator('#now-heading').textContent()).toBe('Det strategiske perspektiv');
      await page.getByRole('button', { name: /^Gå til\s+punkt 4: Ledelsesmæssig status$/ }).click();
      await expect.poll(() => page.locator('#now-heading').textContent()).toBe('Ledelsesmæssig status');
      // Its one minute is kept for the timer test below: paused while the phones answer.
      await page.getByRole('button', { name: 'Pause', exact: true }).click();
      await page.getByRole('button', { name: 'Start', exact: true }).waitFor();
      expect(await page.locator('.pj-timer').getAttribute('class')).toContain('pj-timer-stopped');
      expect(await page.locator('.pj-agenda-current').textContent()).toContain('Ledelsesmæssig status');
      expect(await page.locator('[aria-current="step"]').count()).toBe(1);
      await projector.locator('#proj-now-heading', { hasText: 'Ledelsesmæssig status' }).waitFor();

      // Six phones join with the code and answer (the last stops halfway; one changes an answer).
      for (let p = 0; p < PHONES; p++) {
        const res = await fetch(`${served.baseUrl}/api/live/join`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ code: joinCode.toLowerCase(), displayName: `Leder ${p + 1}` }),
        });
        expect(res.status).toBe(201);
        const { token } = (await res.json()) as { token: string };
        const phone = await LiveClient.connect(served.baseUrl);
        phones.push(phone);
        phone.send({ type: 'hello', role: 'participant', token });
        await phone.next('snapshot');
        if (p === 0) {
          phone.send({ type: 'answer', id: `p${p}-first-000`, itemId: items[0]!.id, value: 5 });
          await phone.next('ack');
        }
        for (const [i, item] of items.slice(0, answeredBy(p, items.length)).entries()) {
          phone.send({ type: 'answer', id: `p${p}-item-${String(i).padStart(3, '0')}`, itemId: item.id, value: answer(p, i) });
        }
        for (let i = 0; i < answeredBy(p, items.length); i++) await phone.next('ack');
      }

      // The figures the console should show, computed here from the answers given.
      const given = items.map((item, i) =>
        Array.from({ length: PHONES }, (_, p) => (i < answeredBy(p, items.length) ? answer(p, i) : null)).filter(
          (v): v is number => v !== null,
        ),
      );
      const itemRows = items.map((item, i) => {
        const values = given[i]!;
        const counts = [1, 2, 3, 4, 5].map((v) => values.filter((x) => x === v).length);
        return [
          String(i + 1),
          item.text.da,
          ...counts.map(String),
          String(values.length),
          da(values.reduce((a, b) => a + b, 0) / values.length),
        ];
      });
      const areaRows = instrument.dimensions.map((d) => {
        const values = items.flatMap((item, i) => (item.dimension === d.id ? given[i]! : []));
        return [d.title.da, da(values.reduce((a, b) => a + b, 0) / values.length), String(values.length)];
      });

      await expect.poll(() => page.locator('.pj-participants-count').textContent()).toBe(String(PHONES));
      await expect
        .poll(() => page.locator('.pj-tally-progress').textContent())
        .toBe(`${PHONES} har svaret. ${PHONES - 1} har svaret på alle udsagn.`);
      await page.getByRole('tab', { name: 'Tabel' }).click();
      await expect.poll(() => tableRows(page, 'Svar pr. udsagn')).toEqual(itemRows);
      expect(await tableRows(page, 'Svar pr. område')).toEqual(areaRows);
      await expectAccessible(page, 'console, questionnaire, table, desktop');
      await page.getByRole('tab', { name: 'Diagram' }).click();
      await page.locator('.pj-tally-chart').waitFor();
      await expectAccessible(page, 'console, questionnaire, chart, desktop');
      await page.setViewportSize(VIEWPORTS.phone);
      await expectAccessible(page, 'console, questionnaire, chart, phone');
      await page.setViewportSize(VIEWPORTS.desktop);

      // Not revealed: the projector has nothing of the tally, though six have answered.
      await expect.poll(() => projector.locator('.pj-proj-participants').textContent()).toBe(`${PHONES} deltagere er med`);
      expect(await projector.locator('.pj-proj-results').count()).toBe(0);
      expect(await projector.getByRole('table').count()).toBe(0);
      expect(await projector.locator('main').textContent()).toContain('Besvar udsagnene på din telefon.');

      await page.getByRole('button', { name: 'Vis resultatet på skærmen' }).click();
      await page.getByRole('button', { name: 'Skjul resultatet' }).waitFor();
      await projector.locator('.pj-proj-results').waitFor();
      expect(await tableRows(projector, 'Svar pr. område')).toEqual(areaRows);
      expect(await tableRows(projector, 'Svar pr. udsagn')).toEqual(itemRows);
      expect(await projector.locator('.pj-proj-results-heading').textContent()).toBe(`Resultat – ${PHONES} har svaret`);
      for (const size of [
        { width: 1280, height: 720 },
        { width: 1920, height: 1080 },
      ]) {
        await projector.setViewportSize(size);
        expect(await fitsScreen(projector), `results at ${size.width}×${size.height}`).toEqual({ x: 0, y: 0 });
        await expectAccessible(projector, `projector, results, ${size.width}x${size.height}`, { chrome: false });
      }

      // Hidden again: gone from the projector.
      await page.getByRole('button', { name: 'Skjul resultatet' }).click();
      await expect.poll(() => projector.locator('.pj-proj-results').count()).toBe(0);
      await page.getByRole('button', { name: 'Vis resultatet på skærmen' }).click();
      await projector.locator('.pj-proj-results').waitFor();
    });
  });

  it('turns the timer orange at 20 % left, red at 5 % left, and counts the overrun', { timeout: 120_000 }, async () => {
    await step('timer', async () => {
      const timer = console_.locator('.pj-timer');
      const phase = () => timer.getAttribute('data-phase');
      expect(await phase()).toBe('normal');
      await console_.getByRole('button', { name: 'Start', exact: true }).click();
      await console_.getByRole('button', { name: 'Pause', exact: true }).waitFor();
      // The questionnaire step has one minute: orange from 48 s, red from 57 s, over from 60 s.
      await expect.poll(phase, { timeout: 70_000, interval: 250 }).toBe('warning');
      expect(await timer.getAttribute('class')).toContain('pj-timer-warning');
      await expect.poll(phase, { timeout: 15_000, interval: 250 }).toBe('critical');
      expect(await timer.getAttribute('class')).toContain('pj-timer-critical');
      await expect.poll(phase, { timeout: 15_000, interval: 250 }).toBe('overrun');
      await expect.poll(() => timer.locator('.pj-timer-value').textContent()).toMatch(/^\+0:0[1-9]$/);
      expect(await timer.locator('.pj-timer-note').textContent()).toContain('over tiden');
      await expect.poll(() => projector.locator('.pj-timer').getAttribute('data-phase')).toBe('overrun');
      await expectAccessible(console_, 'console, overrun, desktop');
      await expectAccessible(projector, 'projector, results, overrun', { chrome: false });

      // Paused, the timer stands still.
      await console_.getByRole('button', { name: 'Pause', exact: true }).click();
      await console_.getByRole('button', { name: 'Start', exact: true }).waitFor();
      const stopped = await timer.locator('.pj-timer-value').textContent();
      await new Promise((r) => setTimeout(r, 1500));
      expect(await timer.locator('.pj-timer-value').textContent()).toBe(stopped);
      expect(await timer.locator('.pj-timer-note').textContent()).toContain('over tiden');
    });
  });

  it(
    'reconnects after a lost connection, then finishes after a confirmation and keeps the agenda as it ran',
    { timeout: 120_000 },
    async () => {
      await step('finish', async () => {
        const page = console_;
        // A lost connection: the console says so, tries again, and resyncs from the next snapshot.
        await browser.setOffline(true);
        for (const client of served.app.websocketServer.clients) client.terminate();
        await expect.poll(() => page.locator('.pj-connection-text').textContent()).toMatch(/^Forbindelsen er afbrudt – forbinder igen/);
        await browser.setOffline(false);
        await expect.poll(() => page.locator('.pj-connection-text').textContent(), { timeout: 40_000 }).toBe('Forbundet');
        await expect.poll(() => projector.locator('.pj-connection-quiet').count(), { timeout: 40_000 }).toBe(1);
        expect(await page.locator('.pj-participants-count').textContent()).toBe(String(PHONES));
        expect(await page.locator('.pj-timer').getAttribute('data-phase')).toBe('overrun');

        await page.getByRole('button', { name: 'Afslut workshoppen' }).click();
        const dialog = page.getByRole('dialog');
        await dialog.waitFor();
        expect(await dialog.textContent()).toContain('kan deltagerne ikke længere svare');
        await expectAccessible(page, 'console, finish dialog, desktop');
        await dialog.getByRole('button', { name: 'Afslut workshoppen' }).click();
        await page.getByText('Workshoppen er afsluttet', { exact: true }).waitFor();
        await projector.getByText('Workshoppen er afsluttet. Tak for i dag!').waitFor();

        await page.getByRole('link', { name: 'Se dagsordenen med de faktiske tider' }).click();
        await expect.poll(() => page.locator('h1').textContent()).toBe(TITLE);
        const rows = await tableRows(page, 'Dagsorden, som den blev afviklet');
        expect(rows).toHaveLength(10);
        // Step 1 ran briefly; step 4 over its minute; step 2 and 3 never ran.
        expect(rows[0]!.slice(0, 4)).toEqual(['1', expect.stringContaining('Det strategiske perspektiv'), 'Oplæg', '15 min']);
        expect(rows[0]![4]).toMatch(/^0:\d\d$/);
        expect(rows[1]![4]).toBe('–');
        expect(rows[3]![4]).toMatch(/^1:\d\d$/);
        expect(rows[3]![5]).toMatch(/^\d\d\.\d\d$/);
        expect(await page.locator('main').textContent()).toContain(RULE);
        expect(await page.locator('main').textContent()).toContain(`${PHONES} deltagere var med.`);
        await expectAccessible(page, 'finished workshop, desktop');
        await page.setViewportSize(VIEWPORTS.phone);
        await expectAccessible(page, 'finished workshop, phone');
        await page.setViewportSize(VIEWPORTS.desktop);

        await page.goto(`${served.baseUrl}${workshopsPath()}`);
        const row = page.getByRole('row', { name: new RegExp(TITLE) });
        await expect.poll(() => row.textContent()).toContain('Afsluttet');
        expect(await row.locator('td.pj-num').textContent()).toBe(String(PHONES));

        await page.getByRole('link', { name: 'Handlingsplaner', exact: true }).first().click();
        await expect.poll(() => page.locator('h1').textContent()).toBe('Handlingsplaner');
        await expect.poll(() => page.locator('main').textContent()).toContain('Der er ingen handlingsplaner endnu.');
        await expectAccessible(page, 'action plans, desktop');

        await page.goto(`${served.baseUrl}/org/${fjordby}`);
        await page.getByRole('link', { name: 'Udviklingsværksted', exact: true }).click();
        await expect.poll(() => page.locator('h1').textContent()).toBe('Værksteder');
        expect(problems).toEqual([]);
      });
    },
  );
});
