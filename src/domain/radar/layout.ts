/**
 * Where each blip of a technology radar goes: a pure, deterministic layout that never overlaps
 * two blips, never drops one, keeps every blip inside its own sector and ring, and keeps a blip
 * where it was last time when it did not move.
 *
 * How it works (all sizes in the SVG units of ./geometry.ts):
 * 1. Scale. Blips are discs of `blipRadius`, at least `gap` apart and at least `margin` inside
 *    their cell's borders. A cell too small for its blips shrinks all three, for the whole radar
 *    and in proportion, by a factor `scale` ≤ 1: the largest value (to 2⁻¹⁶) at which a simple
 *    lattice (rows along arcs one spacing apart, anchored at the cell's outer edge) holds every
 *    cell's count. That capacity only falls as the scale grows, so this fit scale depends on
 *    nothing but the number of blips per cell, and adding blips can only keep or lower it.
 * 2. Keep. A blip's previous position (from the last layout or edition) is kept, exactly, when it
 *    lies inside the blip's cell at this scale and is clear of the positions kept before it, in
 *    the order of the ids.
 * 3. Place. The other blips of a cell, in the order of their ids, each take the first clear point
 *    of their own sequence (seeded by an FNV-1a hash of the id; an R2 low-discrepancy sequence in
 *    area-uniform polar coordinates, so it covers the cell evenly): scattered like a radar, not
 *    gridded. If one finds no room in 48 points, the cell's new blips go instead on points spread
 *    evenly over a greedy honeycomb fill round the kept blips, or, failing that, over the free
 *    lattice points. Without previous positions the lattice always has room at the fit scale.
 * 4. Room. If kept blips leave some cell too little room even so, steps 2–3 are repeated at
 *    smaller scales (stepping down by ever larger factors, then five bisections) until every cell
 *    has room. Kept blips stay
 *    valid there, as a smaller blip fits wherever a larger one did, and a small enough scale
 *    always has room: each kept blip blocks a bounded number of lattice points, while the
 *    lattice grows with the inverse square of the scale.
 *
 * Guarantees:
 * - Every blip is placed, each disc (radius `blipRadius`) lies inside its sector and ring at
 *   least `margin` from every border, and any two centres are at least 2·`blipRadius` + `gap`
 *   apart; the values used are in the result. Cells are independent: the margin is at least half
 *   the gap, so blips of different cells are always far enough apart.
 * - The same blips give the same result whatever their order; the result lists them by id.
 * - Without previous positions, a cell's blips depend only on the ids in that cell and the scale.
 *   Adding a blip elsewhere moves nobody unless it lowers the scale; within the cell, blips
 *   after it in id order may move. Hence the previous positions.
 * - With previous positions, every blip whose position is still valid at the scale used is kept.
 *   In particular, after adding blips to a layout made without previous positions, every earlier
 *   blip that did not change sector or ring keeps its exact position (the fit scale cannot grow,
 *   so the scale used cannot exceed the earlier one), and laying out a result again with its own
 *   positions returns it unchanged.
 * - The price of keeping positions: new blips must fit round the kept ones, which may take a
 *   smaller scale than a fresh layout would. And when the radar can grow again (crowded cells
 *   emptied), it does, and previous positions that would then collide move: readable blips win
 *   over stability there.
 * Pure arithmetic: the same JavaScript engine gives the same numbers bit for bit.
 */
import { type RadarGeometry, type RadarShape, radarGeometry, toSvg } from './geometry.js';

export const DEFAULT_BLIP_RADIUS = 9;
export const DEFAULT_GAP = 4;
export const DEFAULT_MARGIN = 3;

/**
 * Relative safety pads, so floating-point rounding never eats into a clearance or spacing: points
 * are built with the larger pad and checked with the smaller one, and both exceed the promise.
 */
const BUILD_PAD = 1 + 1e-7;
const CHECK_PAD = 1 + 1e-9;
/** Points of a blip's own sequence tried before its cell falls back to the honeycomb or the lattice. */
const TRIES = 48;
/** The scale is found to this many halvings (2⁻¹⁶ ≈ 0.00002). */
const SCALE_STEPS = 16;
/** R2 sequence steps (1/g and 1/g² for the plastic number g): the best-spread 2-D additive sequence. */
const R2_U = 0.7548776662466927;
const R2_V = 0.5698402909980532;

export interface RadarLayoutOptions extends RadarShape {
  /** Radius of a blip at full size. Default 9 (with R = 500). */
  blipRadius?: number;
  /** Least space between two blips at full size. Default 4. */
  gap?: number;
  /** Least space between a blip and its cell's borders at full size; raised to half the gap if lower. Default 3. */
  margin?: number;
}

export interface RadarBlip {
  id: string;
  sector: number;
  ring: number;
  /** Where the blip was last time; non-finite coordinates count as none. */
  previous?: { x: number; y: number } | null;
}

export interface PlacedBlip {
  id: string;
  sector: number;
  ring: number;
  x: number;
  y: number;
  /** Whether this is the previous position, unchanged. */
  kept: boolean;
}

export interface RadarLayout {
  geometry: RadarGeometry;
  /** The factor (0, 1] by which blips, gap and margin were shrunk to fit; 1 when nothing was too full. */
  scale: number;
  /** The values used, after scaling. */
  blipRadius: number;
  gap: number;
  margin: number;
  /** Every blip, sorted by id. */
  blips: PlacedBlip[];
}

interface Footprint {
  /** Least distance from a centre to the cell's borders (blip radius plus margin, padded). */
  clear: number;
  /** Least distance between two centres (twice the radius plus the gap, padded). */
  spacing: number;
}

/** Where centres may go in one cell at one footprint. */
interface Band {
  start: number;
  width: number;
  rhoMin: number;
  rhoMax: number;
  clear: number;
  spacing: number;
}

/** A cell at one scale: points are built within `build` and accepted within `check`, which is a little looser. */
interface Frame {
  build: Band;
  check: Band;
}

interface Point {
  x: number;
  y: number;
}

interface Entry {
  blip: RadarBlip;
  cell: number;
}

interface Placement {
  point: Point;
  kept: boolean;
}

function fail(message: string): never {
  throw new RangeError(`radar: ${message}`);
}

function positive(name: string, value: number, allowZero = false): number {
  if (!(Number.isFinite(value) && (allowZero ? value >= 0 : value > 0)))
    fail(`${name} must be a ${allowZero ? 'non-negative' : 'positive'} number (got ${value})`);
  return value;
}

/** Code-unit order: the same everywhere, unlike localeCompare. */
function byId(a: { id: string }, b: { id: string }): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** FNV-1a over the id's UTF-16 code units, then a murmur3 finaliser so similar ids land far apart. */
export function hashId(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

function bandOf(geometry: RadarGeometry, cell: number, fp: Footprint): Band {
  const c = geometry.cells[cell]!;
  const width = c.endAngle - c.startAngle;
  // Below clear / sin(width/2) the wedge is too narrow for a blip between its two border lines.
  const rhoMin = Math.max(c.innerRadius + fp.clear, fp.clear / Math.sin(width / 2));
  return { start: c.startAngle, width, rhoMin, rhoMax: c.outerRadius - fp.clear, clear: fp.clear, spacing: fp.spacing };
}

/** Angle from each border a centre at radius rho must keep, so its disc clears the border line. */
function borderAngle(frame: Band, rho: number): number {
  return Math.asin(Math.min(1, frame.clear / rho));
}

/**
 * Whether a centre keeps its disc (plus margin) inside the cell: radius within the ring's band,
 * and distance ρ·sin φ to the nearer border line at least the clearance. For a wedge of at most
 * π, the nearer border by angle is also the nearer by distance.
 */
function fitsPolar(frame: Band, rho: number, theta: number): boolean {
  if (!(rho >= frame.rhoMin && rho <= frame.rhoMax)) return false;
  const phi = Math.min(theta - frame.start, frame.start + frame.width - theta);
  return phi >= 0 && rho * Math.sin(phi) >= frame.clear;
}

function fits(frame: Band, x: number, y: number): boolean {
  const atan = Math.atan2(x, -y);
  return fitsPolar(frame, Math.hypot(x, y), atan < 0 ? atan + 2 * Math.PI : atan);
}

/** Angles of points one spacing apart along an arc at radius rho, centred between the borders; only the count when `out` is absent. */
function row(frame: Band, rho: number, out?: number[]): number {
  const edge = borderAngle(frame, rho);
  const span = frame.width - 2 * edge;
  if (span < 0) return 0;
  // Chord 2ρ·sin(β/2) = spacing; a spacing wider than the circle leaves room for one.
  const step = frame.spacing >= 2 * rho ? Infinity : 2 * Math.asin(frame.spacing / (2 * rho));
  const count = step === Infinity ? 1 : Math.floor(span / step) + 1;
  if (out) {
    const first = frame.start + edge + (count === 1 ? span / 2 : (span - (count - 1) * step) / 2);
    for (let i = 0; i < count; i++) out.push(first + i * step);
  }
  return count;
}

/**
 * The lattice: rows one spacing apart from the outer edge inwards (so points of different rows
 * differ in radius, hence in position, by at least the spacing), each row as full as it can be.
 * Anchoring the rows at the outer edge makes the count fall monotonically as the footprint grows.
 */
function capacity(frame: Band, need: number): number {
  let total = 0;
  for (let j = 0; total < need; j++) {
    const rho = frame.rhoMax - j * frame.spacing;
    if (!(rho >= frame.rhoMin)) break;
    total += row(frame, rho);
  }
  return total;
}

/** Free lattice points of a cell (clear of `grid`), outer rows first, stopping after `limit`. */
function freeSlots({ build, check }: Frame, grid: Grid, limit: number): Point[] {
  const free: Point[] = [];
  const angles: number[] = [];
  for (let j = 0; free.length < limit; j++) {
    const rho = build.rhoMax - j * build.spacing;
    if (!(rho >= build.rhoMin)) break;
    angles.length = 0;
    row(build, rho, angles);
    for (const theta of angles) {
      if (free.length === limit || !fitsPolar(check, rho, theta)) continue;
      const p = toSvg(rho, theta);
      if (!grid.collides(p.x, p.y)) free.push(p);
    }
  }
  return free;
}

/**
 * A denser fill than the lattice where blips already stand: staggered rows (the offset by half a
 * step every other row, √3/2 spacing apart, as in a honeycomb) taken greedily wherever a point is
 * clear of the grid and of the points taken before it. Denser than the lattice, and it flows
 * round kept blips, but its count promises nothing, so the lattice stays as the last resort.
 */
function honeycomb({ build, check }: Frame, grid: Grid, limit: number): Point[] {
  const mark = grid.length;
  const taken: Point[] = [];
  const pitch = (build.spacing * Math.sqrt(3)) / 2;
  for (let j = 0; taken.length < limit; j++) {
    const rho = build.rhoMax - j * pitch;
    if (!(rho >= build.rhoMin)) break;
    const edge = borderAngle(build, rho);
    const span = build.width - 2 * edge;
    const step = build.spacing >= 2 * rho ? span + 1 : 2 * Math.asin(build.spacing / (2 * rho));
    for (let a = j % 2 === 0 ? 0 : step / 2; a <= span && taken.length < limit; a += step) {
      const theta = build.start + edge + a;
      if (!fitsPolar(check, rho, theta)) continue;
      const p = toSvg(rho, theta);
      if (!grid.collides(p.x, p.y)) {
        grid.add(p.x, p.y);
        taken.push(p);
      }
    }
  }
  grid.truncate(mark);
  return taken;
}

/**
 * Points in square buckets at least one spacing wide over the radar's bounding square (at most
 * 256 × 256 of them), so a collision needs only the 3 × 3 buckets around a point. Each bucket is
 * a linked list in typed arrays, newest first, so the newest points can be taken back out.
 */
class Grid {
  private readonly size: number;
  private readonly side: number;
  private readonly heads: Int32Array;
  private next = new Int32Array(64);
  private xs = new Float64Array(64);
  private ys = new Float64Array(64);
  private buckets = new Int32Array(64);
  private count = 0;

  constructor(
    private readonly radius: number,
    private readonly spacing: number,
  ) {
    this.side = Math.max(1, Math.min(256, Math.floor((2 * radius) / spacing)));
    this.size = (2 * radius) / this.side;
    this.heads = new Int32Array(this.side * this.side).fill(-1);
  }

  private index(v: number): number {
    return Math.min(this.side - 1, Math.max(0, Math.floor((v + this.radius) / this.size)));
  }

  get length(): number {
    return this.count;
  }

  add(x: number, y: number): void {
    if (this.count === this.xs.length) this.grow();
    const bucket = this.index(y) * this.side + this.index(x);
    const i = this.count++;
    this.xs[i] = x;
    this.ys[i] = y;
    this.buckets[i] = bucket;
    this.next[i] = this.heads[bucket]!;
    this.heads[bucket] = i;
  }

  /** Takes out the points added after the grid held `length` points. */
  truncate(length: number): void {
    while (this.count > length) {
      const i = --this.count;
      this.heads[this.buckets[i]!] = this.next[i]!;
    }
  }

  collides(x: number, y: number): boolean {
    const cx = this.index(x);
    const cy = this.index(y);
    const limit = this.spacing * this.spacing;
    for (let by = Math.max(0, cy - 1); by <= Math.min(this.side - 1, cy + 1); by++) {
      for (let bx = Math.max(0, cx - 1); bx <= Math.min(this.side - 1, cx + 1); bx++) {
        for (let i = this.heads[by * this.side + bx]!; i >= 0; i = this.next[i]!) {
          const ex = x - this.xs[i]!;
          const ey = y - this.ys[i]!;
          if (ex * ex + ey * ey < limit) return true;
        }
      }
    }
    return false;
  }

  private grow(): void {
    const n = this.xs.length * 2;
    const copy = <T extends Int32Array | Float64Array>(from: T, to: T): T => (to.set(from), to);
    this.next = copy(this.next, new Int32Array(n));
    this.xs = copy(this.xs, new Float64Array(n));
    this.ys = copy(this.ys, new Float64Array(n));
    this.buckets = copy(this.buckets, new Int32Array(n));
  }
}

/** The blip's own sequence: hash-seeded R2 points, area-uniform over the cell; the first clear one, or null. */
function firstClear(build: Band, check: Band, id: string, clear: (x: number, y: number) => boolean): Point | null {
  const h = hashId(id);
  const u0 = (h & 0xffff) / 0x10000;
  const v0 = (h >>> 16) / 0x10000;
  const r0 = build.rhoMin * build.rhoMin;
  const r1 = build.rhoMax * build.rhoMax;
  for (let k = 0; k < TRIES; k++) {
    const u = (u0 + k * R2_U) % 1;
    const v = (v0 + k * R2_V) % 1;
    const rho = Math.sqrt(r0 + u * (r1 - r0));
    const edge = borderAngle(build, rho);
    const span = build.width - 2 * edge;
    if (span < 0) continue;
    const theta = build.start + edge + v * span;
    if (!fitsPolar(check, rho, theta)) continue;
    const x = rho * Math.sin(theta);
    const y = -rho * Math.cos(theta);
    if (clear(x, y)) return { x, y };
  }
  return null;
}

class Layouter {
  readonly geometry: RadarGeometry;
  private readonly ringCount: number;
  /** Blip radius, gap and margin at full size. */
  readonly base: { radius: number; gap: number; margin: number };
  /** Blips sorted by id, with their cell index. */
  private readonly entries: Entry[];
  private readonly counts: number[];

  constructor(options: RadarLayoutOptions, blips: readonly RadarBlip[]) {
    this.geometry = radarGeometry(options);
    this.ringCount = this.geometry.rings.length;
    const radius = positive('blipRadius', options.blipRadius ?? DEFAULT_BLIP_RADIUS);
    const gap = positive('gap', options.gap ?? DEFAULT_GAP, true);
    const margin = Math.max(positive('margin', options.margin ?? DEFAULT_MARGIN, true), gap / 2);
    this.base = { radius, gap, margin };
    this.entries = blips.map((blip) => ({ blip, cell: this.cellOf(blip) })).sort((a, b) => byId(a.blip, b.blip));
    for (let i = 1; i < this.entries.length; i++)
      if (this.entries[i]!.blip.id === this.entries[i - 1]!.blip.id)
        fail(`blip ids must be unique ("${this.entries[i]!.blip.id}" repeats)`);
    this.counts = new Array<number>(this.geometry.cells.length).fill(0);
    for (const e of this.entries) this.counts[e.cell]!++;
  }

  private cellOf(blip: RadarBlip): number {
    if (typeof blip.id !== 'string') fail(`a blip id must be a string (got ${typeof blip.id})`);
    const sectors = this.geometry.sectors.length;
    if (!(Number.isInteger(blip.sector) && blip.sector >= 0 && blip.sector < sectors))
      fail(`blip "${blip.id}" has sector ${blip.sector}; sectors are numbered 0 to ${sectors - 1}`);
    if (!(Number.isInteger(blip.ring) && blip.ring >= 0 && blip.ring < this.ringCount))
      fail(`blip "${blip.id}" has ring ${blip.ring}; rings are numbered 0 to ${this.ringCount - 1}`);
    return blip.sector * this.ringCount + blip.ring;
  }

  private footprint(scale: number, pad: number): Footprint {
    const { radius, gap, margin } = this.base;
    return { clear: scale * (radius + margin) * pad, spacing: scale * (2 * radius + gap) * pad };
  }

  private frames(scale: number): Frame[] {
    const build = this.footprint(scale, BUILD_PAD);
    const check = this.footprint(scale, CHECK_PAD);
    return this.geometry.cells.map((_, i) => ({ build: bandOf(this.geometry, i, build), check: bandOf(this.geometry, i, check) }));
  }

  /** Step 1: the largest scale on the 2⁻¹⁶ grid at which the lattice holds every cell's count. */
  private fitScale(): number {
    const holds = (scale: number) => {
      const frames = this.frames(scale);
      return this.counts.every((count, i) => count === 0 || capacity(frames[i]!.build, count) >= count);
    };
    if (holds(1)) return 1;
    let lo = 0;
    let hi = 1;
    for (let i = 0; i < SCALE_STEPS; i++) {
      const mid = (lo + hi) / 2;
      if (holds(mid)) lo = mid;
      else hi = mid;
    }
    if (lo === 0) fail(`cannot fit ${this.entries.length} blips in this radar`);
    return lo;
  }

  /** Step 2: the previous positions kept at this footprint, in id order, and a grid holding them. */
  private keep(frames: Frame[]): { kept: Map<string, Point>; grid: Grid } {
    const grid = new Grid(this.geometry.radius, frames[0]!.check.spacing);
    const kept = new Map<string, Point>();
    for (const { blip, cell } of this.entries) {
      const p = blip.previous;
      if (!p || !Number.isFinite(p.x) || !Number.isFinite(p.y)) continue;
      if (!fits(frames[cell]!.check, p.x, p.y) || grid.collides(p.x, p.y)) continue;
      kept.set(blip.id, { x: p.x, y: p.y });
      grid.add(p.x, p.y);
    }
    return { kept, grid };
  }

  /** New blips per cell (those not kept). */
  private newcomers(kept: Map<string, Point>): Entry[][] {
    const byCell: Entry[][] = this.geometry.cells.map(() => []);
    for (const e of this.entries) if (!kept.has(e.blip.id)) byCell[e.cell]!.push(e);
    return byCell;
  }

  /**
   * Steps 2 and 3 at one scale: kept blips stay, each cell's new ones scatter, or else go on the
   * honeycomb or the free lattice points; null when some cell has room for them on none.
   */
  private attempt(scale: number): Map<string, Placement> | null {
    const frames = this.frames(scale);
    const { kept, grid } = this.keep(frames);
    const placed = new Map<string, Placement>();
    for (const [id, point] of kept) placed.set(id, { point, kept: true });
    const byCell = this.newcomers(kept);
    for (let cell = 0; cell < byCell.length; cell++) {
      const list = byCell[cell]!;
      if (list.length === 0) continue;
      const frame = frames[cell]!;
      const points = scatter(frame, grid, list) ?? packed(frame, grid, list.length);
      if (!points) return null;
      list.forEach((e, i) => {
        const point = points[i]!;
        grid.add(point.x, point.y);
        placed.set(e.blip.id, { point, kept: false });
      });
    }
    return placed;
  }

  /** Steps 1 and 4: the fit scale if the blips go there (always, without previous positions), else a smaller one that works. */
  layout(): { scale: number; placed: Map<string, Placement> } {
    const fit = this.fitScale();
    const first = this.attempt(fit);
    if (first) return { scale: fit, placed: first };
    // Step down by a factor that squares at each failure (0.875, 0.77, 0.59, 0.34, …), then bisect.
    let hi = fit;
    let factor = 0.875;
    let lo = fit * factor;
    let best = this.attempt(lo);
    while (!best) {
      hi = lo;
      factor *= factor;
      lo *= factor;
      if (lo < fit * 2 ** -40) fail('previous positions leave no room at any scale');
      best = this.attempt(lo);
    }
    for (let i = 0; i < 5; i++) {
      const mid = (lo + hi) / 2;
      const placed = this.attempt(mid);
      if (placed) [lo, best] = [mid, placed];
      else hi = mid;
    }
    return { scale: lo, placed: best };
  }
}

/**
 * Each blip in turn takes its sequence's first point clear of the kept blips and those placed
 * before it; null if one finds none (the caller then uses the lattice). The grid is left as it
 * was: the caller adds the points it uses.
 */
function scatter({ build, check }: Frame, grid: Grid, list: Entry[]): Point[] | null {
  const mark = grid.length;
  const clear = (x: number, y: number) => !grid.collides(x, y);
  const points: Point[] = [];
  for (const { blip } of list) {
    const found = firstClear(build, check, blip.id, clear);
    if (!found) break;
    grid.add(found.x, found.y);
    points.push(found);
  }
  grid.truncate(mark);
  return points.length === list.length ? points : null;
}

/**
 * `count` points from the honeycomb, else from the free lattice points, spread evenly over the
 * first few found (any subset of either is clear of the rest); null if neither has enough.
 */
function packed(frame: Frame, grid: Grid, count: number): Point[] | null {
  const limit = Math.max(4 * count, count + 64);
  let free = honeycomb(frame, grid, limit);
  if (free.length < count) free = freeSlots(frame, grid, limit);
  if (free.length < count) return null;
  return Array.from({ length: count }, (_, i) => free[Math.floor((i * free.length) / count)]!);
}

/**
 * Lays out the blips of a radar. Throws a RangeError naming the problem for a shape outside
 * 2–12 sectors and 2–8 rings, bad ring radii or sizes, a blip outside the sectors or rings, or
 * two blips with one id. See the module comment for the strategy and its guarantees.
 */
export function layoutRadar(options: RadarLayoutOptions, blips: readonly RadarBlip[]): RadarLayout {
  const layouter = new Layouter(options, blips);
  const { scale, placed } = layouter.layout();
  const { radius, gap, margin } = layouter.base;
  const sorted = [...blips].sort(byId);
  return {
    geometry: layouter.geometry,
    scale,
    blipRadius: radius * scale,
    gap: gap * scale,
    margin: margin * scale,
    blips: sorted.map((b) => {
      const { point, kept } = placed.get(b.id)!;
      return { id: b.id, sector: b.sector, ring: b.ring, x: point.x, y: point.y, kept };
    }),
  };
}
