import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../src/server/lib/paths.js';
import { pdfText } from '../test/helpers/pdf.js';
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
 * A whole leadership workshop in Chromium, as it runs in a room: the facilitator's console, the
 * projector and five phones (four leaders and one group sharing a phone), each a device of its
 * own. They join with the code, accept the rules, answer the questionnaire (one phone loses the
 * network halfway and its answer still counts once), the result is revealed; the common picture
 * is written, shown, moderated (a duplicate merged, a note hidden), dot-voted and decided; two
 * area groups edit their plans at the same time (different rows, and the same field at once); the
 * facilitator writes the notes of the common plans and the conclusion and finishes. The action
 * plans page and the minutes PDF then hold what was entered. axe-core checks the three views on
 * the way; free text with markup is shown as text on the projector and in the PDF.
 * Screenshots are kept in test-results/workshop-full/.
 */

const SHOTS = join(PROJECT_ROOT, 'test-results', 'workshop-full');
const TITLE = 'Udviklingsværksted for ledelsesteamet';
const AREA_A = 'Børn og Unge';
const AREA_B = 'Teknik og Miljø';
const HOSTILE = `<script>window.hacked=1</script><b>Fed</b> & <img src=x onerror="window.hacked=2"> ${'lang tekst '.repeat(22)}`.slice(
  0,
  280,
);

interface Phone {
  name: string;
  group: boolean;
  context: BrowserContext;
  page: Page;
}

/** The answer of phone p to statement n (1–12): spread over 1–5. */
const answer = (p: number, n: number) => ((p * 3 + n) % 5) + 1;

describe('a whole leadership workshop: facilitator, projector and five phones', () => {
  let served: Served;
  let browser: Browser;
  let fjordby: string;
  let facilitator: BrowserContext;
  let console_: Page;
  let projector: Page;
  const phones: Phone[] = [];
  const problems: string[][] = [];
  let workshopId = '';
  let code = '';

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    served = await serveDemo({ rounds: false });
    fjordby = (await served.app.services.organisations.listAll()).find((o) => o.name === 'Fjordby Kommune')!.id;
    const devices = await launchDevices();
    browser = devices.browser;
    facilitator = await devices.device();
    console_ = await facilitator.newPage();
    problems.push(watchProblems(console_));
    for (const [i, name] of ['Anna', 'Bo', 'Carla', 'Dorte'].entries()) {
      const context = await devices.device(VIEWPORTS.phone);
      phones.push({ name, group: false, context, page: await context.newPage() });
      problems.push(watchProblems(phones[i]!.page));
    }
    const context = await devices.device(VIEWPORTS.phone);
    phones.push({ name: 'Gruppe Nord', group: true, context, page: await context.newPage() });
    problems.push(watchProblems(phones[4]!.page));
  });
  afterAll(async () => {
    await browser?.close();
    await served?.close();
  });

  const workshops = () => served.app.services.workshops;
  const base = () => `/org/${fjordby}/vaerksteder`;
  const heading = (page: Page) => page.locator('h1').textContent();

  /** A step of the test that keeps screenshots of every view when it fails. */
  async function step(name: string, body: () => Promise<void>) {
    try {
      await body();
    } catch (error) {
      await screenshotOnFailure(console_, `full-${name}-console`);
      if (projector) await screenshotOnFailure(projector, `full-${name}-projector`);
      for (const [i, p] of phones.entries()) await screenshotOnFailure(p.page, `full-${name}-phone-${i + 1}`);
      throw error;
    }
  }

  const accessible = (page: Page, what: string, opts: { fullPage?: boolean } = {}) => expectAccessible(page, what, SHOTS, opts);

  const goto = async (n: number, title: string) => {
    await console_.getByRole('button', { name: new RegExp(`^Gå til\\s+punkt ${n}: ${title}$`) }).click();
    await expect.poll(() => console_.locator('#now-heading').textContent()).toBe(title);
    for (const p of phones) await expect.poll(() => heading(p.page)).toBe(title);
  };

  it('prepares and opens the workshop; five phones join (one of them a group) and accept the rules', { timeout: 180_000 }, async () => {
    await step('join', async () => {
      await login(console_, served.baseUrl, DEMO_LOGIN.email, DEMO_LOGIN.password);
      await console_.goto(`${served.baseUrl}${base()}`);
      await console_.getByRole('textbox', { name: 'Titel' }).fill(TITLE);
      await console_.getByRole('button', { name: 'Forbered workshoppen' }).click();
      await console_.waitForURL(new RegExp(`${base()}/[0-9a-z]{26}$`));
      workshopId = console_.url().split('/').pop()!;
      await console_.getByRole('button', { name: 'Åbn workshoppen' }).click();
      await console_.waitForURL(`**/vaerksteder/${workshopId}/styring`);
      await expect.poll(() => console_.locator('.pj-connection-text').textContent()).toBe('Forbundet');
      code = (await console_.locator('.pj-join-code').getAttribute('data-code'))!;
      expect(code).toMatch(/^[A-Z2-9]{6}$/);

      projector = await facilitator.newPage();
      problems.push(watchProblems(projector));
      await projector.setViewportSize({ width: 1920, height: 1080 });
      await projector.goto(`${served.baseUrl}${base()}/${workshopId}/projektor`);
      await projector.locator('.pj-proj-code').waitFor();

      for (const p of phones) {
        await p.page.goto(`${served.baseUrl}/deltag/${code}`);
        if (p.group) {
          await p.page.getByLabel('Vi er en gruppe, der deler denne enhed').check();
          await p.page.getByRole('textbox', { name: 'Gruppens navn' }).fill(p.name);
        } else await p.page.getByLabel('Dit navn (frivilligt)').fill(p.name);
        await p.page.getByRole('button', { name: 'Deltag' }).click();
        await expect.poll(() => heading(p.page)).toBe('Spilleregler');
        await p.page.getByRole('button', { name: 'Jeg accepterer spillereglerne' }).click();
        await expect.poll(() => heading(p.page)).toBe('Workshoppen begynder snart');
      }
      await expect.poll(() => console_.locator('.pj-participants-count').textContent()).toBe('5');
      const participants = await workshops().repo.participants(workshopId);
      expect(participants.map((p) => p.group_name ?? p.display_name).sort()).toEqual(['Anna', 'Bo', 'Carla', 'Dorte', 'Gruppe Nord']);
      expect(participants.every((p) => p.accepted_rules_at !== null)).toBe(true);
    });
  });

  it('answers the questionnaire on five phones, one of them offline halfway; reveals the result', { timeout: 240_000 }, async () => {
    await step('questionnaire', async () => {
      await console_.getByRole('button', { name: 'Start første punkt' }).click();
      await goto(4, 'Ledelsesmæssig status');
      const statement = (page: Page, n: number) => page.locator('fieldset').nth(n - 1);
      const choose = (page: Page, n: number, value: number) =>
        statement(page, n)
          .getByRole('radio', { name: new RegExp(`^${value}`) })
          .check();
      const saved = (page: Page, n: number) => statement(page, n).locator('.lv-save').textContent();

      for (const [i, p] of phones.entries()) {
        await expect.poll(() => p.page.locator('fieldset').count()).toBe(12);
        const offline = i === 1;
        for (let n = 1; n <= 12; n++) {
          if (offline && n === 7) {
            // Bo's phone loses the network halfway: the answers wait on the phone.
            await p.context.setOffline(true);
            await expect.poll(() => p.page.getByRole('status').first().textContent()).toContain('Ingen netværksforbindelse');
          }
          await choose(p.page, n, answer(i, n));
        }
        if (offline) {
          await expect.poll(() => saved(p.page, 7)).toBe('Venter på forbindelsen');
          await p.context.setOffline(false);
        }
        for (let n = 1; n <= 12; n++) await expect.poll(() => saved(p.page, n), { timeout: 15_000 }).toBe('Gemt');
      }
      await accessible(phones[4]!.page, 'phone, questionnaire answered');

      // Every answer once: 5 × 12 rows, Bo's (given offline) among them with his values.
      const rows = await workshops().repo.answers(workshopId);
      expect(rows).toHaveLength(60);
      const bo = (await workshops().repo.participants(workshopId)).find((p) => p.display_name === 'Bo')!;
      expect(rows.filter((r) => r.participant_id === bo.id)).toHaveLength(12);
      await expect.poll(() => console_.locator('.pj-tally-progress').textContent()).toBe('5 har svaret. 5 har svaret på alle udsagn.');

      // The projector has no tally until it is revealed.
      expect(await projector.locator('.pj-proj-results').count()).toBe(0);
      await console_.getByRole('button', { name: 'Vis resultatet på skærmen' }).click();
      await projector.locator('.pj-proj-results').waitFor();
      expect(await projector.locator('.pj-proj-results-heading').textContent()).toBe('Resultat – 5 har svaret');
      await accessible(console_, 'console, questionnaire revealed');
      await accessible(projector, 'projector, questionnaire revealed', { fullPage: false });
    });
  });

  it('gathers the common picture: notes hidden until shown, moderated, dot-voted and decided', { timeout: 240_000 }, async () => {
    await step('picture', async () => {
      await goto(6, 'Det fælles billede');
      const notes: [number, 'Styrker' | 'Udfordringer' | 'Indsatsområder', string][] = [
        [0, 'Styrker', 'Stærk faglighed i forvaltningerne'],
        [1, 'Styrker', 'Gode erfaringer med selvbetjening'],
        [2, 'Styrker', 'Ledere der tør prøve nyt'],
        [3, 'Styrker', 'Stærk faglighed i forvaltningen'],
        [4, 'Styrker', 'Et godt samarbejde med IT'],
        [0, 'Udfordringer', 'Uklare mål for digitaliseringen'],
        [1, 'Udfordringer', 'For lidt tid til implementering'],
        [2, 'Udfordringer', 'Gamle fagsystemer'],
        [3, 'Udfordringer', HOSTILE],
        [4, 'Udfordringer', 'Manglende gevinstopfølgning'],
        [0, 'Indsatsområder', 'Fælles porteføljestyring'],
        [1, 'Indsatsområder', 'Kompetenceløft for ledere'],
        [2, 'Indsatsområder', 'Gevinstrealisering'],
        [3, 'Indsatsområder', 'Data på tværs'],
        [4, 'Indsatsområder', 'Borgeren i centrum'],
      ];
      for (const [i, category, text] of notes) {
        const page = phones[i]!.page;
        const group = page.getByRole('region', { name: category });
        await group.getByRole('textbox', { name: category }).fill(text);
        await group.getByRole('button', { name: 'Tilføj' }).click();
        await expect.poll(() => page.locator('main').textContent()).toContain(text.slice(0, 40));
      }
      await accessible(phones[0]!.page, 'phone, picture, collect');

      // While collecting, no phone sees another's notes, and the projector none.
      expect(await phones[0]!.page.locator('main').textContent()).not.toContain('Gamle fagsystemer');
      expect(await projector.locator('main').textContent()).not.toContain('Gamle fagsystemer');
      await expect.poll(() => console_.locator('main').textContent()).toContain('Gamle fagsystemer');
      await accessible(console_, 'console, picture, collect');

      // Shown: on the projector and every phone; the markup stays text.
      await console_.getByRole('button', { name: 'Vis sedler' }).click();
      await expect.poll(() => projector.locator('main').textContent()).toContain('Gamle fagsystemer');
      await expect.poll(() => projector.locator('main').textContent()).toContain('<script>window.hacked=1</script><b>Fed</b>');
      expect(await projector.evaluate(() => (window as { hacked?: number }).hacked)).toBeUndefined();
      expect(await projector.locator('main script, main b, main img').count()).toBe(0);
      await expect.poll(() => phones[0]!.page.locator('main').textContent()).toContain('Gamle fagsystemer');
      await accessible(projector, 'projector, picture, shown', { fullPage: false });

      // Moderation: the duplicate strength merged into the first, one note hidden.
      const card = (text: string) =>
        console_
          .locator('li')
          .filter({ has: console_.getByText(text, { exact: true }) })
          .first();
      const duplicate = card('Stærk faglighed i forvaltningen');
      await duplicate.getByLabel('Slå sammen med').selectOption({ label: 'Stærk faglighed i forvaltningerne' });
      await duplicate.getByRole('button', { name: /^Slå sammen/ }).click();
      await expect.poll(() => projector.locator('main').textContent()).not.toContain('Stærk faglighed i forvaltningen ');
      await card('Et godt samarbejde med IT').getByRole('button', { name: 'Skjul' }).click();
      await expect.poll(() => projector.locator('main').textContent()).not.toContain('Et godt samarbejde med IT');

      // Dot voting: every phone puts its five dots.
      await console_.getByRole('button', { name: 'Prikafstemning' }).click();
      const votes: [number, string, number][] = [
        [0, 'Stærk faglighed i forvaltningerne', 3],
        [0, 'Uklare mål for digitaliseringen', 2],
        [1, 'Uklare mål for digitaliseringen', 3],
        [1, 'Fælles porteføljestyring', 2],
        [2, 'Gevinstrealisering', 5],
        [3, 'Fælles porteføljestyring', 5],
        [4, 'Ledere der tør prøve nyt', 5],
      ];
      for (const [i, text, dots] of votes) {
        const page = phones[i]!.page;
        for (let d = 0; d < dots; d++) await page.getByRole('button', { name: `Giv en prik til: ${text}` }).click();
      }
      // A sixth dot is refused on the phone (five each).
      await phones[4]!.page.getByRole('button', { name: 'Giv en prik til: Gamle fagsystemer' }).click();
      await expect.poll(() => phones[4]!.page.getByRole('alert').first().textContent()).toMatch(/prik/i);
      await accessible(phones[0]!.page, 'phone, picture, vote');
      const dots = async () => (await workshops().repo.votes(workshopId)).reduce((sum, v) => sum + v.dots, 0);
      await expect.poll(dots).toBe(25);
      await accessible(console_, 'console, picture, vote');
      await accessible(projector, 'projector, picture, vote', { fullPage: false });

      // The decision: 3 strengths, 3 challenges, 3 focus areas.
      await console_.getByRole('button', { name: 'Udvælgelse' }).click();
      const pick = async (category: string, texts: string[]) => {
        const set = console_.getByRole('group', { name: new RegExp(category) });
        for (const text of texts) await set.getByRole('checkbox', { name: text }).check();
      };
      await pick('Styrker', ['Stærk faglighed i forvaltningerne', 'Ledere der tør prøve nyt', 'Gode erfaringer med selvbetjening']);
      await pick('Udfordringer', ['Uklare mål for digitaliseringen', 'For lidt tid til implementering', 'Gamle fagsystemer']);
      await pick('Indsatsområder', ['Fælles porteføljestyring', 'Gevinstrealisering', 'Kompetenceløft for ledere']);
      await console_.getByRole('button', { name: 'Gem udvælgelsen' }).click();
      await expect.poll(() => projector.locator('main').textContent()).toContain('Kompetenceløft for ledere');
      await expect.poll(() => phones[2]!.page.locator('main').textContent()).toContain('Kompetenceløft for ledere');
      await accessible(console_, 'console, picture, selection');
      await accessible(projector, 'projector, picture, selection', { fullPage: false });
      await accessible(phones[2]!.page, 'phone, picture, selection');
    });
  });

  it('works on the areas: two groups edit their plans at the same time', { timeout: 240_000 }, async () => {
    await step('areas', async () => {
      await goto(7, 'Arbejde med indsatsområderne pr. område');
      const areaOf = [AREA_A, AREA_A, AREA_B, AREA_B, AREA_B];
      for (const [i, p] of phones.entries()) {
        await p.page.getByRole('radio', { name: areaOf[i]! }).check();
        await p.page.getByRole('button', { name: 'Vælg område' }).click();
        await p.page.getByRole('button', { name: 'Tilføj række' }).waitFor();
      }
      await accessible(phones[0]!.page, 'phone, areas, chosen');

      const field = (page: Page, label: string, row: number) => page.getByLabel(`${label}, række ${row}`, { exact: true });
      // Anna and Bo add a row each, then fill their own rows at the same time.
      const [anna, bo, carla, dorte, nord] = phones.map((p) => p.page) as [Page, Page, Page, Page, Page];
      await anna.getByRole('button', { name: 'Tilføj række' }).click();
      await field(anna, 'Aktivitet', 1).waitFor();
      await bo.getByRole('button', { name: 'Tilføj række' }).click();
      await field(bo, 'Aktivitet', 2).waitFor();
      await field(anna, 'Aktivitet', 1).waitFor();
      await Promise.all([
        (async () => {
          await field(anna, 'Indsatsområde', 1).fill('Fælles porteføljestyring');
          await field(anna, 'Aktivitet', 1).fill('Månedlig porteføljeopfølgning i direktionen');
          await field(anna, 'Ressourcer', 1).fill('Digitaliseringschef, 2 timer om måneden');
          await field(anna, 'Start', 1).fill('2027-01-01');
          await field(anna, 'Slut', 1).fill('2027-12-31');
          await field(anna, 'Ansvarlig', 1).fill('Kommunaldirektøren');
          await field(anna, 'Ansvarlig', 1).blur();
        })(),
        (async () => {
          await field(bo, 'Indsatsområde', 2).fill('Kompetenceløft for ledere');
          await field(bo, 'Aktivitet', 2).fill('Lederforløb om digital ledelse');
          await field(bo, 'Ressourcer', 2).fill('HR og 150.000 kr.');
          await field(bo, 'Start', 2).fill('2027-02-01');
          await field(bo, 'Slut', 2).fill('2027-06-30');
          await field(bo, 'Ansvarlig', 2).fill('HR-chefen');
          await field(bo, 'Ansvarlig', 2).blur();
        })(),
      ]);
      // Each sees the other's row as it was written.
      await expect.poll(() => field(anna, 'Aktivitet', 2).inputValue()).toBe('Lederforløb om digital ledelse');
      await expect.poll(() => field(bo, 'Aktivitet', 1).inputValue()).toBe('Månedlig porteføljeopfølgning i direktionen');
      await expect.poll(() => field(bo, 'Ansvarlig', 1).inputValue()).toBe('Kommunaldirektøren');

      // Area B: Carla adds a row; Carla and Dorte write in the same field at once.
      await carla.getByRole('button', { name: 'Tilføj række' }).click();
      await field(dorte, 'Aktivitet', 1).waitFor();
      await field(nord, 'Indsatsområde', 1).fill('Gevinstrealisering');
      await field(nord, 'Indsatsområde', 1).blur();
      await field(carla, 'Aktivitet', 1).fill('Gevinstkatalog for fagsystemerne');
      await field(dorte, 'Aktivitet', 1).fill('Gevinstkatalog for alle systemer');
      await field(carla, 'Aktivitet', 1).blur();
      // Dorte is still in the field: she is told that someone else changed it.
      await expect.poll(() => dorte.locator('main').textContent()).toContain('Carla har ændret feltet.');
      await field(dorte, 'Aktivitet', 1).blur();
      await expect.poll(() => dorte.locator('main').textContent()).toContain('Din ændring erstattede en ændring');
      // Her change was made on top of Carla's: the phone says so, and both end with her text.
      await expect.poll(() => field(carla, 'Aktivitet', 1).inputValue()).toBe('Gevinstkatalog for alle systemer');
      await field(carla, 'Ansvarlig', 1).fill('Teknisk direktør');
      await field(carla, 'Ansvarlig', 1).blur();
      await field(carla, 'Start', 1).fill('2027-03-01');
      await field(carla, 'Start', 1).blur();
      await expect.poll(() => field(nord, 'Ansvarlig', 1).inputValue()).toBe('Teknisk direktør');
      await accessible(dorte, 'phone, areas, plan');

      // The console has both plans, live.
      await expect.poll(() => console_.locator('main').textContent()).toContain('Gevinstkatalog for alle systemer');
      await expect.poll(() => console_.locator('main').textContent()).toContain('Lederforløb om digital ledelse');
      await accessible(console_, 'console, areas');
    });
  });

  it(
    'shows every plan in the common plans step, records the notes and finishes; the action plans and the PDF hold it all',
    { timeout: 240_000 },
    async () => {
      await step('plans', async () => {
        await goto(9, 'De fælles planer');
        await expect.poll(() => projector.locator('main').textContent()).toContain('Månedlig porteføljeopfølgning i direktionen');
        expect(await projector.locator('main').textContent()).toContain('Gevinstkatalog for alle systemer');
        await accessible(projector, 'projector, plans', { fullPage: false });

        await console_.getByRole('textbox', { name: 'Ambitionsniveau' }).fill('Ambitiøst, men realistisk for 2027.');
        await console_.getByRole('textbox', { name: 'Signalværdi' }).fill('Ledelsen går forrest med porteføljen.');
        await console_.getByRole('textbox', { name: 'Ejere' }).fill('Direktionen ejer porteføljen; HR ejer lederforløbet.');
        await console_.getByRole('textbox', { name: 'Konklusion' }).fill('Vi følger op på planerne om tre måneder.');
        await console_.getByRole('button', { name: 'Gem noterne' }).click();
        await expect
          .poll(async () => (await workshops().get(fjordby, workshopId, true)).notes.conclusion)
          .toBe('Vi følger op på planerne om tre måneder.');
        await accessible(console_, 'console, plans with notes');

        await goto(10, 'Konklusion og næste skridt');
        await console_.getByRole('button', { name: 'Afslut workshoppen' }).click();
        await console_.getByRole('dialog').getByRole('button', { name: 'Afslut workshoppen' }).click();
        await console_.getByText('Workshoppen er afsluttet', { exact: true }).waitFor();
        for (const p of phones) await expect.poll(() => heading(p.page)).toBe('Tak for i dag');

        // The action plans: every activity with owner, dates and status, linked to the workshop.
        await console_.goto(`${served.baseUrl}/org/${fjordby}/handlingsplaner`);
        const table = console_.getByRole('table');
        await table.waitFor();
        const text = (await table.textContent()) ?? '';
        for (const expected of [
          'Månedlig porteføljeopfølgning i direktionen',
          'Kommunaldirektøren',
          'Lederforløb om digital ledelse',
          'HR-chefen',
          'Gevinstkatalog for alle systemer',
          'Teknisk direktør',
          'Planlagt',
          TITLE,
        ])
          expect(text).toContain(expected);
        expect(await table.locator('tbody tr').count()).toBe(3);
        await accessible(console_, 'action plans after the workshop');

        // The minutes from the workshop's page: agenda, tally, picture, plans and notes, the markup as text.
        await console_.goto(`${served.baseUrl}${base()}/${workshopId}`);
        const download = async (name: string) => {
          const [file] = await Promise.all([console_.waitForEvent('download'), console_.getByRole('button', { name }).click()]);
          return readFileSync((await file.path())!);
        };
        // pdf.js breaks text after a slash; join it again.
        const minutes = await download('Hent referatet (PDF)');
        writeFileSync(join(SHOTS, 'minutes.pdf'), minutes);
        const pages = (await pdfText(minutes)).join('\n').replace(/\/ /g, '/');
        for (const expected of [
          TITLE,
          'Ledelsesmæssig status',
          'Stærk faglighed i forvaltningerne',
          'Kompetenceløft for ledere',
          'Månedlig porteføljeopfølgning i direktionen',
          'Gevinstkatalog for alle systemer',
          'Ambitiøst, men realistisk for 2027.',
          'Direktionen ejer porteføljen; HR ejer lederforløbet.',
          'Vi følger op på planerne om tre måneder.',
          '<script>window.hacked=1</script><b>Fed</b>',
        ])
          expect(pages).toContain(expected);
        expect(pages).not.toContain('Et godt samarbejde med IT');

        // The workbook: the three plan rows, and the 60 answers without names.
        const book = new ExcelJS.Workbook();
        await book.xlsx.load((await download('Hent arbejdsbogen (Excel)')) as unknown as ExcelJS.Buffer);
        const values = (sheet: string) =>
          book
            .getWorksheet(sheet)!
            .getSheetValues()
            .slice(2)
            .map((row) => (Array.isArray(row) ? row.slice(1) : []));
        const planned = values('Indsatsplaner').flat().map(String);
        for (const activity of [
          'Månedlig porteføljeopfølgning i direktionen',
          'Lederforløb om digital ledelse',
          'Gevinstkatalog for alle systemer',
        ])
          expect(planned).toContain(activity);
        const answered = values('Svar');
        expect(answered).toHaveLength(5);
        expect(answered.flatMap((row) => row.slice(2)).filter((v) => typeof v === 'number')).toHaveLength(60);
        expect(JSON.stringify(answered)).not.toMatch(/Anna|Bo|Carla|Dorte|Nord/);
        await accessible(console_, 'finished workshop with exports');
        for (const list of problems) expect(list).toEqual([]);
      });
    },
  );
});
