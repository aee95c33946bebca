import { useTranslation } from 'react-i18next';
import { Link, Navigate } from 'react-router';
import { Alert } from '../components/Alert.js';
import { PageHeading } from '../components/PageHeading.js';
import { orgPath, useCurrentOrg } from '../hooks/useCurrentOrg.js';
import { useUser } from '../hooks/useSession.js';

/** The front page leads to the current organisation; without any, it says so plainly. */
export function HomePage() {
  const { t } = useTranslation();
  const user = useUser();
  const org = useCurrentOrg();
  if (org) return <Navigate to={orgPath(org.orgId)} replace />;

  return (
    <div className="pj-page">
      <PageHeading title={t('home.title', { name: user.name })} documentTitle={t('home.documentTitle')} />
      <Alert variant="info" heading={t('home.noOrgHeading')}>
        <p>{t('home.noOrgText')}</p>
      </Alert>
      {user.isPlatformAdmin ? (
        <p>
          <Link to="/admin/organisationer" className="button button-primary">
            {t('home.createOrg')}
          </Link>
        </p>
      ) : null}
    </div>
  );
}
