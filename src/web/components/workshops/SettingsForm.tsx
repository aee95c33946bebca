import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ZUpdateWorkshopBody, updateWorkshop, type TWorkshop } from '../../../contracts/workshops.js';
import { callOp } from '../../api/client.js';
import { useForm } from '../../hooks/useForm.js';
import { validateWith } from '../../lib/validation.js';
import { Alert, StatusRegion } from '../Alert.js';
import { ErrorSummary } from '../ErrorSummary.js';
import { RadioGroup, TextField } from '../fields.js';

const FORM_ID = 'settings';

/** How the questionnaire is answered, and how many dots each participant has in the common picture. */
export function SettingsForm({
  orgId,
  workshop,
  onSaved,
  onDirty,
}: {
  orgId: string;
  workshop: TWorkshop;
  onSaved: (workshop: TWorkshop) => void;
  onDirty: (dirty: boolean) => void;
}) {
  const { t } = useTranslation();
  const [saved, setSaved] = useState<string | null>(null);
  const initial = { answering: workshop.settings.answering, dots: String(workshop.settings.dotsPerParticipant) };
  const form = useForm({
    id: FORM_ID,
    initial,
    labels: { answering: t('workshops.settings.answering'), dots: t('workshops.settings.dots') },
    onAttempt: () => setSaved(null),
    validate: (values, lang) => {
      const dots = values.dots.trim() === '' ? Number.NaN : Number(values.dots);
      const result = validateWith(ZUpdateWorkshopBody, { settings: { answering: values.answering, dotsPerParticipant: dots } }, lang);
      if (result.ok) return result;
      // The contract's paths (settings.…) named as this form's fields.
      const errors: Record<string, string> = {};
      for (const [path, message] of Object.entries(result.errors)) {
        if (path === 'settings.dotsPerParticipant') errors.dots = Number.isNaN(dots) ? t('workshops.settings.dotsInvalid') : message;
        else if (path === 'settings.answering') errors.answering = message;
        else errors[path] = message;
      }
      return { ok: false, errors };
    },
    onSubmit: async (body) => {
      const updated = await callOp(updateWorkshop, { params: { orgId, workshopId: workshop.id }, body });
      form.reset({ answering: updated.settings.answering, dots: String(updated.settings.dotsPerParticipant) });
      setSaved(t('workshops.settings.saved'));
      onSaved(updated);
    },
  });
  const dirty = form.values.answering !== initial.answering || form.values.dots !== initial.dots;
  useEffect(() => onDirty(dirty), [dirty, onDirty]);

  return (
    <section className="pj-section" aria-labelledby="settings-heading">
      <h2 id="settings-heading" className="h3">
        {t('workshops.settings.heading')}
      </h2>
      <ErrorSummary id={`${FORM_ID}-errors`} items={form.summary} summaryRef={form.summaryRef} />
      <form onSubmit={form.handleSubmit} noValidate>
        <RadioGroup
          {...form.field('answering')}
          legend={t('workshops.settings.answering')}
          options={(['individual', 'group', 'either'] as const).map((value) => ({
            value,
            label: t(`workshops.answering.${value}`),
            hint: t(`workshops.answeringHint.${value}`),
          }))}
        />
        <TextField
          {...form.field('dots')}
          label={t('workshops.settings.dots')}
          hint={t('workshops.settings.dotsHint')}
          inputMode="numeric"
          maxLength={2}
          width="input-char-4"
        />
        <button type="submit" className="button button-primary mt-5" disabled={form.submitting}>
          {t('workshops.settings.save')}
        </button>
        <StatusRegion>{saved && !dirty ? <Alert variant="success">{saved}</Alert> : null}</StatusRegion>
      </form>
    </section>
  );
}
