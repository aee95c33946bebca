import { describe, expect, it } from 'vitest';
import { cellPath, defaultRingRadii, radarGeometry, toPolar, toSvg } from './geometry.js';

describe('defaultRingRadii', () => {
  it.each([2, 3, 4, 5, 6, 7, 8])(
    'for %i rings: increase to 1, the inner ring largest in area and widest, areas falling gently',
    (rings) => {
      const radii = defaultRingRadii(rings);
      expect(radii).toHaveLength(rings);
      expect(radii[rings - 1]).toBe(1);
      const areas = radii.map((r, k) => r * r - (k === 0 ? 0 : radii[k - 1]! ** 2));
      const widths = radii.map((r, k) => r - (k === 0 ? 0 : radii[k - 1]!));
      for (let k = 1; k < rings; k++) {
        expect(radii[k]!).toBeGreaterThan(radii[k - 1]!);
        expect(areas[k]!).toBeLessThan(areas[k - 1]!);
        expect(widths[k]!).toBeLessThan(widths[0]!);
      }
      expect(areas[rings - 1]! / areas[0]!).toBeGreaterThanOrEqual(2 / 3);
    },
  );

  it('gives four rings at 0.535, 0.740, 0.886 and 1 of the radius', () => {
    expect(defaultRingRadii(4).map((r) => Number(r.toFixed(3)))).toEqual([0.535, 0.74, 0.886, 1]);
  });
});

describe('polar and SVG coordinates', () => {
  it('put angle 0 at 12 o’clock and go clockwise on screen (y points down)', () => {
    const top = toSvg(100, 0);
    const right = toSvg(100, Math.PI / 2);
    const bottom = toSvg(100, Math.PI);
    expect([top.x, top.y]).toEqual([0, -100]);
    expect(right.x).toBeCloseTo(100, 12);
    expect(right.y).toBeCloseTo(0, 12);
    expect(bottom.y).toBeCloseTo(100, 12);
    expect(toPolar(-100, 0).theta).toBeCloseTo((3 * Math.PI) / 2, 12);
  });

  it('round-trip, with angles in [0, 2π)', () => {
    for (let i = 0; i < 64; i++) {
      const theta = (i / 64) * 2 * Math.PI;
      const { x, y } = toSvg(321, theta);
      const back = toPolar(x, y);
      expect(back.rho).toBeCloseTo(321, 9);
      expect(back.theta).toBeGreaterThanOrEqual(0);
      expect(back.theta).toBeLessThan(2 * Math.PI);
      expect(Math.abs(Math.sin(back.theta - theta))).toBeLessThan(1e-12);
    }
  });
});

describe('radarGeometry', () => {
  const g = radarGeometry({ sectors: 4, rings: 2, ringRadii: [0.5, 1], radius: 100 });

  it('numbers the sectors clockwise from 12 o’clock with equal angles', () => {
    expect(g.sectors.map((s) => [s.startAngle, s.endAngle])).toEqual([
      [0, Math.PI / 2],
      [Math.PI / 2, Math.PI],
      [Math.PI, (3 * Math.PI) / 2],
      [(3 * Math.PI) / 2, 2 * Math.PI],
    ]);
  });

  it('gives the rings from the inside out, in SVG units', () => {
    expect(g.radius).toBe(100);
    expect(g.rings.map((r) => [r.innerRadius, r.outerRadius])).toEqual([
      [0, 50],
      [50, 100],
    ]);
  });

  it('lists the cells sector by sector, each with its outline', () => {
    expect(g.cells.map((c) => `${c.sector}/${c.ring}`)).toEqual(['0/0', '0/1', '1/0', '1/1', '2/0', '2/1', '3/0', '3/1']);
    expect(g.cells[0]!.path).toBe('M0 0L0 -50A50 50 0 0 1 50 0Z');
    expect(g.cells[1]!.path).toBe('M0 -100A100 100 0 0 1 100 0L50 0A50 50 0 0 0 0 -50Z');
    expect(g.cells[7]!.path).toBe('M-100 0A100 100 0 0 1 0 -100L0 -50A50 50 0 0 0 -50 0Z');
  });

  it('draws a half disc for two sectors', () => {
    expect(cellPath(0, Math.PI, 0, 10)).toBe('M0 0L0 -10A10 10 0 0 1 0 10Z');
  });

  it('anchors sector labels outside the disc, aligned away from it, and ring labels mid-ring on the 12 o’clock line', () => {
    const [ne, se, sw, nw] = g.sectors.map((s) => s.label);
    expect(Math.hypot(ne!.x, ne!.y)).toBeCloseTo(106, 9);
    expect([ne!.textAnchor, ne!.dominantBaseline]).toEqual(['start', 'alphabetic']);
    expect([se!.textAnchor, se!.dominantBaseline]).toEqual(['start', 'hanging']);
    expect([sw!.textAnchor, sw!.dominantBaseline]).toEqual(['end', 'hanging']);
    expect([nw!.textAnchor, nw!.dominantBaseline]).toEqual(['end', 'alphabetic']);
    expect(g.rings.map((r) => [r.label.x, r.label.y])).toEqual([
      [0, -25],
      [0, -75],
    ]);
    const top = radarGeometry({ sectors: 3, rings: 2 }).sectors[0]!.label;
    expect(top.textAnchor).toBe('start');
  });

  it('defaults to R = 500 and the default ring radii', () => {
    const d = radarGeometry({ sectors: 4, rings: 4 });
    expect(d.radius).toBe(500);
    expect(d.rings.map((r) => r.outerRadius)).toEqual(defaultRingRadii(4).map((f) => f * 500));
  });

  it.each([
    [{ sectors: 1, rings: 4 }, 'sectors must be a whole number from 2 to 12 (got 1)'],
    [{ sectors: 13, rings: 4 }, 'sectors must be a whole number from 2 to 12 (got 13)'],
    [{ sectors: 2.5, rings: 4 }, 'sectors must be a whole number from 2 to 12 (got 2.5)'],
    [{ sectors: Number.NaN, rings: 4 }, 'sectors must be a whole number from 2 to 12 (got NaN)'],
    [{ sectors: 4, rings: 1 }, 'rings must be a whole number from 2 to 8 (got 1)'],
    [{ sectors: 4, rings: 9 }, 'rings must be a whole number from 2 to 8 (got 9)'],
    [{ sectors: 4, rings: 2, radius: 0 }, 'radius must be a positive number (got 0)'],
    [{ sectors: 4, rings: 2, ringRadii: [1] }, 'ringRadii must have one radius per ring (2), got 1'],
    [{ sectors: 4, rings: 2, ringRadii: [0.6, 0.6] }, 'ringRadii must increase strictly from above 0 to 1 (ring 1 is 0.6)'],
    [{ sectors: 4, rings: 2, ringRadii: [0, 1] }, 'ringRadii must increase strictly from above 0 to 1 (ring 0 is 0)'],
    [{ sectors: 4, rings: 2, ringRadii: [0.5, 0.9] }, "the outer ring's radius must be 1, the whole radar (got 0.9)"],
    [{ sectors: 4, rings: 2, ringRadii: [0.5, 1.2] }, 'ringRadii must increase strictly from above 0 to 1 (ring 1 is 1.2)'],
  ])('rejects %j with a RangeError saying what is wrong', (shape, message) => {
    expect(() => radarGeometry(shape)).toThrow(new RangeError(`radar: ${message}`));
  });
});
