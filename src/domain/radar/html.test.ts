import { describe, expect, it } from 'vitest';
import { sanitizeHtml } from './formats/sanitize.js';
import { renderRadarHtml } from './html.js';
import { MOVEMENTS } from './model.js';
import type { RadarView, RadarViewBlip } from './view.js';
import { sampleRadarView } from '../../../test/helpers/radar.js';

/**
 * The downloadable HTML file as text: complete, self-contained (nothing external but the blips'
 * own links), every hostile text escaped, a JSON island nothing can break out of, and the legend,
 * table and suppressed technologies in the page itself. Its behaviour is tested in Chromium
 * (e2e/radar-html.e2e.test.ts).
 */

const ISLAND = /<script type="application\/json" id="radar-data">([^<]*)<\/script>/;

/** A radar of `count` blips over 4 sectors and 4 rings, placed by the real layout; `edit` adjusts each blip. */
function sampleView(count = 30, edit: (blip: RadarViewBlip, i: number) => RadarViewBlip = (b) => b): RadarView {
  return sampleRadarView(
    count,
    (_p, i) => ({
      movement: MOVEMENTS[i % MOVEMENTS.length]!,
      relevance: (i % 5) / 4,
      relevanceMean: 1 + (i % 5) * 0.6,
      organisations: 5 + i,
      spread: [
        { option: 'drift', label: 'I drift', count: i % 4 },
        { option: 'ved-ikke', label: 'Ved ikke', count: 1 },
      ],
      description: `<p>Om teknologi ${i + 1}.</p>`,
      link: i % 3 === 0 ? `https://example.org/tek/${i}` : undefined,
    }),
    edit,
    { generatedAt: '2026-11-25T13:32:00Z' },
  );
}

interface IslandData {
  sectors: string[];
  rings: string[];
  blips: { id: string; name: string; description: string; link: string | null; relevance: string | null }[];
}

function islandOf(html: string): { raw: string; data: IslandData } {
  const raw = ISLAND.exec(html)![1]!;
  return { raw, data: JSON.parse(raw) as IslandData };
}

/** The page without its two scripts: the markup a browser parses as HTML. */
function markup(html: string): string {
  return html.replace(ISLAND, '').replace(/<script>[\s\S]*?<\/script>/, '');
}

describe('renderRadarHtml', () => {
  it('is a complete document in the view’s language, with the radar, heading, source and date', () => {
    const html = renderRadarHtml(sampleView());
    expect(html.startsWith('<!doctype html>\n<html lang="da"')).toBe(true);
    expect(html.trimEnd().endsWith('</html>')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain('<title>Teknologiradar – Udgave 2026</title>');
    expect(html).toContain(
      '<h1>Teknologiradar</h1><p class="subtitle">Udgave 2026</p><p class="meta">Kilde: Kommunernes Teknologiradar</p>',
    );
    expect(html.match(/<svg xmlns=[^>]*role="group"/g)).toHaveLength(1);
    expect(html.match(/<g class="blip"/g)).toHaveLength(30);
    expect(html).toContain('Genereret <time datetime="2026-11-25T13:32:00.000Z">25.11.2026 kl. 14.32</time>');
    expect(html).toContain('>Vis som tabel</button>');

    const english = renderRadarHtml({ ...sampleView(), lang: 'en' });
    expect(english).toContain('<html lang="en"');
    expect(english).toContain('>Show as table</button>');
    expect(english).toContain('Generated <time datetime="2026-11-25T13:32:00.000Z">25 Nov 2026, 14:32</time>');
  });

  it('loads nothing from anywhere: no external address but the blips’ own links, no link or script element with a source', () => {
    const view = sampleView(30, (b, i) => (i === 1 ? { ...b, description: 'Se <a href="https://kl.dk/radar">KL</a>.' } : b));
    const html = renderRadarHtml(view);
    expect(html).not.toMatch(/<link|<script[^>]*\ssrc|<img|<iframe|@import|url\(/i);
    expect(html.match(/<script/g)).toHaveLength(2);
    // The markup has no address at all; links are made by the script from the data.
    expect(markup(html)).not.toMatch(/\s(src|href|action|data|poster)\s*=/i);
    const addresses = islandOf(html).raw.match(/https?:[^"\\]+/g) ?? [];
    const allowed = new Set([...view.blips.flatMap((b) => (b.link ? [b.link] : [])), 'https://kl.dk/radar']);
    expect(addresses.length).toBeGreaterThan(5);
    expect(addresses.filter((a) => !allowed.has(a))).toEqual([]);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none';`);
  });

  it('keeps the data island closed whatever a name holds', () => {
    const evil = '</script><script>alert(1)</script><!-- \u2028\u2029 &amp;';
    const view = sampleView(6, (b, i) => (i === 2 ? { ...b, name: evil } : b));
    view.sectors[0]!.name = evil;
    const html = renderRadarHtml(view);
    const { raw, data } = islandOf(html);
    expect(raw).not.toMatch(/[<>\u2028\u2029]/);
    expect(data.blips.map((b) => b.name)).toContain(evil);
    expect(data.sectors[0]).toBe(evil);
    expect(html.match(/<script/g)).toHaveLength(2);
    expect(html).not.toContain('<script>alert(1)');
  });

  it('escapes hostile names, titles and ids everywhere in the markup', () => {
    const hostile = `<img src=x onerror="alert(1)"> & 'q'`;
    const view = sampleView(6, (b, i) => (i === 0 ? { ...b, name: hostile, id: `a"b<c` } : b));
    view.title = hostile;
    view.subtitle = hostile;
    view.source = hostile;
    view.rings[0]!.name = hostile;
    view.rings[0]!.description = hostile;
    view.suppressed = [{ id: 'x', name: hostile }];
    const html = markup(renderRadarHtml(view));
    expect(html).not.toMatch(/<img|onerror="/);
    expect(html).toContain('&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; &#39;q&#39;');
    expect(html).toContain('data-id="a&quot;b&lt;c"');
  });

  it('passes descriptions through the sanitiser again and drops links that are not http(s)', () => {
    const dirty = '<p>Godt</p><img src=x onerror=alert(1)><script>bad()</script><a href="javascript:alert(1)">her</a>';
    const view = sampleView(3, (b, i) => (i === 0 ? { ...b, description: dirty, link: 'javascript:alert(1)' } : b));
    const blip = islandOf(renderRadarHtml(view)).data.blips.find((b) => b.id === view.blips[0]!.id)!;
    expect(blip.description).toBe(sanitizeHtml(dirty));
    expect(blip.description).not.toMatch(/img|script|javascript/);
    expect(blip.link).toBeNull();
  });

  it('lists every blip in the legend, by sector and then ring, and in the table', () => {
    const view = sampleView(30);
    const html = renderRadarHtml(view);
    const legend = /<section class="legend"[\s\S]*?\n<\/div><\/section>/.exec(html)![0];
    const entries = [
      ...legend.matchAll(/<li data-id="([^"]*)"[^>]*><button[^>]*><span class="num">(\d+)<\/span><span class="name">([^<]*)</g),
    ];
    expect(entries.map((e) => e[1]).sort()).toEqual(view.blips.map((b) => b.id).sort());
    const order = entries.map((e) => view.blips.find((b) => b.id === e[1])!);
    const sorted = [...order].sort((a, b) => a.sector - b.sector || a.ring - b.ring || a.number - b.number);
    expect(order).toEqual(sorted);
    expect(legend.match(/<h3>/g)).toHaveLength(4);
    expect(legend.match(/<h4>/g)).toHaveLength(16);

    const table = /<table>[\s\S]*<\/table>/.exec(html)![0];
    expect(table).toContain('<caption id="table-caption">');
    expect(table.match(/<th scope="col">/g)).toHaveLength(7);
    const rows = [...table.matchAll(/<tr data-id="([^"]*)"[^>]*>(.*?)<\/tr>/g)];
    expect(rows.map((r) => r[1]).sort()).toEqual(view.blips.map((b) => b.id).sort());
    const first = rows.find((r) => r[1] === view.blips[1]!.id)![2];
    expect(first).toBe(
      '<td class="numeric">2</td><th scope="row">Teknologi 2</th><td>Automatisering</td><td>Klar</td><td>Rykket ind</td><td class="numeric">1,6</td><td class="numeric">6</td>',
    );
  });

  it('names suppressed technologies with the threshold explained, and only when there are some', () => {
    const view = { ...sampleView(4), suppressed: [{ id: 'holo', name: 'Hologrammer' }], threshold: 5 };
    const html = renderRadarHtml(view);
    expect(html).toContain('<h2 id="suppressed-heading">Teknologier, der ikke vises</h2>');
    expect(html).toContain('Færre end 5 organisationer har svaret på spørgsmålene om disse teknologier');
    expect(html).toContain('<li>Hologrammer</li>');
    expect(renderRadarHtml({ ...view, threshold: undefined })).toContain('For få organisationer har svaret på spørgsmålene');
    expect(renderRadarHtml({ ...view, suppressed: [] })).not.toContain('suppressed-heading');
    expect(renderRadarHtml({ ...view, lang: 'en' })).toContain('Fewer than 5 organisations answered');
  });

  it('writes relevance with a decimal comma in Danish and a point in English', () => {
    const view = sampleView(2, (b) => ({ ...b, relevanceMean: 3.44 }));
    expect(islandOf(renderRadarHtml(view)).data.blips[0]!.relevance).toBe('3,4');
    expect(islandOf(renderRadarHtml({ ...view, lang: 'en' })).data.blips[0]!.relevance).toBe('3.4');
  });

  it('gives the same document for the same view', () => {
    expect(renderRadarHtml(sampleView())).toBe(renderRadarHtml(sampleView()));
  });
});
