import { createContext, useContext } from 'react';
import type { TMe, TMembershipSummary, TSession } from '../../contracts/session.js';

export interface SessionContextValue {
  /** 'loading' until the first GET /api/session has answered. */
  status: 'loading' | 'ready' | 'failed';
  user: TMe | null;
  memberships: TMembershipSummary[];
  /** Replace the session with an answer from login, acceptInvite or getSession. */
  setSession: (session: TSession) => void;
  /** Fetch the session again (after changes to memberships or the password). */
  refresh: () => Promise<TSession | null>;
  /** Update the signed-in user after PATCH /api/me. */
  setUser: (user: TMe) => void;
  signOut: () => Promise<void>;
}

export const SessionContext = createContext<SessionContextValue | null>(null);

export function useSession(): SessionContextValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession must be used inside SessionProvider');
  return value;
}

/** The signed-in user; only for components rendered behind the sign-in guard. */
export function useUser(): TMe {
  const { user } = useSession();
  if (!user) throw new Error('useUser needs a signed-in user');
  return user;
}
