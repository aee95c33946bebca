import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { listStoredRadars } from '../../../../contracts/radar.js';
import type { OpResponse } from '../../../api/client.js';
import { useLanguage } from '../../../hooks/useLanguage.js';
import { formatDate, isoDate } from '../../../lib/format.js';
import { storedRadarPath } from '../../../lib/radarHub.js';

/** Radars imported from other radar tools: title, format, number of technologies and editions. */
export function StoredRadarsTable({ orgId, radars }: { orgId: string; radars: OpResponse<typeof listStoredRadars> }) {
  const { t, i18n } = useTranslation();
  const { language } = useLanguage();
  const col = {
    title: t('radarHub.stored.columns.title'),
    format: t('radarHub.stored.columns.format'),
    blips: t('radarHub.stored.columns.blips'),
    editions: t('radarHub.stored.columns.editions'),
    updated: t('radarHub.stored.columns.updated'),
  };
  const formatName = (format: string) =>
    i18n.exists(`radarHub.formats.${format}`) ? t(`radarHub.formats.${format}` as 'radarHub.formats.byor-csv') : format;

  return (
    <table className="table table--zebra table--compact table-md-responsive-headers pj-table">
      <caption className="sr-only">{t('radarHub.stored.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{col.title}</th>
          <th scope="col">{col.format}</th>
          <th scope="col">{col.blips}</th>
          <th scope="col">{col.editions}</th>
          <th scope="col">{col.updated}</th>
        </tr>
      </thead>
      <tbody>
        {radars.map((r) => (
          <tr key={r.id}>
            <th scope="row" data-title={col.title} className="pj-break">
              <Link to={storedRadarPath(orgId, r.id)}>{r.title}</Link>
            </th>
            <td data-title={col.format}>{formatName(r.format)}</td>
            <td data-title={col.blips} className="pj-num">
              {r.blips}
            </td>
            <td data-title={col.editions}>{r.editions.length > 0 ? r.editions.join(', ') : t('radarHub.stored.noEditions')}</td>
            <td data-title={col.updated}>
              <time dateTime={isoDate(r.updatedAt)}>{formatDate(r.updatedAt, language)}</time>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
