import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ZUpdateWorkshopBody, updateWorkshop, type TWorkshop, type TWorkshopNotes } from '../../../contracts/workshops.js';
import { callOp } from '../../api/client.js';
import { useLanguage } from '../../hooks/useLanguage.js';
import { formatClock } from '../../lib/format.js';
import { validateWith } from '../../lib/validation.js';
import { WORKSHOP_CONTENT } from '../../lib/workshopContent.js';
import { notesDraftOf, sameNotes } from '../../lib/workshops.js';
import { Alert, StatusRegion } from '../Alert.js';
import { ErrorSummary } from '../ErrorSummary.js';
import { TextAreaField } from '../fields.js';
import { useSectionSave } from './section.js';
import { SourceNote } from './SourceNote.js';

const FORM_ID = 'plan-notes';
const THEME_IDS = WORKSHOP_CONTENT.planThemes.map((theme) => theme.id);
const storageKey = (workshopId: string) => `pejling.workshop-notes.${workshopId}`;

const themeFieldId = (themeId: string) => `${FORM_ID}-theme-${themeId}`;
const OWNERS_ID = `${FORM_ID}-owners`;
const CONCLUSION_ID = `${FORM_ID}-conclusion`;

function readStored(workshopId: string): TWorkshopNotes | null {
  try {
    const raw = sessionStorage.getItem(storageKey(workshopId));
    if (!raw) return null;
    const value = JSON.parse(raw) as Partial<TWorkshopNotes>;
    if (typeof value !== 'object' || value === null) return null;
    return notesDraftOf(
      {
        themes: typeof value.themes === 'object' && value.themes !== null ? value.themes : {},
        owners: typeof value.owners === 'string' ? value.owners : '',
        conclusion: typeof value.conclusion === 'string' ? value.conclusion : '',
      },
      THEME_IDS,
    );
  } catch {
    return null;
  }
}

function writeStored(workshopId: string, draft: TWorkshopNotes | null): void {
  try {
    if (draft) sessionStorage.setItem(storageKey(workshopId), JSON.stringify(draft));
    else sessionStorage.removeItem(storageKey(workshopId));
  } catch {
    // Storage can be disabled; the text then lives as long as the page.
  }
}

/**
 * The text of the notes form while it is being written: kept in this tab's session storage until
 * it is saved, so leaving the console (or reloading it) during the step loses nothing; the
 * browser asks before the tab is closed with unsaved text.
 */
export function usePlanNotesDraft(workshopId: string, saved: TWorkshopNotes) {
  const [draft, setDraftState] = useState<TWorkshopNotes>(() => readStored(workshopId) ?? notesDraftOf(saved, THEME_IDS));
  const dirty = !sameNotes(draft, notesDraftOf(saved, THEME_IDS));

  const setDraft = useCallback(
    (next: TWorkshopNotes) => {
      setDraftState(next);
      writeStored(workshopId, next);
    },
    [workshopId],
  );
  const markSaved = useCallback(
    (stored: TWorkshopNotes, sent: TWorkshopNotes) => {
      // Text written while the save was on its way stays a draft.
      setDraftState((current) => {
        const unchanged = sameNotes(current, sent);
        writeStored(workshopId, unchanged ? null : current);
        return unchanged ? notesDraftOf(stored, THEME_IDS) : current;
      });
    },
    [workshopId],
  );

  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  return { draft, setDraft, dirty, markSaved };
}

/**
 * The facilitator's notes of the common plans: a text per dialogue theme of the source (ambition
 * level, shared resources, wholeness, signal value), the named owners and the conclusion, saved
 * on the workshop and printed in the minutes.
 */
export function PlanNotesForm({
  orgId,
  workshop,
  onSaved,
}: {
  orgId: string;
  workshop: TWorkshop;
  onSaved: (workshop: TWorkshop) => void;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { draft, setDraft, dirty, markSaved } = usePlanNotesDraft(workshop.id, workshop.notes);
  const [savedAt, setSavedAt] = useState<Date | null>(null);
  const [failed, setFailed] = useState(false);

  const labelOf = (path: string): { label: string; target: string } | null => {
    const [, field, themeId] = path.split('.');
    if (field === 'owners') return { label: t('workshops.planNotes.owners'), target: OWNERS_ID };
    if (field === 'conclusion') return { label: t('workshops.planNotes.conclusion'), target: CONCLUSION_ID };
    const theme = WORKSHOP_CONTENT.planThemes.find((x) => x.id === themeId);
    return theme ? { label: theme.label[language], target: themeFieldId(theme.id) } : null;
  };
  const save = useSectionSave(labelOf);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFailed(false);
    const sent = draft;
    let ok = false;
    await save.submit(
      validateWith(ZUpdateWorkshopBody, { notes: sent }, language),
      async (body) => {
        const updated = await callOp(updateWorkshop, { params: { orgId, workshopId: workshop.id }, body });
        markSaved(updated.notes, sent);
        onSaved(updated);
        setSavedAt(new Date());
        ok = true;
      },
      '',
    );
    setFailed(!ok);
  };

  const themeText = (id: string) => draft.themes[id] ?? '';
  const setTheme = (id: string, value: string) => setDraft({ ...draft, themes: { ...draft.themes, [id]: value } });

  return (
    <section className="pj-section pj-plan-notes" aria-labelledby="plan-notes-heading">
      <h2 id="plan-notes-heading" className="h3">
        {t('workshops.planNotes.heading')}
      </h2>
      <p>{t('workshops.planNotes.intro')}</p>
      <SourceNote />
      <ErrorSummary id={`${FORM_ID}-errors`} items={save.summary} summaryRef={save.summaryRef} />
      <form onSubmit={(e) => void submit(e)} noValidate>
        <fieldset className="pj-plan-themes">
          <legend className="h4">{t('workshops.planNotes.themesLegend')}</legend>
          {WORKSHOP_CONTENT.planThemes.map((theme) => (
            <TextAreaField
              key={theme.id}
              id={themeFieldId(theme.id)}
              label={theme.label[language]}
              hint={theme.question[language]}
              value={themeText(theme.id)}
              error={save.errors[`notes.themes.${theme.id}`]}
              rows={3}
              maxLength={4000}
              onChange={(e) => setTheme(theme.id, e.target.value)}
            />
          ))}
        </fieldset>
        <TextAreaField
          id={OWNERS_ID}
          label={t('workshops.planNotes.owners')}
          hint={t('workshops.planNotes.ownersHint')}
          value={draft.owners}
          error={save.errors['notes.owners']}
          rows={3}
          maxLength={2000}
          onChange={(e) => setDraft({ ...draft, owners: e.target.value })}
        />
        <TextAreaField
          id={CONCLUSION_ID}
          label={t('workshops.planNotes.conclusion')}
          hint={t('workshops.planNotes.conclusionHint')}
          value={draft.conclusion}
          error={save.errors['notes.conclusion']}
          rows={5}
          maxLength={4000}
          onChange={(e) => setDraft({ ...draft, conclusion: e.target.value })}
        />
        <div className="pj-button-row pj-notes-save">
          <button type="submit" className="button button-primary">
            {t('workshops.planNotes.save')}
          </button>
          <p className="pj-inline-status">
            {save.saving ? t('workshops.planNotes.saving') : dirty ? t('workshops.planNotes.unsaved') : null}
          </p>
        </div>
        <StatusRegion>
          {failed && !save.saving ? (
            <Alert variant="error" className="pj-compact-alert">
              {t('workshops.planNotes.failed')}
            </Alert>
          ) : savedAt && !dirty ? (
            <Alert variant="success" className="pj-compact-alert">
              {t('workshops.planNotes.saved', { time: formatClock(savedAt, language) })}
            </Alert>
          ) : null}
        </StatusRegion>
      </form>
    </section>
  );
}
