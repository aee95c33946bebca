import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { AUDIT_ACTIONS, ZAuditAction, listAuditEvents, type TAuditAction, type TAuditEvent } from '../../contracts/audit.js';
import { ApiError, callOp } from '../api/client.js';
import { Alert, StatusRegion } from '../components/Alert.js';
import { SelectField } from '../components/fields.js';
import { NoAccess } from '../components/guards.js';
import { Loading } from '../components/Loading.js';
import { PageHeading } from '../components/PageHeading.js';
import { useAsync } from '../hooks/useAsync.js';
import { useLanguage } from '../hooks/useLanguage.js';
import { useOrgScope } from '../hooks/useOrgScope.js';
import { describeTarget } from '../lib/audit.js';
import { formatDateTime, isoDate } from '../lib/format.js';
import { hasRole } from '../lib/roles.js';

const PAGE_SIZE = 50;

interface Page {
  events: TAuditEvent[];
  nextCursor: string | null;
}

/** The organisation's audit log for administrators, newest first, filterable by action. */
export function AuditLogPage() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const scope = useOrgScope();
  const [choice, setChoice] = useState('');
  const [action, setAction] = useState<TAuditAction | undefined>(undefined);
  const [more, setMore] = useState<{ busy: boolean; error: string | null }>({ busy: false, error: null });
  const isAdmin = hasRole(scope.role, 'admin');

  const log = useAsync<Page>(
    (signal) =>
      isAdmin
        ? callOp(listAuditEvents, { params: { orgId: scope.orgId }, query: { limit: PAGE_SIZE, action }, signal })
        : Promise.resolve({ events: [], nextCursor: null }),
    [scope.orgId, action, isAdmin],
  );

  if (!isAdmin) return <NoAccess message={t('audit.noAccess')} />;

  const applyFilter = (event: FormEvent) => {
    event.preventDefault();
    const parsed = ZAuditAction.safeParse(choice);
    setAction(parsed.success ? parsed.data : undefined);
  };

  const loadMore = async () => {
    if (log.status !== 'ready' || !log.data.nextCursor) return;
    setMore({ busy: true, error: null });
    try {
      const next = await callOp(listAuditEvents, {
        params: { orgId: scope.orgId },
        query: { limit: PAGE_SIZE, action, before: log.data.nextCursor },
      });
      log.setData({ events: [...log.data.events, ...next.events], nextCursor: next.nextCursor });
      setMore({ busy: false, error: null });
    } catch (e) {
      setMore({ busy: false, error: e instanceof ApiError ? e.message : String(e) });
    }
  };

  const actionOptions = [
    { value: '', label: t('audit.allActions') },
    ...AUDIT_ACTIONS.map((a) => ({ value: a, label: t(`audit.actions.${a}`) })).sort((a, b) => a.label.localeCompare(b.label, language)),
  ];

  return (
    <div className="pj-page">
      <PageHeading title={t('audit.title')} documentTitle={t('audit.documentTitle', { org: scope.orgName })} />
      <p className="font-lead">{t('audit.intro', { org: scope.orgName })}</p>

      <form className="pj-filter" onSubmit={applyFilter} aria-label={t('audit.filterLabel')}>
        <SelectField
          id="audit-action"
          name="action"
          label={t('audit.filterAction')}
          value={choice}
          onChange={(e) => setChoice(e.target.value)}
          options={actionOptions}
          width="input-width-l"
        />
        <button type="submit" className="button button-secondary">
          {t('audit.applyFilter')}
        </button>
      </form>

      {log.status === 'loading' ? <Loading /> : null}
      {log.status === 'failed' ? <Alert variant="error">{log.error.message}</Alert> : null}
      {log.status === 'ready' ? (
        <>
          <StatusRegion>
            <p className="pj-result-count">{t('audit.shown', { count: log.data.events.length })}</p>
          </StatusRegion>
          {log.data.events.length === 0 ? (
            <p>{action ? t('audit.emptyFiltered') : t('audit.empty')}</p>
          ) : (
            <table className="table table--zebra table-md-responsive-headers pj-table">
              <caption className="sr-only">{t('audit.caption', { org: scope.orgName })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('audit.columns.time')}</th>
                  <th scope="col">{t('audit.columns.action')}</th>
                  <th scope="col">{t('audit.columns.actor')}</th>
                  <th scope="col">{t('audit.columns.target')}</th>
                  <th scope="col">{t('audit.columns.ip')}</th>
                </tr>
              </thead>
              <tbody>
                {log.data.events.map((e) => (
                  <tr key={e.id}>
                    <td data-title={t('audit.columns.time')}>
                      <time dateTime={isoDate(e.createdAt)}>{formatDateTime(e.createdAt, language)}</time>
                    </td>
                    <td data-title={t('audit.columns.action')}>{t(`audit.actions.${e.action}`)}</td>
                    <td data-title={t('audit.columns.actor')} className="pj-break">
                      {e.actorEmail ?? t('audit.noActor')}
                    </td>
                    <td data-title={t('audit.columns.target')} className="pj-break">
                      {describeTarget(e, t) || '–'}
                    </td>
                    <td data-title={t('audit.columns.ip')}>{e.ip ?? '–'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {log.data.nextCursor ? (
            <button type="button" className="button button-secondary mt-5" onClick={() => void loadMore()} disabled={more.busy}>
              {more.busy ? t('common.loading') : t('audit.loadMore')}
            </button>
          ) : null}
          {more.error ? <Alert variant="error">{more.error}</Alert> : null}
        </>
      ) : null}
    </div>
  );
}
