import type { ReactNode } from 'react';
import { Icon, type IconName } from './Icon.js';

type Variant = 'success' | 'error' | 'info' | 'warning';

const ICON: Record<Variant, IconName> = { success: 'success', error: 'error', info: 'info', warning: 'warning' };

/** A DKFDS alert box. Put it inside a live region (StatusRegion) when it appears after an action. */
export function Alert({
  variant,
  heading,
  children,
  className,
}: {
  variant: Variant;
  heading?: ReactNode;
  children?: ReactNode;
  className?: string;
}) {
  return (
    <div className={`alert alert-${variant}${className ? ` ${className}` : ''}`}>
      <Icon name={ICON[variant]} className="alert-icon" />
      <div className="alert-body">
        {heading ? <p className="alert-heading">{heading}</p> : null}
        {children ? <div className="alert-text">{children}</div> : null}
      </div>
    </div>
  );
}

/** A polite live region that is always present, so that messages put into it are announced. */
export function StatusRegion({ children, className }: { children?: ReactNode; className?: string }) {
  return (
    <div role="status" aria-live="polite" className={className}>
      {children}
    </div>
  );
}
