import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { listWorkshops } from '../../../contracts/workshops.js';
import type { OpResponse } from '../../api/client.js';
import { useLanguage } from '../../hooks/useLanguage.js';
import { formatDateTime, isoDate } from '../../lib/format.js';
import { consolePath, workshopPath } from '../../lib/workshops.js';
import { StatusBadge } from './StatusBadge.js';

type Summary = OpResponse<typeof listWorkshops>[number];

/** The organisation's workshops: when, how far, how many took part, and where to go next. */
export function WorkshopsTable({
  orgId,
  orgName,
  workshops,
  canFacilitate,
}: {
  orgId: string;
  orgName: string;
  workshops: Summary[];
  canFacilitate: boolean;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const col = {
    title: t('workshops.columns.title'),
    when: t('workshops.columns.when'),
    status: t('workshops.columns.status'),
    participants: t('workshops.columns.participants'),
    actions: t('common.actions'),
  };
  const when = (iso: string | null) => (iso ? <time dateTime={isoDate(iso)}>{formatDateTime(iso, language)}</time> : t('workshops.noDate'));

  return (
    <table className="table table--zebra table--compact table-md-responsive-headers pj-table pj-workshops">
      <caption className="sr-only">{t('workshops.caption', { org: orgName })}</caption>
      <thead>
        <tr>
          <th scope="col">{col.title}</th>
          <th scope="col">{col.when}</th>
          <th scope="col">{col.status}</th>
          <th scope="col">{col.participants}</th>
          <th scope="col">{col.actions}</th>
        </tr>
      </thead>
      <tbody>
        {workshops.map((w) => (
          <tr key={w.id}>
            <th scope="row" data-title={col.title} className="pj-break">
              <Link to={workshopPath(orgId, w.id)}>{w.title}</Link>
            </th>
            <td data-title={col.when}>{when(w.status === 'draft' ? w.scheduledFor : (w.startedAt ?? w.scheduledFor))}</td>
            <td data-title={col.status}>
              <StatusBadge status={w.status} />
              {w.status === 'finished' && w.finishedAt ? (
                <span className="pj-cell-sub">
                  {t('workshops.finishedAt')} <time dateTime={isoDate(w.finishedAt)}>{formatDateTime(w.finishedAt, language)}</time>
                </span>
              ) : null}
            </td>
            <td data-title={col.participants} className="pj-num">
              {w.participants}
            </td>
            <td data-title={col.actions}>
              <span className="pj-row-actions">
                <Link to={workshopPath(orgId, w.id)}>
                  {t(canFacilitate && w.status === 'draft' ? 'workshops.actions.prepare' : 'workshops.actions.view')}
                  <span className="sr-only"> – {w.title}</span>
                </Link>
                {canFacilitate && w.status === 'running' ? (
                  <Link to={consolePath(orgId, w.id)}>
                    {t('workshops.actions.console')}
                    <span className="sr-only"> – {w.title}</span>
                  </Link>
                ) : null}
              </span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
