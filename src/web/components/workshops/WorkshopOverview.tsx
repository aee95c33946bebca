import { useTranslation } from 'react-i18next';
import type { TWorkshop } from '../../../contracts/workshops.js';
import { useLanguage } from '../../hooks/useLanguage.js';
import { formatClock, formatDateTime, isoDate } from '../../lib/format.js';
import { formatDuration, plannedTimes } from '../../lib/workshops.js';
import { TotalDuration } from './TotalDuration.js';

/**
 * A workshop to read: the agenda as planned or, once run, with the actual times (started,
 * ended, time used), the ground rules, the areas and the settings.
 */
export function WorkshopOverview({ workshop }: { workshop: TWorkshop }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const ran = workshop.status !== 'draft';
  const planned = plannedTimes(workshop.scheduledFor, workshop.steps);
  const at = (iso: string | null) => (iso ? <time dateTime={isoDate(iso)}>{formatClock(new Date(iso), language)}</time> : '–');
  const col = {
    number: t('workshops.agenda.columns.number'),
    step: t('workshops.agenda.columns.step'),
    kind: t('workshops.agenda.columns.kind'),
    planned: t('workshops.agenda.columns.planned'),
    used: t('workshops.agenda.columns.used'),
    started: t('workshops.agenda.columns.started'),
    ended: t('workshops.agenda.columns.ended'),
    clock: t('workshops.agenda.columns.clock'),
  };

  return (
    <>
      <section className="pj-section" aria-labelledby="overview-agenda-heading">
        <h2 id="overview-agenda-heading" className="h3">
          {ran ? t('workshops.agenda.headingRun') : t('workshops.agenda.heading')}
        </h2>
        <TotalDuration minutes={workshop.steps.map((s) => s.durationMinutes)} start={workshop.scheduledFor} />
        <table className="table table--zebra table--compact table-md-responsive-headers pj-table pj-agenda-table">
          <caption className="sr-only">{ran ? t('workshops.agenda.headingRun') : t('workshops.agenda.heading')}</caption>
          <thead>
            <tr>
              <th scope="col">{col.number}</th>
              <th scope="col">{col.step}</th>
              <th scope="col">{col.kind}</th>
              <th scope="col">{col.planned}</th>
              {ran ? (
                <>
                  <th scope="col">{col.used}</th>
                  <th scope="col">{col.started}</th>
                  <th scope="col">{col.ended}</th>
                </>
              ) : planned ? (
                <th scope="col">{col.clock}</th>
              ) : null}
            </tr>
          </thead>
          <tbody>
            {workshop.steps.map((step, index) => (
              <tr
                key={step.id}
                className={ran && index === workshop.currentStep && workshop.status === 'running' ? 'pj-current-row' : undefined}
              >
                <td data-title={col.number} className="pj-num">
                  {index + 1}
                </td>
                <th scope="row" data-title={col.step} className="pj-break">
                  {step.title}
                  {step.purpose ? (
                    <details className="pj-purpose-details">
                      <summary>
                        {t('workshops.agenda.purpose')}
                        <span className="sr-only"> – {step.title}</span>
                      </summary>
                      <p className="pj-preline pj-purpose-text">{step.purpose}</p>
                    </details>
                  ) : null}
                </th>
                <td data-title={col.kind}>{t(`workshops.stepKinds.${step.kind}`)}</td>
                <td data-title={col.planned} className="pj-num">
                  {t('workshops.minutes', { count: step.durationMinutes })}
                </td>
                {ran ? (
                  <>
                    <td data-title={col.used} className="pj-num">
                      {step.startedAt ? formatDuration(step.elapsedMs) : '–'}
                    </td>
                    <td data-title={col.started}>{at(step.startedAt)}</td>
                    <td data-title={col.ended}>{at(step.endedAt)}</td>
                  </>
                ) : planned ? (
                  <td data-title={col.clock}>
                    {t('workshops.agenda.clock', {
                      from: formatClock(planned[index]!.from, language),
                      to: formatClock(planned[index]!.to, language),
                    })}
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
        {ran && workshop.startedAt ? (
          <p>
            {t('workshops.ranFrom')} <time dateTime={isoDate(workshop.startedAt)}>{formatDateTime(workshop.startedAt, language)}</time>
            {workshop.finishedAt ? (
              <>
                {' '}
                {t('workshops.ranTo')} <time dateTime={isoDate(workshop.finishedAt)}>{formatDateTime(workshop.finishedAt, language)}</time>
              </>
            ) : null}
            . {t('workshops.participantsCount', { count: workshop.participants })}
          </p>
        ) : null}
      </section>

      <section className="pj-section" aria-labelledby="overview-rules-heading">
        <h2 id="overview-rules-heading" className="h3">
          {t('workshops.rules.heading')}
        </h2>
        <ol className="pj-rules">
          {workshop.groundRules.map((rule, i) => (
            <li key={i}>{rule}</li>
          ))}
        </ol>
      </section>

      <section className="pj-section" aria-labelledby="overview-areas-heading">
        <h2 id="overview-areas-heading" className="h3">
          {t('workshops.areas.heading')}
        </h2>
        {workshop.areas.length === 0 ? (
          <p>{t('workshops.areas.none')}</p>
        ) : (
          <ul>
            {workshop.areas.map((a) => (
              <li key={a.id}>{a.name}</li>
            ))}
          </ul>
        )}
      </section>

      <section className="pj-section" aria-labelledby="overview-settings-heading">
        <h2 id="overview-settings-heading" className="h3">
          {t('workshops.settings.heading')}
        </h2>
        <dl className="pj-facts">
          <div>
            <dt>{t('workshops.settings.answering')}</dt>
            <dd>{t(`workshops.answering.${workshop.settings.answering}`)}</dd>
          </div>
          <div>
            <dt>{t('workshops.settings.dots')}</dt>
            <dd>{workshop.settings.dotsPerParticipant}</dd>
          </div>
        </dl>
      </section>
    </>
  );
}
