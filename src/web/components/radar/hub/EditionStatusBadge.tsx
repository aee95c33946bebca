import { useTranslation } from 'react-i18next';
import type { TEditionStatus } from '../../../../contracts/radar.js';

const BADGE: Record<TEditionStatus, string> = { draft: 'badge', open: 'badge badge-success', closed: 'badge badge-info' };

/** Kladde, Åben for svar or Lukket as a DKFDS badge (the word carries the meaning, the colour only helps). */
export function EditionStatusBadge({ status }: { status: TEditionStatus }) {
  const { t } = useTranslation();
  return <span className={BADGE[status]}>{t(`radarHub.status.${status}`)}</span>;
}
