import { useTranslation } from 'react-i18next';
import type { RingDraft } from '../../../lib/radarHub.js';
import { FieldError, TextField } from '../../fields.js';
import { pathId } from '../../workshops/section.js';

/**
 * The rings of an edition from the centre out, one fieldset each: name, colour (with its hex
 * value as text) and the least percentage of the ring rule. Input ids follow the body paths
 * (`rings.N.name` → `${formId}-rings-N-name`).
 */
export function RingsEditor({
  formId,
  rings,
  onChange,
  errors,
  thresholdHint,
}: {
  formId: string;
  rings: readonly RingDraft[];
  onChange: (index: number, change: Partial<RingDraft>) => void;
  errors: Record<string, string>;
  thresholdHint: (index: number) => string;
}) {
  const { t } = useTranslation();
  const ringsError = errors['rings'];
  return (
    <div className="pj-radar-rings" id={`${formId}-rings`}>
      <h3 className="h4">{t('radarHub.look.ringsHeading')}</h3>
      <p className="form-hint">{t('radarHub.look.ringsHint')}</p>
      {ringsError ? (
        <p className="form-error-message">
          <span className="sr-only">{t('form.errorPrefix')} </span>
          {ringsError}
        </p>
      ) : null}
      <ol className="nobullet-list pj-ring-fields">
        {rings.map((ring, index) => {
          const nameId = pathId(formId, `rings.${index}.name`);
          const colorId = pathId(formId, `rings.${index}.color`);
          const minId = pathId(formId, `rings.${index}.min`);
          const position =
            index === 0 ? t('radarHub.look.ring.innermost') : index === rings.length - 1 ? t('radarHub.look.ring.outermost') : null;
          const colorError = errors[`rings.${index}.color`];
          return (
            <li key={ring.id}>
              <fieldset className="pj-fieldset pj-ring-fieldset">
                <legend className="h5">
                  {t('radarHub.look.ringLegend', { number: index + 1 })}
                  {position ? ` (${position})` : null}
                </legend>
                <TextField
                  id={nameId}
                  name={nameId}
                  label={t('radarHub.look.ring.name')}
                  value={ring.name}
                  onChange={(e) => onChange(index, { name: e.target.value })}
                  error={errors[`rings.${index}.name`] ?? errors[`rings.${index}`]}
                  required
                  maxLength={60}
                  width="input-width-m"
                />
                <div className={colorError ? 'form-group form-error' : 'form-group'}>
                  <label className="form-label" htmlFor={colorId}>
                    {t('radarHub.look.ring.color')}
                  </label>
                  <FieldError id={colorId} error={colorError} />
                  <div className="pj-color-field">
                    <input
                      type="color"
                      className="pj-color-input"
                      id={colorId}
                      name={colorId}
                      value={ring.color}
                      onChange={(e) => onChange(index, { color: e.target.value })}
                      aria-describedby={`${colorId}-value${colorError ? ` ${colorId}-error` : ''}`}
                      aria-invalid={colorError ? true : undefined}
                    />
                    <span className="pj-ring-hex" id={`${colorId}-value`}>
                      {ring.color.toLowerCase()}
                    </span>
                  </div>
                </div>
                <TextField
                  id={minId}
                  name={minId}
                  label={t('radarHub.look.ring.threshold')}
                  hint={thresholdHint(index)}
                  value={ring.percent}
                  onChange={(e) => onChange(index, { percent: e.target.value })}
                  error={errors[`rings.${index}.min`]}
                  inputMode="decimal"
                  maxLength={6}
                  required
                  width="input-char-4"
                />
              </fieldset>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
