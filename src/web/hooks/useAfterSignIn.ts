import { useCallback } from 'react';
import { useNavigate } from 'react-router';
import type { TSession } from '../../contracts/session.js';
import { CHANGE_PASSWORD_PATH } from '../components/guards.js';
import { orgPath } from './useCurrentOrg.js';
import { useSession } from './useSession.js';

/** Where a person lands after signing in: a forced password change, the page they came for, or their organisation. */
export function landingPath(session: TSession, from?: string | null): string {
  const user = session.user;
  if (!user) return '/login';
  if (user.mustChangePassword) return CHANGE_PASSWORD_PATH;
  if (from && from.startsWith('/') && !from.startsWith('//') && from !== '/login') return from;
  const last = session.memberships.find((m) => m.orgId === user.lastOrgId) ?? session.memberships[0];
  return last ? orgPath(last.orgId) : '/';
}

export function useAfterSignIn(): (session: TSession, from?: string | null) => void {
  const { setSession } = useSession();
  const navigate = useNavigate();
  return useCallback(
    (session: TSession, from?: string | null) => {
      setSession(session);
      navigate(landingPath(session, from), { replace: true });
    },
    [setSession, navigate],
  );
}
