import { NavLink, useMatch } from 'react-router';
import type { NavItem } from '../hooks/useNavItems.js';

/** A main-menu entry; its <li> gets the DKFDS active classes, its link aria-current="page". */
export function MenuItem({ item, activeClass, onNavigate }: { item: NavItem; activeClass: string; onNavigate?: () => void }) {
  const active = useMatch({ path: item.to, end: item.end });
  return (
    <li className={active ? activeClass : undefined}>
      <NavLink to={item.to} end={item.end} className="nav-link" onClick={onNavigate}>
        <span>{item.label}</span>
      </NavLink>
    </li>
  );
}
