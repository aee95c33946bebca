import { useTranslation } from 'react-i18next';
import type { TSnapshot } from '../../../contracts/live.js';
import { useLanguage } from '../../hooks/useLanguage.js';
import { WORKSHOP_CONTENT } from '../../lib/workshopContent.js';
import { areaPlans } from '../../lib/workshops.js';
import { Alert } from '../Alert.js';
import { PlanTables } from './PlanTables.js';
import { SourceNote } from './SourceNote.js';

/**
 * The area work on the console: how many are in each area group (with a warning where a group is
 * too small to work), who has not chosen an area yet, and every area's plan as it is written.
 */
export function AreaWorkConsole({ snapshot }: { snapshot: TSnapshot }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const plans = areaPlans(snapshot.plans, snapshot.workshop.areas);
  const min = WORKSHOP_CONTENT.actionPlan.minGroupSize;
  const inGroups = plans.reduce((sum, p) => sum + p.members, 0);
  const without = Math.max(0, snapshot.participants - inGroups);
  const small = plans.filter((p) => p.name !== null && p.members > 0 && p.members < min);
  const empty = plans.filter((p) => p.name !== null && p.members === 0);
  const col = {
    area: t('workshops.plans.columns.area'),
    members: t('workshops.plans.columns.members'),
    rows: t('workshops.plans.columns.rows'),
  };

  return (
    <section className="pj-section pj-area-console" aria-labelledby="areawork-heading">
      <h2 id="areawork-heading" className="h3">
        {t('workshops.plans.areaWorkHeading')}
      </h2>
      <details className="pj-console-purpose pj-plan-task">
        <summary>{WORKSHOP_CONTENT.actionPlan.title[language]}</summary>
        <ul>
          {WORKSHOP_CONTENT.actionPlan.task.map((line) => (
            <li key={line.da}>{line[language]}</li>
          ))}
        </ul>
        <SourceNote />
      </details>

      <h3 className="h4">{t('workshops.plans.groupsHeading')}</h3>
      <p className="pj-picture-progress">
        {t('workshops.plans.inGroups', { count: inGroups })} {without > 0 ? t('workshops.plans.withoutArea', { count: without }) : null}
      </p>
      {small.length > 0 || empty.length > 0 ? (
        <Alert variant="warning" className="pj-compact-alert">
          {small.length > 0 ? <p>{t('workshops.plans.smallGroups', { count: small.length, min })}</p> : null}
          {empty.length > 0 ? <p>{t('workshops.plans.emptyGroups', { count: empty.length })}</p> : null}
        </Alert>
      ) : null}
      {plans.length === 0 ? (
        <p>{t('workshops.plans.noAreas')}</p>
      ) : (
        <table className="table table--compact table-md-responsive-headers pj-table pj-groups-table">
          <caption className="sr-only">{t('workshops.plans.groupsHeading')}</caption>
          <thead>
            <tr>
              <th scope="col">{col.area}</th>
              <th scope="col" className="pj-num">
                {col.members}
              </th>
              <th scope="col" className="pj-num">
                {col.rows}
              </th>
            </tr>
          </thead>
          <tbody>
            {plans.map((plan) => {
              const tooFew = plan.name !== null && plan.members < min;
              const warning = plan.members === 0 ? t('workshops.plans.noGroup') : t('workshops.plans.tooFew', { min });
              return (
                <tr key={plan.areaId} className={tooFew ? 'pj-group-small' : undefined}>
                  <th scope="row" data-title={col.area} className="pj-break">
                    {plan.name ?? t('workshops.plans.unknownArea')}
                  </th>
                  <td data-title={col.members} className="pj-num">
                    {plan.members}
                    {tooFew ? <span className="pj-group-warning"> {warning}</span> : null}
                  </td>
                  <td data-title={col.rows} className="pj-num">
                    {plan.rows.length}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}

      <h3 className="h4">{t('workshops.plans.plansHeading')}</h3>
      <PlanTables plans={plans} showMembers />
    </section>
  );
}
