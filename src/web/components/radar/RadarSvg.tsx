import { useEffect, useLayoutEffect, useMemo, useRef, useState, type FocusEvent, type KeyboardEvent, type MouseEvent } from 'react';
import { renderRadarSvg } from '../../../domain/radar/svg.js';
import { nextInOrder, type TRadarView } from '../../lib/radarView.js';

function blipOf(target: EventTarget | null): SVGGElement | null {
  return target instanceof Element ? target.closest<SVGGElement>('g.blip') : null;
}

function blipIdOf(target: EventTarget | null): string | null {
  return blipOf(target)?.getAttribute('data-id') ?? null;
}

/**
 * The radar drawn by the shared SVG renderer and put into the page as it is (the same picture as
 * the exports). React listens on the container: hovering or focusing a blip previews it, a click,
 * Enter or Space activates it, and the arrow keys, Home and End move between blips in legend order.
 * Only one blip is in the tab order at a time (a roving tab stop), so the radar is one Tab press
 * however many blips it has. Blips that do not match the filter are dimmed with a class and left
 * out of the keyboard order; the selected blip is marked with a class. No inline styles.
 */
export function RadarSvg({
  view,
  idPrefix,
  order,
  matching,
  filtering,
  selectedId,
  onPreview,
  onActivate,
}: {
  view: TRadarView;
  idPrefix: string;
  /** Ids of the blips the keyboard moves between, in legend order (those matching the filter). */
  order: readonly string[];
  matching: ReadonlySet<string>;
  filtering: boolean;
  selectedId: string | null;
  onPreview: (id: string | null) => void;
  onActivate: (id: string) => void;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const [current, setCurrent] = useState<string | null>(null);
  const markup = useMemo(() => renderRadarSvg(view, { interactive: true, idPrefix }), [view, idPrefix]);
  const tabStop = current !== null && order.includes(current) ? current : (order[0] ?? null);

  useLayoutEffect(() => {
    const container = ref.current;
    if (!container) return;
    for (const g of container.querySelectorAll<SVGGElement>('g.blip')) {
      const id = g.getAttribute('data-id') ?? '';
      const dimmed = filtering && !matching.has(id);
      g.classList.toggle('is-dimmed', dimmed);
      g.classList.toggle('is-selected', id === selectedId);
      g.setAttribute('tabindex', id === tabStop ? '0' : '-1');
    }
  }, [markup, matching, filtering, selectedId, tabStop]);

  // The preview ends when the radar goes (a new view is loaded).
  useEffect(() => () => onPreview(null), [markup, onPreview]);

  const focusBlip = (id: string) => {
    const g = ref.current?.querySelector<SVGGElement>(`g.blip[data-id="${CSS.escape(id)}"]`);
    if (!g) return;
    setCurrent(id);
    g.setAttribute('tabindex', '0');
    g.focus();
  };

  const handleKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const id = blipIdOf(event.target);
    if (!id) return;
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onActivate(id);
      return;
    }
    const next = nextInOrder(order, id, event.key);
    if (next) {
      event.preventDefault();
      focusBlip(next);
    }
  };

  const handleClick = (event: MouseEvent<HTMLDivElement>) => {
    const id = blipIdOf(event.target);
    if (!id) return;
    setCurrent(id);
    onActivate(id);
  };

  const handleFocus = (event: FocusEvent<HTMLDivElement>) => {
    const id = blipIdOf(event.target);
    if (!id) return;
    setCurrent(id);
    onPreview(id);
  };

  const handleBlur = (event: FocusEvent<HTMLDivElement>) => {
    if (!blipOf(event.relatedTarget)) onPreview(null);
  };

  const handleMouseOver = (event: MouseEvent<HTMLDivElement>) => {
    const id = blipIdOf(event.target);
    if (id) onPreview(id);
  };

  const handleMouseLeave = () => {
    const focused = blipIdOf(document.activeElement);
    onPreview(focused && ref.current?.contains(document.activeElement) ? focused : null);
  };

  return (
    <div
      ref={ref}
      className={filtering ? 'pj-radar-svg is-filtering' : 'pj-radar-svg'}
      // The renderer's output: escaped text and presentation attributes only (see src/domain/radar/svg.ts).
      dangerouslySetInnerHTML={{ __html: markup }}
      onKeyDown={handleKeyDown}
      onClick={handleClick}
      onFocus={handleFocus}
      onBlur={handleBlur}
      onMouseOver={handleMouseOver}
      onMouseLeave={handleMouseLeave}
    />
  );
}

/** Scrolls a radar's blip into view (when it is chosen in the legend), without moving the focus. */
export function revealRadarBlip(container: ParentNode | null, id: string): void {
  container?.querySelector<SVGGElement>(`g.blip[data-id="${CSS.escape(id)}"]`)?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
}
