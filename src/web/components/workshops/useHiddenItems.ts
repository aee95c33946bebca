import { useLayoutEffect, useRef, useState } from 'react';

/**
 * How many items of a list that is cut at its bottom (overflow hidden) are not fully in view, so a
 * projector can say »+3 more« instead of cutting silently. Measured when `content` changes and
 * whenever the list or an item changes size.
 */
export function useHiddenItems<T extends HTMLElement>(content: unknown) {
  const ref = useRef<T>(null);
  const [hidden, setHidden] = useState(0);
  useLayoutEffect(() => {
    const list = ref.current;
    if (!list) {
      setHidden(0);
      return;
    }
    const measure = () => {
      const bottom = list.getBoundingClientRect().bottom + 1;
      let count = 0;
      for (const item of Array.from(list.children)) if (item.getBoundingClientRect().bottom > bottom) count++;
      setHidden(count);
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(list);
    for (const item of Array.from(list.children)) observer.observe(item);
    return () => observer.disconnect();
  }, [content]);
  return { ref, hidden };
}
