import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { orgPath, useCurrentOrg } from '../hooks/useCurrentOrg.js';
import type { NavItem } from '../hooks/useNavItems.js';
import { useSession } from '../hooks/useSession.js';
import { Icon } from './Icon.js';
import { LanguageSwitch } from './LanguageSwitch.js';
import { MenuItem } from './MenuItem.js';

export interface MobileMenuProps {
  id: string;
  open: boolean;
  onClose: () => void;
  items: NavItem[];
  onSignOut: () => void;
}

/**
 * The DKFDS mobile drawer on a native modal <dialog>: the page behind is inert while it is
 * open, Esc and the close button close it, and the focus returns to the menu button.
 */
export function MobileMenu({ id, open, onClose, items, onSignOut }: MobileMenuProps) {
  const { t } = useTranslation();
  const { user, memberships } = useSession();
  const current = useCurrentOrg();
  const ref = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      dialog.showModal();
      document.body.classList.add('mobile-nav-active');
    } else if (!open && dialog.open) {
      dialog.close();
    }
  }, [open]);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const handleClose = () => {
      document.body.classList.remove('mobile-nav-active');
      onClose();
    };
    dialog.addEventListener('close', handleClose);
    return () => dialog.removeEventListener('close', handleClose);
  }, [onClose]);

  const others = memberships.filter((m) => m.orgId !== current?.orgId);
  const headingId = `${id}-heading`;

  return (
    <dialog ref={ref} id={id} className={open ? 'mobile-drawer is-visible' : 'mobile-drawer'} aria-labelledby={headingId}>
      <div className="menu-top">
        <h2 id={headingId} className="menu-heading">
          {t('nav.menu')}
        </h2>
        <button type="button" className="function-link button-menu-close" onClick={() => ref.current?.close()}>
          <Icon name="close" />
          {t('common.close')}
        </button>
      </div>
      {items.length > 0 ? (
        <nav className="navigation-menu-mobile" aria-label={t('nav.mainLabel')}>
          <ul className="mainmenu">
            {items.map((item) => (
              <MenuItem key={item.to} item={item} activeClass="active current" onNavigate={onClose} />
            ))}
          </ul>
        </nav>
      ) : null}
      {others.length > 0 ? (
        <div className="pj-drawer-section">
          <h3 className="h5">{t('orgSwitcher.heading')}</h3>
          <ul className="nobullet-list">
            {others.map((m) => (
              <li key={m.orgId}>
                <Link to={orgPath(m.orgId)} onClick={onClose}>
                  {m.orgName}
                </Link>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <div className="pj-drawer-section">
        <h3 className="h5">{t('language.label')}</h3>
        <LanguageSwitch />
      </div>
      <div className="portal-info-mobile">
        <h3 className="sr-only">{t('nav.user')}</h3>
        <p className="user">
          <span className="weight-semibold">{user?.name}</span>
          <span>{user?.email}</span>
        </p>
        <button type="button" className="function-link log-off" onClick={onSignOut}>
          <Icon name="lock" />
          {t('nav.signOut')}
        </button>
      </div>
    </dialog>
  );
}
