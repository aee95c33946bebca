import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { getRadarCatalogue, listRadarEditions, listStoredRadars } from '../../../contracts/radar.js';
import { callOp } from '../../api/client.js';
import { Alert, StatusRegion } from '../../components/Alert.js';
import { Loading } from '../../components/Loading.js';
import { PageHeading } from '../../components/PageHeading.js';
import { CreateEditionForm } from '../../components/radar/hub/CreateEditionForm.js';
import { EditionsTable } from '../../components/radar/hub/EditionsTable.js';
import { ImportRadarForm } from '../../components/radar/hub/ImportRadarForm.js';
import { RadarSource } from '../../components/radar/hub/RadarSource.js';
import { StoredRadarsTable } from '../../components/radar/hub/StoredRadars.js';
import { useAsync } from '../../hooks/useAsync.js';
import { useLanguage } from '../../hooks/useLanguage.js';
import { useOrgScope } from '../../hooks/useOrgScope.js';
import { tx } from '../../lib/assessments.js';
import { editionPath, storedRadarPath } from '../../lib/radarHub.js';
import { hasRole } from '../../lib/roles.js';
import '../../styles/radar-hub.css';

/**
 * The organisation's technology radar: the editions it coordinates or answers, a new edition for
 * facilitators, and radars imported from other radar tools.
 */
export function RadarHubPage() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const scope = useOrgScope();
  const navigate = useNavigate();
  const location = useLocation();
  const canFacilitate = hasRole(scope.role, 'facilitator');
  const catalogue = useAsync((signal) => callOp(getRadarCatalogue, { signal }), []);
  const editions = useAsync((signal) => callOp(listRadarEditions, { params: { orgId: scope.orgId }, signal }), [scope.orgId]);
  const stored = useAsync((signal) => callOp(listStoredRadars, { params: { orgId: scope.orgId }, signal }), [scope.orgId]);
  // A message handed over by the page we came from (an edition was deleted).
  const message = (location.state as { message?: unknown } | null)?.message;

  return (
    <div className="pj-page pj-radar-hub">
      <PageHeading title={t('radarHub.hub.title')} documentTitle={t('radarHub.hub.documentTitle', { org: scope.orgName })} />
      <p className="font-lead">{t('radarHub.hub.intro')}</p>
      {catalogue.status === 'ready' ? (
        <>
          <RadarSource catalogue={catalogue.data} />
          <details className="details pj-radar-details">
            <summary className="details-summary">
              <span className="details-summary-text">{t('radarHub.hub.aboutSummary')}</span>
            </summary>
            <div className="details-text">
              <p>{tx(catalogue.data.description, language)}</p>
              <p>{tx(catalogue.data.ruleExplanation, language)}</p>
              <p className="pj-muted">{tx(catalogue.data.notes, language)}</p>
            </div>
          </details>
        </>
      ) : null}
      {catalogue.status === 'failed' ? <Alert variant="error">{catalogue.error.message}</Alert> : null}

      <StatusRegion>{typeof message === 'string' ? <Alert variant="success">{message}</Alert> : null}</StatusRegion>

      <section aria-labelledby="radar-editions-heading" className="pj-section">
        <h2 id="radar-editions-heading" className="h3">
          {t('radarHub.editions.heading')}
        </h2>
        <p>{t('radarHub.editions.intro')}</p>
        {editions.status === 'loading' ? <Loading /> : null}
        {editions.status === 'failed' ? <Alert variant="error">{editions.error.message}</Alert> : null}
        {editions.status === 'ready' ? (
          editions.data.length === 0 ? (
            <div className="pj-empty">
              <p>{canFacilitate ? t('radarHub.editions.emptyFacilitator') : t('radarHub.editions.empty')}</p>
            </div>
          ) : (
            <EditionsTable orgId={scope.orgId} orgName={scope.orgName} editions={editions.data} canFacilitate={canFacilitate} />
          )
        ) : null}
      </section>

      {canFacilitate && catalogue.status === 'ready' ? (
        <CreateEditionForm
          orgId={scope.orgId}
          catalogue={catalogue.data}
          onCreated={(edition) => navigate(editionPath(scope.orgId, edition.id), { state: { created: true } })}
        />
      ) : null}

      <section aria-labelledby="radar-stored-heading" className="pj-section">
        <h2 id="radar-stored-heading" className="h3">
          {t('radarHub.stored.heading')}
        </h2>
        <p>{t('radarHub.stored.intro')}</p>
        {stored.status === 'loading' ? <Loading /> : null}
        {stored.status === 'failed' ? <Alert variant="error">{stored.error.message}</Alert> : null}
        {stored.status === 'ready' ? (
          stored.data.length === 0 ? (
            <div className="pj-empty">
              <p>{canFacilitate ? t('radarHub.stored.emptyFacilitator') : t('radarHub.stored.empty')}</p>
            </div>
          ) : (
            <StoredRadarsTable orgId={scope.orgId} radars={stored.data} />
          )
        ) : null}
        {canFacilitate ? (
          <ImportRadarForm
            orgId={scope.orgId}
            onImported={(radar) => navigate(storedRadarPath(scope.orgId, radar.id), { state: { imported: true } })}
          />
        ) : null}
      </section>
    </div>
  );
}
