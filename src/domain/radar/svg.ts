/**
 * The technology radar drawn as one SVG string: the same picture for the web page, the SVG and PNG
 * exports and the self-contained HTML file. Pure and deterministic (the same view gives the same
 * string, byte for byte), so exports can be compared and cached.
 *
 * The SVG must pass the web app's Content Security Policy, which forbids inline styles: it uses
 * presentation attributes only, never a `style` attribute or element. Every text is escaped, since
 * names come from imported files. Coordinates are rounded to two decimals.
 *
 * Blip convention (a shape for the movement, so it never rests on colour alone):
 * - unchanged: a filled circle;
 * - new: a smaller filled circle inside a ring (Thoughtworks' and Zalando's "new" marker);
 * - moved in / moved out: a drop whose point shows the way it moved, towards the centre or away
 *   from it. A drop rather than Zalando's triangle, as its round body keeps the number readable.
 * Fill is the ring's colour; an inactive blip is light grey with a grey outline and dark number.
 * Size follows relevance: radius = blipRadius × (0.6 + 0.4 × relevance), 0.8 × blipRadius when
 * relevance is unknown. Every shape stays within that radius (less a small spare for rounding),
 * so the layout's promise that no two blips overlap holds for what is drawn.
 */
import { radarGeometry, toSvg, type LabelAnchor } from './geometry.js';
import type { Movement } from './model.js';
import { RING_COLORS, type RadarView, type RadarViewBlip } from './view.js';

export interface RadarSvgLabels {
  /** What each movement is called in a blip's text alternative. */
  movement: Record<Movement, string>;
  /** The words naming a blip's ring and sector in its text alternative ("Ring", "Sektor"). */
  ring: string;
  sector: string;
  /** Said of an inactive blip; the view language's default when left out. */
  inactive?: string;
}

export interface RadarSvgOptions {
  /** Focusable blips with a button role, for a page that opens details (default true); false for static exports. */
  interactive?: boolean;
  /** Prefix of the ids inside the SVG, so two radars can share a page (default "radar-"). */
  idPrefix?: string;
  /** Fixed size in pixels; without them the SVG scales to its container. */
  width?: number;
  height?: number;
  labels?: RadarSvgLabels;
}

/** The default labels, by the view's language. */
export const RADAR_SVG_LABELS: Readonly<Record<RadarView['lang'], Required<RadarSvgLabels>>> = {
  da: {
    movement: { new: 'Ny', 'moved-in': 'Rykket ind', 'moved-out': 'Rykket ud', unchanged: 'Uændret' },
    ring: 'Ring',
    sector: 'Sektor',
    inactive: 'Inaktiv',
  },
  en: {
    movement: { new: 'New', 'moved-in': 'Moved in', 'moved-out': 'Moved out', unchanged: 'No change' },
    ring: 'Ring',
    sector: 'Sector',
    inactive: 'Inactive',
  },
};

const TEXT = {
  da: {
    source: 'Kilde',
    summary: (blips: number, sectors: number, rings: number) =>
      `Radaren viser ${blips} ${blips === 1 ? 'teknologi' : 'teknologier'} i ${sectors} sektorer og ${rings} ringe.`,
  },
  en: {
    source: 'Source',
    summary: (blips: number, sectors: number, rings: number) =>
      `The radar shows ${blips} ${blips === 1 ? 'technology' : 'technologies'} in ${sectors} sectors and ${rings} rings.`,
  },
} as const;

const FONT_FAMILY = 'IBM Plex Sans, Arial, sans-serif';
const INK = '#1a1a1a';
const INACTIVE = { fill: '#d9d9d9', edge: '#767676', ink: INK } as const;
/** Share of the blip radius a shape may reach: the rest absorbs rounding to two decimals. */
const REACH = 0.97;
/** Average advance of a character as a share of the font size, to estimate how wide a label is. */
const CHAR_WIDTH = 0.64;
const SECTOR_FONT = 22;
const SECTOR_LINE_CHARS = 20;
const LINE_HEIGHT = 1.15;

/** Escapes text for SVG and HTML content and attributes, and drops what XML cannot hold. */
export function escapeMarkup(text: string): string {
  return (
    text
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
      // Surrogate pairs stay, lone halves go (no lookbehind, which older Safari cannot parse).
      .replace(/[\ud800-\udbff][\udc00-\udfff]|[\ud800-\udfff]/g, (unit) => (unit.length === 2 ? unit : ''))
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&#39;')
  );
}

/** A coordinate rounded to two decimals, never "-0". */
function num(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  return String(rounded === 0 ? 0 : rounded);
}

// ---------------------------------------------------------------------------------------------
// Colours

type Rgb = [number, number, number];

function parseHex(color: string): Rgb | null {
  const m = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color.trim());
  if (!m) return null;
  const hex = m[1]!.length === 3 ? [...m[1]!].map((c) => c + c).join('') : m[1]!;
  return [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16)) as Rgb;
}

function toHex(rgb: Rgb): string {
  return `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;
}

/**
 * A ring's colour as #rrggbb: the view's when it is a hex colour, else the default for the ring.
 * Only hex colours are let through, as colours go into attributes and are mixed into tints.
 */
export function ringColor(view: RadarView, ring: number): string {
  const given = parseHex(view.rings[ring]?.color ?? '');
  return given ? toHex(given) : RING_COLORS[ring % RING_COLORS.length]!;
}

/** A #rrggbb colour mixed with white, keeping `share` of it. */
function tint(hex: string, share: number): string {
  return toHex(parseHex(hex)!.map((c) => 255 - (255 - c) * share) as Rgb);
}

function luminance(rgb: Rgb): number {
  const [r, g, b] = rgb.map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as Rgb;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** White on a #rrggbb fill, unless a light (imported) ring colour reads better with dark text. */
function numberInk(fill: string): string {
  const l = luminance(parseHex(fill)!);
  const onWhite = 1.05 / (l + 0.05);
  const onInk = (l + 0.05) / (luminance(parseHex(INK)!) + 0.05);
  return onWhite >= onInk ? '#ffffff' : INK;
}

// ---------------------------------------------------------------------------------------------
// Blips

interface Paint {
  fill: string;
  /** An outline (inactive blips), drawn inside the shape's reach. */
  edge: string | null;
  ink: string;
}

interface Shape {
  markup: string;
  /** Where the number goes and the radius of the round body it must fit in. */
  cx: number;
  cy: number;
  body: number;
}

/** The radius a blip is drawn at: its relevance scales it between 0.6 and 1 of the layout's radius. */
function blipSize(blip: RadarViewBlip, blipRadius: number): number {
  if (blip.relevance === null || !Number.isFinite(blip.relevance)) return 0.8 * blipRadius;
  return blipRadius * (0.6 + 0.4 * Math.min(1, Math.max(0, blip.relevance)));
}

function circle(cx: number, cy: number, r: number, paint: Paint, stroke: number): string {
  const edge = paint.edge ? ` stroke="${paint.edge}" stroke-width="${num(stroke)}"` : '';
  return `<circle cx="${num(cx)}" cy="${num(cy)}" r="${num(r)}" fill="${paint.fill}"${edge}/>`;
}

/**
 * The shape of a blip at (x, y) reaching at most `reach` from it. `toCentre` is the unit vector
 * towards the radar's centre, which the drops of moved blips point along (or against).
 */
function blipShape(movement: Movement, x: number, y: number, reach: number, toCentre: { x: number; y: number }, paint: Paint): Shape {
  // An outline is drawn centred on the edge, so the filled shape gives up half its width.
  const stroke = paint.edge ? 0.12 * reach : 0;
  const r = reach - stroke / 2;
  if (movement === 'unchanged') return { markup: circle(x, y, r, paint, stroke), cx: x, cy: y, body: r };
  if (movement === 'new') {
    const ringWidth = 0.18 * reach;
    const ring = `<circle cx="${num(x)}" cy="${num(y)}" r="${num(reach - ringWidth / 2)}" fill="none" stroke="${paint.edge ?? paint.fill}" stroke-width="${num(ringWidth)}"/>`;
    const body = 0.68 * reach - stroke / 2;
    return { markup: ring + circle(x, y, body, paint, stroke), cx: x, cy: y, body };
  }
  // A round body pushed back from the point, and a triangle from the point to the body's tangents.
  const sign = movement === 'moved-in' ? 1 : -1;
  const ux = sign * toCentre.x;
  const uy = sign * toCentre.y;
  const body = 0.72 * reach - stroke / 2;
  const back = reach - stroke / 2 - body;
  const cx = x - back * ux;
  const cy = y - back * uy;
  const tipDistance = reach - stroke / 2 + back;
  const tip = { x: cx + tipDistance * ux, y: cy + tipDistance * uy };
  const cos = body / tipDistance;
  const sin = Math.sqrt(1 - cos * cos);
  const tangent = (side: number) => ({
    x: cx + body * (cos * ux - side * sin * uy),
    y: cy + body * (cos * uy + side * sin * ux),
  });
  const points = [tip, tangent(1), tangent(-1)].map((p) => `${num(p.x)},${num(p.y)}`).join(' ');
  const edge = paint.edge ? ` stroke="${paint.edge}" stroke-width="${num(stroke)}" stroke-linejoin="round"` : '';
  // The outline of an inactive drop would cross the body where the two meet: draw it first, then the body over it.
  return { markup: `<polygon points="${points}" fill="${paint.fill}"${edge}/>${circle(cx, cy, body, paint, stroke)}`, cx, cy, body };
}

/** The blip's number, as large as fits its round body. */
function blipNumber(shape: Shape, label: string, ink: string): string {
  // In steps of half a unit: a browser shapes text once per font size, so a few sizes draw far faster than one per blip.
  const size = Math.floor(2 * Math.min(1.2 * shape.body, (1.75 * shape.body) / (0.62 * Math.max(1, label.length)))) / 2;
  // Digits are about 0.7 em tall: a baseline 0.35 em below the centre centres them without dominant-baseline.
  return `<text x="${num(shape.cx)}" y="${num(shape.cy + 0.35 * size)}" font-size="${num(size)}" font-weight="600" text-anchor="middle" fill="${ink}">${escapeMarkup(label)}</text>`;
}

/** "12. Name, Ring: Trial, Sector: Tools, New" — the blip's hover text and accessible name. */
function blipLabel(view: RadarView, blip: RadarViewBlip, labels: Required<RadarSvgLabels>): string {
  const parts = [
    `${blip.number}. ${blip.name}`,
    `${labels.ring}: ${view.rings[blip.ring]?.name ?? ''}`,
    `${labels.sector}: ${view.sectors[blip.sector]?.name ?? ''}`,
    labels.movement[blip.movement],
  ];
  if (blip.inactive) parts.push(labels.inactive);
  return parts.join(', ');
}

function renderBlip(view: RadarView, blip: RadarViewBlip, labels: Required<RadarSvgLabels>, interactive: boolean): string {
  const size = blipSize(blip, view.blipRadius);
  const distance = Math.hypot(blip.x, blip.y);
  const toCentre = distance > 0 ? { x: -blip.x / distance, y: -blip.y / distance } : { x: 0, y: 1 };
  const fill = ringColor(view, blip.ring);
  const paint: Paint = blip.inactive ? { ...INACTIVE } : { fill, edge: null, ink: numberInk(fill) };
  const shape = blipShape(blip.movement, blip.x, blip.y, REACH * size, toCentre, paint);
  const label = escapeMarkup(blipLabel(view, blip, labels));
  const attrs = [
    `class="blip"`,
    `data-id="${escapeMarkup(blip.id)}"`,
    `data-sector="${blip.sector}"`,
    `data-ring="${blip.ring}"`,
    `data-movement="${blip.movement}"`,
    ...(blip.inactive ? ['data-inactive="true"'] : []),
    ...(interactive ? ['tabindex="0"', 'role="button"', `aria-label="${label}"`] : []),
  ];
  return `<g ${attrs.join(' ')}><title>${label}</title>${shape.markup}${blipNumber(shape, String(blip.number), paint.ink)}</g>`;
}

/**
 * A blip's shape on its own, for a legend: `movement` drawn in `color` in a `size`-pixel SVG,
 * hidden from assistive technology (the legend's text says it). Moved-in points up and moved-out
 * down, as though the centre were above.
 */
export function renderMovementSymbol(movement: Movement, color: string, size = 16): string {
  const shape = blipShape(movement, 0, 0, 9.5, { x: 0, y: -1 }, { fill: color, edge: null, ink: '#ffffff' });
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="-10 -10 20 20" width="${num(size)}" height="${num(size)}" aria-hidden="true" focusable="false">${shape.markup}</svg>`;
}

// ---------------------------------------------------------------------------------------------
// Labels and frame

/** Up to `maxLines` lines of at most `maxChars`, broken at spaces (long words cut); an ellipsis if more. */
export function wrapText(text: string, maxChars: number, maxLines: number): string[] {
  const words = text.trim().split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (let word of words) {
    while (word.length > maxChars) {
      if (line) lines.push(line);
      lines.push(word.slice(0, maxChars));
      word = word.slice(maxChars);
      line = '';
    }
    if (!line) line = word;
    else if (line.length + 1 + word.length <= maxChars) line += ` ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = `${kept[maxLines - 1]!.slice(0, maxChars - 1).trimEnd()}…`;
  return kept;
}

interface Box {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

/** Lines of text at an anchor: the markup and an estimate of the box it takes. */
function textBlock(anchor: LabelAnchor, lines: string[], size: number, attrs: string): { markup: string; box: Box } {
  const step = LINE_HEIGHT * size;
  // Baselines computed here instead of dominant-baseline, which image converters do not all honour.
  const first =
    anchor.dominantBaseline === 'alphabetic'
      ? anchor.y - (lines.length - 1) * step
      : anchor.dominantBaseline === 'hanging'
        ? anchor.y + 0.8 * size
        : anchor.y - ((lines.length - 1) * step) / 2 + 0.35 * size;
  const width = Math.max(0, ...lines.map((l) => l.length)) * CHAR_WIDTH * size;
  const minX = anchor.textAnchor === 'start' ? anchor.x : anchor.textAnchor === 'end' ? anchor.x - width : anchor.x - width / 2;
  const tspans = lines.map((l, i) => `<tspan x="${num(anchor.x)}" y="${num(first + i * step)}">${escapeMarkup(l)}</tspan>`).join('');
  return {
    markup: `<text text-anchor="${anchor.textAnchor}" font-size="${num(size)}" ${attrs}>${tspans}</text>`,
    box: { minX, maxX: minX + width, minY: first - 0.8 * size, maxY: first + (lines.length - 1) * step + 0.25 * size },
  };
}

function union(a: Box, b: Box): Box {
  return { minX: Math.min(a.minX, b.minX), minY: Math.min(a.minY, b.minY), maxX: Math.max(a.maxX, b.maxX), maxY: Math.max(a.maxY, b.maxY) };
}

/** A path from ./geometry.ts (three decimals) with its numbers at two, as everywhere else in the SVG. */
function roundPath(path: string): string {
  return path.replace(/-?\d+(?:\.\d+)?/g, (n) => num(Number(n)));
}

function safeId(prefix: string): string {
  return prefix.replace(/[^A-Za-z0-9_-]/g, '-');
}

function positive(value: number | undefined): number | null {
  return value !== undefined && Number.isFinite(value) && value > 0 ? value : null;
}

/** The radar as a complete SVG document; see the top of this file. */
export function renderRadarSvg(view: RadarView, options: RadarSvgOptions = {}): string {
  const interactive = options.interactive !== false;
  const prefix = safeId(options.idPrefix ?? 'radar-');
  const defaults = RADAR_SVG_LABELS[view.lang];
  const labels: Required<RadarSvgLabels> = { ...defaults, ...options.labels, inactive: options.labels?.inactive ?? defaults.inactive };
  const geometry = radarGeometry({ sectors: view.sectors.length, rings: view.rings.length });
  const R = geometry.radius;
  const ringCount = geometry.rings.length;

  const cells = geometry.cells
    .map((c) => `<path d="${roundPath(c.path)}" fill="${tint(ringColor(view, c.ring), c.sector % 2 === 0 ? 0.1 : 0.17)}"/>`)
    .join('');
  const borders = geometry.rings.map((r) => `<circle cx="0" cy="0" r="${num(r.outerRadius)}"/>`).join('');
  const dividers = geometry.sectors
    .map((s) => {
      const end = toSvg(R, s.startAngle);
      return `<line x1="0" y1="0" x2="${num(end.x)}" y2="${num(end.y)}"/>`;
    })
    .join('');
  const ringLabels = geometry.rings
    .map((r) => {
      const size = Math.min(16, 0.45 * (r.outerRadius - r.innerRadius));
      const name = wrapText(view.rings[r.index]?.name ?? '', 24, 1);
      // In the ring's colour, unless it is too light to read (then the blips' numbers are dark too).
      const color = ringColor(view, r.index);
      const fill = numberInk(color) === INK ? INK : color;
      return textBlock(r.label, name, size, `font-weight="600" fill="${fill}"`).markup;
    })
    .join('');
  let box: Box = { minX: -R, minY: -R, maxX: R, maxY: R };
  const sectorLabels = geometry.sectors
    .map((s) => {
      const lines = wrapText(view.sectors[s.index]?.name ?? '', SECTOR_LINE_CHARS, 2);
      const block = textBlock(s.label, lines, SECTOR_FONT, `font-weight="600" fill="${INK}"`);
      box = union(box, block.box);
      return block.markup;
    })
    .join('');
  const blips = [...view.blips]
    .sort((a, b) => a.number - b.number || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((b) => renderBlip(view, b, labels, interactive))
    .join('\n');

  const pad = 12;
  const viewBox = [box.minX - pad, box.minY - pad, box.maxX - box.minX + 2 * pad, box.maxY - box.minY + 2 * pad].map(num).join(' ');
  const width = positive(options.width);
  const height = positive(options.height);
  const size = `${width ? ` width="${num(width)}"` : ''}${height ? ` height="${num(height)}"` : ''}`;
  const text = TEXT[view.lang];
  const description = [view.subtitle, view.source ? `${text.source}: ${view.source}` : undefined]
    .filter((part): part is string => Boolean(part?.trim()))
    .map((part) => (/[.!?]$/.test(part.trim()) ? part.trim() : `${part.trim()}.`))
    .concat(text.summary(view.blips.length, view.sectors.length, ringCount))
    .join(' ');

  // An image's children are presentational, so focusable blips need a group (axe: nested-interactive).
  const role = interactive
    ? `role="group" aria-labelledby="${prefix}title" aria-describedby="${prefix}desc"`
    : `role="img" aria-labelledby="${prefix}title ${prefix}desc"`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${viewBox}"${size} ${role} font-family="${FONT_FAMILY}">`,
    `<title id="${prefix}title">${escapeMarkup(view.title)}</title>`,
    `<desc id="${prefix}desc">${escapeMarkup(description)}</desc>`,
    `<g class="radar-cells">${cells}</g>`,
    `<g class="radar-grid" fill="none" stroke="#ffffff" stroke-width="2">${dividers}${borders}</g>`,
    `<circle cx="0" cy="0" r="${num(R)}" fill="none" stroke="#8c8c8c" stroke-width="1.5"/>`,
    `<g class="radar-rings" stroke="#ffffff" stroke-width="4" stroke-linejoin="round" paint-order="stroke">${ringLabels}</g>`,
    `<g class="radar-sectors">${sectorLabels}</g>`,
    `<g class="radar-blips">`,
    blips,
    `</g>`,
    `</svg>`,
  ].join('\n');
}
