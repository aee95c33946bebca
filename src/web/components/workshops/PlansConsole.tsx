import { useTranslation } from 'react-i18next';
import type { TSnapshot } from '../../../contracts/live.js';
import type { TWorkshop } from '../../../contracts/workshops.js';
import { areaPlans } from '../../lib/workshops.js';
import { PlanNotesForm } from './PlanNotesForm.js';
import { PlanTables } from './PlanTables.js';

/**
 * The common plans and the conclusion on the console: every area's plan (as on the projector) and
 * the facilitator's notes of the dialogue, the owners and the conclusion. The form stays mounted
 * from the common plans into the conclusion, so text being written goes along.
 */
export function PlansConsole({
  snapshot,
  orgId,
  workshop,
  onSaved,
}: {
  snapshot: TSnapshot;
  orgId: string;
  workshop: TWorkshop;
  onSaved: (workshop: TWorkshop) => void;
}) {
  const { t } = useTranslation();
  return (
    <>
      <PlanNotesForm orgId={orgId} workshop={workshop} onSaved={onSaved} />
      <section className="pj-section pj-plans-console" aria-labelledby="plans-heading">
        <h2 id="plans-heading" className="h3">
          {t('workshops.plans.allPlansHeading')}
        </h2>
        {snapshot.plans ? (
          <PlanTables plans={areaPlans(snapshot.plans, snapshot.workshop.areas)} showMembers={false} />
        ) : (
          <p>{t('workshops.plans.notYet')}</p>
        )}
      </section>
    </>
  );
}
