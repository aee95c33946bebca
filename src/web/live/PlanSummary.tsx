import { useMemo } from 'react';
import { WORKSHOP_CONTENT } from '../lib/workshopContent.js';
import type { LiveState } from './connection.js';
import { useLang } from './i18n.js';
import { formatPlanDate, rowsOf } from './planEdit.js';

/**
 * The own area's plan, read-only: what the phone shows while the plans are reviewed together and
 * during the conclusion (the server sends a participant only its own area's rows).
 */
export function PlanSummary({ state }: { state: LiveState }) {
  const { t, lang } = useLang();
  const snapshot = state.snapshot;
  const area = snapshot?.workshop.areas.find((a) => a.id === state.areaId);
  const rows = useMemo(() => rowsOf(snapshot?.plans ?? null, state.areaId), [snapshot?.plans, state.areaId]);
  if (!area) return null;
  const plan = WORKSHOP_CONTENT.actionPlan;
  const dash = '–';
  return (
    <section aria-labelledby="lv-summary-heading" className="lv-summary">
      <h2 id="lv-summary-heading">{t.plan.planFor(area.name)}</h2>
      <p className="lv-eyebrow">{plan.title[lang]}</p>
      <p className="lv-source">{t.source}</p>
      {rows.length === 0 ? <p className="lv-hint">{t.plan.noPlan}</p> : null}
      {rows.map((row, i) => (
        <div key={row.id} className="lv-row">
          <h3>{t.plan.row(i + 1)}</h3>
          <dl>
            {plan.fields.map((f) => {
              const value =
                f.planFields.length === 1
                  ? row.cells[f.planFields[0]].value
                  : [row.cells.start.value, row.cells.end.value].some(Boolean)
                    ? `${formatPlanDate(row.cells.start.value, lang) || dash} ${dash} ${formatPlanDate(row.cells.end.value, lang) || dash}`
                    : '';
              return (
                <div key={f.id}>
                  <dt>{f.label[lang]}</dt>
                  <dd>{value || dash}</dd>
                </div>
              );
            })}
          </dl>
        </div>
      ))}
    </section>
  );
}
