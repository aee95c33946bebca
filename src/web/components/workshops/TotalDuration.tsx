import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../hooks/useLanguage.js';
import { formatClock } from '../../lib/format.js';
import { plannedTimes, splitMinutes, totalMinutes } from '../../lib/workshops.js';

/** The agenda's total length (4 t 0 min) and, with a start time, when it ends. */
export function TotalDuration({ minutes, start }: { minutes: number[]; start: string | null }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const steps = minutes.map((m) => ({ durationMinutes: Number.isFinite(m) ? m : 0 }));
  const total = totalMinutes(steps);
  const { hours, minutes: rest } = splitMinutes(total);
  const times = plannedTimes(start, steps);
  const first = times?.[0];
  const last = times?.at(-1);
  return (
    <p className="pj-total-duration">
      <span className="weight-semibold">{t('workshops.agenda.total')}</span>{' '}
      {t('workshops.agenda.totalValue', { hours, minutes: rest, total })}
      {first && last
        ? ` · ${t('workshops.agenda.clock', { from: formatClock(first.from, language), to: formatClock(last.to, language) })}`
        : ''}
    </p>
  );
}
