import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { getOrganisation } from '../../contracts/organisations.js';
import { callOp } from '../api/client.js';
import { Alert } from '../components/Alert.js';
import { NoAccess } from '../components/guards.js';
import { Loading } from '../components/Loading.js';
import { PageHeading } from '../components/PageHeading.js';
import { ExportSection } from '../components/settings/ExportSection.js';
import { MembersSection } from '../components/settings/MembersSection.js';
import { OrgDetailsForm } from '../components/settings/OrgDetailsForm.js';
import { UnitsSection } from '../components/settings/UnitsSection.js';
import { Tabs, type TabDef } from '../components/Tabs.js';
import { useAsync } from '../hooks/useAsync.js';
import { useOrgScope } from '../hooks/useOrgScope.js';
import { hasRole } from '../lib/roles.js';

const TAB_PARAM = 'fane';

/** Organisation settings: everything for administrators, the member list for facilitators. */
export function OrgSettingsPage() {
  const { t } = useTranslation();
  const scope = useOrgScope();
  const [search, setSearch] = useSearchParams();
  const isAdmin = hasRole(scope.role, 'admin');
  const org = useAsync((signal) => callOp(getOrganisation, { params: { orgId: scope.orgId }, signal }), [scope.orgId]);

  const title = t('settings.title');
  const documentTitle = t('settings.documentTitle', { org: scope.orgName });
  if (!hasRole(scope.role, 'facilitator')) return <NoAccess message={t('settings.noAccess')} />;

  if (!isAdmin) {
    return (
      <div className="pj-page">
        <PageHeading title={title} documentTitle={documentTitle} />
        <Alert variant="info">{t('settings.facilitatorNote')}</Alert>
        <MembersSection orgId={scope.orgId} canEdit={false} />
      </div>
    );
  }

  const tabs: TabDef[] = [
    {
      id: 'stamdata',
      label: t('settings.tabs.details'),
      panel: () =>
        org.status === 'ready' ? (
          <OrgDetailsForm org={org.data} onSaved={org.setData} />
        ) : org.status === 'failed' ? (
          <Alert variant="error">{org.error.message}</Alert>
        ) : (
          <Loading />
        ),
    },
    { id: 'enheder', label: t('settings.tabs.units'), panel: () => <UnitsSection orgId={scope.orgId} /> },
    { id: 'medlemmer', label: t('settings.tabs.members'), panel: () => <MembersSection orgId={scope.orgId} canEdit /> },
    { id: 'eksport', label: t('settings.tabs.export'), panel: () => <ExportSection orgId={scope.orgId} orgName={scope.orgName} /> },
  ];

  return (
    <div className="pj-page">
      <PageHeading title={title} documentTitle={documentTitle} />
      <p className="font-lead">{t('settings.intro', { org: scope.orgName })}</p>
      <Tabs
        label={t('settings.tabsLabel')}
        tabs={tabs}
        selected={search.get(TAB_PARAM) ?? 'stamdata'}
        onSelect={(id) => setSearch({ [TAB_PARAM]: id }, { replace: true })}
      />
    </div>
  );
}
