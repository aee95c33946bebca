import { useTranslation } from 'react-i18next';
import type { TEdition } from '../../../../contracts/radar.js';
import { byDanishName } from '../../../lib/radarHub.js';

/** How far the answering has come: respondents per organisation, how many organisations have answered, and the raters. */
export function EditionProgress({ edition }: { edition: TEdition }) {
  const { t } = useTranslation();
  const rows = [...edition.participantList].sort(byDanishName);
  const answered = rows.filter((p) => p.respondents > 0).length;
  const col = { org: t('radarHub.progress.columns.org'), respondents: t('radarHub.progress.columns.respondents') };

  return (
    <section className="pj-section" aria-labelledby="radar-progress-heading">
      <h2 className="h3" id="radar-progress-heading">
        {t('radarHub.progress.heading')}
      </h2>
      <dl className="pj-inline-facts">
        <div>
          <dt>{t('radarHub.progress.orgsAnswered')}</dt>
          <dd>{t('radarHub.progress.ofTotal', { count: answered, total: rows.length })}</dd>
        </div>
        <div>
          <dt>{t('radarHub.progress.raters')}</dt>
          <dd>{edition.raters}</dd>
        </div>
      </dl>
      <p className="mt-5">{t('radarHub.progress.threshold', { count: edition.threshold })}</p>
      {answered < edition.threshold ? (
        <p className="pj-muted">{t('radarHub.progress.belowThreshold', { count: edition.threshold - answered })}</p>
      ) : null}
      {edition.raters === 0 && edition.status !== 'draft' ? <p className="pj-muted">{t('radarHub.progress.noRaters')}</p> : null}
      {rows.length === 0 ? (
        <p>{t('radarHub.progress.noParticipants')}</p>
      ) : (
        <table className="table table--zebra table--compact pj-table pj-figures pj-radar-progress">
          <caption className="sr-only">{t('radarHub.progress.caption', { name: edition.name })}</caption>
          <thead>
            <tr>
              <th scope="col">{col.org}</th>
              <th scope="col" className="pj-num">
                {col.respondents}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((p) => (
              <tr key={p.id}>
                <th scope="row" className="pj-break">
                  {p.name}
                </th>
                <td className="pj-num">{p.respondents === 0 ? t('radarHub.progress.none') : p.respondents}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
