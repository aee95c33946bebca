import { describe, expect, it } from 'vitest';
import { MOVEMENTS } from './model.js';
import { renderMovementSymbol, renderRadarSvg, wrapText } from './svg.js';
import { RING_COLORS, type RadarView, type RadarViewBlip } from './view.js';
import { sampleRadarView } from '../../../test/helpers/radar.js';

/**
 * The radar SVG from the outside: every blip drawn once with its data, hostile texts escaped, no
 * inline style anywhere (the web app's CSP), the same string for the same view, and every shape
 * within the blip radius the layout spaced the blips by — checked on the numbers in the markup.
 */

const HOSTILE = `<script>alert("x")</script> & 'quoted'`;

/** A radar of `count` blips over 4 sectors and 4 rings, placed by the real layout; `edit` adjusts each blip. */
function sampleView(count = 30, edit: (blip: RadarViewBlip, i: number) => RadarViewBlip = (b) => b): RadarView {
  return sampleRadarView(
    count,
    (_p, i) => ({
      movement: MOVEMENTS[(i + (i >> 2)) % MOVEMENTS.length]!,
      relevance: i % 5 === 0 ? null : (i % 4) / 3,
    }),
    edit,
    {},
  );
}

/** Each blip's group: its attributes and inner markup. */
function blipGroups(svg: string): { attrs: Record<string, string>; body: string }[] {
  return [...svg.matchAll(/<g class="blip"([^>]*)>(.*?)<\/g>/g)].map((m) => ({
    attrs: Object.fromEntries([...m[1]!.matchAll(/([\w-]+)="([^"]*)"/g)].map((a) => [a[1]!, a[2]!])),
    body: m[2]!,
  }));
}

function attr(element: string, name: string): number {
  const m = new RegExp(`\\s${name}="(-?[\\d.]+)"`).exec(element);
  return m ? Number(m[1]) : 0;
}

/** The farthest any circle or polygon of a blip reaches from (x, y), strokes included. */
function reach(body: string, x: number, y: number): number {
  let far = 0;
  for (const [circle] of body.matchAll(/<circle[^>]*>/g)) {
    const d = Math.hypot(attr(circle, 'cx') - x, attr(circle, 'cy') - y);
    far = Math.max(far, d + attr(circle, 'r') + attr(circle, 'stroke-width') / 2);
  }
  for (const [polygon] of body.matchAll(/<polygon[^>]*>/g)) {
    const points = /points="([^"]*)"/.exec(polygon)![1]!.split(' ');
    for (const point of points) {
      const [px, py] = point.split(',').map(Number) as [number, number];
      far = Math.max(far, Math.hypot(px - x, py - y) + attr(polygon, 'stroke-width') / 2);
    }
  }
  return far;
}

describe('renderRadarSvg', () => {
  it('draws every blip exactly once, with its data and an accessible name', () => {
    const view = sampleView();
    const groups = blipGroups(renderRadarSvg(view));
    expect(groups.map((g) => g.attrs['data-id']).sort()).toEqual(view.blips.map((b) => b.id).sort());
    for (const g of groups) {
      const blip = view.blips.find((b) => b.id === g.attrs['data-id'])!;
      expect(g.attrs['data-sector']).toBe(String(blip.sector));
      expect(g.attrs['data-ring']).toBe(String(blip.ring));
      expect(g.attrs['data-movement']).toBe(blip.movement);
      expect(g.attrs.tabindex).toBe('0');
      expect(g.attrs.role).toBe('button');
      expect(g.attrs['aria-label']).toBe(
        `${blip.number}. ${blip.name}, Ring: ${view.rings[blip.ring]!.name}, Sektor: ${view.sectors[blip.sector]!.name}, ${
          { new: 'Ny', 'moved-in': 'Rykket ind', 'moved-out': 'Rykket ud', unchanged: 'Uændret' }[blip.movement]
        }`,
      );
      expect(g.body).toContain(`<title>${g.attrs['aria-label']}</title>`);
      expect(g.body).toMatch(new RegExp(`fill="#ffffff">${blip.number}</text>$`));
    }
  });

  it('is a complete SVG document with a title and a description naming the source', () => {
    const svg = renderRadarSvg(sampleView(), { idPrefix: 'a-' });
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="[-\d. ]+" role="group"/);
    expect(svg).toContain('<title id="a-title">Teknologiradar</title>');
    expect(svg).toContain(
      '<desc id="a-desc">Udgave 2026. Kilde: Kommunernes Teknologiradar. Radaren viser 30 teknologier i 4 sektorer og 4 ringe.</desc>',
    );
    expect(svg).toContain('aria-labelledby="a-title" aria-describedby="a-desc"');
    expect(svg.endsWith('</svg>')).toBe(true);
    // Cells, ring borders, sector dividers, ring names and sector names.
    expect(svg.match(/<path d=/g)).toHaveLength(16);
    expect(svg.match(/<line /g)).toHaveLength(4);
    for (const name of ['Klar', 'Afprøv', 'Undersøg', 'Afvent', 'Data', 'Automatisering', 'Brugerflader', 'Infrastruktur'])
      expect(svg).toContain(`>${name}</tspan>`);
  });

  it('leaves out focus and the button role for a static export, keeping the data', () => {
    const svg = renderRadarSvg(sampleView(), { interactive: false, width: 800, height: 700 });
    expect(svg).toMatch(/^<svg [^>]*width="800" height="700" role="img" aria-labelledby="radar-title radar-desc"/);
    const groups = blipGroups(svg);
    expect(groups).toHaveLength(30);
    for (const g of groups) {
      expect(g.attrs).not.toHaveProperty('tabindex');
      expect(g.attrs).not.toHaveProperty('role');
      expect(g.attrs).not.toHaveProperty('aria-label');
      expect(g.attrs['data-id']).toMatch(/^tech-\d\d$/);
      expect(g.body).toMatch(/^<title>/);
    }
  });

  it('escapes every text, however hostile', () => {
    const view = sampleView(8, (b, i) => (i === 3 ? { ...b, id: `x"><script>1</script>`, name: HOSTILE } : b));
    view.title = HOSTILE;
    view.subtitle = HOSTILE;
    view.source = HOSTILE;
    view.sectors[0]!.name = HOSTILE;
    view.rings[0]!.name = `a&b<i>`;
    const svg = renderRadarSvg(view, { idPrefix: `"><script>` });
    expect(svg).not.toMatch(/<script|<i>|"x"|'quoted'/);
    expect(svg).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quoted&#39;');
    expect(svg).toContain('data-id="x&quot;&gt;&lt;script&gt;1&lt;/script&gt;"');
    expect(svg).toContain('>a&amp;b&lt;i&gt;</tspan>');
    expect(svg).toContain('<title id="---script-title">');
    // Characters XML cannot hold are dropped, so a standalone export stays well-formed.
    view.title = 'A\u0000B\u0008C\ud800D';
    expect(renderRadarSvg(view)).toContain('>ABCD</title>');
  });

  it('never uses inline styles, which the web app’s Content Security Policy forbids', () => {
    const view = sampleView(30, (b, i) => ({ ...b, inactive: i % 6 === 0 }));
    for (const interactive of [true, false]) {
      const svg = renderRadarSvg(view, { interactive });
      expect(svg).not.toMatch(/style\s*=/i);
      expect(svg).not.toMatch(/<style/i);
    }
  });

  it('gives the same string for the same view, whatever the order of its blips', () => {
    const view = sampleView();
    const once = renderRadarSvg(view);
    expect(renderRadarSvg(sampleView())).toBe(once);
    expect(renderRadarSvg({ ...view, blips: [...view.blips].reverse() })).toBe(once);
  });

  it('rounds every number to two decimals', () => {
    const svg = renderRadarSvg(sampleView());
    const numbers = svg.match(/-?\d+\.\d+/g) ?? [];
    expect(numbers.length).toBeGreaterThan(100);
    expect(numbers.filter((n) => n.split('.')[1]!.length > 2)).toEqual([]);
  });

  it('keeps every shape within the blip radius, sized by relevance', () => {
    const view = sampleView(60, (b, i) => ({ ...b, inactive: i % 7 === 0, relevance: [null, 0, 0.5, 1, 1.4, -1][i % 6]! }));
    for (const g of blipGroups(renderRadarSvg(view))) {
      const blip = view.blips.find((b) => b.id === g.attrs['data-id'])!;
      const relevance = blip.relevance === null ? 0.5 : Math.min(1, Math.max(0, blip.relevance));
      const size = view.blipRadius * (0.6 + 0.4 * relevance);
      const far = reach(g.body, blip.x, blip.y);
      expect(far).toBeLessThanOrEqual(view.blipRadius);
      // Shapes reach 97 % of their size, the rest being spare for rounding.
      expect(far).toBeCloseTo(0.97 * size, 1);
    }
  });

  it('tells movements apart by shape: circle, ringed circle, and drops pointing in or out', () => {
    const view = sampleView(40, (b) => ({ ...b, relevance: 1 }));
    for (const g of blipGroups(renderRadarSvg(view))) {
      const blip = view.blips.find((b) => b.id === g.attrs['data-id'])!;
      const circles = g.body.match(/<circle/g)?.length ?? 0;
      const polygon = /<polygon points="([^"]*)"/.exec(g.body);
      if (blip.movement === 'unchanged') expect([circles, polygon]).toEqual([1, null]);
      if (blip.movement === 'new') {
        expect([circles, polygon]).toEqual([2, null]);
        expect(g.body).toMatch(/^<title>[^<]*<\/title><circle [^>]*fill="none" stroke="#/);
      }
      if (blip.movement === 'moved-in' || blip.movement === 'moved-out') {
        expect(circles).toBe(1);
        const [tx, ty] = polygon![1]!.split(' ')[0]!.split(',').map(Number) as [number, number];
        const towardsCentre = Math.hypot(tx, ty) < Math.hypot(blip.x, blip.y);
        expect(towardsCentre).toBe(blip.movement === 'moved-in');
      }
    }
  });

  it('fills blips with their ring’s colour, inactive ones grey, and falls back from a colour that is not hex', () => {
    const view = sampleView(16, (b, i) => ({ ...b, movement: 'unchanged', inactive: i === 0 }));
    view.rings[2]!.color = 'red" onload="alert(1)';
    const svg = renderRadarSvg(view);
    for (const g of blipGroups(svg)) {
      const blip = view.blips.find((b) => b.id === g.attrs['data-id'])!;
      const fill = /<circle [^>]*fill="([^"]*)"/.exec(g.body)![1];
      expect(fill).toBe(blip.inactive ? '#d9d9d9' : RING_COLORS[blip.ring]);
      if (blip.inactive) expect(g.attrs['aria-label']).toMatch(/, Inaktiv$/);
    }
    expect(svg).not.toContain('onload');
  });

  it('writes numbers dark on a light imported ring colour, white on the default ones', () => {
    const view = sampleView(8, (b) => ({ ...b, movement: 'unchanged' }));
    view.rings[1]!.color = '#c6e2b5';
    for (const g of blipGroups(renderRadarSvg(view))) {
      const ring = Number(g.attrs['data-ring']);
      expect(/<text [^>]*fill="([^"]*)"/.exec(g.body)![1]).toBe(ring === 1 ? '#1a1a1a' : '#ffffff');
    }
  });

  it('writes its texts in the view’s language, or with the labels given', () => {
    const english = renderRadarSvg({ ...sampleView(4), lang: 'en' });
    expect(english).toContain('Ring: Klar, Sector: Data');
    expect(english).toContain('Source: Kommunernes Teknologiradar. The radar shows 4 technologies in 4 sectors and 4 rings.');
    const labels = { movement: { new: 'N', 'moved-in': 'I', 'moved-out': 'O', unchanged: 'U' }, ring: 'R', sector: 'S' };
    const view = sampleView(4, (b) => ({ ...b, movement: 'new' }));
    expect(renderRadarSvg(view, { labels })).toContain('aria-label="1. Teknologi 1, R: Klar, S: Data, N"');
  });

  it('keeps ids apart for two radars on one page', () => {
    const view = sampleView(4);
    const ids = (svg: string) => [...svg.matchAll(/\sid="([^"]*)"/g)].map((m) => m[1]);
    expect(ids(renderRadarSvg(view, { idPrefix: 'one-' }))).toEqual(['one-title', 'one-desc']);
    expect(ids(renderRadarSvg(view, { idPrefix: 'two-' }))).toEqual(['two-title', 'two-desc']);
  });

  it('wraps long sector names into two lines, with an ellipsis beyond', () => {
    expect(wrapText('Infrastruktur og forbindelser', 20, 2)).toEqual(['Infrastruktur og', 'forbindelser']);
    expect(wrapText('Data', 20, 2)).toEqual(['Data']);
    expect(wrapText('a'.repeat(45), 20, 2)).toEqual(['a'.repeat(20), `${'a'.repeat(19)}…`]);
    const view = sampleView(4);
    view.sectors[1]!.name = 'Automatisering og robotter i den fysiske og den digitale verden';
    expect(renderRadarSvg(view)).toMatch(/<tspan [^>]*>Automatisering og<\/tspan><tspan [^>]*>robotter i den…<\/tspan><\/text>/);
  });
});

describe('renderMovementSymbol', () => {
  it('draws each movement’s shape alone, hidden from assistive technology', () => {
    for (const movement of MOVEMENTS) {
      const svg = renderMovementSymbol(movement, '#00703c', 18);
      expect(svg).toMatch(/^<svg [^>]*width="18" height="18" aria-hidden="true" focusable="false">/);
      expect(svg).toContain('#00703c');
      expect(reach(svg, 0, 0)).toBeLessThanOrEqual(10);
    }
  });
});
