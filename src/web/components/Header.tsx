import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { orgPath, useCurrentOrg } from '../hooks/useCurrentOrg.js';
import { useNavItems } from '../hooks/useNavItems.js';
import { useSession } from '../hooks/useSession.js';
import { Icon } from './Icon.js';
import { LanguageSwitch } from './LanguageSwitch.js';
import { LogoMark } from './LogoMark.js';
import { MenuItem } from './MenuItem.js';
import { MobileMenu } from './MobileMenu.js';
import { OrgSwitcher } from './OrgSwitcher.js';

const MENU_ID = 'pj-mobile-menu';

/** The DKFDS header: portal row (brand, language, user), solution row (organisation), menu. */
export function Header() {
  const { t } = useTranslation();
  const { user, signOut } = useSession();
  const org = useCurrentOrg();
  const items = useNavItems();
  const navigate = useNavigate();
  const [menuOpen, setMenuOpen] = useState(false);
  const closeMenu = useCallback(() => setMenuOpen(false), []);

  const handleSignOut = async () => {
    setMenuOpen(false);
    await signOut();
    navigate('/login');
  };

  return (
    <header className="header">
      <a className="skipnav" href="#main-content">
        {t('layout.skipToContent')}
      </a>
      <div className="portal-info">
        <div className="portal-info-inner container">
          <Link to="/" className="pj-brand">
            <LogoMark />
            <span className="pj-brand-name">Pejling</span>
            <span className="sr-only">{t('layout.toFrontPage')}</span>
          </Link>
          {user ? (
            <>
              <button
                type="button"
                className="function-link button-menu-open js-menu-open ml-auto"
                aria-haspopup="dialog"
                aria-expanded={menuOpen}
                aria-controls={MENU_ID}
                onClick={() => setMenuOpen(true)}
              >
                <Icon name="menu" />
                {t('nav.menu')}
              </button>
              <div className="portal-user">
                <LanguageSwitch className="mr-6" />
                <p className="user">
                  <span className="weight-semibold">{user.name}</span>
                </p>
                <button type="button" className="function-link log-off" onClick={() => void handleSignOut()}>
                  <Icon name="lock" />
                  {t('nav.signOut')}
                </button>
              </div>
            </>
          ) : (
            <LanguageSwitch className="ml-auto" />
          )}
        </div>
      </div>
      {user && org && !user.mustChangePassword ? (
        <div className="solution-info">
          <div className="container solution-info-inner">
            <div className="solution-heading">
              <Link to={orgPath(org.orgId)}>{org.orgName}</Link>
            </div>
            <div className="additional-info">
              <p className="pj-role">{t('header.yourRole', { role: t(`roles.${org.role}`) })}</p>
              <OrgSwitcher />
            </div>
          </div>
        </div>
      ) : null}
      {items.length > 0 ? (
        <div className="navigation-menu">
          <div className="navigation-menu-inner container">
            <nav className="nav" aria-label={t('nav.mainLabel')}>
              <ul className="mainmenu">
                {items.map((item) => (
                  <MenuItem key={item.to} item={item} activeClass="active" />
                ))}
              </ul>
            </nav>
          </div>
        </div>
      ) : null}
      {user ? <MobileMenu id={MENU_ID} open={menuOpen} onClose={closeMenu} items={items} onSignOut={() => void handleSignOut()} /> : null}
    </header>
  );
}
