import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type RadarBlip, type RadarLayout, hashId, layoutRadar } from './layout.js';

/**
 * The layout's promises, checked from the outside: every blip placed once, no two closer than
 * 2·radius + gap, each fully inside its own sector and ring with the margin to spare, the same
 * result for the same blips in any order, and earlier blips left exactly where they were.
 * Angles and radii are recomputed here rather than taken from the module.
 */

interface Shape {
  sectors: number;
  rings: number;
}

/** A small xorshift, so a generated seed can fan out into hundreds of blips cheaply. */
function random(seed: number): () => number {
  let s = seed | 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 2 ** 32;
  };
}

function shuffle<T>(items: readonly T[], seed: number): T[] {
  const next = random(seed);
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** The first thing wrong with a layout, or null: checked without the module's own geometry helpers. */
function problem(shape: Shape, blips: readonly RadarBlip[], layout: RadarLayout): string | null {
  const ids = blips.map((b) => b.id).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  if (layout.blips.map((b) => b.id).join('\n') !== ids.join('\n')) return 'not every blip placed once, in id order';
  const byId = new Map(blips.map((b) => [b.id, b]));
  const clear = layout.blipRadius + layout.margin;
  const step = (2 * Math.PI) / shape.sectors;
  for (const p of layout.blips) {
    const b = byId.get(p.id)!;
    if (p.sector !== b.sector || p.ring !== b.ring) return `${p.id} changed cell`;
    const ring = layout.geometry.rings[b.ring]!;
    const rho = Math.hypot(p.x, p.y);
    const atan = Math.atan2(p.x, -p.y);
    const theta = atan < 0 ? atan + 2 * Math.PI : atan;
    const start = b.sector * step;
    const end = (b.sector + 1) * step;
    if (!(theta >= start && theta <= end)) return `${p.id} outside its sector (θ ${theta}, sector ${start}–${end})`;
    // Distances to the two border lines through the centre, and to the two arcs.
    if (rho * Math.sin(theta - start) < clear || rho * Math.sin(end - theta) < clear) return `${p.id} too close to a sector border`;
    if (rho - clear < ring.innerRadius || rho + clear > ring.outerRadius) return `${p.id} too close to a ring border (ρ ${rho})`;
  }
  const spacing = 2 * layout.blipRadius + layout.gap;
  const ps = [...layout.blips].sort((a, b) => a.x - b.x);
  for (let i = 0; i < ps.length; i++) {
    for (let j = i + 1; j < ps.length && ps[j]!.x - ps[i]!.x < spacing; j++) {
      const d = Math.hypot(ps[i]!.x - ps[j]!.x, ps[i]!.y - ps[j]!.y);
      if (d < spacing) return `${ps[i]!.id} and ${ps[j]!.id} are ${d} apart, less than ${spacing}`;
    }
  }
  return null;
}

function expectValid(shape: Shape, blips: readonly RadarBlip[], layout: RadarLayout): void {
  expect(problem(shape, blips, layout)).toBeNull();
}

const withPrevious = (blips: readonly RadarBlip[], layout: RadarLayout): RadarBlip[] => {
  const at = new Map(layout.blips.map((p) => [p.id, { x: p.x, y: p.y }]));
  return blips.map((b) => ({ ...b, previous: at.get(b.id) ?? null }));
};

const positions = (layout: RadarLayout) => new Map(layout.blips.map((p) => [p.id, [p.x, p.y] as const]));

const shapes = fc.record({ sectors: fc.integer({ min: 2, max: 12 }), rings: fc.integer({ min: 2, max: 8 }) });

/**
 * 0–500 blips over a shape, from evenly spread to all in one to three hot cells, one ring or one
 * sector; sizes lean towards the small and the full.
 */
function blipsOn(shape: Shape, prefix = ''): fc.Arbitrary<RadarBlip[]> {
  const cell = fc.record({ sector: fc.nat({ max: shape.sectors - 1 }), ring: fc.nat({ max: shape.rings - 1 }) });
  return fc
    .record({
      n: fc.oneof(fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: 500 }), fc.integer({ min: 450, max: 500 })),
      hot: fc.array(cell, { minLength: 1, maxLength: 3 }),
      skew: fc.constantFrom(0, 0.5, 0.9, 1),
      focus: fc.constantFrom('cells', 'ring', 'sector'),
      seed: fc.integer(),
      name: fc.constantFrom('t', 'tech-', 'Ærø ', ''),
    })
    .map(({ n, hot, skew, focus, seed, name }) => {
      const next = random(seed);
      const pick = (k: number) => Math.floor(next() * k);
      return Array.from({ length: n }, (_, i): RadarBlip => {
        let sector = pick(shape.sectors);
        let ring = pick(shape.rings);
        if (next() < skew) {
          const h = hot[pick(hot.length)]!;
          if (focus !== 'sector') ring = h.ring;
          if (focus !== 'ring') sector = h.sector;
        }
        return { id: `${prefix}${name}${i}`, sector, ring };
      });
    });
}

const cases = shapes.chain((shape) => fc.record({ shape: fc.constant(shape), blips: blipsOn(shape), seed: fc.integer() }));

/** Properties lay out up to 1,000 blips a run; generous timeouts keep them steady on a busy machine. */
describe('layoutRadar: properties', { timeout: 30_000 }, () => {
  it('places every blip inside its sector and ring, none overlapping, whatever the shape and distribution', () => {
    fc.assert(
      fc.property(cases, ({ shape, blips }) => {
        const layout = layoutRadar(shape, blips);
        expect(problem(shape, blips, layout)).toBeNull();
        expect(layout.scale).toBeGreaterThan(0);
        expect(layout.scale).toBeLessThanOrEqual(1);
        expect(layout.blipRadius).toBe(9 * layout.scale);
      }),
      { numRuns: 120 },
    );
  });

  it('gives the same positions for the same blips in any order', () => {
    fc.assert(
      fc.property(cases, ({ shape, blips, seed }) => {
        expect(layoutRadar(shape, shuffle(blips, seed))).toEqual(layoutRadar(shape, blips));
      }),
      { numRuns: 30 },
    );
  });

  it('keeps every earlier blip exactly in place when blips are added with the earlier positions', () => {
    const additions = shapes.chain((shape) =>
      fc.record({ shape: fc.constant(shape), before: blipsOn(shape, 'a'), added: blipsOn(shape, 'b'), seed: fc.integer() }),
    );
    fc.assert(
      fc.property(additions, ({ shape, before, added, seed }) => {
        const first = layoutRadar(shape, before);
        const all = shuffle([...withPrevious(before, first), ...added.slice(0, 500 - before.length)], seed);
        const second = layoutRadar(shape, all);
        expect(problem(shape, all, second)).toBeNull();
        expect(second.scale).toBeLessThanOrEqual(first.scale);
        const now = positions(second);
        for (const p of first.blips) expect(now.get(p.id)).toEqual([p.x, p.y]);
        expect(second.blips.filter((p) => p.kept).length).toBe(before.length);
      }),
      { numRuns: 40 },
    );
  });

  it('returns a layout unchanged when given its own positions, in any order', () => {
    fc.assert(
      fc.property(cases, ({ shape, blips, seed }) => {
        const first = layoutRadar(shape, blips);
        const again = layoutRadar(shape, shuffle(withPrevious(blips, first), seed));
        expect(again.scale).toBe(first.scale);
        expect(again.blips.map(({ kept: _, ...p }) => p)).toEqual(first.blips.map(({ kept: _, ...p }) => p));
        expect(again.blips.every((p) => p.kept)).toBe(true);
      }),
      { numRuns: 20 },
    );
  });

  it('after any edit that does not grow the scale, keeps every blip that stayed in its sector and ring', () => {
    const edits = shapes.chain((shape) =>
      fc.record({
        shape: fc.constant(shape),
        before: blipsOn(shape, 'a'),
        added: blipsOn(shape, 'b'),
        removed: fc.double({ min: 0, max: 0.5, noNaN: true }),
        moved: fc.double({ min: 0, max: 0.3, noNaN: true }),
        seed: fc.integer(),
      }),
    );
    fc.assert(
      fc.property(edits, ({ shape, before, added, removed, moved, seed }) => {
        const first = layoutRadar(shape, before.slice(0, 300));
        const next = random(seed);
        const kept = withPrevious(before.slice(0, 300), first)
          .filter(() => next() >= removed)
          .map((b) => (next() < moved ? { ...b, ring: (b.ring + 1) % shape.rings } : b));
        const all = [...kept, ...added.slice(0, 200)];
        const second = layoutRadar(shape, all);
        expect(problem(shape, all, second)).toBeNull();
        if (second.scale > first.scale) return;
        const was = positions(first);
        for (const p of second.blips) {
          const b = before.find((x) => x.id === p.id);
          if (b && b.ring === p.ring) expect([p.x, p.y]).toEqual(was.get(p.id));
        }
      }),
      { numRuns: 30 },
    );
  });
});

describe('layoutRadar: examples', () => {
  const shape = { sectors: 4, rings: 4 };

  it('lays out no blips', () => {
    const layout = layoutRadar(shape, []);
    expect(layout).toMatchObject({ scale: 1, blipRadius: 9, gap: 4, margin: 3, blips: [] });
    expect(layout.geometry.cells).toHaveLength(16);
  });

  it('places one blip at full size in its cell', () => {
    const blips = [{ id: 'kubernetes', sector: 2, ring: 1 }];
    const layout = layoutRadar(shape, blips);
    expect(layout.scale).toBe(1);
    expect(layout.blips).toMatchObject([{ id: 'kubernetes', sector: 2, ring: 1, kept: false }]);
    expectValid(shape, blips, layout);
  });

  it('gives a blip the same place whatever else is in other cells, while the scale stays', () => {
    const alone = layoutRadar(shape, [{ id: 'x', sector: 0, ring: 0 }]);
    const crowd = layoutRadar(shape, [
      { id: 'x', sector: 0, ring: 0 },
      ...Array.from({ length: 40 }, (_, i) => ({ id: `o${i}`, sector: 1 + (i % 3), ring: i % 4 })),
    ]);
    expect(crowd.scale).toBe(1);
    expect(crowd.blips.find((p) => p.id === 'x')).toEqual(alone.blips[0]);
  });

  it('uses the configured sizes and raises the margin to half the gap', () => {
    const layout = layoutRadar({ ...shape, radius: 200, blipRadius: 5, gap: 10, margin: 1 }, [{ id: 'a', sector: 0, ring: 0 }]);
    expect(layout).toMatchObject({ scale: 1, blipRadius: 5, gap: 10, margin: 5 });
  });

  describe.each([
    ['the smallest cell', (l: RadarLayout) => [...l.geometry.cells].sort((a, b) => area(a) - area(b))[0]!],
    ['the inner cell, with its pointed tip', (l: RadarLayout) => l.geometry.cells[0]!],
  ])('500 blips in %s of a 12 × 8 radar', (_, which) => {
    const big = { sectors: 12, rings: 8 };
    const cell = which(layoutRadar(big, []));
    const blips = Array.from({ length: 500 }, (_, i) => ({ id: `b${i}`, sector: cell.sector, ring: cell.ring }));
    const layout = layoutRadar(big, blips);

    it('are all placed, without overlap, inside the cell, at a smaller scale', () => {
      expectValid(big, blips, layout);
      expect(layout.scale).toBeLessThan(1);
      expect(layout.scale).toBeGreaterThan(0.05);
      expect(layout.blipRadius).toBe(9 * layout.scale);
      expect(layout.gap).toBe(4 * layout.scale);
    });

    it('shrink the blips no more than needed: 1.2 times the scale cannot fit', () => {
      // At scale t, discs of radius t·(2·9 + 4)/2 round the centres are disjoint and inside the
      // cell (whose borders are t·(9 + 3) away), so 500 of them need 500·π·(11t)² of its area.
      const t = 1.2 * layout.scale;
      expect(500 * Math.PI * (11 * t) ** 2).toBeGreaterThan(area(cell));
    });

    it('stay put when one more blip comes', () => {
      const more = layoutRadar(big, [...withPrevious(blips, layout), { id: 'new', sector: cell.sector, ring: cell.ring }]);
      expect(more.blips.filter((p) => p.id !== 'new').map(({ kept: _, ...p }) => p)).toEqual(layout.blips.map(({ kept: _, ...p }) => p));
      expectValid(big, [...blips, { id: 'new', sector: cell.sector, ring: cell.ring }], more);
    });
  });

  it('moves a blip that changed ring, and keeps the others', () => {
    const blips = Array.from({ length: 30 }, (_, i) => ({ id: `t${i}`, sector: i % 4, ring: i % 3 }));
    const first = layoutRadar(shape, blips);
    const edited = withPrevious(blips, first).map((b) => (b.id === 't5' ? { ...b, ring: 3 } : b));
    const second = layoutRadar(shape, edited);
    expectValid(shape, edited, second);
    const t5 = second.blips.find((p) => p.id === 't5')!;
    expect(t5).toMatchObject({ ring: 3, kept: false });
    expect(second.blips.filter((p) => p.id !== 't5').every((p) => p.kept)).toBe(true);
  });

  it('lets the lower id keep a contested previous position, and ignores unusable ones', () => {
    const at = layoutRadar(shape, [{ id: 'b', sector: 1, ring: 1 }]).blips[0]!;
    const previous = { x: at.x, y: at.y };
    const blips: RadarBlip[] = [
      { id: 'b', sector: 1, ring: 1, previous },
      { id: 'a', sector: 1, ring: 1, previous },
      { id: 'c', sector: 1, ring: 1, previous: { x: Number.NaN, y: 0 } },
      { id: 'd', sector: 1, ring: 1, previous: { x: 0, y: -400 } }, // in sector 0
      { id: 'e', sector: 1, ring: 1, previous: null },
    ];
    const layout = layoutRadar(shape, blips);
    expectValid(shape, blips, layout);
    expect(layout.blips.map((p) => [p.id, p.kept])).toEqual([
      ['a', true],
      ['b', false],
      ['c', false],
      ['d', false],
      ['e', false],
    ]);
    expect(layout.blips[0]).toMatchObject(previous);
  });

  it('does not keep a previous position that would put the blip within the margin of a border', () => {
    // Sector 1 of 4 runs from 3 to 6 o’clock; ring 1 from about 267 to 370. Blips need 9 + 3 clear.
    const { innerRadius } = layoutRadar(shape, []).geometry.rings[1]!;
    const mid = (Math.PI * 3) / 4;
    const blips: RadarBlip[] = [
      { id: 'border', sector: 1, ring: 1, previous: { x: 320, y: 11 } },
      { id: 'arc', sector: 1, ring: 1, previous: { x: (innerRadius + 11) * Math.sin(mid), y: -(innerRadius + 11) * Math.cos(mid) } },
      { id: 'fine', sector: 1, ring: 1, previous: { x: 320 * Math.sin(mid), y: -320 * Math.cos(mid) } },
    ];
    const layout = layoutRadar(shape, blips);
    expectValid(shape, blips, layout);
    expect(layout.blips.map((p) => [p.id, p.kept])).toEqual([
      ['arc', false],
      ['border', false],
      ['fine', true],
    ]);
  });

  it('grows back to full size once a crowded cell empties, moving blips that would then collide', () => {
    const crowd = Array.from({ length: 200 }, (_, i) => ({ id: `c${i}`, sector: 0, ring: 3 }));
    const crowded = layoutRadar(shape, crowd);
    expect(crowded.scale).toBeLessThan(1);
    const rest = withPrevious(crowd.slice(0, 20), crowded);
    const relieved = layoutRadar(shape, rest);
    expect(relieved.scale).toBe(1);
    expectValid(shape, rest, relieved);
  });

  it('spreads a few blips over their cell rather than bunching them', () => {
    const blips = Array.from({ length: 12 }, (_, i) => ({ id: `s${i}`, sector: 0, ring: 0 }));
    const layout = layoutRadar(shape, blips);
    const thetas = layout.blips.map((p) => Math.atan2(p.x, -p.y));
    const rhos = layout.blips.map((p) => Math.hypot(p.x, p.y));
    const spread = (v: number[]) => Math.max(...v) - Math.min(...v);
    expect(spread(thetas)).toBeGreaterThan(Math.PI / 4);
    expect(spread(rhos)).toBeGreaterThan(layout.geometry.rings[0]!.outerRadius / 2);
  });

  it('hashes ids with FNV-1a, so positions do not depend on the JavaScript engine’s randomness', () => {
    expect(hashId('')).toBe(hashId(''));
    expect(hashId('a')).not.toBe(hashId('b'));
    expect(hashId('Kubernetes')).toBe(hashId('Kubernetes'));
    expect(Number.isInteger(hashId('æøå')) && hashId('æøå') >= 0 && hashId('æøå') < 2 ** 32).toBe(true);
  });

  it.each([
    [[{ id: 'x', sector: 4, ring: 0 }], 'blip "x" has sector 4; sectors are numbered 0 to 3'],
    [[{ id: 'x', sector: 0, ring: -1 }], 'blip "x" has ring -1; rings are numbered 0 to 3'],
    [[{ id: 'x', sector: 1.5, ring: 0 }], 'blip "x" has sector 1.5; sectors are numbered 0 to 3'],
    [
      [
        { id: 'x', sector: 0, ring: 0 },
        { id: 'x', sector: 1, ring: 1 },
      ],
      'blip ids must be unique ("x" repeats)',
    ],
  ])('rejects bad blips %j with a RangeError', (blips, message) => {
    expect(() => layoutRadar(shape, blips)).toThrow(new RangeError(`radar: ${message}`));
  });

  it.each([
    [{ ...shape, blipRadius: 0 }, 'blipRadius must be a positive number (got 0)'],
    [{ ...shape, gap: -1 }, 'gap must be a non-negative number (got -1)'],
    [{ ...shape, margin: -2 }, 'margin must be a non-negative number (got -2)'],
    [{ sectors: 13, rings: 4 }, 'sectors must be a whole number from 2 to 12 (got 13)'],
    [{ sectors: 4, rings: 9 }, 'rings must be a whole number from 2 to 8 (got 9)'],
  ])('rejects bad options %j with a RangeError', (options, message) => {
    expect(() => layoutRadar(options, [])).toThrow(new RangeError(`radar: ${message}`));
  });
});

function area(c: { innerRadius: number; outerRadius: number; startAngle: number; endAngle: number }): number {
  return ((c.endAngle - c.startAngle) / 2) * (c.outerRadius ** 2 - c.innerRadius ** 2);
}
