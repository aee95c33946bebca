import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { listRounds } from '../../contracts/assessments.js';
import { getOrganisation } from '../../contracts/organisations.js';
import { listRadarEditions } from '../../contracts/radar.js';
import { listWorkshops } from '../../contracts/workshops.js';
import { callOp } from '../api/client.js';
import { Alert } from '../components/Alert.js';
import { Loading } from '../components/Loading.js';
import { PageHeading } from '../components/PageHeading.js';
import { ToolCards } from '../components/ToolCards.js';
import { useAsync } from '../hooks/useAsync.js';
import { orgPath } from '../hooks/useCurrentOrg.js';
import { useOrgScope } from '../hooks/useOrgScope.js';
import { radarPath } from '../lib/radarHub.js';
import { hasRole } from '../lib/roles.js';
import { actionPlansPath, workshopsPath } from '../lib/workshops.js';

export function DashboardPage() {
  const { t } = useTranslation();
  const scope = useOrgScope();
  const org = useAsync((signal) => callOp(getOrganisation, { params: { orgId: scope.orgId }, signal }), [scope.orgId]);
  const rounds = useAsync((signal) => callOp(listRounds, { params: { orgId: scope.orgId }, signal }), [scope.orgId]);
  const workshops = useAsync((signal) => callOp(listWorkshops, { params: { orgId: scope.orgId }, signal }), [scope.orgId]);
  const editions = useAsync((signal) => callOp(listRadarEditions, { params: { orgId: scope.orgId }, signal }), [scope.orgId]);
  const openEditions = editions.status === 'ready' ? editions.data.filter((e) => e.status === 'open') : null;

  return (
    <div className="pj-page">
      <PageHeading title={scope.orgName} documentTitle={t('dashboard.documentTitle', { org: scope.orgName })} />
      <p className="font-lead">{t('dashboard.intro')}</p>

      <section aria-labelledby="org-facts-heading" className="pj-section">
        <h2 id="org-facts-heading" className="h3">
          {t('dashboard.factsHeading')}
        </h2>
        {org.status === 'loading' ? <Loading /> : null}
        {org.status === 'failed' ? <Alert variant="error">{org.error.message}</Alert> : null}
        {org.status === 'ready' ? (
          <dl className="pj-facts">
            <div>
              <dt>{t('org.type')}</dt>
              <dd>{t(`orgTypes.${org.data.type}`)}</dd>
            </div>
            <div>
              <dt>{t('org.municipalityCode')}</dt>
              <dd>{org.data.municipalityCode ?? t('dashboard.noMunicipalityCode')}</dd>
            </div>
            <div>
              <dt>{t('dashboard.yourRole')}</dt>
              <dd>{t(`roles.${scope.role}`)}</dd>
            </div>
            <div>
              <dt>{t('dashboard.members')}</dt>
              <dd>{org.data.memberCount}</dd>
            </div>
            <div>
              <dt>{t('dashboard.units')}</dt>
              <dd>{org.data.unitCount}</dd>
            </div>
          </dl>
        ) : null}
        {hasRole(scope.role, 'facilitator') ? (
          <p className="mt-5">
            <Link to={orgPath(scope.orgId, 'indstillinger')}>
              {hasRole(scope.role, 'admin') ? t('dashboard.manageLink') : t('dashboard.membersLink')}
            </Link>
          </p>
        ) : null}
      </section>

      <section aria-labelledby="tools-heading" className="pj-section">
        <h2 id="tools-heading" className="h3">
          {t('dashboard.toolsHeading')}
        </h2>
        <p>{t('dashboard.toolsIntro')}</p>
        <ToolCards
          maturity={{
            to: orgPath(scope.orgId, 'vurderinger'),
            openRounds: rounds.status === 'ready' ? rounds.data.filter((r) => r.status === 'open').length : null,
            error: rounds.status === 'failed' ? rounds.error.message : null,
          }}
          workshops={{
            to: workshopsPath(scope.orgId),
            running: workshops.status === 'ready' ? workshops.data.filter((w) => w.status === 'running').length : null,
            planned: workshops.status === 'ready' ? workshops.data.filter((w) => w.status === 'draft').length : null,
            total: workshops.status === 'ready' ? workshops.data.length : null,
            error: workshops.status === 'failed' ? workshops.error.message : null,
          }}
          radar={{
            to: radarPath(scope.orgId),
            toAnswer: openEditions ? openEditions.filter((e) => e.participating).length : null,
            open: openEditions ? openEditions.length : null,
            total: editions.status === 'ready' ? editions.data.length : null,
            error: editions.status === 'failed' ? editions.error.message : null,
          }}
          actionPlans={{ to: actionPlansPath(scope.orgId) }}
        />
      </section>
    </div>
  );
}
