import { useEffect } from 'react';
import { Outlet, useParams } from 'react-router';
import { updateProfile } from '../../contracts/session.js';
import { callOp } from '../api/client.js';
import { OrgScopeContext } from '../hooks/useOrgScope.js';
import { useSession } from '../hooks/useSession.js';
import { NotFoundPage } from '../pages/NotFoundPage.js';

/**
 * Pages of one organisation. Only its members get in (the API answers the same); the
 * organisation is remembered as the one last worked in, so the next visit starts there.
 */
export function OrgScope() {
  const { orgId } = useParams();
  const { user, memberships, setUser } = useSession();
  const membership = memberships.find((m) => m.orgId === orgId) ?? null;

  useEffect(() => {
    if (!membership || !user || user.lastOrgId === membership.orgId) return;
    callOp(updateProfile, { body: { lastOrgId: membership.orgId } })
      .then(setUser)
      .catch(() => undefined);
  }, [membership, user, setUser]);

  if (!membership) return <NotFoundPage />;
  return (
    <OrgScopeContext.Provider value={membership}>
      <Outlet />
    </OrgScopeContext.Provider>
  );
}
