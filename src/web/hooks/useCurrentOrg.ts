import { useMatch } from 'react-router';
import type { TMembershipSummary } from '../../contracts/session.js';
import { useSession } from './useSession.js';

/**
 * The organisation the user is working in: the one in the address when they are a member of it,
 * otherwise the one they used last, otherwise their first.
 */
export function useCurrentOrg(): TMembershipSummary | null {
  const { user, memberships } = useSession();
  const match = useMatch('/org/:orgId/*');
  const fromUrl = match?.params.orgId;
  const find = (id: string | null | undefined) => (id ? memberships.find((m) => m.orgId === id) : undefined);
  return find(fromUrl) ?? find(user?.lastOrgId) ?? memberships[0] ?? null;
}

export function orgPath(orgId: string, page?: 'indstillinger' | 'log' | 'vurderinger'): string {
  return page ? `/org/${orgId}/${page}` : `/org/${orgId}`;
}
