import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { getSession, logout } from '../../contracts/session.js';
import type { TMe, TSession } from '../../contracts/session.js';
import { callOp, configureClient, setCsrfToken } from '../api/client.js';
import { SessionContext, type SessionContextValue } from '../hooks/useSession.js';
import { applyLanguage } from '../i18n/index.js';

const SIGNED_OUT: TSession = { user: null, memberships: [], csrfToken: null };

/** Loads the session once, keeps the CSRF token and language in step with it, and shares it. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [status, setStatus] = useState<SessionContextValue['status']>('loading');
  const [session, setSessionState] = useState<TSession>(SIGNED_OUT);
  const lastLocale = useRef<string | null>(null);

  const setSession = useCallback((next: TSession) => {
    setCsrfToken(next.csrfToken);
    // The saved language of a user wins when they sign in or reload; later switches are local.
    if (next.user && next.user.locale !== lastLocale.current) void applyLanguage(next.user.locale);
    lastLocale.current = next.user?.locale ?? null;
    setSessionState(next);
    setStatus('ready');
  }, []);

  const refresh = useCallback(async () => {
    try {
      const next = await callOp(getSession);
      setSession(next);
      return next;
    } catch {
      setStatus((s) => (s === 'loading' ? 'failed' : s));
      return null;
    }
  }, [setSession]);

  const setUser = useCallback((user: TMe) => {
    lastLocale.current = user.locale;
    setSessionState((s) => ({ ...s, user }));
  }, []);

  const signOut = useCallback(async () => {
    try {
      await callOp(logout);
    } finally {
      setSession(SIGNED_OUT);
    }
  }, [setSession]);

  useEffect(() => {
    configureClient({
      onUnauthenticated: () => setSession(SIGNED_OUT),
      onPasswordChangeRequired: () => void refresh(),
      refreshCsrf: async () => (await refresh())?.csrfToken ?? null,
    });
    void refresh();
  }, [refresh, setSession]);

  const value = useMemo<SessionContextValue>(
    () => ({ status, user: session.user, memberships: session.memberships, setSession, refresh, setUser, signOut }),
    [status, session, setSession, refresh, setUser, signOut],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}
