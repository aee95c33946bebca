import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { listWorkshops } from '../../contracts/workshops.js';
import { callOp } from '../api/client.js';
import { Alert, StatusRegion } from '../components/Alert.js';
import { Loading } from '../components/Loading.js';
import { PageHeading } from '../components/PageHeading.js';
import { CreateWorkshopForm } from '../components/workshops/CreateWorkshopForm.js';
import { SourceNote } from '../components/workshops/SourceNote.js';
import { WorkshopsTable } from '../components/workshops/WorkshopsTable.js';
import { useAsync } from '../hooks/useAsync.js';
import { useOrgScope } from '../hooks/useOrgScope.js';
import { hasRole } from '../lib/roles.js';
import { workshopPath } from '../lib/workshops.js';

/** The organisation's leadership workshops; facilitators prepare new ones here. */
export function WorkshopsPage() {
  const { t } = useTranslation();
  const scope = useOrgScope();
  const navigate = useNavigate();
  const location = useLocation();
  const canFacilitate = hasRole(scope.role, 'facilitator');
  const workshops = useAsync((signal) => callOp(listWorkshops, { params: { orgId: scope.orgId }, signal }), [scope.orgId]);
  // A message handed over by the page we came from (a workshop was deleted).
  const message = (location.state as { message?: unknown } | null)?.message;

  return (
    <div className="pj-page">
      <PageHeading title={t('workshops.title')} documentTitle={t('workshops.documentTitle', { org: scope.orgName })} />
      <p className="font-lead">{t('workshops.intro')}</p>
      <SourceNote />

      <StatusRegion>{typeof message === 'string' ? <Alert variant="success">{message}</Alert> : null}</StatusRegion>

      <section aria-labelledby="workshops-heading" className="pj-section">
        <h2 id="workshops-heading" className="h3">
          {t('workshops.listHeading')}
        </h2>
        {workshops.status === 'loading' ? <Loading /> : null}
        {workshops.status === 'failed' ? <Alert variant="error">{workshops.error.message}</Alert> : null}
        {workshops.status === 'ready' ? (
          workshops.data.length === 0 ? (
            <p>{canFacilitate ? t('workshops.emptyFacilitator') : t('workshops.empty')}</p>
          ) : (
            <WorkshopsTable orgId={scope.orgId} orgName={scope.orgName} workshops={workshops.data} canFacilitate={canFacilitate} />
          )
        ) : null}
      </section>

      {canFacilitate ? (
        <CreateWorkshopForm
          orgId={scope.orgId}
          onCreated={(workshop) => navigate(workshopPath(scope.orgId, workshop.id), { state: { created: true } })}
        />
      ) : null}
    </div>
  );
}
