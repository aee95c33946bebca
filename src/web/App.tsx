import { lazy, type ComponentType } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router';
import { CHANGE_PASSWORD_PATH, RequirePlatformAdmin, RequireSignedIn, RequireSignedOut } from './components/guards.js';
import { Layout } from './components/Layout.js';
import { OrgScope } from './components/OrgScope.js';
import { SessionProvider } from './components/SessionProvider.js';
import { BareLayout } from './components/workshops/BareLayout.js';
import { loadPageTexts } from './i18n/index.js';
import { NotFoundPage } from './pages/NotFoundPage.js';

/** A page in its own chunk; pages for signed-in users also fetch their texts first. */
function lazyPage<K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K, withPageTexts = true) {
  return lazy(async () => {
    const [module] = await Promise.all([load(), withPageTexts ? loadPageTexts() : undefined]);
    return { default: module[name] };
  });
}

// Every page is its own chunk, so the login page loads only what it needs.
const LoginPage = lazyPage(() => import('./pages/LoginPage.js'), 'LoginPage', false);
const InvitationPage = lazyPage(() => import('./pages/InvitationPage.js'), 'InvitationPage', false);
const ChangePasswordPage = lazyPage(() => import('./pages/ChangePasswordPage.js'), 'ChangePasswordPage', false);
const HomePage = lazyPage(() => import('./pages/HomePage.js'), 'HomePage', false);
const DashboardPage = lazyPage(() => import('./pages/DashboardPage.js'), 'DashboardPage');
const OrgSettingsPage = lazyPage(() => import('./pages/OrgSettingsPage.js'), 'OrgSettingsPage');
const AuditLogPage = lazyPage(() => import('./pages/AuditLogPage.js'), 'AuditLogPage');
const ProfilePage = lazyPage(() => import('./pages/ProfilePage.js'), 'ProfilePage');
const RoundsPage = lazyPage(() => import('./pages/RoundsPage.js'), 'RoundsPage');
const QuestionnairePage = lazyPage(() => import('./pages/QuestionnairePage.js'), 'QuestionnairePage');
// The results page alone carries the charts (ECharts), so no other page downloads them.
const ResultsPage = lazyPage(() => import('./pages/ResultsPage.js'), 'ResultsPage');
const AdminOrganisationsPage = lazyPage(() => import('./pages/AdminOrganisationsPage.js'), 'AdminOrganisationsPage');
const WorkshopsPage = lazyPage(() => import('./pages/WorkshopsPage.js'), 'WorkshopsPage');
const WorkshopPage = lazyPage(() => import('./pages/WorkshopPage.js'), 'WorkshopPage');
const WorkshopConsolePage = lazyPage(() => import('./pages/WorkshopConsolePage.js'), 'WorkshopConsolePage');
// The projector has no header, menu or footer: it is drawn outside the layout (BareLayout).
const WorkshopProjectorPage = lazyPage(() => import('./pages/WorkshopProjectorPage.js'), 'WorkshopProjectorPage');
const RadarHubPage = lazyPage(() => import('./pages/radar/RadarHubPage.js'), 'RadarHubPage');
const RadarEditionPage = lazyPage(() => import('./pages/radar/RadarEditionPage.js'), 'RadarEditionPage');
const RadarAnswerPage = lazyPage(() => import('./pages/radar/RadarAnswerPage.js'), 'RadarAnswerPage');
const RadarMaturityPage = lazyPage(() => import('./pages/radar/RadarMaturityPage.js'), 'RadarMaturityPage');
const CatalogueAdminPage = lazyPage(() => import('./pages/radar/CatalogueAdminPage.js'), 'CatalogueAdminPage');
const RadarViewPage = lazyPage(() => import('./pages/radar/RadarViewPage.js'), 'RadarViewPage');
const RadarTechnologyPage = lazyPage(() => import('./pages/radar/RadarTechnologyPage.js'), 'RadarTechnologyPage');
const RadarOwnPage = lazyPage(() => import('./pages/radar/RadarOwnPage.js'), 'RadarOwnPage');
const StoredRadarPage = lazyPage(() => import('./pages/radar/StoredRadarPage.js'), 'StoredRadarPage');
const ActionPlansPage = lazyPage(() => import('./pages/ActionPlansPage.js'), 'ActionPlansPage');

export function App() {
  return (
    <BrowserRouter>
      <SessionProvider>
        <Routes>
          <Route element={<Layout />}>
            <Route element={<RequireSignedOut />}>
              <Route path="/login" element={<LoginPage />} />
            </Route>
            <Route path="/invitation" element={<InvitationPage />} />
            <Route element={<RequireSignedIn />}>
              <Route path={CHANGE_PASSWORD_PATH} element={<ChangePasswordPage />} />
              <Route index element={<HomePage />} />
              <Route path="/org/:orgId" element={<OrgScope />}>
                <Route index element={<DashboardPage />} />
                <Route path="indstillinger" element={<OrgSettingsPage />} />
                <Route path="log" element={<AuditLogPage />} />
                <Route path="vurderinger" element={<RoundsPage />} />
                <Route path="vurderinger/:roundId" element={<QuestionnairePage />} />
                <Route path="vurderinger/:roundId/resultater" element={<ResultsPage />} />
                <Route path="vaerksteder" element={<WorkshopsPage />} />
                <Route path="vaerksteder/:workshopId" element={<WorkshopPage />} />
                <Route path="vaerksteder/:workshopId/styring" element={<WorkshopConsolePage />} />
                <Route path="handlingsplaner" element={<ActionPlansPage />} />
                <Route path="radar" element={<RadarHubPage />} />
                <Route path="radar/udgaver/:editionId" element={<RadarEditionPage />} />
                <Route path="radar/udgaver/:editionId/svar" element={<RadarAnswerPage />} />
                <Route path="radar/udgaver/:editionId/modenhed" element={<RadarMaturityPage />} />
                <Route path="radar/udgaver/:editionId/radar" element={<RadarViewPage />} />
                <Route path="radar/udgaver/:editionId/egen" element={<RadarOwnPage />} />
                <Route path="radar/udgaver/:editionId/teknologier/:technologyId" element={<RadarTechnologyPage />} />
                <Route path="radar/radarer/:radarId" element={<StoredRadarPage />} />
              </Route>
              <Route path="/profil" element={<ProfilePage />} />
              <Route element={<RequirePlatformAdmin />}>
                <Route path="/admin/organisationer" element={<AdminOrganisationsPage />} />
                <Route path="/admin/teknologier" element={<CatalogueAdminPage />} />
              </Route>
            </Route>
            <Route path="*" element={<NotFoundPage />} />
          </Route>
          <Route element={<BareLayout />}>
            <Route element={<RequireSignedIn />}>
              <Route path="/org/:orgId" element={<OrgScope />}>
                <Route path="vaerksteder/:workshopId/projektor" element={<WorkshopProjectorPage />} />
              </Route>
            </Route>
          </Route>
        </Routes>
      </SessionProvider>
    </BrowserRouter>
  );
}
