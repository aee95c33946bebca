import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_LOGIN, launchBrowser, login, screenshotOnFailure, serveDemo, watchProblems, type Served } from './helpers/harness.js';

describe('journeys in Chromium', () => {
  let served: Served;
  let browser: BrowserContext;
  let page: Page;
  let problems: string[];
  let fjordby: string;

  beforeAll(async () => {
    served = await serveDemo();
    browser = await launchBrowser();
    fjordby = (await served.app.services.organisations.listAll()).find((o) => o.name === 'Fjordby Kommune')!.id;
  });
  afterAll(async () => {
    await browser?.close();
    await served?.close();
  });
  beforeEach(async () => {
    await browser.clearCookies();
    page = await browser.newPage();
    problems = watchProblems(page);
    // Each journey starts signed out, in Danish (the signed-out language choice lives in localStorage).
    await page.goto(`${served.baseUrl}/login`);
    await page.evaluate(() => localStorage.clear());
  });
  afterEach(async (ctx) => {
    if (ctx.task.result?.state === 'fail') await screenshotOnFailure(page, ctx.task.name);
    await page.close();
    expect(problems).toEqual([]);
  });

  it('logs in with the demo account, shows the dashboard, switches organisation and logs out', async () => {
    await page.goto(`${served.baseUrl}/`);
    await page.waitForURL(/\/login$/);
    await expect.poll(() => page.title()).toBe('Log ind – Pejling');
    await login(page, served.baseUrl, DEMO_LOGIN.email, DEMO_LOGIN.password);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Fjordby Kommune');
    expect(await page.getByText('Teknologiradar', { exact: true }).count()).toBeGreaterThan(0);
    expect(await page.locator('main').textContent()).toContain('Kommunernes Teknologiradar');

    await page.getByRole('button', { name: 'Skift organisation' }).click();
    await page.getByRole('link', { name: 'Region Vestkyst' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Region Vestkyst');
    // The choice is remembered: the next visit opens Region Vestkyst.
    await page.goto(`${served.baseUrl}/`);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Region Vestkyst');

    await page.getByRole('button', { name: 'Log ud' }).click();
    await page.waitForURL(/\/login$/);
    const session = await page.evaluate(() => fetch('/api/session').then((r) => r.json()));
    expect(session.user).toBeNull();
  });

  it('shows the server’s message in an error summary for a wrong password', async () => {
    await page.goto(`${served.baseUrl}/login`);
    await page.getByLabel('E-mail').fill(DEMO_LOGIN.email);
    await page.getByLabel('Adgangskode').fill('not-the-password');
    await page.getByRole('button', { name: 'Log ind' }).click();
    const summary = page.locator('.pj-error-summary');
    await summary.waitFor();
    expect(await summary.textContent()).toContain('E-mail eller adgangskode er forkert.');
    // Focus moves to the summary, so screen readers announce it.
    expect(await page.evaluate(() => document.activeElement?.closest('.pj-error-summary') !== null)).toBe(true);
  });

  it('lets an administrator add a unit and invite a person, who accepts in another browser', async () => {
    await login(page, served.baseUrl, DEMO_LOGIN.email, DEMO_LOGIN.password);
    await page.goto(`${served.baseUrl}/org/${fjordby}/indstillinger`);
    await page.getByRole('tab', { name: 'Enheder' }).click();
    await page.getByLabel('Navn på enhed').fill('Kultur og Fritid');
    await page.getByRole('button', { name: 'Tilføj enhed' }).click();
    await page.getByText('Enheden »Kultur og Fritid« er tilføjet.').waitFor();

    await page.getByRole('tab', { name: 'Medlemmer' }).click();
    await page.getByLabel('E-mail').fill('ny.leder@fjordby.dk');
    await page.getByRole('textbox', { name: 'Navn', exact: true }).fill('Nina Leder');
    await page.getByRole('button', { name: 'Tilføj medlem' }).click();
    const link = page.getByRole('textbox', { name: 'Invitationslink', exact: true });
    await link.waitFor();
    const inviteUrl = await link.inputValue();
    expect(inviteUrl).toMatch(/\/invitation#[A-Za-z0-9_-]{43}$/);

    const other = await (await launchBrowser()).newPage();
    try {
      await other.goto(inviteUrl.replace(/^https?:\/\/[^/]+/, served.baseUrl));
      await other.getByText('ny.leder@fjordby.dk').first().waitFor();
      await other.getByLabel('Vælg adgangskode').fill('ninas-egen-kode-1');
      await other.getByLabel('Gentag adgangskoden').fill('ninas-egen-kode-1');
      await other.getByRole('button', { name: 'Opret adgang' }).click();
      await expect.poll(() => other.locator('h1').textContent()).toBe('Fjordby Kommune');
    } finally {
      await other.context().close();
    }

    await page.getByRole('link', { name: 'Log', exact: true }).first().click();
    await page.waitForURL(/\/log$/);
    await expect.poll(() => page.locator('main').textContent()).toContain('Invitation accepteret');
    const log = await page.locator('main').textContent();
    expect(log).toContain('Medlem inviteret');
    expect(log).toContain('Enhed oprettet');

    // Deleting a unit and removing a member both ask first, then say what happened.
    await page.goto(`${served.baseUrl}/org/${fjordby}/indstillinger`);
    await page.getByRole('tab', { name: 'Enheder' }).click();
    await page.getByRole('button', { name: 'Slet Kultur og Fritid' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Slet enhed' }).click();
    await page.getByText('Enheden »Kultur og Fritid« er slettet.').waitFor();
    await page.getByRole('tab', { name: 'Medlemmer' }).click();
    await page.getByRole('button', { name: 'Fjern Nina Leder' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Fjern medlem' }).click();
    await page.getByText('Nina Leder er fjernet fra organisationen.').waitFor();
    const members = await served.app.services.organisations.listMembers(fjordby);
    expect(members.map((m) => m.email)).not.toContain('ny.leder@fjordby.dk');
    expect((await served.app.services.organisations.listUnits(fjordby)).map((u) => u.name)).not.toContain('Kultur og Fritid');
  });

  it('makes a person with a one-time password choose a new one before anything else', async () => {
    const created = await served.app.services.organisations.invite(
      fjordby,
      { email: 'engang@fjordby.dk', name: 'Erik Engang', role: 'member', method: 'password' },
      null,
    );
    await login(page, served.baseUrl, 'engang@fjordby.dk', created.credentials!.oneTimePassword!);
    await page.waitForURL(/\/skift-adgangskode$/);
    await page.goto(`${served.baseUrl}/profil`);
    await page.waitForURL(/\/skift-adgangskode$/);
    await page.getByRole('textbox', { name: 'Engangsadgangskode' }).fill(created.credentials!.oneTimePassword!);
    await page.getByRole('textbox', { name: 'Ny adgangskode', exact: true }).fill('eriks-nye-kode-1');
    await page.getByRole('textbox', { name: 'Gentag den nye adgangskode' }).fill('eriks-nye-kode-1');
    await page.getByRole('button', { name: 'Gem ny adgangskode' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Fjordby Kommune');
  });

  it('switches to English and remembers it for the user', async () => {
    await login(page, served.baseUrl, 'frederik@fjordby.dk', DEMO_LOGIN.password);
    await page.getByRole('button', { name: 'English' }).first().click();
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('en');
    await expect.poll(() => page.getByRole('link', { name: 'Overview' }).count()).toBeGreaterThan(0);
    await page.reload();
    await expect.poll(() => page.getByRole('button', { name: 'Log out' }).count()).toBe(1);
    const me = await page.evaluate(() => fetch('/api/session').then((r) => r.json()));
    expect(me.user.locale).toBe('en');
  });

  it('creates an API token shown once, which works as a bearer token until it is revoked', async () => {
    await login(page, served.baseUrl, DEMO_LOGIN.email, DEMO_LOGIN.password);
    await page.goto(`${served.baseUrl}/profil`);
    await page.getByRole('textbox', { name: 'Navn', exact: true }).last().fill('Ledelsesinformation');
    await page.getByRole('button', { name: 'Opret nøgle' }).click();
    const secretField = page.getByLabel('API-nøgle', { exact: true });
    await secretField.waitFor();
    const secret = await secretField.inputValue();
    expect(secret).toMatch(/^pjl_/);
    const ok = await fetch(`${served.baseUrl}/api/orgs`, { headers: { authorization: `Bearer ${secret}` } });
    expect(ok.status).toBe(200);

    await page.reload();
    expect(await page.locator('main').textContent()).not.toContain(secret);
    await page
      .getByRole('button', { name: /Tilbagekald/ })
      .first()
      .click();
    await page.getByRole('dialog').getByRole('button', { name: 'Tilbagekald nøgle' }).click();
    await page.getByText('API-nøglen »Ledelsesinformation« er tilbagekaldt.').waitFor();
    const revoked = await fetch(`${served.baseUrl}/api/orgs`, { headers: { authorization: `Bearer ${secret}` } });
    expect(revoked.status).toBe(401);
  });

  it('works by keyboard alone, with the skip link first and focus always visible', async () => {
    await page.goto(`${served.baseUrl}/login`);
    await page.locator('h1').waitFor();
    await page.keyboard.press('Tab');
    const first = await page.evaluate(() => ({ text: document.activeElement?.textContent, cls: document.activeElement?.className }));
    expect(first.cls).toContain('skipnav');
    const outline = () =>
      page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const s = getComputedStyle(el);
        return s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0 ? 'outline' : s.boxShadow !== 'none' ? 'shadow' : 'none';
      });
    expect(await outline()).not.toBe('none');
    for (let i = 0; i < 10; i++) {
      await page.keyboard.press('Tab');
      if ((await page.evaluate(() => (document.activeElement as HTMLInputElement).type)) === 'email') break;
    }
    expect(await outline()).not.toBe('none');
    await page.keyboard.type(DEMO_LOGIN.email);
    await page.keyboard.press('Tab');
    await page.keyboard.type(DEMO_LOGIN.password);
    await page.keyboard.press('Enter');
    await page.waitForURL((u) => !u.pathname.startsWith('/login'));
    await expect.poll(() => page.getByRole('button', { name: 'Log ud' }).count()).toBe(1);
  });
});
