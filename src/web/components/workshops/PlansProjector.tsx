import { useTranslation } from 'react-i18next';
import type { TSnapshot } from '../../../contracts/live.js';
import { useLanguage } from '../../hooks/useLanguage.js';
import { WORKSHOP_CONTENT } from '../../lib/workshopContent.js';
import { areaPlans, emptyRow, type AreaPlan } from '../../lib/workshops.js';
import { usePlanColumns, type PlanColumn } from './planColumns.js';
import { useHiddenItems } from './useHiddenItems.js';

/** Columns of the grid of areas: one area fills the screen, two or four sit two by two, else three a row. */
function gridClass(areas: number): string {
  if (areas <= 1) return 'pj-proj-plans-1';
  if (areas === 2 || areas === 4) return 'pj-proj-plans-2';
  return 'pj-proj-plans-3';
}

/**
 * Every area's action plan on the projector as a card per area, each row with its activity in
 * large type and the template's other columns under it, updating as the groups write. Areas
 * without rows yet share one line at the bottom (until no area has any), so the plans get the
 * room; a plan longer than its card is cut and says how many more rows it has.
 */
export function PlansProjector({ snapshot, showMembers }: { snapshot: TSnapshot; showMembers: boolean }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const columns = usePlanColumns();
  const plans = areaPlans(snapshot.plans, snapshot.workshop.areas).map((p) => ({ ...p, rows: p.rows.filter((r) => !emptyRow(r)) }));
  const written = plans.filter((p) => p.rows.length > 0);
  const cards = written.length > 0 ? written : plans;
  const waiting = written.length > 0 ? plans.filter((p) => p.rows.length === 0) : [];
  const rowCount = cards.reduce((sum, p) => sum + p.rows.length, 0);
  // Few rows get larger type; many get smaller (still readable across the room).
  const size = cards.length > 4 || rowCount > 8 ? ' pj-proj-plans-dense' : cards.length <= 2 && rowCount <= 4 ? ' pj-proj-plans-roomy' : '';
  const nameOf = (plan: AreaPlan) => plan.name ?? t('workshops.plans.unknownArea');

  return (
    <section className="pj-proj-plans-wrap" aria-labelledby="proj-plans-heading">
      <h2 id="proj-plans-heading" className="pj-proj-section-heading">
        {WORKSHOP_CONTENT.actionPlan.title[language]}
      </h2>
      {plans.length === 0 ? (
        <p className="pj-proj-column-empty">{t('workshops.plans.noAreas')}</p>
      ) : (
        <div className={`pj-proj-plans ${gridClass(cards.length)}${size}`}>
          {cards.map((plan) => (
            <PlanCard key={plan.areaId} plan={plan} name={nameOf(plan)} columns={columns} showMembers={showMembers} />
          ))}
        </div>
      )}
      {waiting.length > 0 ? (
        <p className="pj-proj-plans-waiting">
          <span className="pj-proj-plans-waiting-label">{t('workshops.plans.waiting')}</span>{' '}
          {waiting
            .map((p) => (showMembers ? `${nameOf(p)} (${t('workshops.plans.members', { count: p.members })})` : nameOf(p)))
            .join(' · ')}
        </p>
      ) : null}
    </section>
  );
}

function PlanCard({ plan, name, columns, showMembers }: { plan: AreaPlan; name: string; columns: PlanColumn[]; showMembers: boolean }) {
  const { t } = useTranslation();
  const { ref, hidden } = useHiddenItems<HTMLOListElement>(plan.rows);
  const activity = columns.find((c) => c.id === 'aktivitet');
  const rest = columns.filter((c) => c.id !== 'aktivitet');
  const headingId = `proj-area-${plan.areaId}`;
  return (
    <section className="pj-proj-plan" aria-labelledby={headingId}>
      <h3 id={headingId} className="pj-proj-plan-heading">
        <span className="pj-proj-plan-name">{name}</span>
        <span className="pj-proj-plan-meta">
          {showMembers ? `${t('workshops.plans.members', { count: plan.members })} · ` : ''}
          {t('workshops.plans.rowsCount', { count: plan.rows.length })}
        </span>
      </h3>
      {plan.rows.length === 0 ? (
        <p className="pj-proj-column-empty">{t('workshops.plans.noRows')}</p>
      ) : (
        <ol className="pj-proj-plan-rows no-max-width" ref={ref}>
          {plan.rows.map((row) => {
            const main = activity?.text(row) ?? '';
            return (
              <li key={row.id} className="pj-proj-plan-row">
                <p className="pj-proj-plan-activity">{main || t('workshops.plans.noActivity')}</p>
                <dl className="pj-proj-plan-fields">
                  {rest.map((c) => {
                    const text = c.text(row);
                    if (!text) return null;
                    return (
                      <div key={c.id} className="pj-proj-plan-field">
                        <dt>{c.label}</dt>
                        <dd>{text}</dd>
                      </div>
                    );
                  })}
                </dl>
              </li>
            );
          })}
        </ol>
      )}
      {hidden > 0 ? <p className="pj-proj-more">{t('workshops.projector.more', { count: hidden })}</p> : null}
    </section>
  );
}
