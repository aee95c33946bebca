import type { MouseEvent, RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { SummaryItem } from '../hooks/useForm.js';
import { Icon } from './Icon.js';

/**
 * The DKFDS error summary ("fejlopsummering"): an error alert at the top of the form listing
 * each problem as a link to its field. The form focuses it after a failed submit.
 */
export function ErrorSummary({
  id,
  items,
  summaryRef,
  onJump,
}: {
  id: string;
  items: SummaryItem[];
  summaryRef: RefObject<HTMLDivElement | null>;
  /** For fields that may not be on screen (another step of a form): show the field, then focus it. */
  onJump?: (target: string) => void;
}) {
  const { t } = useTranslation();
  if (items.length === 0) return null;

  const jump = (event: MouseEvent<HTMLAnchorElement>, target: string) => {
    if (onJump) {
      event.preventDefault();
      onJump(target);
      return;
    }
    const field = document.getElementById(target);
    if (!field) return;
    event.preventDefault();
    field.scrollIntoView({ block: 'center' });
    field.focus();
  };

  return (
    <div className="alert alert-error pj-error-summary" tabIndex={-1} ref={summaryRef} aria-labelledby={`${id}-heading`} role="group">
      <Icon name="error" className="alert-icon" />
      <div className="alert-body">
        <h2 className="alert-heading" id={`${id}-heading`}>
          {t('form.errorSummaryHeading')}
        </h2>
        <ul className="alert-text nobullet-list">
          {items.map((item) => (
            <li key={`${item.target ?? ''}${item.text}`}>
              {item.target ? (
                <a className="function-link" href={`#${item.target}`} onClick={(e) => jump(e, item.target!)}>
                  {item.text}
                </a>
              ) : (
                item.text
              )}
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
