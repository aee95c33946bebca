import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getRadarCatalogue, updateCatalogueTechnology, type TRadarCatalogue, type TRadarTechnology } from '../../../contracts/radar.js';
import { callOp } from '../../api/client.js';
import { Alert, StatusRegion } from '../../components/Alert.js';
import { Loading } from '../../components/Loading.js';
import { PageHeading } from '../../components/PageHeading.js';
import { RadarSource } from '../../components/radar/hub/RadarSource.js';
import { TechnologyForm } from '../../components/radar/hub/TechnologyForm.js';
import { useAction } from '../../hooks/useAction.js';
import { useAsync } from '../../hooks/useAsync.js';
import { useLanguage } from '../../hooks/useLanguage.js';
import { tx } from '../../lib/assessments.js';
import { groupBySector } from '../../lib/radarHub.js';
import '../../styles/radar-hub.css';

type Editing = { mode: 'add' } | { mode: 'edit'; technology: TRadarTechnology } | null;

/**
 * The platform's technology catalogue for the radar (platform administrators): edit the texts
 * in both languages, sector, abbreviation, examples and municipal cases; archive a technology so
 * new editions leave it out; add one.
 */
export function CatalogueAdminPage() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const catalogue = useAsync((signal) => callOp(getRadarCatalogue, { signal }), []);
  const [editing, setEditing] = useState<Editing>(null);
  const [message, setMessage] = useState<string | null>(null);
  const archive = useAction();

  if (catalogue.status === 'loading') return <Loading />;
  if (catalogue.status === 'failed') {
    return (
      <div className="pj-page">
        <PageHeading title={t('radarHub.admin.title')} />
        <Alert variant="error">{catalogue.error.message}</Alert>
      </div>
    );
  }

  const data = catalogue.data;
  const replace = (tech: TRadarTechnology): TRadarCatalogue => {
    const exists = data.technologies.some((x) => x.id === tech.id);
    return {
      ...data,
      technologies: exists ? data.technologies.map((x) => (x.id === tech.id ? tech : x)) : [...data.technologies, tech],
    };
  };
  const focusRow = (technologyId: string) => window.setTimeout(() => document.getElementById(`edit-${technologyId}`)?.focus(), 0);

  const toggleArchived = (tech: TRadarTechnology) =>
    void archive.run(async () => {
      const updated = await callOp(updateCatalogueTechnology, {
        params: { technologyId: tech.id },
        body: { archived: !tech.archived },
      });
      catalogue.setData(replace(updated));
      const name = tx(updated.name, language);
      setMessage(updated.archived ? t('radarHub.admin.archived', { name }) : t('radarHub.admin.restored', { name }));
    });

  const col = {
    name: t('radarHub.admin.columns.name'),
    abbreviation: t('radarHub.admin.columns.abbreviation'),
    content: t('radarHub.admin.columns.content'),
    status: t('radarHub.admin.columns.status'),
    actions: t('common.actions'),
  };
  const groups = groupBySector(data.technologies, data.sectors);

  return (
    <div className="pj-page pj-radar-admin">
      <PageHeading title={t('radarHub.admin.title')} />
      <p className="font-lead">{t('radarHub.admin.intro')}</p>
      <RadarSource catalogue={data} />

      <StatusRegion>{message ? <Alert variant="success">{message}</Alert> : null}</StatusRegion>
      {archive.error ? (
        <div role="alert">
          <Alert variant="error">{archive.error}</Alert>
        </div>
      ) : null}

      {editing ? (
        <TechnologyForm
          key={editing.mode === 'edit' ? editing.technology.id : 'new'}
          catalogue={data}
          technology={editing.mode === 'edit' ? editing.technology : undefined}
          onSaved={(tech, created) => {
            catalogue.setData(replace(tech));
            setEditing(null);
            const name = tx(tech.name, language);
            setMessage(created ? t('radarHub.admin.createdNamed', { name }) : t('radarHub.admin.savedNamed', { name }));
            focusRow(tech.id);
          }}
          onCancel={() => {
            const back = editing.mode === 'edit' ? editing.technology.id : null;
            setEditing(null);
            if (back) focusRow(back);
            else window.setTimeout(() => document.getElementById('add-technology')?.focus(), 0);
          }}
        />
      ) : (
        <p className="mt-5">
          <button
            type="button"
            id="add-technology"
            className="button button-primary"
            onClick={() => {
              setMessage(null);
              setEditing({ mode: 'add' });
            }}
          >
            {t('radarHub.admin.addButton')}
          </button>
        </p>
      )}

      {groups.map((group) => (
        <section key={group.sectorId} className="pj-section" aria-labelledby={`admin-sector-${group.sectorId}`}>
          <h2 className="h3" id={`admin-sector-${group.sectorId}`}>
            {group.sector ? tx(group.sector.name, language) : group.sectorId}
          </h2>
          <table className="table table--zebra table--compact table-md-responsive-headers pj-table pj-radar-catalogue">
            <caption className="sr-only">
              {t('radarHub.admin.caption', { sector: group.sector ? tx(group.sector.name, language) : group.sectorId })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{col.name}</th>
                <th scope="col">{col.abbreviation}</th>
                <th scope="col">{col.content}</th>
                <th scope="col">{col.status}</th>
                <th scope="col">{col.actions}</th>
              </tr>
            </thead>
            <tbody>
              {group.items.map((tech) => {
                const name = tx(tech.name, language);
                const other = tx(tech.name, language === 'da' ? 'en' : 'da');
                return (
                  <tr key={tech.id}>
                    <th scope="row" data-title={col.name} className="pj-break">
                      {name}
                      {other && other !== name ? (
                        <span className="pj-cell-sub" lang={language === 'da' ? 'en' : 'da'}>
                          {other}
                        </span>
                      ) : null}
                    </th>
                    <td data-title={col.abbreviation}>{tech.abbreviation ?? '–'}</td>
                    <td data-title={col.content}>
                      {t('radarHub.admin.examplesCount', { count: tech.examples.length })}
                      <span className="pj-cell-sub">{t('radarHub.admin.casesCount', { count: tech.cases.length })}</span>
                    </td>
                    <td data-title={col.status}>
                      <span className={tech.archived ? 'badge' : 'badge badge-success'}>
                        {tech.archived ? t('radarHub.admin.statusArchived') : t('radarHub.admin.statusActive')}
                      </span>
                    </td>
                    <td data-title={col.actions}>
                      <span className="pj-row-actions">
                        <button
                          type="button"
                          id={`edit-${tech.id}`}
                          className="function-link"
                          onClick={() => {
                            setMessage(null);
                            setEditing({ mode: 'edit', technology: tech });
                          }}
                        >
                          {t('radarHub.admin.edit')}
                          <span className="sr-only"> – {name}</span>
                        </button>
                        <button type="button" className="function-link" disabled={archive.busy} onClick={() => toggleArchived(tech)}>
                          {tech.archived ? t('radarHub.admin.restore') : t('radarHub.admin.archive')}
                          <span className="sr-only"> – {name}</span>
                        </button>
                      </span>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </section>
      ))}
    </div>
  );
}
