import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TInstrument } from '../src/domain/instruments/schema.js';
import { pdfText } from '../test/helpers/pdf.js';
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
 * Issue 3, point 9: a facilitator opens a team round of KL's maturity model in the browser, six
 * members answer on phones (one changes an answer, one leaves halfway and comes back, one tries to
 * hand in too early), the facilitator closes the round, and the results page shows the figures this
 * test computes itself from the answers it gave. axe-core checks every page on the way.
 */

const INSTRUMENT = 'kl-digital-modenhed';
const ROUND_TITLE = 'Ledergruppens modenhed 2026';

/**
 * Each member answers every item of a dimension with one value (rows: members, columns: the
 * instrument's dimensions in order), so a member's dimension score is (v − 1) × 25.
 */
const VALUES = [
  [5, 4, 3, 2],
  [4, 4, 2, 1],
  [3, 5, 4, 2],
  [2, 3, 3, 3],
  [4, 2, 5, 1],
  [5, 3, 1, 2],
];
const MEMBERS = VALUES.map((_, i) => ({ email: `leder${i + 1}@fjordby.dk`, name: `Leder ${i + 1}`, password: 'lederens-kode-1' }));

/** Danish number format with one decimal, as the results tables show figures. */
const da = (n: number) => new Intl.NumberFormat('da-DK', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(n);

function stats(values: number[]) {
  const n = values.length;
  const mean = values.reduce((a, b) => a + b, 0) / n;
  const sorted = [...values].sort((a, b) => a - b);
  const median = n % 2 ? sorted[(n - 1) / 2]! : (sorted[n / 2 - 1]! + sorted[n / 2]!) / 2;
  const sd = Math.sqrt(values.reduce((a, v) => a + (v - mean) ** 2, 0) / n);
  return { n, mean, median, sd, min: sorted[0]!, max: sorted[n - 1]! };
}

/** The row of the "Score pr. område" table the test expects for a list of per-member scores. */
function expectedRow(title: string, scores: number[], score = stats(scores).mean) {
  const s = stats(scores);
  return [title, da(score), da(s.median), `${da(s.min)}–${da(s.max)}`, da(s.sd), String(s.n)];
}

async function tableRows(page: Page, caption: string): Promise<string[][]> {
  const table = page.getByRole('table', { name: caption });
  await table.waitFor();
  return table
    .locator('tbody tr')
    .evaluateAll((rows) => rows.map((r) => Array.from(r.children, (c) => (c.textContent ?? '').replace(/\s+/g, ' ').trim())));
}

async function expectNoViolations(page: Page, what: string) {
  const violations = await axeViolations(page);
  expect(violations, `${what}:\n${violations.join('\n')}`).toEqual([]);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, `${what}: sideways scrolling`).toBeLessThanOrEqual(0);
  expect(await page.locator('h1').count(), `${what}: one h1`).toBe(1);
}

describe('maturity assessment journey in Chromium', () => {
  let served: Served;
  let fjordby: string;
  let instrument: TInstrument;
  let facilitator: BrowserContext;
  let roundUrl = '';

  beforeAll(async () => {
    served = await serveDemo({ rounds: false });
    const { organisations, accounts, assessments } = served.app.services;
    fjordby = (await organisations.listAll()).find((o) => o.name === 'Fjordby Kommune')!.id;
    for (const m of MEMBERS) {
      await accounts.createUser(m);
      await organisations.invite(fjordby, { email: m.email, name: m.name, role: 'member', method: 'link' }, null);
    }
    instrument = assessments.getInstrument(INSTRUMENT);
    facilitator = await launchBrowser();
  });
  afterAll(async () => {
    await facilitator?.close();
    await served?.close();
  });

  /**
   * Runs a step in a page that is checked for CSP violations and kept as a screenshot on failure;
   * `reopen` closes the page and continues in a fresh one (as after closing the browser tab).
   */
  async function inPage(context: BrowserContext, name: string, step: (page: Page, reopen: () => Promise<Page>) => Promise<void>) {
    let page = await context.newPage();
    const problems = [watchProblems(page)];
    const reopen = async () => {
      await page.close();
      page = await context.newPage();
      problems.push(watchProblems(page));
      return page;
    };
    try {
      await step(page, reopen);
      expect(problems.flat()).toEqual([]);
    } catch (error) {
      await screenshotOnFailure(page, `assessments-${name}`);
      throw error;
    } finally {
      await page.close();
    }
  }

  const local = (url: string) => url.replace(/^https?:\/\/[^/]+/, served.baseUrl);
  const status = (page: Page) => page.locator('.pj-save-status [role=status]');
  const dimensionScores = (d: number) => VALUES.map((row) => (row[d]! - 1) * 25);

  /** Answers every item of the current step with one value, waiting until the last answer is saved. */
  async function answerStep(page: Page, d: number, value: number) {
    const dimension = instrument.dimensions[d]!;
    await page.getByRole('heading', { level: 2, name: new RegExp(dimension.title.da) }).waitFor();
    for (const item of instrument.items.filter((i) => i.dimension === dimension.id)) {
      await page.locator(value === 1 ? `#svar-${item.id}` : `#svar-${item.id}-${value}`).check();
    }
    await expect.poll(() => status(page).textContent()).toMatch(/^Gemt kl\. \d{2}\.\d{2}$/);
  }

  it('lets a facilitator open a team round, anonymous by default, and share its link', async () => {
    await inPage(facilitator, 'open-round', async (page) => {
      await login(page, served.baseUrl, 'frederik@fjordby.dk', DEMO_LOGIN.password);
      // The menu: the dashboard first (after signing in), then »Vurderinger«.
      await expect.poll(() => page.locator('h1').textContent()).toBe('Fjordby Kommune');
      await page.getByRole('link', { name: 'Vurderinger', exact: true }).first().click();
      await expect.poll(() => page.locator('h1').textContent()).toBe('Vurderinger');
      await expect.poll(() => page.title()).toBe('Vurderinger i Fjordby Kommune – Pejling');
      await expectNoViolations(page, 'rounds list, desktop');

      // Handing in the empty form lists what is missing.
      await page.getByRole('button', { name: 'Åbn runden' }).click();
      const summary = page.locator('.pj-error-summary');
      await summary.waitFor();
      expect(await summary.textContent()).toContain('Vælg et spørgeskema.');
      await expectNoViolations(page, 'create form with errors, desktop');

      // Each questionnaire names its source publication.
      const card = page.locator('.pj-choice-card', { hasText: 'KL’s model for digital modenhed' });
      expect(await card.textContent()).toContain('»Ledelse i en digital tid«, KL (Kommunernes Landsforening) (2020)');
      await page.getByRole('radio', { name: 'KL’s model for digital modenhed' }).check();
      await page.getByRole('textbox', { name: 'Titel på runden' }).fill(ROUND_TITLE);
      expect(await page.getByRole('radio', { name: 'Som hold' }).isChecked()).toBe(true);
      expect(await page.getByRole('checkbox', { name: 'Anonyme svar' }).isChecked()).toBe(true);
      await page.getByRole('button', { name: 'Åbn runden' }).click();

      const link = page.getByRole('textbox', { name: 'Link til runden' });
      await link.waitFor();
      roundUrl = await link.inputValue();
      expect(roundUrl).toMatch(new RegExp(`/org/${fjordby}/vurderinger/[0-9a-z]{26}$`));
      const row = page.getByRole('row', { name: new RegExp(ROUND_TITLE) });
      await expect.poll(() => row.textContent()).toContain('Åben');
      expect(await row.textContent()).toContain('Hold · Anonym');

      await page.setViewportSize(VIEWPORTS.phone);
      await expectNoViolations(page, 'rounds list with the new round, phone');
    });

    const [round] = await served.app.services.assessments.listRounds(fjordby, 'anyone');
    expect(round).toMatchObject({ title: ROUND_TITLE, instrumentId: INSTRUMENT, mode: 'team', anonymous: true, status: 'open' });
  });

  it('has six members answer on their phones, saving every answer as it is given', { timeout: 600_000 }, async () => {
    const lastStep = instrument.dimensions.length - 1;
    for (const [k, member] of MEMBERS.entries()) {
      const context = await launchBrowser();
      try {
        await inPage(context, `member-${k + 1}`, async (first, reopen) => {
          let page = first;
          await page.setViewportSize(VIEWPORTS.phone);
          await login(page, served.baseUrl, member.email, member.password);
          await page.goto(local(roundUrl));
          await expect.poll(() => page.locator('h1').textContent()).toBe(ROUND_TITLE);
          expect(await page.locator('main').textContent()).toContain('Kilde: »Ledelse i en digital tid«');
          const progress = page.locator('.pj-progress-label');
          expect(await progress.textContent()).toBe('0 af 24 besvaret');
          expect(await page.getByRole('progressbar', { name: '0 af 24 besvaret' }).count()).toBe(1);
          if (k === 0) await expectNoViolations(page, 'questionnaire, empty, phone');

          if (k === 3) {
            // Handing in too early: the error summary links to every unanswered question.
            await page.getByRole('button', { name: /^Område 4 af 4/ }).click();
            await page.getByRole('button', { name: 'Aflever' }).click();
            const summary = page.locator('.pj-error-summary');
            await summary.waitFor();
            expect(await summary.locator('a').count()).toBe(24);
            await expectNoViolations(page, 'questionnaire with the error summary, phone');
            await summary.getByRole('link', { name: 'Spørgsmål 1 (Strategi) mangler et svar' }).click();
            const first = instrument.items[0]!.id;
            await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe(`svar-${first}`);
          }

          if (k === 1) {
            // Changing an answer: the newest value is the one that counts.
            const item = instrument.items[0]!.id;
            await page.locator(`#svar-${item}`).check();
            await expect.poll(() => status(page).textContent()).toMatch(/^Gemt kl\./);
          }

          for (let d = 0; d <= lastStep; d++) {
            await answerStep(page, d, VALUES[k]![d]!);
            if (k === 0 && d === 0) await expectNoViolations(page, 'questionnaire, partly answered, phone');
            if (k === 2 && d === 1) {
              // Leaving halfway: close the page, come back, and find the answers where they were.
              expect(await progress.textContent()).toBe('11 af 24 besvaret');
              page = await reopen();
              await page.setViewportSize(VIEWPORTS.phone);
              await page.goto(local(roundUrl));
              await expect.poll(() => page.locator('.pj-progress-label').textContent()).toBe('11 af 24 besvaret');
              const firstItem = instrument.items[0]!.id;
              expect(await page.locator(`#svar-${firstItem}-${VALUES[k]![0]}`).isChecked()).toBe(true);
              await page.getByRole('button', { name: 'Næste' }).click();
              await page.getByRole('button', { name: 'Næste' }).click();
              continue;
            }
            if (d < lastStep) await page.getByRole('button', { name: 'Næste' }).click();
          }

          expect(await page.locator('.pj-progress-label').textContent()).toBe('24 af 24 besvaret');
          await page.getByRole('button', { name: 'Aflever' }).click();
          await page.getByText('Tak – dit svar er afleveret').waitFor();
          expect(await page.locator('main').textContent()).toContain('Du kan stadig ændre dine svar, så længe runden er åben.');
        });
      } finally {
        await context.close();
      }
    }

    const [round] = await served.app.services.assessments.listRounds(fjordby, 'anyone');
    expect(round?.respondents).toBe(MEMBERS.length);
  });

  it('closes the round and shows the team’s figures as computed from the answers', { timeout: 300_000 }, async () => {
    const roundId = roundUrl.split('/').pop()!;
    const resultsPath = `/org/${fjordby}/vurderinger/${roundId}/resultater`;
    const titles = instrument.dimensions.map((d) => d.title.da);
    const perMemberOverall = VALUES.map((row) => row.reduce((a, v) => a + (v - 1) * 25, 0) / row.length);
    const teamScores = titles.map((_, d) => stats(dimensionScores(d)).mean);
    const overall = teamScores.reduce((a, b) => a + b, 0) / teamScores.length;
    const expected = [
      ...titles.map((title, d) => expectedRow(title, dimensionScores(d))),
      expectedRow('Samlet', perMemberOverall, overall),
    ];

    await inPage(facilitator, 'close-and-results', async (page) => {
      await page.setViewportSize(VIEWPORTS.desktop);
      // The facilitator can look at the questionnaire too (desktop).
      await page.goto(local(roundUrl));
      await expect.poll(() => page.locator('h1').textContent()).toBe(ROUND_TITLE);
      await expectNoViolations(page, 'questionnaire, desktop');

      await page.goto(served.baseUrl + resultsPath);
      await expect.poll(() => page.locator('h1').textContent()).toBe(`Resultater: ${ROUND_TITLE}`);
      await page.getByRole('button', { name: 'Luk runden' }).click();
      await page.getByRole('dialog').getByRole('button', { name: 'Luk runden' }).click();
      await page.getByText(`Runden »${ROUND_TITLE}« er lukket.`).waitFor();

      const rows = await tableRows(page, 'Score pr. område');
      expect(rows.map((r) => r.slice(0, 6))).toEqual(expected);
      expect(rows.every((r) => r.every((cell) => !/\d\.\d/.test(cell)))).toBe(true);
      expect(await page.locator('.pj-score-value').first().textContent()).toBe(da(overall));
      // The radar chart is an image with the same figures in words; the table carries the numbers.
      const radar = await page.getByRole('img', { name: /^Radardiagram over score pr. område/ }).getAttribute('aria-label');
      for (const [d, title] of titles.entries()) expect(radar).toContain(`${title} ${da(teamScores[d]!)}`);
      await expectNoViolations(page, 'results, desktop');
      await page.setViewportSize(VIEWPORTS.phone);
      await expectNoViolations(page, 'results, phone');

      // The PDF report downloads from the page and holds the same figures.
      await page.setViewportSize(VIEWPORTS.desktop);
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Hent rapport (PDF)' }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/\.pdf$/);
      const pdf = (await pdfText(readFileSync((await download.path())!))).join('\n');
      expect(pdf).toContain(ROUND_TITLE);
      expect(pdf).toContain(`${da(overall)} / 100`);
      for (const [d, title] of titles.entries()) expect(pdf).toContain(`${title} ${da(teamScores[d]!)}`);
      expect(pdf).toContain('Ledelse i en digital tid');
    });

    const context = await launchBrowser();
    try {
      await inPage(context, 'member-after-close', async (page) => {
        await page.setViewportSize(VIEWPORTS.phone);
        await login(page, served.baseUrl, MEMBERS[0]!.email, MEMBERS[0]!.password);
        await page.goto(local(roundUrl));
        await page.getByText('Runden er lukket').first().waitFor();
        await expectNoViolations(page, 'questionnaire, closed, phone');

        await page.goto(served.baseUrl + resultsPath);
        await page.getByRole('tab', { name: 'Holdets resultat' }).waitFor();
        const rows = await tableRows(page, 'Score pr. område');
        expect(rows.map((r) => r.slice(0, 6))).toEqual(expected);
        await expectNoViolations(page, 'results as a member, phone');
        await page.getByRole('tab', { name: 'Mit svar' }).click();
        const mine = await tableRows(page, 'Score pr. område');
        expect(mine.map((r) => r.slice(0, 2))).toEqual([
          ...titles.map((title, d) => [title, da((VALUES[0]![d]! - 1) * 25)]),
          ['Samlet', da(perMemberOverall[0]!)],
        ]);
        await page.setViewportSize(VIEWPORTS.desktop);
        await expectNoViolations(page, 'results as a member, desktop');
      });
    } finally {
      await context.close();
    }
  });

  it('explains hidden results and shows the generation staircase, accessibly at both widths', { timeout: 300_000 }, async () => {
    const { assessments, organisations } = served.app.services;
    const frederik = (await organisations.listMembers(fjordby)).find((m) => m.email === 'frederik@fjordby.dk')!;
    const actor = { userId: frederik.userId, email: frederik.email, ip: null, isPlatformAdmin: false };
    const answerAll = async (roundId: string, inst: TInstrument, who: string, value: (perspective?: string) => number) => {
      const answers = Object.fromEntries(inst.items.map((i) => [i.id, value(i.perspective)]));
      await assessments.saveMyResponse(fjordby, roundId, who, { answers });
      await assessments.submitMyResponse(fjordby, roundId, who);
    };
    // Anonymous with three responses: too few to show the team's result.
    const few = await assessments.createRound(
      fjordby,
      { instrumentId: INSTRUMENT, title: 'For få svar', mode: 'team', anonymous: true },
      actor,
    );
    for (const who of ['a', 'b', 'c']) await answerAll(few.id, instrument, who, () => 3);
    await assessments.closeRound(fjordby, few.id, actor);
    // Kræmmergaard's four generations with five responses: today one step below the target.
    const generations = assessments.getInstrument('fire-generationer');
    const stairs = await assessments.createRound(
      fjordby,
      { instrumentId: 'fire-generationer', title: 'Trappen', mode: 'team', anonymous: true },
      actor,
    );
    for (const who of ['a', 'b', 'c', 'd', 'e']) await answerAll(stairs.id, generations, who, (p) => (p === 'today' ? 2 : 3));
    await assessments.closeRound(fjordby, stairs.id, actor);

    await inPage(facilitator, 'hidden-and-generation', async (page) => {
      for (const size of [VIEWPORTS.desktop, VIEWPORTS.phone]) {
        await page.setViewportSize(size);
        await page.goto(`${served.baseUrl}/org/${fjordby}/vurderinger/${few.id}/resultater`);
        await page.getByText('Holdets resultat vises ikke endnu').waitFor();
        expect(await page.locator('main').textContent()).toContain('når mindst 5 har afleveret. Indtil nu har 3 afleveret.');
        await expectNoViolations(page, `hidden results, ${size.width} px`);

        await page.goto(`${served.baseUrl}/org/${fjordby}/vurderinger/${stairs.id}/resultater`);
        const rows = await tableRows(page, 'Generation i dag og mål pr. område');
        expect(rows.map((r) => r.slice(0, 4))).toEqual(generations.dimensions.map((d) => [d.title.da, '2', '3', '+1']));
        expect(await page.locator('.pj-mismatches li').count()).toBe(generations.dimensions.length);
        await expectNoViolations(page, `generation results, ${size.width} px`);
      }
    });
  });
});
