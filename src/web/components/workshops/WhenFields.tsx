import { useTranslation } from 'react-i18next';
import { TextField, type TextFieldProps } from '../fields.js';

type FieldProps = Omit<TextFieldProps, 'label' | 'type' | 'width'>;

/** When a workshop takes place: a date and an optional time, as one group with its hint. */
export function WhenFields({ formId, date, time }: { formId: string; date: FieldProps; time: FieldProps }) {
  const { t } = useTranslation();
  return (
    <fieldset className="form-group pj-deadline" aria-describedby={`${formId}-when-hint`}>
      <legend className="form-label">{t('workshops.fields.when')}</legend>
      <span className="form-hint" id={`${formId}-when-hint`}>
        {t('workshops.fields.whenHint')}
      </span>
      <div className="pj-deadline-fields">
        <TextField {...date} label={t('workshops.fields.date')} type="date" width="input-width-s" />
        <TextField {...time} label={t('workshops.fields.time')} type="time" width="input-width-xs" />
      </div>
    </fieldset>
  );
}
