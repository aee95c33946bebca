import '../../styles/radar.css';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { getRadarCatalogue, getRadarEdition, getRadarTechnologyPage } from '../../../contracts/radar.js';
import { callOp } from '../../api/client.js';
import { Alert } from '../../components/Alert.js';
import { Loading } from '../../components/Loading.js';
import { PageHeading } from '../../components/PageHeading.js';
import { PlacementForm } from '../../components/radar/PlacementForm.js';
import { TechnologyFigures, type FigureRow } from '../../components/radar/TechnologyFigures.js';
import { useAsync } from '../../hooks/useAsync.js';
import { useLanguage } from '../../hooks/useLanguage.js';
import { useOrgScope } from '../../hooks/useOrgScope.js';
import { formatDate, formatDateTime, isoDate } from '../../lib/format.js';
import { editionPath, ownRadarPath, radarHubPath, radarViewPath } from '../../lib/radarView.js';
import { hasRole } from '../../lib/roles.js';

/** Paragraphs of a plain text, split at blank lines. */
function paragraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
}

/**
 * One technology in an edition: what it is, examples per area and municipal cases, where the
 * joint and area radars put it and on which answers, its history, and the organisation's own note
 * (which facilitators edit here).
 */
export function RadarTechnologyPage() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const scope = useOrgScope();
  const { editionId = '', technologyId = '' } = useParams();
  const canFacilitate = hasRole(scope.role, 'facilitator');
  const data = useAsync(
    async (signal) => {
      const [page, catalogue, edition] = await Promise.all([
        callOp(getRadarTechnologyPage, { params: { orgId: scope.orgId, editionId, technologyId }, signal }),
        callOp(getRadarCatalogue, { signal }),
        callOp(getRadarEdition, { params: { orgId: scope.orgId, editionId }, signal }),
      ]);
      return { page, catalogue, edition };
    },
    [scope.orgId, editionId, technologyId],
  );

  if (data.status === 'loading') return <Loading />;
  if (data.status === 'failed') {
    return (
      <div className="pj-page">
        <PageHeading title={t('radarView.technology.loadFailed')} />
        <Alert variant="error">{data.error.message}</Alert>
        <p>
          <Link to={editionId ? radarViewPath(scope.orgId, editionId) : radarHubPath(scope.orgId)}>{t('radarView.backToRadar')}</Link>
        </p>
      </div>
    );
  }

  const { page, catalogue, edition } = data.data;
  const { technology } = page;
  const name = technology.name[language];
  const sector = catalogue.sectors.find((s) => s.id === technology.sector)?.name[language] ?? technology.sector;
  const areaName = (id: string) =>
    edition.areas.find((a) => a.id === id)?.name[language] ?? catalogue.areas.find((a) => a.id === id)?.name[language] ?? id;
  const ringName = (id: string | null) => catalogue.rings.find((r) => r.id === id)?.name[language] ?? null;
  const rings = catalogue.rings.map((r) => ({ id: r.id, name: r.name[language] }));
  const rows: FigureRow[] = [
    { id: 'joint', label: t('radarView.choice.joint'), figures: page.joint },
    ...page.areas.map((a) => ({ id: `area-${a.areaId}`, label: areaName(a.areaId), figures: a.figures })),
    ...(edition.participating || page.ownFigures
      ? [
          {
            id: 'own',
            label: t('radarView.technology.ownAnswers'),
            figures: page.ownFigures,
            own: true,
            empty: t('radarView.technology.noOwnAnswers'),
          },
        ]
      : []),
  ];
  const placement = page.placement;
  const hasNote = Boolean(placement && (placement.meaning || placement.competences || placement.nextStep));
  const setPlacement = (next: typeof placement) => data.setData({ ...data.data, page: { ...page, placement: next } });

  return (
    <div className="pj-page pj-radar-technology">
      <PageHeading
        title={technology.abbreviation ? `${name} (${technology.abbreviation})` : name}
        documentTitle={t('radarView.technology.documentTitle', { name, edition: edition.name })}
      />
      <p className="pj-muted">
        {t('radarView.technology.meta', { sector, edition: edition.name })}
        {technology.own ? ` · ${t('radarView.details.own')}` : ''}
      </p>
      <p className="pj-row-actions">
        <Link to={radarViewPath(scope.orgId, edition.id)}>{t('radarView.backToRadar')}</Link>
        {edition.participating ? <Link to={ownRadarPath(scope.orgId, edition.id)}>{t('radarView.view.toOwn')}</Link> : null}
        <Link to={editionPath(scope.orgId, edition.id)}>{t('radarView.backToEdition', { edition: edition.name })}</Link>
      </p>

      <section className="pj-section" aria-labelledby="about-heading">
        <h2 id="about-heading" className="h3">
          {t('radarView.technology.about')}
        </h2>
        <div className="pj-radar-text">
          {paragraphs(technology.description[language]).map((p) => (
            <p key={p}>{p}</p>
          ))}
        </div>
      </section>

      {technology.examples.length > 0 ? (
        <section className="pj-section" aria-labelledby="examples-heading">
          <h2 id="examples-heading" className="h3">
            {t('radarView.technology.examples')}
          </h2>
          <dl className="pj-radar-examples">
            {technology.examples.map((e) => (
              <div key={e.area}>
                <dt>{areaName(e.area)}</dt>
                <dd>{e.text[language]}</dd>
              </div>
            ))}
          </dl>
        </section>
      ) : null}

      {technology.cases.length > 0 ? (
        <section className="pj-section" aria-labelledby="cases-heading">
          <h2 id="cases-heading" className="h3">
            {t('radarView.technology.cases')}
          </h2>
          <ul className="pj-radar-cases">
            {technology.cases.map((c) => (
              <li key={c.url}>
                <a href={c.url} rel="noopener noreferrer">
                  {c.title}
                </a>
                <span className="pj-cell-sub">
                  {c.organisation}
                  {c.area ? ` · ${areaName(c.area)}` : ''}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section className="pj-section" aria-labelledby="figures-heading">
        <h2 id="figures-heading" className="h3">
          {t('radarView.technology.figures')}
        </h2>
        {technology.own ? (
          <p>{t('radarView.technology.ownOnly')}</p>
        ) : (
          <>
            <p>{t('radarView.technology.figuresIntro', { threshold: page.threshold })}</p>
            {page.joint === null ? (
              <Alert variant="info" heading={t('radarView.technology.tooFewHeading')}>
                <p>{t('radarView.technology.tooFew', { threshold: page.threshold })}</p>
              </Alert>
            ) : null}
            <TechnologyFigures rows={rows} catalogue={catalogue} threshold={page.threshold} />
          </>
        )}
      </section>

      <section className="pj-section" aria-labelledby="history-heading">
        <h2 id="history-heading" className="h3">
          {t('radarView.technology.history')}
        </h2>
        {page.history.length === 0 ? (
          <p>{t('radarView.technology.noHistory')}</p>
        ) : (
          <table className="table table--zebra table--compact table-md-responsive-headers pj-table">
            <caption>{t('radarView.technology.historyCaption', { name })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('radarView.technology.columns.edition')}</th>
                <th scope="col">{t('radarView.technology.columns.closed')}</th>
                <th scope="col">{t('radarView.technology.columns.ring')}</th>
              </tr>
            </thead>
            <tbody>
              {page.history.map((h) => (
                <tr key={h.editionId} className={h.editionId === edition.id ? 'pj-current-row' : undefined}>
                  <th scope="row" data-title={t('radarView.technology.columns.edition')}>
                    {h.editionId === edition.id ? h.name : <Link to={radarViewPath(scope.orgId, h.editionId)}>{h.name}</Link>}
                  </th>
                  <td data-title={t('radarView.technology.columns.closed')}>
                    {h.closedAt ? (
                      <time dateTime={isoDate(h.closedAt)}>{formatDate(h.closedAt, language)}</time>
                    ) : (
                      t('radarView.technology.notClosed')
                    )}
                  </td>
                  <td data-title={t('radarView.technology.columns.ring')}>{ringName(h.ring) ?? t('radarView.technology.noRing')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section className="pj-section" aria-labelledby="note-heading">
        <h2 id="note-heading" className="h3">
          {t('radarView.technology.note')}
        </h2>
        <p>{t('radarView.technology.noteIntro')}</p>
        {placement ? (
          <dl className="pj-radar-note">
            <div>
              <dt>{t('radarView.placement.ring')}</dt>
              <dd>{placement.ring ? ringName(placement.ring) : t('radarView.placement.follows')}</dd>
            </div>
            {hasNote ? (
              <>
                <div>
                  <dt>{t('radarView.placement.meaning')}</dt>
                  <dd className="pj-preline">{placement.meaning || '–'}</dd>
                </div>
                <div>
                  <dt>{t('radarView.placement.competences')}</dt>
                  <dd className="pj-preline">{placement.competences || '–'}</dd>
                </div>
                <div>
                  <dt>{t('radarView.placement.nextStep')}</dt>
                  <dd className="pj-preline">{placement.nextStep || '–'}</dd>
                </div>
              </>
            ) : null}
            <div>
              <dt>{t('radarView.placement.updated')}</dt>
              <dd>
                <time dateTime={isoDate(placement.updatedAt)}>{formatDateTime(placement.updatedAt, language)}</time>
              </dd>
            </div>
          </dl>
        ) : (
          <p className="pj-muted">{t('radarView.technology.noNote')}</p>
        )}
        {canFacilitate && edition.participating ? (
          <div className="pj-subform pj-radar-controls">
            <h3 className="h4">{placement ? t('radarView.placement.editHeading') : t('radarView.placement.addHeading')}</h3>
            <PlacementForm
              key={technology.id}
              orgId={scope.orgId}
              editionId={edition.id}
              technologyId={technology.id}
              technologyName={name}
              rings={rings}
              placement={placement}
              requireRing={technology.own}
              idPrefix="placement"
              onSaved={setPlacement}
              onDeleted={() => setPlacement(null)}
            />
          </div>
        ) : null}
      </section>
    </div>
  );
}
