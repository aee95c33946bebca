import { useTranslation } from 'react-i18next';
import type { AreaPlan } from '../../lib/workshops.js';
import { usePlanColumns } from './planColumns.js';

/**
 * Every area's action plan as a table with the template's columns, read-only and live (the area
 * groups write them on their phones).
 */
export function PlanTables({ plans, showMembers }: { plans: AreaPlan[]; showMembers: boolean }) {
  const { t } = useTranslation();
  const columns = usePlanColumns();
  if (plans.length === 0) return <p>{t('workshops.plans.noAreas')}</p>;
  return (
    <div className="pj-plan-tables">
      {plans.map((plan) => {
        const name = plan.name ?? t('workshops.plans.unknownArea');
        return (
          <div className="pj-plan-area" key={plan.areaId}>
            <table className="table table--compact table-md-responsive-headers pj-table pj-plan-table">
              <caption>
                <span className="pj-plan-caption-name">{t('workshops.plans.caption', { area: name })}</span>
                {showMembers ? (
                  <span className="pj-plan-caption-members"> · {t('workshops.plans.members', { count: plan.members })}</span>
                ) : null}
              </caption>
              <thead>
                <tr>
                  {columns.map((c) => (
                    <th scope="col" key={c.id}>
                      {c.label}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {plan.rows.length === 0 ? (
                  <tr>
                    <td colSpan={columns.length} className="pj-plan-empty">
                      {t('workshops.plans.noRows')}
                    </td>
                  </tr>
                ) : (
                  plan.rows.map((row) => (
                    <tr key={row.id}>
                      {columns.map((c) => {
                        const text = c.text(row);
                        return (
                          <td key={c.id} data-title={c.label} className="pj-break">
                            {text || (
                              <>
                                <span className="pj-plan-blank" aria-hidden="true">
                                  –
                                </span>
                                <span className="sr-only">{t('workshops.plans.blank')}</span>
                              </>
                            )}
                          </td>
                        );
                      })}
                    </tr>
                  ))
                )}
              </tbody>
            </table>
          </div>
        );
      })}
    </div>
  );
}
