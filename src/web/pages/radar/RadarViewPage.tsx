import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { exportRadarView, getRadarView, type TEdition, type TRadarCatalogue } from '../../../contracts/radar.js';
import { callOp, downloadOp } from '../../api/client.js';
import { Alert } from '../../components/Alert.js';
import { Loading } from '../../components/Loading.js';
import { PageHeading } from '../../components/PageHeading.js';
import { RadarChart } from '../../components/radar/RadarChart.js';
import { RadarExports } from '../../components/radar/RadarExports.js';
import { RadarSource } from '../../components/radar/RadarSource.js';
import { EditionLoadFailed, useEditionWith } from '../../components/radar/hub/EditionPage.js';
import { useAsync } from '../../hooks/useAsync.js';
import { useLanguage } from '../../hooks/useLanguage.js';
import { useOrgScope } from '../../hooks/useOrgScope.js';
import {
  choiceFromSearch,
  choiceKey,
  choiceQuery,
  editionPath,
  fileSlug,
  ownRadarPath,
  radarViewPath,
  technologyPath,
  type RadarChoice,
  type TRadarBlip,
} from '../../lib/radarView.js';

/**
 * An edition's radars: the joint radar, one per area and the organisation's own, chosen with links
 * that put the choice in the address (?visning=omraade&omraade=…), so a radar can be shared.
 */
export function RadarViewPage() {
  const { t } = useTranslation();
  const scope = useOrgScope();
  const editionId = useParams().editionId ?? '';
  const [search] = useSearchParams();
  const base = useEditionWith(scope.orgId, editionId, async () => ({}));

  if (base.status === 'loading') return <Loading />;
  if (base.status === 'failed') {
    return <EditionLoadFailed title={t('radarView.view.loadFailed')} message={base.error.message} orgId={scope.orgId} />;
  }

  const { edition, catalogue } = base.data;
  const choice = choiceFromSearch(
    search,
    edition.areas.map((a) => a.id),
  );
  return <RadarViewBody edition={edition} catalogue={catalogue} choice={choice} />;
}

function RadarViewBody({ edition, catalogue, choice }: { edition: TEdition; catalogue: TRadarCatalogue; choice: RadarChoice }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const scope = useOrgScope();
  const params = { orgId: scope.orgId, editionId: edition.id };
  const key = choiceKey(choice);
  const view = useAsync(
    (signal) => callOp(getRadarView, { params, query: { ...choiceQuery(choice), lang: language }, signal }),
    [scope.orgId, edition.id, key, language],
  );
  const blipHref = useCallback((blip: TRadarBlip) => technologyPath(scope.orgId, edition.id, blip.id), [scope.orgId, edition.id]);

  const areaName = (id: string) => edition.areas.find((a) => a.id === id)?.name[language] ?? id;
  const choiceName =
    choice.radar === 'joint'
      ? t('radarView.choice.joint')
      : choice.radar === 'own'
        ? t('radarView.choice.own')
        : t('radarView.choice.area', { area: areaName(choice.area) });
  const choices: { choice: RadarChoice; label: string }[] = [
    { choice: { radar: 'joint' }, label: t('radarView.choice.joint') },
    ...edition.areas.map((a) => ({ choice: { radar: 'area', area: a.id } as RadarChoice, label: a.name[language] })),
    ...(edition.participating ? [{ choice: { radar: 'own' } as RadarChoice, label: t('radarView.choice.own') }] : []),
  ];
  const relevanceMax = Math.max(...catalogue.relevance.levels.map((l) => l.value));
  const fileName = `${fileSlug(edition.name, 'teknologiradar')}-${fileSlug(choice.radar === 'area' ? choice.area : choiceName)}`;

  return (
    <div className="pj-page pj-radar-page">
      <PageHeading
        title={t('radarView.view.title', { edition: edition.name })}
        documentTitle={t('radarView.view.documentTitle', { edition: edition.name, radar: choiceName })}
      />
      <p className="font-lead">{t('radarView.view.intro')}</p>
      <RadarSource catalogue={catalogue} source={view.data?.source} />
      <p className="pj-row-actions pj-radar-controls">
        <Link to={editionPath(scope.orgId, edition.id)}>{t('radarView.backToEdition', { edition: edition.name })}</Link>
        {edition.participating ? <Link to={ownRadarPath(scope.orgId, edition.id)}>{t('radarView.view.toOwn')}</Link> : null}
      </p>

      <nav className="pj-radar-switch pj-radar-controls" aria-label={t('radarView.choice.label')}>
        <ul>
          {choices.map((c) => {
            const current = choiceKey(c.choice) === key;
            return (
              <li key={choiceKey(c.choice)}>
                <Link
                  to={radarViewPath(scope.orgId, edition.id, c.choice)}
                  aria-current={current ? 'page' : undefined}
                  className={current ? 'is-current' : undefined}
                >
                  {c.label}
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>

      <section className="pj-section pj-radar-view" aria-labelledby="radar-heading">
        <h2 id="radar-heading" className="h3">
          {choiceName}
        </h2>
        {view.status === 'loading' ? <Loading /> : null}
        {view.status === 'failed' ? <Alert variant="error">{view.error.message}</Alert> : null}
        {view.status === 'ready' ? (
          view.data.blips.length === 0 && (view.data.suppressed?.length ?? 0) === 0 ? (
            <p>{choice.radar === 'own' ? t('radarView.view.emptyOwn') : t('radarView.view.empty')}</p>
          ) : (
            <RadarChart key={key} view={view.data} idPrefix="radar-" headingLevel={3} blipHref={blipHref} relevanceMax={relevanceMax} />
          )
        ) : null}
      </section>

      {view.status === 'ready' && view.data.blips.length > 0 ? (
        <RadarExports
          view={view.data}
          idPrefix="radar-"
          fileName={fileName}
          fetchFile={(format, fallback) =>
            downloadOp(exportRadarView, { params, query: { ...choiceQuery(choice), lang: language, format } }, fallback)
          }
        />
      ) : null}
    </div>
  );
}
