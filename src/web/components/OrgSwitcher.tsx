import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { orgPath, useCurrentOrg } from '../hooks/useCurrentOrg.js';
import { useSession } from '../hooks/useSession.js';
import { Icon } from './Icon.js';

/** A disclosure listing the user's other organisations as links (shown when there are several). */
export function OrgSwitcher() {
  const { t } = useTranslation();
  const { memberships } = useSession();
  const current = useCurrentOrg();
  const [open, setOpen] = useState(false);
  const listId = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      if (root.current && !root.current.contains(event.target as Node)) setOpen(false);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        setOpen(false);
        button.current?.focus();
      }
    };
    document.addEventListener('pointerdown', onPointer);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('pointerdown', onPointer);
      document.removeEventListener('keydown', onKey);
    };
  }, [open]);

  const others = memberships.filter((m) => m.orgId !== current?.orgId);
  if (others.length === 0) return null;

  return (
    <div className="pj-org-switcher" ref={root}>
      <button
        ref={button}
        type="button"
        className="function-link"
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpen((o) => !o)}
      >
        {t('orgSwitcher.button')}
        <Icon name="chevronDown" className={open ? 'pj-rotate' : undefined} />
      </button>
      <div id={listId} className="pj-org-menu" hidden={!open}>
        <ul className="nobullet-list">
          {others.map((m) => (
            <li key={m.orgId}>
              <Link to={orgPath(m.orgId)} onClick={() => setOpen(false)}>
                {m.orgName}
              </Link>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
