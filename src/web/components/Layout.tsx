import { Suspense, useEffect, useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation } from 'react-router';
import { useSession } from '../hooks/useSession.js';
import { claimNavigationFocus, markNavigation } from '../hooks/useRouteFocus.js';
import { Alert } from './Alert.js';
import { Footer } from './Footer.js';
import { Header } from './Header.js';
import { Loading } from './Loading.js';

/** Header, main content and footer around every page, with focus management on navigation. */
export function Layout() {
  const location = useLocation();
  const first = useRef(true);

  // A layout effect runs before the new page's effects, so its heading can claim the focus.
  useLayoutEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    markNavigation();
    window.scrollTo(0, 0);
  }, [location.pathname]);

  // Pages without a heading yet (still loading their code) fall back to focusing <main>.
  useEffect(() => {
    const timer = window.setTimeout(() => {
      if (claimNavigationFocus()) document.getElementById('main-content')?.focus();
    }, 2000);
    return () => window.clearTimeout(timer);
  }, [location.pathname]);

  return (
    <>
      <Header />
      <main id="main-content" tabIndex={-1} className="pj-main">
        <div className="container">
          <SessionOutlet />
        </div>
      </main>
      <Footer />
    </>
  );
}

/** The page once the session is known: a spinner while it loads, a way to try again if the service is down. */
export function SessionOutlet({ failedClassName = 'pj-page' }: { failedClassName?: string }) {
  const { t } = useTranslation();
  const { status, refresh } = useSession();
  return (
    <>
      {status === 'loading' ? <Loading /> : null}
      {status === 'failed' ? (
        <div className={failedClassName}>
          <h1>{t('errors.serviceUnavailableTitle')}</h1>
          <Alert variant="error">{t('errors.serviceUnavailable')}</Alert>
          <button type="button" className="button button-primary" onClick={() => void refresh()}>
            {t('common.tryAgain')}
          </button>
        </div>
      ) : null}
      {status === 'ready' ? (
        <Suspense fallback={<Loading />}>
          <Outlet />
        </Suspense>
      ) : null}
    </>
  );
}
