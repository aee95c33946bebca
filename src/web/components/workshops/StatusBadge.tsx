import { useTranslation } from 'react-i18next';
import type { TWorkshopStatus } from '../../../contracts/workshops.js';

const BADGE: Record<TWorkshopStatus, string> = { draft: 'badge', running: 'badge badge-success', finished: 'badge badge-info' };

/** Kladde, I gang or Afsluttet as a DKFDS badge (the word carries the meaning, the colour only helps). */
export function StatusBadge({ status }: { status: TWorkshopStatus }) {
  const { t } = useTranslation();
  return <span className={BADGE[status]}>{t(`workshops.status.${status}`)}</span>;
}
