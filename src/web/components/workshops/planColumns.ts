import { useTranslation } from 'react-i18next';
import type { TPlanRow } from '../../../contracts/live.js';
import { useLanguage } from '../../hooks/useLanguage.js';
import { WORKSHOP_CONTENT } from '../../lib/workshopContent.js';
import { cellText, periodParts } from '../../lib/workshops.js';

export interface PlanColumn {
  id: string;
  label: string;
  hint: string;
  /** The column's text for a row ('' when empty); »start–end« joins two plan fields. */
  text: (row: TPlanRow) => string;
}

/** The columns of the source's action-plan template, in its order and the reader's language. */
export function usePlanColumns(): PlanColumn[] {
  const { t } = useTranslation();
  const { language } = useLanguage();
  return WORKSHOP_CONTENT.actionPlan.fields.map((field) => ({
    id: field.id,
    label: field.label[language],
    hint: field.hint[language],
    text: (row: TPlanRow) => {
      if (field.planFields.length === 1) return cellText(row, field.planFields[0]);
      const { from, to } = periodParts(cellText(row, 'start'), cellText(row, 'end'), language);
      if (from && to) return t('workshops.plans.period', { from, to });
      if (from) return t('workshops.plans.periodFrom', { from });
      if (to) return t('workshops.plans.periodTo', { to });
      return '';
    },
  }));
}
