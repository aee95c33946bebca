import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { deleteRadarEdition, type TEdition } from '../../../contracts/radar.js';
import { callOp } from '../../api/client.js';
import { Alert, StatusRegion } from '../../components/Alert.js';
import { ConfirmDialog } from '../../components/Dialog.js';
import { Loading } from '../../components/Loading.js';
import { PageHeading } from '../../components/PageHeading.js';
import { EditionContentForm } from '../../components/radar/hub/EditionContentForm.js';
import { EditionControl } from '../../components/radar/hub/EditionControl.js';
import { EditionProgress } from '../../components/radar/hub/EditionProgress.js';
import { EditionStatusBadge } from '../../components/radar/hub/EditionStatusBadge.js';
import { ParticipantsEditor } from '../../components/radar/hub/ParticipantsEditor.js';
import { RadarSource } from '../../components/radar/hub/RadarSource.js';
import { TechnologyList } from '../../components/radar/hub/TechnologyChecklist.js';
import { EditionLoadFailed, useEditionWith } from '../../components/radar/hub/EditionPage.js';
import { useAction } from '../../hooks/useAction.js';
import { useLanguage } from '../../hooks/useLanguage.js';
import { useOrgScope } from '../../hooks/useOrgScope.js';
import { tx } from '../../lib/assessments.js';
import { formatDate, isoDate } from '../../lib/format.js';
import { answerPath, editionActions, jointRadarPath, maturityPath, ownRadarPath, radarPath } from '../../lib/radarHub.js';
import { hasRole } from '../../lib/roles.js';
import '../../styles/radar-hub.css';

/**
 * One edition of the radar. The coordinating organisation's facilitators run it here: its
 * content while it is a draft, the organisations taking part, opening and closing, and the
 * progress of the answers. Everyone else sees what the edition holds and where to go.
 */
export function RadarEditionPage() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const scope = useOrgScope();
  const navigate = useNavigate();
  const location = useLocation();
  const editionId = useParams().editionId ?? '';
  const canFacilitate = hasRole(scope.role, 'facilitator');
  const [deleting, setDeleting] = useState(false);
  const remove = useAction();
  const created = (location.state as { created?: unknown } | null)?.created === true;
  const data = useEditionWith(scope.orgId, editionId, async () => ({}));

  if (data.status === 'loading') return <Loading />;
  if (data.status === 'failed') {
    return <EditionLoadFailed title={t('radarHub.edition.loadFailed')} message={data.error.message} orgId={scope.orgId} />;
  }

  const { edition, catalogue } = data.data;
  const manage = edition.coordinating && canFacilitate;
  const title = t('radarHub.editions.editionName', { name: edition.name });
  const setEdition = (e: TEdition) => data.setData({ edition: e, catalogue });
  const actions = editionActions(edition, canFacilitate).filter((a) => a !== 'manage');
  const links = {
    answer: answerPath(scope.orgId, edition.id),
    maturity: maturityPath(scope.orgId, edition.id),
    radar: jointRadarPath(scope.orgId, edition.id),
    own: ownRadarPath(scope.orgId, edition.id),
  };
  const when = (iso: string | null) => (iso ? <time dateTime={isoDate(iso)}>{formatDate(iso, language)}</time> : null);

  const confirmDelete = () =>
    void remove.run(async () => {
      await callOp(deleteRadarEdition, { params: { orgId: scope.orgId, editionId: edition.id } });
      navigate(radarPath(scope.orgId), { state: { message: t('radarHub.edition.deleted', { name: title }) } });
    });

  return (
    <div className="pj-page pj-radar-edition">
      <p className="pj-radar-back">
        <Link to={radarPath(scope.orgId)}>{t('radarHub.backToHub')}</Link>
      </p>
      <PageHeading title={title} documentTitle={t('radarHub.edition.documentTitle', { name: title })} />
      <ul className="pj-round-facts pj-radar-facts">
        <li>
          <EditionStatusBadge status={edition.status} />
        </li>
        <li>{t('radarHub.edition.coordinator', { name: edition.coordinator.name })}</li>
        {edition.openedAt ? (
          <li>
            {t('radarHub.edition.openedAt')} {when(edition.openedAt)}
          </li>
        ) : null}
        {edition.closedAt && edition.status === 'closed' ? (
          <li>
            {t('radarHub.edition.closedAt')} {when(edition.closedAt)}
          </li>
        ) : null}
        {edition.previousEdition ? <li>{t('radarHub.edition.previous', { name: edition.previousEdition.name })}</li> : null}
      </ul>
      <RadarSource catalogue={catalogue} />

      <StatusRegion>{created && manage ? <Alert variant="success">{t('radarHub.edition.created')}</Alert> : null}</StatusRegion>

      {!edition.coordinating && !edition.participating ? <Alert variant="info">{t('radarHub.edition.notInvolved')}</Alert> : null}
      {edition.status === 'draft' && !manage ? (
        <p>{t('radarHub.edition.draftForOthers', { coordinator: edition.coordinator.name })}</p>
      ) : null}

      {actions.length > 0 ? (
        <nav aria-label={t('radarHub.edition.linksLabel')} className="pj-radar-links">
          <ul className="nobullet-list pj-row-actions">
            {actions.map((action) => (
              <li key={action}>
                <Link className={action === 'answer' ? 'button button-primary' : 'button button-secondary'} to={links[action]}>
                  {t(`radarHub.editions.actions.${action}`)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}

      {manage ? <EditionControl orgId={scope.orgId} edition={edition} onChanged={setEdition} /> : null}

      {edition.coordinating && edition.status !== 'draft' ? (
        <EditionProgress edition={edition} />
      ) : (
        <p className="mt-5">{t('radarHub.progress.threshold', { count: edition.threshold })}</p>
      )}

      {manage && edition.status !== 'closed' ? (
        <ParticipantsEditor key={`${edition.id}-participants`} orgId={scope.orgId} edition={edition} onSaved={setEdition} />
      ) : null}

      {manage ? (
        <EditionContentForm
          key={`${edition.id}-${edition.status}`}
          orgId={scope.orgId}
          edition={edition}
          catalogue={catalogue}
          onSaved={setEdition}
        />
      ) : null}

      {!manage || edition.status !== 'draft' ? (
        <>
          <section className="pj-section" aria-labelledby="radar-edition-areas">
            <h2 className="h3" id="radar-edition-areas">
              {t('radarHub.edition.areasHeading')}
            </h2>
            <p>{t('radarHub.edition.areasIntro')}</p>
            <ul>
              {edition.areas.map((a) => (
                <li key={a.id}>{tx(a.name, language)}</li>
              ))}
            </ul>
          </section>
          <section className="pj-section" aria-labelledby="radar-edition-technologies">
            <h2 className="h3" id="radar-edition-technologies">
              {t('radarHub.edition.technologiesHeading', { count: edition.technologyList.length })}
            </h2>
            <TechnologyList technologies={edition.technologyList} sectors={edition.sectors} />
          </section>
        </>
      ) : null}

      {manage && edition.status === 'draft' ? (
        <section className="pj-section" aria-labelledby="radar-delete-heading">
          <h2 className="h3" id="radar-delete-heading">
            {t('radarHub.edition.deleteHeading')}
          </h2>
          <p>{t('radarHub.edition.deleteIntro')}</p>
          <button
            type="button"
            className="button button-secondary"
            onClick={() => {
              remove.setError(null);
              setDeleting(true);
            }}
          >
            {t('radarHub.edition.delete')}
          </button>
          <ConfirmDialog
            open={deleting}
            title={t('radarHub.edition.deleteTitle', { name: title })}
            confirmLabel={t('radarHub.edition.delete')}
            onConfirm={confirmDelete}
            onCancel={() => setDeleting(false)}
            busy={remove.busy}
            error={remove.error}
          >
            <p>{t('radarHub.edition.deleteText')}</p>
          </ConfirmDialog>
        </section>
      ) : null}
    </div>
  );
}
