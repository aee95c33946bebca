import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ZUpdateWorkshopBody, updateWorkshop, type TWorkshop } from '../../../contracts/workshops.js';
import { callOp } from '../../api/client.js';
import { useForm } from '../../hooks/useForm.js';
import { validateWith, withExtraErrors, type FieldErrors } from '../../lib/validation.js';
import { copenhagenParts } from '../../lib/workshops.js';
import { Alert, StatusRegion } from '../Alert.js';
import { ErrorSummary } from '../ErrorSummary.js';
import { TextField } from '../fields.js';
import { scheduledFrom } from './CreateWorkshopForm.js';
import { WhenFields } from './WhenFields.js';

const FORM_ID = 'details';

/** The workshop's title and when it takes place. */
export function DetailsForm({
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
  const initial = { title: workshop.title, ...copenhagenParts(workshop.scheduledFor) };
  const form = useForm({
    id: FORM_ID,
    initial,
    labels: { title: t('workshops.fields.title'), date: t('workshops.fields.date'), time: t('workshops.fields.time') },
    onAttempt: () => setSaved(null),
    validate: (values, lang) => {
      const when = scheduledFrom(values.date, values.time, {
        invalid: t('workshops.fields.dateInvalid'),
        dateMissing: t('workshops.fields.dateMissing'),
      });
      const extra: FieldErrors = when.error ? { date: when.error } : {};
      return withExtraErrors(validateWith(ZUpdateWorkshopBody, { title: values.title, scheduledFor: when.value }, lang), extra);
    },
    onSubmit: async (body) => {
      const updated = await callOp(updateWorkshop, { params: { orgId, workshopId: workshop.id }, body });
      form.reset({ title: updated.title, ...copenhagenParts(updated.scheduledFor) });
      setSaved(t('workshops.details.saved'));
      onSaved(updated);
    },
  });
  const dirty = form.values.title !== initial.title || form.values.date !== initial.date || form.values.time !== initial.time;
  useEffect(() => onDirty(dirty), [dirty, onDirty]);

  return (
    <section className="pj-section" aria-labelledby="details-heading">
      <h2 id="details-heading" className="h3">
        {t('workshops.details.heading')}
      </h2>
      <ErrorSummary id={`${FORM_ID}-errors`} items={form.summary} summaryRef={form.summaryRef} />
      <form onSubmit={form.handleSubmit} noValidate>
        <TextField {...form.field('title')} label={t('workshops.fields.title')} required maxLength={200} width="input-width-xl" />
        <WhenFields formId={FORM_ID} date={form.field('date')} time={form.field('time')} />
        <button type="submit" className="button button-primary mt-5" disabled={form.submitting}>
          {t('workshops.details.save')}
        </button>
        <StatusRegion>{saved && !dirty ? <Alert variant="success">{saved}</Alert> : null}</StatusRegion>
      </form>
    </section>
  );
}
