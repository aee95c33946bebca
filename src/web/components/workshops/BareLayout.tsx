import { SessionOutlet } from '../Layout.js';

/**
 * A page without the app's header, menu and footer (the projector view): only the main
 * landmark, waiting for the session like the normal layout does.
 */
export function BareLayout() {
  return (
    <main id="main-content" tabIndex={-1} className="pj-bare">
      <SessionOutlet failedClassName="pj-page container" />
    </main>
  );
}
