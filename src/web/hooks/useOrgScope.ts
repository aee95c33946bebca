import { createContext, useContext } from 'react';
import type { TMembershipSummary } from '../../contracts/session.js';

/** The organisation of the current /org/:orgId page, from the user's memberships. */
export const OrgScopeContext = createContext<TMembershipSummary | null>(null);

export function useOrgScope(): TMembershipSummary {
  const scope = useContext(OrgScopeContext);
  if (!scope) throw new Error('useOrgScope must be used below OrgScope');
  return scope;
}
