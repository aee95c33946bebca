/**
 * The shape of a technology radar: sectors (the categories, e.g. techniques, platforms, tools,
 * languages) and concentric rings (the verdicts, e.g. adopt, trial, assess, hold), as numbers
 * the blip layout and the SVG renderer share.
 *
 * Coordinates are SVG user units: the centre is (0, 0) and the radar's radius is R (default 500),
 * so `viewBox="-R -R 2R 2R"` shows the disc (leave room around it for the sector labels).
 * Angles are radians measured clockwise from 12 o'clock, because that is how a reader goes round
 * a radar and how the y-down SVG axes turn: θ ↦ (x, y) = (ρ·sin θ, −ρ·cos θ). Sector 0 starts at
 * 12 o'clock and the sectors follow clockwise with equal angles; ring 0 is the inner disc.
 */

export const SECTORS = { min: 2, max: 12 } as const;
export const RINGS = { min: 2, max: 8 } as const;
export const DEFAULT_RADIUS = 500;
/** How far outside the disc a sector's label sits, as a fraction of R. */
export const SECTOR_LABEL_OFFSET = 0.06;

const TAU = 2 * Math.PI;

export interface RadarShape {
  /** Number of sectors, 2–12, of equal angle. */
  sectors: number;
  /** Number of rings, 2–8. */
  rings: number;
  /**
   * The outer radius of each ring as a fraction of R, strictly increasing and ending at 1 (one per
   * ring). Defaults to {@link defaultRingRadii}.
   */
  ringRadii?: readonly number[];
  /** R, the radius of the radar in SVG units. Default 500. */
  radius?: number;
}

/** Where a label goes and how to align it (`text-anchor` and `dominant-baseline` in SVG). */
export interface LabelAnchor {
  x: number;
  y: number;
  textAnchor: 'start' | 'middle' | 'end';
  dominantBaseline: 'alphabetic' | 'middle' | 'hanging';
}

export interface SectorGeometry {
  index: number;
  startAngle: number;
  endAngle: number;
  /** Outside the disc on the sector's bisector, aligned away from the radar. */
  label: LabelAnchor;
}

export interface RingGeometry {
  index: number;
  innerRadius: number;
  outerRadius: number;
  /** Halfway across the ring on the 12 o'clock line (a sector border: draw it with a halo). */
  label: LabelAnchor;
}

/** One sector × ring cell: the region a blip of that sector and ring must lie in. */
export interface CellGeometry {
  sector: number;
  ring: number;
  startAngle: number;
  endAngle: number;
  innerRadius: number;
  outerRadius: number;
  /** The cell's outline as an SVG path (an annular sector; a pie slice for ring 0). */
  path: string;
}

export interface RadarGeometry {
  radius: number;
  sectors: SectorGeometry[];
  rings: RingGeometry[];
  /** Sector-major: the cell of sector s and ring k is `cells[s * rings.length + k]`. */
  cells: CellGeometry[];
}

/**
 * The default ring radii (fractions of R). Ring k (0 = inner) gets a share of the disc's area
 * proportional to 3n − k for n rings: the inner ring is the largest in area and, being a disc,
 * by far the widest across, as in the common radars, while the areas fall only gently outwards
 * (the outer ring keeps at least two thirds of the inner ring's area). Blips need area, and the
 * inner ring's cells also lose their pointed tips to the border margin, so it gets the most.
 */
export function defaultRingRadii(rings: number): number[] {
  const weights = Array.from({ length: rings }, (_, k) => 3 * rings - k);
  const total = weights.reduce((a, b) => a + b, 0);
  let sum = 0;
  return weights.map((w, k) => {
    sum += w;
    return k === rings - 1 ? 1 : Math.sqrt(sum / total);
  });
}

/** The SVG point at radius `rho` and angle `theta` (clockwise from 12 o'clock). */
export function toSvg(rho: number, theta: number): { x: number; y: number } {
  return { x: rho * Math.sin(theta), y: -rho * Math.cos(theta) };
}

/** Radius and angle (in [0, 2π), clockwise from 12 o'clock) of an SVG point. */
export function toPolar(x: number, y: number): { rho: number; theta: number } {
  const theta = Math.atan2(x, -y);
  return { rho: Math.hypot(x, y), theta: theta < 0 ? theta + TAU : theta };
}

function fail(message: string): never {
  throw new RangeError(`radar: ${message}`);
}

function isIntIn(value: unknown, min: number, max: number): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
}

/** Checks the shape and returns R and the ring radii in SVG units; throws a RangeError saying what is wrong. */
function resolveShape(shape: RadarShape): { radius: number; ringRadii: number[] } {
  if (!isIntIn(shape.sectors, SECTORS.min, SECTORS.max))
    fail(`sectors must be a whole number from ${SECTORS.min} to ${SECTORS.max} (got ${String(shape.sectors)})`);
  if (!isIntIn(shape.rings, RINGS.min, RINGS.max))
    fail(`rings must be a whole number from ${RINGS.min} to ${RINGS.max} (got ${String(shape.rings)})`);
  const radius = shape.radius ?? DEFAULT_RADIUS;
  if (!(Number.isFinite(radius) && radius > 0)) fail(`radius must be a positive number (got ${String(radius)})`);
  const fractions = shape.ringRadii ?? defaultRingRadii(shape.rings);
  if (fractions.length !== shape.rings) fail(`ringRadii must have one radius per ring (${shape.rings}), got ${fractions.length}`);
  fractions.forEach((f, k) => {
    const before = k === 0 ? 0 : (fractions[k - 1] ?? 0);
    if (!(Number.isFinite(f) && f > before && f <= 1)) fail(`ringRadii must increase strictly from above 0 to 1 (ring ${k} is ${f})`);
  });
  if (fractions[fractions.length - 1] !== 1)
    fail(`the outer ring's radius must be 1, the whole radar (got ${fractions[fractions.length - 1]})`);
  return { radius, ringRadii: fractions.map((f) => f * radius) };
}

/** A number for a path: three decimals are a thousandth of a pixel at most sizes; never "-0". */
function n(value: number): string {
  const s = Number(value.toFixed(3));
  return String(s === 0 ? 0 : s);
}

/** The outline of an annular sector, clockwise along the outer arc and back along the inner one. */
export function cellPath(startAngle: number, endAngle: number, innerRadius: number, outerRadius: number): string {
  const large = endAngle - startAngle > Math.PI ? 1 : 0;
  const o0 = toSvg(outerRadius, startAngle);
  const o1 = toSvg(outerRadius, endAngle);
  const outer = `M${n(o0.x)} ${n(o0.y)}A${n(outerRadius)} ${n(outerRadius)} 0 ${large} 1 ${n(o1.x)} ${n(o1.y)}`;
  if (innerRadius <= 0) return `M0 0L${n(o0.x)} ${n(o0.y)}${outer.slice(outer.indexOf('A'))}Z`;
  const i1 = toSvg(innerRadius, endAngle);
  const i0 = toSvg(innerRadius, startAngle);
  return `${outer}L${n(i1.x)} ${n(i1.y)}A${n(innerRadius)} ${n(innerRadius)} 0 ${large} 0 ${n(i0.x)} ${n(i0.y)}Z`;
}

function sectorLabel(radius: number, angle: number): LabelAnchor {
  const { x, y } = toSvg(radius * (1 + SECTOR_LABEL_OFFSET), angle);
  const sin = Math.sin(angle);
  const cos = Math.cos(angle);
  return {
    x,
    y,
    textAnchor: sin > 0.1 ? 'start' : sin < -0.1 ? 'end' : 'middle',
    dominantBaseline: cos > 0.1 ? 'alphabetic' : cos < -0.1 ? 'hanging' : 'middle',
  };
}

/** The radar's sectors, rings and cells with their angles, radii, outlines and label anchors. */
export function radarGeometry(shape: RadarShape): RadarGeometry {
  const { radius, ringRadii } = resolveShape(shape);
  const step = TAU / shape.sectors;
  const sectors = Array.from({ length: shape.sectors }, (_, s): SectorGeometry => {
    const startAngle = s * step;
    const endAngle = s === shape.sectors - 1 ? TAU : (s + 1) * step;
    return { index: s, startAngle, endAngle, label: sectorLabel(radius, (startAngle + endAngle) / 2) };
  });
  const rings = ringRadii.map((outerRadius, k): RingGeometry => {
    const innerRadius = k === 0 ? 0 : (ringRadii[k - 1] ?? 0);
    return {
      index: k,
      innerRadius,
      outerRadius,
      label: { x: 0, y: -(innerRadius + outerRadius) / 2, textAnchor: 'middle', dominantBaseline: 'middle' },
    };
  });
  const cells = sectors.flatMap((s) =>
    rings.map((r): CellGeometry => ({
      sector: s.index,
      ring: r.index,
      startAngle: s.startAngle,
      endAngle: s.endAngle,
      innerRadius: r.innerRadius,
      outerRadius: r.outerRadius,
      path: cellPath(s.startAngle, s.endAngle, r.innerRadius, r.outerRadius),
    })),
  );
  return { radius, sectors, rings, cells };
}
