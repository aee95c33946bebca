/**
 * Focus management on client-side navigation: the layout marks that a navigation happened, and
 * the next page heading to mount takes the focus (so screen readers announce the new page).
 */
let pending = false;

export function markNavigation(): void {
  pending = true;
}

/** Returns true once per navigation: the caller should take the focus. */
export function claimNavigationFocus(): boolean {
  const claim = pending;
  pending = false;
  return claim;
}
