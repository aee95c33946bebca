import { useTranslation } from 'react-i18next';
import { ZCreateWorkshopBody, createWorkshop, type TWorkshop } from '../../../contracts/workshops.js';
import { callOp } from '../../api/client.js';
import { useForm } from '../../hooks/useForm.js';
import { copenhagenToIso } from '../../lib/format.js';
import { validateWith, withExtraErrors, type FieldErrors } from '../../lib/validation.js';
import { ErrorSummary } from '../ErrorSummary.js';
import { TextField } from '../fields.js';
import { WhenFields } from './WhenFields.js';

const FORM_ID = 'create-workshop';
/** A date without a time: the workshop is taken to start at nine. */
export const DEFAULT_START = '09:00';

/** Date and time fields as an ISO instant (Copenhagen time), with the messages when they do not add up. */
export function scheduledFrom(
  date: string,
  time: string,
  messages: { invalid: string; dateMissing: string },
): { value: string | null; error?: string } {
  if (!date) return time ? { value: null, error: messages.dateMissing } : { value: null };
  const iso = copenhagenToIso(date, time || DEFAULT_START);
  return iso ? { value: iso } : { value: null, error: messages.invalid };
}

/** Prepares a new workshop from the template: a title and, if known, when it takes place. */
export function CreateWorkshopForm({ orgId, onCreated }: { orgId: string; onCreated: (workshop: TWorkshop) => void }) {
  const { t } = useTranslation();
  const form = useForm({
    id: FORM_ID,
    initial: { title: '', date: '', time: '' },
    labels: { title: t('workshops.create.title'), date: t('workshops.fields.date'), time: t('workshops.fields.time') },
    validate: (values, lang) => {
      const when = scheduledFrom(values.date, values.time, {
        invalid: t('workshops.fields.dateInvalid'),
        dateMissing: t('workshops.fields.dateMissing'),
      });
      const extra: FieldErrors = when.error ? { date: when.error } : {};
      return withExtraErrors(validateWith(ZCreateWorkshopBody, { title: values.title, scheduledFor: when.value }, lang), extra);
    },
    onSubmit: async (body) => {
      const workshop = await callOp(createWorkshop, { params: { orgId }, body });
      form.reset();
      onCreated(workshop);
    },
  });

  return (
    <div className="pj-subform pj-subform-wide">
      <h2 className="h3">{t('workshops.create.heading')}</h2>
      <p>{t('workshops.create.intro')}</p>
      <ErrorSummary id={`${FORM_ID}-errors`} items={form.summary} summaryRef={form.summaryRef} />
      <form onSubmit={form.handleSubmit} noValidate>
        <TextField
          {...form.field('title')}
          label={t('workshops.create.title')}
          hint={t('workshops.create.titleHint')}
          required
          maxLength={200}
          width="input-width-xl"
        />
        <WhenFields formId={FORM_ID} date={form.field('date')} time={form.field('time')} />
        <p className="form-hint">{t('workshops.create.areasHint')}</p>
        <button type="submit" className="button button-primary mt-5" disabled={form.submitting}>
          {t('workshops.create.submit')}
        </button>
      </form>
    </div>
  );
}
