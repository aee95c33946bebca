import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { listActionPlans, type TActionPlanItem } from '../../contracts/workshops.js';
import { callOp } from '../api/client.js';
import { Alert } from '../components/Alert.js';
import { Loading } from '../components/Loading.js';
import { PageHeading } from '../components/PageHeading.js';
import { SourceNote } from '../components/workshops/SourceNote.js';
import { useAsync } from '../hooks/useAsync.js';
import { useLanguage } from '../hooks/useLanguage.js';
import { useOrgScope } from '../hooks/useOrgScope.js';
import { formatDate } from '../lib/format.js';
import type { Language } from '../i18n/index.js';
import { workshopPath, workshopsPath } from '../lib/workshops.js';

const STATUS_BADGE: Record<TActionPlanItem['status'], string> = {
  planned: 'badge',
  in_progress: 'badge badge-info',
  done: 'badge badge-success',
  dropped: 'badge badge-warning',
};

/** A date as stored (YYYY-MM-DD or a full instant) in the reader's format; anything else as written. */
function planDate(value: string | null, language: Language): string | null {
  if (!value) return null;
  const iso = /^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T12:00:00Z` : value;
  return Number.isFinite(Date.parse(iso)) ? formatDate(iso, language) : value;
}

/** The organisation's action plans: every activity with its area, focus area, resources, period, owner and status. */
export function ActionPlansPage() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const scope = useOrgScope();
  const plans = useAsync((signal) => callOp(listActionPlans, { params: { orgId: scope.orgId }, signal }), [scope.orgId]);
  const col = {
    area: t('actionPlans.columns.area'),
    focusArea: t('actionPlans.columns.focusArea'),
    activity: t('actionPlans.columns.activity'),
    resources: t('actionPlans.columns.resources'),
    period: t('actionPlans.columns.period'),
    owner: t('actionPlans.columns.owner'),
    status: t('actionPlans.columns.status'),
    source: t('actionPlans.columns.source'),
  };
  const period = (item: TActionPlanItem) => {
    const from = planDate(item.startDate, language);
    const to = planDate(item.endDate, language);
    if (!from && !to) return '–';
    return `${from ?? '…'}–${to ?? '…'}`;
  };

  return (
    <div className="pj-page">
      <PageHeading title={t('actionPlans.title')} documentTitle={t('actionPlans.documentTitle', { org: scope.orgName })} />
      <p className="font-lead">{t('actionPlans.intro')}</p>
      <SourceNote />
      <section className="pj-section" aria-labelledby="plans-heading">
        <h2 id="plans-heading" className="h3">
          {t('actionPlans.listHeading')}
        </h2>
        {plans.status === 'loading' ? <Loading /> : null}
        {plans.status === 'failed' ? <Alert variant="error">{plans.error.message}</Alert> : null}
        {plans.status === 'ready' && plans.data.length === 0 ? (
          <div className="pj-empty">
            <p>{t('actionPlans.empty')}</p>
            <p>
              <Link to={workshopsPath(scope.orgId)}>{t('actionPlans.toWorkshops')}</Link>
            </p>
          </div>
        ) : null}
        {plans.status === 'ready' && plans.data.length > 0 ? (
          <table className="table table--zebra table--compact table-md-responsive-headers pj-table pj-action-plans">
            <caption className="sr-only">{t('actionPlans.caption', { org: scope.orgName })}</caption>
            <thead>
              <tr>
                <th scope="col">{col.area}</th>
                <th scope="col">{col.focusArea}</th>
                <th scope="col">{col.activity}</th>
                <th scope="col">{col.resources}</th>
                <th scope="col">{col.period}</th>
                <th scope="col">{col.owner}</th>
                <th scope="col">{col.status}</th>
                <th scope="col">{col.source}</th>
              </tr>
            </thead>
            <tbody>
              {plans.data.map((item) => (
                <tr key={item.id}>
                  <td data-title={col.area}>{item.area}</td>
                  <td data-title={col.focusArea} className="pj-break">
                    {item.focusArea}
                  </td>
                  <th scope="row" data-title={col.activity} className="pj-break">
                    {item.activity}
                  </th>
                  <td data-title={col.resources} className="pj-break">
                    {item.resources || '–'}
                  </td>
                  <td data-title={col.period}>{period(item)}</td>
                  <td data-title={col.owner}>{item.owner || '–'}</td>
                  <td data-title={col.status}>
                    <span className={STATUS_BADGE[item.status]}>{t(`actionPlans.status.${item.status}`)}</span>
                  </td>
                  <td data-title={col.source}>
                    {item.workshopId ? (
                      <Link to={workshopPath(scope.orgId, item.workshopId)}>{item.workshopTitle ?? t('actionPlans.workshop')}</Link>
                    ) : (
                      '–'
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
      </section>
    </div>
  );
}
