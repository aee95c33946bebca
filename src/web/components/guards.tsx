import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation } from 'react-router';
import { useSession } from '../hooks/useSession.js';
import { PageHeading } from './PageHeading.js';
import { Alert } from './Alert.js';

export const CHANGE_PASSWORD_PATH = '/skift-adgangskode';

/** Pages for signed-in users: others go to the login page (and come back after logging in). */
export function RequireSignedIn() {
  const { user } = useSession();
  const location = useLocation();
  if (!user) return <Navigate to="/login" replace state={{ from: `${location.pathname}${location.search}` }} />;
  if (user.mustChangePassword && location.pathname !== CHANGE_PASSWORD_PATH) return <Navigate to={CHANGE_PASSWORD_PATH} replace />;
  return <Outlet />;
}

/** The login page is for signed-out visitors only. */
export function RequireSignedOut() {
  const { user } = useSession();
  if (user) return <Navigate to="/" replace />;
  return <Outlet />;
}

/** Platform administration. */
export function RequirePlatformAdmin() {
  const { user } = useSession();
  if (!user?.isPlatformAdmin) return <NoAccess />;
  return <Outlet />;
}

export function NoAccess({ message }: { message?: string }) {
  const { t } = useTranslation();
  return (
    <div className="pj-page">
      <PageHeading title={t('noAccess.title')} />
      <Alert variant="info">{message ?? t('noAccess.text')}</Alert>
    </div>
  );
}
