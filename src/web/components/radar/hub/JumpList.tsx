import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../Icon.js';

export interface JumpGroup {
  id: string;
  name: string;
  items: { id: string; name: string; done: boolean }[];
}

/** The id of a technology card's heading, the target of the jump list. */
export const cardHeadingId = (technologyId: string) => `tech-${technologyId}`;

/** Moves to a card's heading: scrolled into view and focused, so keyboard users continue there. */
export function jumpTo(event: MouseEvent<HTMLAnchorElement>, id: string) {
  const target = document.getElementById(id);
  if (!target) return;
  event.preventDefault();
  target.scrollIntoView({ block: 'start' });
  target.focus();
}

/** A folded list of the technologies by sector, each marked done or not, to jump to its card. */
export function JumpList({ label, summary, groups }: { label: string; summary: string; groups: JumpGroup[] }) {
  const { t } = useTranslation();
  return (
    <nav aria-label={label} className="pj-radar-jump">
      <details className="details">
        <summary className="details-summary">
          <span className="details-summary-text">{summary}</span>
        </summary>
        <div className="details-text">
          {groups.map((group) => (
            <div key={group.id} className="pj-radar-jump-group">
              <p className="weight-semibold pj-radar-jump-heading">{group.name}</p>
              <ul className="nobullet-list">
                {group.items.map((item) => (
                  <li key={item.id}>
                    <a href={`#${cardHeadingId(item.id)}`} onClick={(e) => jumpTo(e, cardHeadingId(item.id))}>
                      {item.name}
                    </a>{' '}
                    {item.done ? (
                      <span className="pj-radar-done">
                        <Icon name="check" className="pj-save-icon" />
                        {t('radarHub.jump.done')}
                      </span>
                    ) : (
                      <span className="pj-muted">{t('radarHub.jump.missing')}</span>
                    )}
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </div>
      </details>
    </nav>
  );
}
