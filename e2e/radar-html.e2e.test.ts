import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { sanitizeHtml } from '../src/domain/radar/formats/sanitize.js';
import { renderRadarHtml } from '../src/domain/radar/html.js';
import { layoutRadar } from '../src/domain/radar/layout.js';
import { MOVEMENTS } from '../src/domain/radar/model.js';
import { RING_COLORS, type RadarView, type RadarViewBlip } from '../src/domain/radar/view.js';
import { VIEWPORTS, axeViolations, launchBrowser, screenshotOnFailure, watchProblems } from './helpers/harness.js';

/**
 * The downloadable radar file in Chromium with the network switched off: it asks for nothing but
 * itself, shows every blip, and its search, filters, details and table work without errors or
 * axe violations. Screenshots at desktop and phone width go to /tmp/radar-html-*.png.
 */

const NAMES = [
  'Kunstig intelligens (AI)',
  'Big data',
  'Fysiske robotter',
  'Droner',
  'Virtual reality (VR)',
  'Augmented reality (AR)',
  '3D-print',
  'Blockchain',
  'Chatbots',
  'RPA (softwarerobotter)',
  'Apps',
  'Skærme og selvbetjening',
  'Digital tvilling (digital twin)',
  'Edge computing',
  'Virtuelle digitale assistenter',
  'Cloud (skyløsninger)',
  'IoT og sensorer',
  'Video og visuel kontakt',
  'Autonome køretøjer',
  'Kvantecomputere',
];
const SECTORS = ['Data og intelligens', 'Automatisering og robotter', 'Brugerflader og oplevelser', 'Infrastruktur og forbindelser'];
const RINGS = ['Klar', 'Afprøv', 'Undersøg', 'Afvent'];
const SPREAD = ['I drift', 'Afprøves', 'Overvejes', 'Ikke relevant', 'Ved ikke'];

/** 40 blips over 4 sectors and 4 rings, placed by the real layout, numbered in legend order. */
function radarView(): RadarView {
  const raw = Array.from({ length: 40 }, (_, i) => ({
    id: `tek-${String(i).padStart(2, '0')}`,
    name: i < NAMES.length ? NAMES[i]! : `${NAMES[i % NAMES.length]!} ${Math.floor(i / NAMES.length) + 1}`,
    sector: i % 4,
    ring: Math.floor(i / 4) % 4,
  }));
  const layout = layoutRadar({ sectors: 4, rings: 4 }, raw);
  const at = new Map(layout.blips.map((b) => [b.id, b]));
  const ordered = [...raw].sort((a, b) => a.sector - b.sector || a.ring - b.ring || a.name.localeCompare(b.name, 'da'));
  const blips = ordered.map((b, k): RadarViewBlip => {
    const i = Number(b.id.slice(4));
    return {
      id: b.id,
      name: b.name,
      number: k + 1,
      sector: b.sector,
      ring: b.ring,
      movement: MOVEMENTS[i % MOVEMENTS.length]!,
      relevance: i % 7 === 0 ? null : (i % 5) / 4,
      relevanceMean: i % 7 === 0 ? null : 1 + (i % 5),
      description: `<p>${b.name} i kommunerne.</p>`,
      link: i % 3 === 0 ? `https://example.org/teknologi/${b.id}` : undefined,
      inactive: i === 39,
      organisations: 5 + i,
      spread: SPREAD.map((label, j) => ({ option: `o${j}`, label, count: (i + j) % 6 })),
      x: at.get(b.id)!.x,
      y: at.get(b.id)!.y,
    };
  });
  return {
    kind: 'joint',
    title: 'Fælles teknologiradar',
    subtitle: 'Udgave 2026, alle områder',
    lang: 'da',
    sectors: SECTORS.map((name, i) => ({ id: `s${i}`, name })),
    rings: RINGS.map((name, i) => ({ id: `r${i}`, name, color: RING_COLORS[i]! })),
    blips,
    blipRadius: layout.blipRadius,
    suppressed: [{ id: 'holo', name: 'Hologrammer' }],
    threshold: 5,
    source: 'Kommunernes Teknologiradar (KL, 2022)',
    generatedAt: '2026-11-25T13:32:00Z',
  };
}

describe('the radar as a self-contained HTML file, offline in Chromium', () => {
  const view = radarView();
  let dir: string;
  let fileUrl: string;
  let browser: BrowserContext;
  let page: Page;
  let problems: string[];
  let requests: string[];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'radar-html-'));
    const file = join(dir, 'radar.html');
    writeFileSync(file, renderRadarHtml(view));
    fileUrl = pathToFileURL(file).href;
    browser = await launchBrowser();
    await browser.setOffline(true);
  });
  afterAll(async () => {
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  });
  beforeEach(async () => {
    page = await browser.newPage();
    await page.setViewportSize(VIEWPORTS.desktop);
    problems = watchProblems(page);
    page.on('console', (msg) => {
      if (msg.type() === 'error') problems.push(`console: ${msg.text()}`);
    });
    requests = [];
    page.on('request', (request) => {
      if (request.url() !== fileUrl) requests.push(request.url());
    });
    await page.route('**/*', (route) => {
      if (route.request().url() === fileUrl) return route.continue();
      requests.push(route.request().url());
      return route.abort();
    });
    await page.goto(fileUrl);
  });
  afterEach(async (ctx) => {
    if (ctx.task.result?.state === 'fail') await screenshotOnFailure(page, `radar-html ${ctx.task.name}`);
    await page.close();
    expect(problems).toEqual([]);
    expect(requests).toEqual([]);
  });

  it('shows every blip once, and the legend, and nothing asks the network', async () => {
    const ids = await page.locator('svg .blip').evaluateAll((els) => els.map((el) => el.getAttribute('data-id')));
    expect([...ids].sort()).toEqual(view.blips.map((b) => b.id).sort());
    expect(await page.locator('.legend-list li:visible').count()).toBe(40);
    expect(await page.locator('#radar-status').textContent()).toBe('Viser 40 af 40 teknologier');
    expect(await page.locator('.suppressed').textContent()).toContain('Hologrammer');
    expect(await page.locator('.page-footer').textContent()).toContain('25.11.2026 kl. 14.32');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('dims the other blips and filters the legend as one types', async () => {
    await page.getByLabel('Søg efter teknologi').fill('KVANTE');
    const found = view.blips.filter((b) => b.name.startsWith('Kvantecomputere'));
    expect(found).toHaveLength(2);
    await expect.poll(() => page.locator('svg .blip.dim').count()).toBe(38);
    for (const blip of found) expect(await page.locator(`svg .blip[data-id="${blip.id}"]`).getAttribute('class')).toBe('blip');
    expect(await page.locator('.legend-list li:visible').allTextContents()).toEqual(
      found.map((b) => `${b.number}${b.name}${b.inactive ? ' (inaktiv)' : ''}`),
    );
    expect(await page.locator('#radar-status').textContent()).toBe('Viser 2 af 40 teknologier');

    await page.getByLabel('Søg efter teknologi').fill('');
    await page.getByLabel('Bevægelse', { exact: true }).selectOption('new');
    const fresh = view.blips.filter((b) => b.movement === 'new').length;
    await expect.poll(() => page.locator('.legend-list li:visible').count()).toBe(fresh);
    expect(await page.locator('svg .blip:not(.dim)').evaluateAll((els) => els.map((el) => el.getAttribute('data-movement')))).toEqual(
      Array.from({ length: fresh }, () => 'new'),
    );
    await page.getByLabel('Sektor', { exact: true }).selectOption({ label: SECTORS[1]! });
    const both = view.blips.filter((b) => b.movement === 'new' && b.sector === 1).length;
    await expect.poll(() => page.locator('.legend-list li:visible').count()).toBe(both);
  });

  it('shows a blip’s details with its spread on click, on keyboard focus and from the legend', async () => {
    const blip = view.blips.find((b) => b.link && b.relevanceMean !== null)!;
    await page.locator(`svg .blip[data-id="${blip.id}"]`).click();
    const panel = page.locator('#details');
    await expect.poll(() => panel.locator('#details-title').textContent()).toBe(`${blip.number}. ${blip.name}`);
    const spread = await panel.locator('.spread-list li').allTextContents();
    expect(spread).toEqual(blip.spread!.map((s) => `${s.label}${s.count}`));
    const facts = await panel.locator('.facts').textContent();
    expect(facts).toContain(SECTORS[blip.sector]!);
    expect(facts).toContain(RINGS[blip.ring]!);
    expect(facts).toContain(`${blip.relevanceMean},0`);
    expect(facts).toContain(String(blip.organisations));
    expect(await panel.locator('.description').innerHTML()).toBe(sanitizeHtml(blip.description));
    const link = panel.locator('#details-link a');
    expect(await link.getAttribute('href')).toBe(blip.link);
    expect(await link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(await link.getAttribute('target')).toBe('_blank');
    expect(await axeViolations(page)).toEqual([]);

    const other = view.blips.find((b) => b.id !== blip.id)!;
    await page.locator(`svg .blip[data-id="${other.id}"]`).focus();
    await expect.poll(() => panel.locator('#details-title').textContent()).toBe(`${other.number}. ${other.name}`);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#details-status').textContent()).toBe(`Detaljer om ${other.number}. ${other.name} vises.`);

    const third = view.blips[view.blips.length - 1]!;
    await page.locator(`.legend .entry[data-id="${third.id}"]`).click();
    await expect.poll(() => panel.locator('#details-title').textContent()).toBe(`${third.number}. ${third.name}`);
    expect(await page.locator(`.legend .entry[data-id="${third.id}"]`).getAttribute('aria-current')).toBe('true');
  });

  it('switches to a table with one row per blip and back', async () => {
    const toggle = page.getByRole('button', { name: 'Vis som tabel' });
    await toggle.click();
    const table = page.getByRole('table');
    await table.waitFor();
    expect(await page.locator('#radar-view').isVisible()).toBe(false);
    expect(await table.locator('tbody tr').count()).toBe(40);
    expect(await table.locator('caption').textContent()).toContain('Alle teknologier');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Vis som radar' }).click();
    await page.locator('#radar-view').waitFor();
    expect(await table.isVisible()).toBe(false);
  });

  it('fits a phone without sideways scrolling, and looks right at both widths', async () => {
    await page.screenshot({ path: '/tmp/radar-html-desktop.png', fullPage: true });
    await page.setViewportSize(VIEWPORTS.phone);
    await page.locator(`svg .blip[data-id="${view.blips[0]!.id}"]`).click();
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
    await page.screenshot({ path: '/tmp/radar-html-phone.png', fullPage: true });
    expect(await axeViolations(page)).toEqual([]);
  });
});
