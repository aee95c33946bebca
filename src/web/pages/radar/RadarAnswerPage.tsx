import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { getRadarResponse } from '../../../contracts/radar.js';
import { callOp } from '../../api/client.js';
import { Alert } from '../../components/Alert.js';
import { Loading } from '../../components/Loading.js';
import { PageHeading } from '../../components/PageHeading.js';
import { AnswerForm } from '../../components/radar/hub/AnswerForm.js';
import { BackToHub, EditionLoadFailed, useEditionWith } from '../../components/radar/hub/EditionPage.js';
import { RadarSource } from '../../components/radar/hub/RadarSource.js';
import { useOrgScope } from '../../hooks/useOrgScope.js';
import { editionPath, jointRadarPath } from '../../lib/radarHub.js';
import '../../styles/radar-hub.css';

/**
 * Answering an edition for the organisation: built for a phone. Says plainly when the edition is
 * not open or the organisation has not been invited.
 */
export function RadarAnswerPage() {
  const { t } = useTranslation();
  const scope = useOrgScope();
  const editionId = useParams().editionId ?? '';
  const data = useEditionWith(scope.orgId, editionId, async (edition, params, signal) => {
    const answering = edition.participating && edition.status === 'open';
    return { response: answering ? await callOp(getRadarResponse, { params, signal }) : null };
  });

  if (data.status === 'loading') return <Loading />;
  if (data.status === 'failed') {
    return <EditionLoadFailed title={t('radarHub.answer.loadFailed')} message={data.error.message} orgId={scope.orgId} />;
  }

  const { edition, catalogue, response } = data.data;
  const title = t('radarHub.answer.title', { name: t('radarHub.editions.editionName', { name: edition.name }) });
  const blocked = !edition.participating
    ? t('radarHub.answer.notInvited', { org: scope.orgName, coordinator: edition.coordinator.name })
    : edition.status === 'draft'
      ? t('radarHub.answer.notOpenYet', { coordinator: edition.coordinator.name })
      : edition.status === 'closed'
        ? t('radarHub.answer.closed')
        : null;

  return (
    <div className="pj-page pj-radar-answer-page">
      <BackToHub orgId={scope.orgId} className="pj-radar-back" />
      <PageHeading title={title} />
      {blocked || !response ? (
        <>
          <Alert variant="info" heading={t('radarHub.answer.blockedHeading')}>
            <p>{blocked}</p>
          </Alert>
          <ul className="pj-radar-next">
            {edition.status !== 'draft' ? (
              <li>
                <Link to={jointRadarPath(scope.orgId, edition.id)}>{t('radarHub.answer.toRadar')}</Link>
              </li>
            ) : null}
            <li>
              <Link to={editionPath(scope.orgId, edition.id)}>{t('radarHub.answer.toEdition')}</Link>
            </li>
          </ul>
        </>
      ) : (
        <>
          <p className="font-lead">{t('radarHub.answer.intro', { org: scope.orgName })}</p>
          <p>{t('radarHub.answer.howTo')}</p>
          <RadarSource catalogue={catalogue} />
          <AnswerForm key={edition.id} orgId={scope.orgId} edition={edition} catalogue={catalogue} initial={response} />
        </>
      )}
    </div>
  );
}
