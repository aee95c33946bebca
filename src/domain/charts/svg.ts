/**
 * Small charts as SVG text, for documents generated on the server (the PDF report). Each has
 * a table with the same numbers beside it in the document.
 */

const FONT = 'font-family="IBM Plex Sans, Arial, sans-serif"';

function esc(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function fmt(value: number, decimalComma: boolean): string {
  const s = value.toFixed(value % 1 === 0 ? 0 : 1);
  return decimalComma ? s.replace('.', ',') : s;
}

export interface BarRow {
  label: string;
  value: number | null;
  /** A second value drawn as a marker (e.g. the target generation, or a benchmark). */
  marker?: number | null;
}

/** Horizontal bars from `min` to each value, with the value written at the end. */
export function horizontalBars(
  rows: BarRow[],
  opts: { min: number; max: number; width?: number; decimalComma?: boolean; colour?: string },
): string {
  const width = opts.width ?? 480;
  const labelWidth = 150;
  const barArea = width - labelWidth - 40;
  const rowHeight = 22;
  const height = rows.length * rowHeight + 24;
  const x = (v: number) => labelWidth + ((v - opts.min) / (opts.max - opts.min)) * barArea;
  const parts = rows.map((r, i) => {
    const y = 8 + i * rowHeight;
    const label = `<text x="${labelWidth - 6}" y="${y + 13}" text-anchor="end" font-size="10" ${FONT}>${esc(r.label)}</text>`;
    if (r.value === null) return `${label}<text x="${labelWidth + 4}" y="${y + 13}" font-size="10" fill="#555" ${FONT}>–</text>`;
    const bar = `<rect x="${labelWidth}" y="${y + 3}" width="${Math.max(1, x(r.value) - labelWidth)}" height="14" fill="${opts.colour ?? '#0059b3'}"/>`;
    const value = `<text x="${x(r.value) + 4}" y="${y + 13}" font-size="10" ${FONT}>${fmt(r.value, opts.decimalComma ?? true)}</text>`;
    const marker =
      r.marker === null || r.marker === undefined ? '' : `<rect x="${x(r.marker) - 1.5}" y="${y}" width="3" height="20" fill="#b3002d"/>`;
    return label + bar + value + marker;
  });
  const ticks = [opts.min, (opts.min + opts.max) / 2, opts.max]
    .map(
      (v) =>
        `<line x1="${x(v)}" y1="4" x2="${x(v)}" y2="${height - 16}" stroke="#ccc" stroke-width="0.5"/><text x="${x(v)}" y="${height - 4}" text-anchor="middle" font-size="8" fill="#555" ${FONT}>${fmt(v, opts.decimalComma ?? true)}</text>`,
    )
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${ticks}${parts.join('')}</svg>`;
}

export interface DivergingRow {
  label: string;
  /** Counts per value 1..K; the lower half disagrees, the upper half agrees, a middle value is split. */
  counts: number[];
}

const DIVERGING = ['#b3002d', '#e5818f', '#bfbfbf', '#7fa8d9', '#0059b3'];

/** One diverging stacked bar per row, centred on the neutral point, shares of the answers. */
export function divergingBars(rows: DivergingRow[], opts: { width?: number } = {}): string {
  const width = opts.width ?? 480;
  const labelWidth = 170;
  const area = width - labelWidth - 10;
  const centre = labelWidth + area / 2;
  const rowHeight = 18;
  const height = rows.length * rowHeight + 10;
  const parts = rows.map((r, i) => {
    const y = 4 + i * rowHeight;
    const total = r.counts.reduce((a, b) => a + b, 0);
    const k = r.counts.length;
    const label = `<text x="${labelWidth - 6}" y="${y + 11}" text-anchor="end" font-size="8" ${FONT}>${esc(r.label.length > 38 ? `${r.label.slice(0, 37)}…` : r.label)}</text>`;
    if (total === 0) return label;
    const share = (c: number) => (c / total) * (area / 2);
    const half = (k - 1) / 2;
    // Left side: from the centre outwards, the middle value's half first, then values below it.
    let left = centre;
    let right = centre;
    const rects: string[] = [];
    const colour = (v: number) => DIVERGING[Math.round((v / (k - 1)) * (DIVERGING.length - 1))]!;
    if (k % 2 === 1) {
      const mid = share(r.counts[half]!) / 2;
      rects.push(`<rect x="${centre - mid}" y="${y + 2}" width="${mid * 2}" height="12" fill="${colour(half)}"/>`);
      left -= mid;
      right += mid;
    }
    for (let v = Math.ceil(half) - 1; v >= 0; v--) {
      const w = share(r.counts[v]!);
      left -= w;
      rects.push(`<rect x="${left}" y="${y + 2}" width="${w}" height="12" fill="${colour(v)}"/>`);
    }
    for (let v = Math.floor(half) + 1; v < k; v++) {
      const w = share(r.counts[v]!);
      rects.push(`<rect x="${right}" y="${y + 2}" width="${w}" height="12" fill="${colour(v)}"/>`);
      right += w;
    }
    return label + rects.join('');
  });
  const axis = `<line x1="${centre}" y1="0" x2="${centre}" y2="${height}" stroke="#333" stroke-width="0.7"/>`;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${parts.join('')}${axis}</svg>`;
}
