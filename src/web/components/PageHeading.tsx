import { useEffect, useRef, type ReactNode } from 'react';
import { usePageTitle } from '../hooks/usePageTitle.js';
import { claimNavigationFocus } from '../hooks/useRouteFocus.js';

/**
 * The page's one h1. It sets the document title and takes the focus after a client-side
 * navigation, so keyboard and screen-reader users start at the new page's heading.
 */
export function PageHeading({ title, documentTitle, children }: { title: string; documentTitle?: string; children?: ReactNode }) {
  usePageTitle(documentTitle ?? title);
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (claimNavigationFocus()) ref.current?.focus();
  }, []);
  return (
    <h1 ref={ref} tabIndex={-1} className="pj-page-heading">
      {children ?? title}
    </h1>
  );
}
