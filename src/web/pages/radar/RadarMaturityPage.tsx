import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { getRadarMaturity, type TRadarCatalogue } from '../../../contracts/radar.js';
import { callOp } from '../../api/client.js';
import { Alert } from '../../components/Alert.js';
import { Loading } from '../../components/Loading.js';
import { PageHeading } from '../../components/PageHeading.js';
import { BackToHub, EditionLoadFailed, useEditionWith } from '../../components/radar/hub/EditionPage.js';
import { MaturityForm } from '../../components/radar/hub/MaturityForm.js';
import { RadarSource } from '../../components/radar/hub/RadarSource.js';
import { useLanguage } from '../../hooks/useLanguage.js';
import { useOrgScope } from '../../hooks/useOrgScope.js';
import { tx } from '../../lib/assessments.js';
import { editionPath, jointRadarPath, trlSpan } from '../../lib/radarHub.js';
import '../../styles/radar-hub.css';

/**
 * Experts of the coordinating organisation rate each technology's technical maturity on the
 * catalogue's scale, a simplification of NASA's Technology Readiness Levels, documented here.
 */
export function RadarMaturityPage() {
  const { t } = useTranslation();
  const scope = useOrgScope();
  const editionId = useParams().editionId ?? '';
  const data = useEditionWith(scope.orgId, editionId, async (edition, params, signal) => ({
    ratings: edition.coordinating && edition.status !== 'draft' ? await callOp(getRadarMaturity, { params, signal }) : null,
  }));

  if (data.status === 'loading') return <Loading />;
  if (data.status === 'failed') {
    return <EditionLoadFailed title={t('radarHub.maturity.loadFailed')} message={data.error.message} orgId={scope.orgId} />;
  }

  const { edition, catalogue, ratings } = data.data;
  const title = t('radarHub.maturity.title', { name: t('radarHub.editions.editionName', { name: edition.name }) });
  const blocked = !edition.coordinating
    ? t('radarHub.maturity.notCoordinator', { coordinator: edition.coordinator.name })
    : edition.status === 'draft'
      ? t('radarHub.maturity.notOpenYet')
      : null;

  return (
    <div className="pj-page pj-radar-maturity-page">
      <BackToHub orgId={scope.orgId} className="pj-radar-back" />
      <PageHeading title={title} />
      <p className="font-lead">{t('radarHub.maturity.intro')}</p>
      {blocked || !ratings ? (
        <>
          <Alert variant="info" heading={t('radarHub.maturity.blockedHeading')}>
            <p>{blocked}</p>
          </Alert>
          <p>
            <Link to={editionPath(scope.orgId, edition.id)}>{t('radarHub.answer.toEdition')}</Link>
          </p>
        </>
      ) : null}
      <MaturityScale maturity={catalogue.maturity} />
      <RadarSource catalogue={catalogue} />

      {blocked || !ratings ? null : (
        <>
          {edition.status === 'closed' ? (
            <Alert variant="info" heading={t('radarHub.maturity.closedHeading')}>
              <p>{t('radarHub.maturity.closedText')}</p>
              <p>
                <Link to={jointRadarPath(scope.orgId, edition.id)}>{t('radarHub.answer.toRadar')}</Link>
              </p>
            </Alert>
          ) : (
            <p>{t('radarHub.maturity.howTo')}</p>
          )}
          <MaturityForm
            key={edition.id}
            orgId={scope.orgId}
            edition={edition}
            maturity={catalogue.maturity}
            initial={ratings}
            readOnly={edition.status !== 'open'}
          />
        </>
      )}
    </div>
  );
}

/** The scale and what it rests on: the basis text and each level with its description and TRL span. */
function MaturityScale({ maturity }: { maturity: TRadarCatalogue['maturity'] }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const col = {
    level: t('radarHub.maturity.scale.level'),
    description: t('radarHub.maturity.scale.description'),
    trl: t('radarHub.maturity.scale.trl'),
  };
  return (
    <section className="pj-radar-scale" aria-labelledby="radar-scale-heading">
      <h2 className="h4" id="radar-scale-heading">
        {t('radarHub.maturity.scale.heading')}
      </h2>
      <p>{tx(maturity.basis, language)}</p>
      <table className="table table--compact table-md-responsive-headers pj-table">
        <caption className="sr-only">{t('radarHub.maturity.scale.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{col.level}</th>
            <th scope="col">{col.description}</th>
            <th scope="col">{col.trl}</th>
          </tr>
        </thead>
        <tbody>
          {maturity.levels.map((level) => (
            <tr key={level.level}>
              <th scope="row" data-title={col.level}>
                {t('radarHub.maturity.level', { level: level.level })}: {tx(level.label, language)}
              </th>
              <td data-title={col.description}>{tx(level.description, language)}</td>
              <td data-title={col.trl} className="pj-radar-nowrap">
                {trlSpan(level.trl)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
