import { useTranslation } from 'react-i18next';
import { CATALOGUE_ADMIN_PATH, radarPath } from '../lib/radarHub.js';
import { hasRole } from '../lib/roles.js';
import { actionPlansPath, workshopsPath } from '../lib/workshops.js';
import { orgPath, useCurrentOrg } from './useCurrentOrg.js';
import { useSession } from './useSession.js';

export interface NavItem {
  to: string;
  label: string;
  /** Active only on exactly this path (not on pages below it). */
  end: boolean;
}

/** The main menu for the signed-in user, shown by role. */
export function useNavItems(): NavItem[] {
  const { t } = useTranslation();
  const { user } = useSession();
  const org = useCurrentOrg();
  if (!user || user.mustChangePassword) return [];
  const items: NavItem[] = [{ to: org ? orgPath(org.orgId) : '/', label: t('nav.overview'), end: true }];
  if (org) {
    items.push({ to: orgPath(org.orgId, 'vurderinger'), label: t('nav.assessments'), end: false });
    items.push({ to: workshopsPath(org.orgId), label: t('nav.workshops'), end: false });
    items.push({ to: actionPlansPath(org.orgId), label: t('nav.actionPlans'), end: false });
    items.push({ to: radarPath(org.orgId), label: t('nav.radar'), end: false });
  }
  if (org && hasRole(org.role, 'facilitator'))
    items.push({ to: orgPath(org.orgId, 'indstillinger'), label: t('nav.settings'), end: false });
  if (org && hasRole(org.role, 'admin')) items.push({ to: orgPath(org.orgId, 'log'), label: t('nav.log'), end: false });
  items.push({ to: '/profil', label: t('nav.profile'), end: false });
  if (user.isPlatformAdmin) items.push({ to: '/admin/organisationer', label: t('nav.organisations'), end: false });
  if (user.isPlatformAdmin) items.push({ to: CATALOGUE_ADMIN_PATH, label: t('nav.catalogue'), end: false });
  return items;
}
