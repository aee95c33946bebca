import { useEffect, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { TItem } from '../../../../domain/instruments/schema.js';
import { useLanguage } from '../../../hooks/useLanguage.js';
import { divergingSegments, sideShares, tx } from '../../../lib/assessments.js';
import { formatPercent } from '../../../lib/format.js';

/**
 * Colours from the low to the high end of a scale: warm for disagreement, grey for the middle,
 * DKFDS blues for agreement; the labels on them keep 4.5:1 contrast.
 */
const SCALE_COLOURS: Record<number, { fill: string; text: string }[]> = {
  5: [
    { fill: '#a32a00', text: '#ffffff' },
    { fill: '#eba48a', text: '#1a1a1a' },
    { fill: '#cccccc', text: '#1a1a1a' },
    { fill: '#8fb4da', text: '#1a1a1a' },
    { fill: '#004d99', text: '#ffffff' },
  ],
};

function coloursFor(k: number): { fill: string; text: string }[] {
  const known = SCALE_COLOURS[k];
  if (known) return known;
  const five = SCALE_COLOURS[5]!;
  // Other scale lengths: spread the five colours over the K values.
  return Array.from({ length: k }, (_, i) => five[Math.round((i / Math.max(1, k - 1)) * 4)]!);
}

const LABEL_MIN_PX = 40;

/** The rendered width of an element in pixels, following resizes. */
function useWidth(ref: RefObject<Element | null>): number {
  const [width, setWidth] = useState(0);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => setWidth(entry?.contentRect.width ?? 0));
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}

/** The names of the values 1..K of an item's scale, the ends with their labels. */
export function scaleLabels(item: TItem, language: 'da' | 'en'): string[] {
  const spec = item.answer;
  if (spec.type === 'agreement') {
    return Array.from({ length: spec.max - spec.min + 1 }, (_, i) => {
      const v = spec.min + i;
      if (v === spec.min) return `${v} – ${tx(spec.lowLabel, language)}`;
      if (v === spec.max) return `${v} – ${tx(spec.highLabel, language)}`;
      return String(v);
    });
  }
  if (spec.type === 'level') return spec.options.map((o) => `${o.value}. ${tx(o.label, language)}`);
  return [];
}

/** The colour key of a scale's values (decorative swatches; the words carry the meaning). */
export function ScaleLegend({ item }: { item: TItem }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const labels = scaleLabels(item, language);
  const colours = coloursFor(labels.length);
  return (
    <div className="pj-legend">
      <ul>
        {labels.map((label, i) => (
          <li key={label}>
            <svg className="pj-swatch" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
              <rect width="16" height="16" fill={colours[i]?.fill} />
            </svg>
            {label}
          </li>
        ))}
      </ul>
      <p className="pj-legend-note">{t('results.items.legendNote')}</p>
    </div>
  );
}

/**
 * An item's answers as a diverging stacked bar: the low end left of the centre line, the high end
 * right, the middle value split across it; "don't know" is counted beside the bar, not in it.
 */
export function DivergingBar({
  item,
  distribution,
  dontKnow,
  label,
}: {
  item: TItem;
  distribution: number[];
  dontKnow: number;
  /** What the bar is about (the statement's number), for the screen-reader summary. */
  label: string;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const segments = divergingSegments(distribution);
  const colours = coloursFor(distribution.length);
  const sides = sideShares(distribution);
  const agreement = item.answer.type === 'agreement';
  const summary =
    segments.length === 0
      ? t('results.items.barEmpty', { label })
      : t(agreement ? 'results.items.barSummaryAgreement' : 'results.items.barSummaryLevel', {
          label,
          low: formatPercent(sides.disagree, language),
          middle: formatPercent(sides.neutral, language),
          high: formatPercent(sides.agree, language),
        });
  const svg = useRef<SVGSVGElement>(null);
  const pixels = useWidth(svg);
  const x = (pos: number) => `${50 + pos * 50}%`;
  const width = (from: number, to: number) => `${(to - from) * 50}%`;

  return (
    <div className="pj-diverging">
      <svg ref={svg} className="pj-diverging-bar" role="img" aria-label={summary} width="100%" height="28" focusable="false">
        <rect x="0" y="0" width="100%" height="28" fill="#f5f5f5" />
        {segments
          .filter((s) => s.share > 0)
          .map((s) => (
            <rect
              key={s.value}
              x={x(s.from)}
              y="2"
              width={width(s.from, s.to)}
              height="24"
              fill={colours[s.value - 1]?.fill}
              stroke="#ffffff"
              strokeWidth="1"
            />
          ))}
        <line x1="50%" x2="50%" y1="0" y2="28" stroke="#1a1a1a" strokeWidth="2" />
        {segments
          // A percentage is written on a segment only where it fits.
          .filter((s) => (s.to - s.from) * 0.5 * pixels >= LABEL_MIN_PX)
          .map((s) => (
            <text
              key={`label-${s.value}`}
              x={x((s.from + s.to) / 2)}
              y="19"
              textAnchor="middle"
              fontSize="12"
              fill={colours[s.value - 1]?.text}
            >
              {formatPercent(s.share, language)}
            </text>
          ))}
      </svg>
      <span className="pj-dont-know-count">{t('results.items.dontKnowCount', { count: dontKnow })}</span>
    </div>
  );
}
