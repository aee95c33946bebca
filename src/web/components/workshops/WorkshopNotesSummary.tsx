import { useTranslation } from 'react-i18next';
import type { TWorkshopNotes } from '../../../contracts/workshops.js';
import { useLanguage } from '../../hooks/useLanguage.js';
import { WORKSHOP_CONTENT } from '../../lib/workshopContent.js';

/** The facilitator's notes of the common plans as written: a text per dialogue theme, the owners and the conclusion. */
export function WorkshopNotesSummary({ notes }: { notes: TWorkshopNotes }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const entries = [
    ...WORKSHOP_CONTENT.planThemes.map((theme) => ({ key: theme.id, label: theme.label[language], text: notes.themes[theme.id] ?? '' })),
    { key: 'owners', label: t('workshops.planNotes.owners'), text: notes.owners },
    { key: 'conclusion', label: t('workshops.planNotes.conclusion'), text: notes.conclusion },
  ].filter((e) => e.text.trim() !== '');
  if (entries.length === 0) return null;
  return (
    <section className="pj-section" aria-labelledby="overview-notes-heading">
      <h2 id="overview-notes-heading" className="h3">
        {t('workshops.planNotes.heading')}
      </h2>
      <dl className="pj-notes-summary">
        {entries.map((e) => (
          <div key={e.key}>
            <dt>{e.label}</dt>
            <dd className="pj-preline pj-break">{e.text}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
