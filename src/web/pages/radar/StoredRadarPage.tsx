import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { deleteStoredRadar, exportStoredRadar, getStoredRadar } from '../../../contracts/radar.js';
import { callOp, downloadOp } from '../../api/client.js';
import { Alert, StatusRegion } from '../../components/Alert.js';
import { ConfirmDialog } from '../../components/Dialog.js';
import { Loading } from '../../components/Loading.js';
import { PageHeading } from '../../components/PageHeading.js';
import { RadarChart } from '../../components/radar/RadarChart.js';
import { RadarExports } from '../../components/radar/RadarExports.js';
import { useAction } from '../../hooks/useAction.js';
import { useAsync } from '../../hooks/useAsync.js';
import { useLanguage } from '../../hooks/useLanguage.js';
import { useOrgScope } from '../../hooks/useOrgScope.js';
import { formatDateTime, isoDate } from '../../lib/format.js';
import { fileSlug, radarHubPath } from '../../lib/radarView.js';
import { hasRole } from '../../lib/roles.js';

/**
 * A radar imported from another radar tool: the radar with its legend and table (a blip shows its
 * details; there is no technology page), downloads in every format, and deleting it.
 */
export function StoredRadarPage() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const scope = useOrgScope();
  const navigate = useNavigate();
  // Set by the import form when it hands over to this page.
  const imported = (useLocation().state as { imported?: unknown } | null)?.imported === true;
  const radarId = useParams().radarId ?? '';
  const canFacilitate = hasRole(scope.role, 'facilitator');
  const [confirming, setConfirming] = useState(false);
  const remove = useAction();
  const params = { orgId: scope.orgId, radarId };
  const view = useAsync(
    (signal) => callOp(getStoredRadar, { params, query: { lang: language }, signal }),
    [scope.orgId, radarId, language],
  );

  if (view.status === 'loading') return <Loading />;
  if (view.status === 'failed') {
    return (
      <div className="pj-page">
        <PageHeading title={t('radarView.stored.loadFailed')} />
        <Alert variant="error">{view.error.message}</Alert>
        <p>
          <Link to={radarHubPath(scope.orgId)}>{t('radarView.backToHub')}</Link>
        </p>
      </div>
    );
  }

  const radar = view.data;
  return (
    <div className="pj-page pj-radar-page">
      <PageHeading title={radar.title} documentTitle={t('radarView.stored.documentTitle', { title: radar.title })} />
      {radar.subtitle ? <p className="font-lead">{radar.subtitle}</p> : null}
      <StatusRegion>
        {imported ? <Alert variant="success">{t('radarView.stored.imported', { count: radar.blips.length })}</Alert> : null}
      </StatusRegion>
      <p>{t('radarView.stored.intro')}</p>
      {radar.source ? (
        <p className="pj-source">
          <span className="weight-semibold">{t('radarView.source.label')}</span> {radar.source}
        </p>
      ) : null}
      {radar.generatedAt ? (
        <p className="pj-muted">
          {t('radarView.stored.generated')} <time dateTime={isoDate(radar.generatedAt)}>{formatDateTime(radar.generatedAt, language)}</time>
        </p>
      ) : null}
      <p className="pj-row-actions pj-radar-controls">
        <Link to={radarHubPath(scope.orgId)}>{t('radarView.backToHub')}</Link>
      </p>

      <section className="pj-section pj-radar-view" aria-labelledby="radar-heading">
        <h2 id="radar-heading" className="h3">
          {t('radarView.stored.heading')}
        </h2>
        {radar.blips.length === 0 ? <p>{t('radarView.view.empty')}</p> : <RadarChart view={radar} idPrefix="radar-" headingLevel={3} />}
      </section>

      {radar.blips.length > 0 ? (
        <RadarExports
          view={radar}
          idPrefix="radar-"
          fileName={fileSlug(radar.title)}
          fetchFile={(format, fallback) => downloadOp(exportStoredRadar, { params, query: { format, lang: language } }, fallback)}
        />
      ) : null}

      {canFacilitate ? (
        <section className="pj-section pj-radar-controls" aria-labelledby="delete-heading">
          <h2 id="delete-heading" className="h3">
            {t('radarView.stored.deleteHeading')}
          </h2>
          <p>{t('radarView.stored.deleteIntro')}</p>
          <button type="button" className="button button-warning" onClick={() => setConfirming(true)}>
            {t('radarView.stored.delete')}
          </button>
          <ConfirmDialog
            open={confirming}
            title={t('radarView.stored.deleteTitle', { title: radar.title })}
            confirmLabel={t('radarView.stored.deleteConfirm')}
            busy={remove.busy}
            error={remove.error}
            onCancel={() => {
              setConfirming(false);
              remove.setError(null);
            }}
            onConfirm={() =>
              void remove.run(async () => {
                await callOp(deleteStoredRadar, { params });
                setConfirming(false);
                navigate(radarHubPath(scope.orgId), { state: { message: t('radarView.stored.deleted', { title: radar.title }) } });
              })
            }
          >
            <p>{t('radarView.stored.deleteText')}</p>
          </ConfirmDialog>
        </section>
      ) : null}
    </div>
  );
}
