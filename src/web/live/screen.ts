import { useEffect } from 'react';

/** Every screen's h1 carries this id and tabIndex -1, so focus can move to it. */
export const HEADING_ID = 'lv-heading';

let shown = false;

/**
 * When the view moves to another screen (joined, rules accepted, the facilitator moved on), focus
 * goes to its heading so a screen reader announces where the participant is. The first screen of
 * a visit keeps focus where the browser put it; "connecting" does not count as a screen yet.
 */
export function useScreen(key: string, title: string): void {
  useEffect(() => {
    document.title = `${title} – Pejling`;
  }, [title]);
  useEffect(() => {
    if (!shown) {
      if (key !== 'loading') shown = true;
      return;
    }
    document.getElementById(HEADING_ID)?.focus({ preventScroll: false });
  }, [key]);
}
