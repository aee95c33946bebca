import type { TItem } from '../../../domain/instruments/schema.js';
import type { Language } from '../../i18n/index.js';
import { stackedSegments } from '../../lib/workshops.js';

/**
 * Colours of the answers 1–5: warm for disagreement, grey for the middle, DKFDS blues for
 * agreement (as on the results page); the numbers written on them keep 4.5:1 contrast.
 */
export const SCALE_COLOURS = [
  { fill: '#a32a00', text: '#ffffff' },
  { fill: '#eba48a', text: '#1a1a1a' },
  { fill: '#cccccc', text: '#1a1a1a' },
  { fill: '#8fb4da', text: '#1a1a1a' },
  { fill: '#004d99', text: '#ffffff' },
] as const;

/** The names of the answers 1–5 of an agreement statement: »1 – Helt uenig«, 2, 3, 4, »5 – Helt enig«. */
export function scaleNames(item: TItem | undefined, language: Language): string[] {
  const spec = item?.answer;
  return [1, 2, 3, 4, 5].map((v) => {
    if (spec?.type !== 'agreement') return String(v);
    if (v === 1) return `1 – ${spec.lowLabel[language]}`;
    if (v === 5) return `5 – ${spec.highLabel[language]}`;
    return String(v);
  });
}

/** The colour key of the scale (swatches are decorative; the words say it). */
export function ScaleKey({ names, className }: { names: string[]; className?: string }) {
  return (
    <ul className={className ? `pj-scale-key no-max-width ${className}` : 'pj-scale-key no-max-width'}>
      {names.map((name, i) => (
        <li key={name}>
          <svg className="pj-swatch" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
            <rect width="16" height="16" fill={SCALE_COLOURS[i]?.fill} />
          </svg>
          {name}
        </li>
      ))}
    </ul>
  );
}

/** A statement's answers as one bar split 1–5, drawn with SVG attributes only; decorative (the table has the numbers). */
export function StackedBar({ counts, showCounts = true }: { counts: readonly number[]; showCounts?: boolean }) {
  const segments = stackedSegments(counts).filter((s) => s.count > 0);
  return (
    <svg className="pj-stacked-bar" width="100%" aria-hidden="true" focusable="false">
      <rect x="0" y="0" width="100%" height="100%" fill="#f0f0f0" />
      {segments.map((s) => (
        <rect
          key={s.value}
          x={`${s.from * 100}%`}
          y="0"
          width={`${s.share * 100}%`}
          height="100%"
          fill={SCALE_COLOURS[s.value - 1]?.fill}
          stroke="#ffffff"
          strokeWidth="1"
        />
      ))}
      {showCounts
        ? segments
            .filter((s) => s.share >= 0.1)
            .map((s) => (
              <text
                key={`n-${s.value}`}
                x={`${(s.from + s.share / 2) * 100}%`}
                y="50%"
                dominantBaseline="central"
                textAnchor="middle"
                fill={SCALE_COLOURS[s.value - 1]?.text}
              >
                {s.count}
              </text>
            ))
        : null}
    </svg>
  );
}

/** A mean on the 1–5 scale as a bar from 1, with grid lines at 2, 3 and 4; decorative. */
export function MeanBar({ position }: { position: number }) {
  return (
    <svg className="pj-mean-bar" width="100%" aria-hidden="true" focusable="false">
      <rect x="0" y="0" width="100%" height="100%" fill="#f0f0f0" />
      <rect x="0" y="0" width={`${position * 100}%`} height="100%" fill="#004d99" />
      {[25, 50, 75].map((x) => (
        <line key={x} x1={`${x}%`} x2={`${x}%`} y1="0" y2="100%" stroke="#ffffff" strokeWidth="2" />
      ))}
    </svg>
  );
}
