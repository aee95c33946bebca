import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { compareRadars, exportRadarView, getRadarTechnologyPage, getRadarView } from '../../../contracts/radar.js';
import { callOp, downloadOp } from '../../api/client.js';
import { Alert } from '../../components/Alert.js';
import { SelectField } from '../../components/fields.js';
import { Loading } from '../../components/Loading.js';
import { PageHeading } from '../../components/PageHeading.js';
import { CompareTable } from '../../components/radar/CompareTable.js';
import { OwnTechnologyForm } from '../../components/radar/OwnTechnologyForm.js';
import { PlacementForm } from '../../components/radar/PlacementForm.js';
import { RadarChart } from '../../components/radar/RadarChart.js';
import { RadarExports } from '../../components/radar/RadarExports.js';
import { RadarSource } from '../../components/radar/RadarSource.js';
import { EditionLoadFailed, useEditionWith } from '../../components/radar/hub/EditionPage.js';
import { useAsync } from '../../hooks/useAsync.js';
import { useLanguage } from '../../hooks/useLanguage.js';
import { useOrgScope } from '../../hooks/useOrgScope.js';
import { editionPath, fileSlug, radarViewPath, technologyPath, type TRadarBlip } from '../../lib/radarView.js';
import { hasRole } from '../../lib/roles.js';

/**
 * The organisation's own radar of an edition beside the joint one, the two compared technology by
 * technology (and with each area's radar), and — for facilitators — placing a technology by hand
 * with a note, and adding a technology of the organisation's own.
 */
export function RadarOwnPage() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const scope = useOrgScope();
  const editionId = useParams().editionId ?? '';
  const canFacilitate = hasRole(scope.role, 'facilitator');
  const params = { orgId: scope.orgId, editionId };
  const [placing, setPlacing] = useState('');
  const placeSelect = useRef<string | null>(null);

  const base = useEditionWith(scope.orgId, editionId, async () => ({}));
  const radars = useAsync(
    async (signal) => {
      const [own, joint, compare] = await Promise.all([
        callOp(getRadarView, { params, query: { radar: 'own', lang: language }, signal }),
        callOp(getRadarView, { params, query: { radar: 'joint', lang: language }, signal }),
        callOp(compareRadars, { params, signal }),
      ]);
      return { own, joint, compare };
    },
    [scope.orgId, editionId, language],
  );
  const blipHref = useCallback((blip: TRadarBlip) => technologyPath(scope.orgId, editionId, blip.id), [scope.orgId, editionId]);

  // After »Placér« in the comparison, the focus goes to the form's technology field.
  useEffect(() => {
    if (placeSelect.current) {
      document.getElementById('place-technology')?.focus();
      placeSelect.current = null;
    }
  }, [placing]);

  if (base.status === 'loading') return <Loading />;
  if (base.status === 'failed') {
    return <EditionLoadFailed title={t('radarView.ownPage.loadFailed')} message={base.error.message} orgId={scope.orgId} />;
  }

  const { edition, catalogue } = base.data;
  const rings = catalogue.rings.map((r) => ({ id: r.id, name: r.name[language], color: r.color }));
  const sectors = catalogue.sectors.map((s) => ({ id: s.id, name: s.name[language] }));
  const areas = edition.areas.map((a) => ({ id: a.id, name: a.name[language] }));
  const relevanceMax = Math.max(...catalogue.relevance.levels.map((l) => l.value));
  const compare = radars.data?.compare ?? [];
  const placeOptions = [...compare]
    .sort((a, b) => a.name[language].localeCompare(b.name[language], language === 'da' ? 'da-DK' : 'en-GB'))
    .map((row) => ({ value: row.technologyId, label: row.name[language] }));
  const placingRow = compare.find((row) => row.technologyId === placing) ?? null;
  const startPlacing = (technologyId: string) => {
    placeSelect.current = technologyId;
    setPlacing(technologyId);
    if (technologyId === placing) document.getElementById('place-technology')?.focus();
  };

  return (
    <div className="pj-page pj-radar-page">
      <PageHeading
        title={t('radarView.ownPage.title', { edition: edition.name })}
        documentTitle={t('radarView.ownPage.documentTitle', { edition: edition.name, org: scope.orgName })}
      />
      <p className="font-lead">{t('radarView.ownPage.intro')}</p>
      <RadarSource catalogue={catalogue} />
      <p className="pj-row-actions pj-radar-controls">
        <Link to={radarViewPath(scope.orgId, edition.id)}>{t('radarView.backToRadar')}</Link>
        <Link to={editionPath(scope.orgId, edition.id)}>{t('radarView.backToEdition', { edition: edition.name })}</Link>
      </p>
      {!edition.participating ? <Alert variant="info">{t('radarView.ownPage.notParticipating')}</Alert> : null}

      {radars.status === 'loading' ? <Loading /> : null}
      {radars.status === 'failed' ? <Alert variant="error">{radars.error.message}</Alert> : null}
      {radars.status === 'ready' ? (
        <>
          <div className="pj-radar-pair">
            <section className="pj-section" aria-labelledby="own-heading">
              <h2 id="own-heading" className="h3">
                {t('radarView.ownPage.ownHeading', { org: scope.orgName })}
              </h2>
              {radars.data.own.blips.length === 0 ? (
                <p>{t('radarView.view.emptyOwn')}</p>
              ) : (
                <RadarChart view={radars.data.own} idPrefix="egen-" headingLevel={3} blipHref={blipHref} relevanceMax={relevanceMax} />
              )}
            </section>
            <section className="pj-section" aria-labelledby="joint-heading">
              <h2 id="joint-heading" className="h3">
                {t('radarView.ownPage.jointHeading')}
              </h2>
              {radars.data.joint.blips.length === 0 && (radars.data.joint.suppressed?.length ?? 0) === 0 ? (
                <p>{t('radarView.view.empty')}</p>
              ) : (
                <RadarChart view={radars.data.joint} idPrefix="faelles-" headingLevel={3} blipHref={blipHref} relevanceMax={relevanceMax} />
              )}
            </section>
          </div>

          <section className="pj-section" aria-labelledby="compare-heading">
            <h2 id="compare-heading" className="h3">
              {t('radarView.compare.heading')}
            </h2>
            <p>{t('radarView.compare.intro')}</p>
            {compare.length === 0 ? (
              <p>{t('radarView.compare.empty')}</p>
            ) : (
              <CompareTable
                rows={compare}
                areas={areas}
                rings={rings}
                technologyHref={(id) => technologyPath(scope.orgId, edition.id, id)}
                onPlace={canFacilitate && edition.participating ? startPlacing : undefined}
              />
            )}
          </section>

          {radars.data.own.blips.length > 0 ? (
            <RadarExports
              view={radars.data.own}
              idPrefix="egen-"
              fileName={`${fileSlug(edition.name, 'teknologiradar')}-${fileSlug(scope.orgName, 'egen')}`}
              fetchFile={(format, fallback) =>
                downloadOp(exportRadarView, { params, query: { radar: 'own', lang: language, format } }, fallback)
              }
            />
          ) : null}

          {canFacilitate && edition.participating ? (
            <>
              <section className="pj-section pj-radar-controls" aria-labelledby="place-heading">
                <h2 id="place-heading" className="h3">
                  {t('radarView.ownPage.placeHeading')}
                </h2>
                <p>{t('radarView.ownPage.placeIntro')}</p>
                <SelectField
                  id="place-technology"
                  name="technology"
                  label={t('radarView.ownPage.placeTechnology')}
                  value={placing}
                  onChange={(e) => setPlacing(e.target.value)}
                  options={[{ value: '', label: t('radarView.ownPage.chooseTechnology') }, ...placeOptions]}
                />
                {placingRow ? (
                  <PlacingForm
                    key={placingRow.technologyId}
                    orgId={scope.orgId}
                    editionId={edition.id}
                    technologyId={placingRow.technologyId}
                    technologyName={placingRow.name[language]}
                    own={placingRow.own}
                    rings={rings}
                    onChanged={() => void radars.reload()}
                  />
                ) : null}
              </section>

              <section className="pj-section pj-radar-controls" aria-labelledby="add-heading">
                <h2 id="add-heading" className="h3">
                  {t('radarView.own.heading')}
                </h2>
                <p>{t('radarView.own.intro')}</p>
                <OwnTechnologyForm
                  orgId={scope.orgId}
                  editionId={edition.id}
                  sectors={sectors}
                  rings={rings}
                  onCreated={() => void radars.reload()}
                />
              </section>
            </>
          ) : null}
        </>
      ) : null}
    </div>
  );
}

/** The placement form of one technology, with its saved placement and note loaded first. */
function PlacingForm({
  orgId,
  editionId,
  technologyId,
  technologyName,
  own,
  rings,
  onChanged,
}: {
  orgId: string;
  editionId: string;
  technologyId: string;
  technologyName: string;
  own: boolean;
  rings: { id: string; name: string }[];
  onChanged: () => void;
}) {
  const page = useAsync(
    (signal) => callOp(getRadarTechnologyPage, { params: { orgId, editionId, technologyId }, signal }),
    [orgId, editionId, technologyId],
  );
  if (page.status === 'loading') return <Loading />;
  if (page.status === 'failed') return <Alert variant="error">{page.error.message}</Alert>;
  return (
    <PlacementForm
      orgId={orgId}
      editionId={editionId}
      technologyId={technologyId}
      technologyName={technologyName}
      rings={rings}
      placement={page.data.placement}
      requireRing={own}
      idPrefix="place"
      onSaved={(placement) => {
        page.setData({ ...page.data, placement });
        onChanged();
      }}
      onDeleted={() => {
        page.setData({ ...page.data, placement: null });
        onChanged();
      }}
    />
  );
}
