import { spreadSegments, spreadTotal } from '../../lib/radarView.js';

export interface SpreadCount {
  option: string;
  label: string;
  count: number;
}

/**
 * Colours of the spread answers from »in operation« to »not considered«: DKFDS blues from dark
 * to light, and grey for »don't know«; the counts written on them keep 4.5:1 contrast.
 */
const SPREAD_COLOURS = [
  { fill: '#003366', text: '#ffffff' },
  { fill: '#2b6aa8', text: '#ffffff' },
  { fill: '#8fb4da', text: '#1a1a1a' },
  { fill: '#d6e4f2', text: '#1a1a1a' },
] as const;
const DONT_KNOW = { fill: '#bfbfbf', text: '#1a1a1a' } as const;

/** The colour of an answer option: grey for »ved ikke«, otherwise by its place in the scale. */
export function spreadColour(option: string, index: number): { fill: string; text: string } {
  if (option === 'ved-ikke' || option === 'dont-know') return DONT_KNOW;
  return SPREAD_COLOURS[Math.min(index, SPREAD_COLOURS.length - 1)]!;
}

/**
 * The spread of answers as one bar split by option, drawn with SVG attributes only. The bar is
 * decorative; the key under it (or a table beside it) says the numbers.
 */
export function SpreadBar({
  spread,
  showKey = false,
  className,
}: {
  spread: readonly SpreadCount[];
  showKey?: boolean;
  className?: string;
}) {
  const segments = spreadSegments(spread);
  return (
    <div className={className ? `pj-radar-spread ${className}` : 'pj-radar-spread'}>
      <svg className="pj-radar-spread-bar" width="100%" aria-hidden="true" focusable="false">
        <rect x="0" y="0" width="100%" height="100%" fill="#f0f0f0" />
        {segments.map((s) => {
          const colour = spreadColour(spread[s.index]?.option ?? '', s.index);
          return (
            <g key={s.index}>
              <rect
                x={`${s.from * 100}%`}
                y="0"
                width={`${s.share * 100}%`}
                height="100%"
                fill={colour.fill}
                stroke="#ffffff"
                strokeWidth="1"
              />
              {s.share >= 0.12 ? (
                <text x={`${(s.from + s.share / 2) * 100}%`} y="50%" dominantBaseline="central" textAnchor="middle" fill={colour.text}>
                  {s.count}
                </text>
              ) : null}
            </g>
          );
        })}
      </svg>
      {showKey ? (
        <ul className="pj-radar-spread-key">
          {spread.map((s, i) => (
            <li key={s.option}>
              <svg className="pj-swatch" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
                <rect width="16" height="16" fill={spreadColour(s.option, i).fill} />
              </svg>
              {s.label}: <span className="pj-num">{s.count}</span>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

/** The answers as plain text, options nobody chose left out: »I drift 3, Afprøves 2« (for tables and text alternatives). */
export function spreadText(spread: readonly SpreadCount[] | undefined): string {
  if (!spread || spreadTotal(spread) === 0) return '–';
  return spread
    .filter((s) => s.count > 0)
    .map((s) => `${s.label} ${s.count}`)
    .join(', ');
}
