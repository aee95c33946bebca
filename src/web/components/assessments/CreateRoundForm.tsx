import { useTranslation } from 'react-i18next';
import { ANONYMITY, ZCreateRoundBody, createRound, type TInstrumentSummary, type TRound } from '../../../contracts/assessments.js';
import type { TUnit } from '../../../contracts/organisations.js';
import { callOp } from '../../api/client.js';
import { useForm } from '../../hooks/useForm.js';
import { useLanguage } from '../../hooks/useLanguage.js';
import { sourceLine, tx } from '../../lib/assessments.js';
import { copenhagenToIso } from '../../lib/format.js';
import { flattenTree, unitTree } from '../../lib/units.js';
import { validateWith, withExtraErrors, type FieldErrors } from '../../lib/validation.js';
import { ErrorSummary } from '../ErrorSummary.js';
import { CheckboxField, RadioGroup, SelectField, TextField } from '../fields.js';

const FORM_ID = 'create-round';
const INDENT = '\u00a0\u00a0\u00a0';
const END_OF_DAY = '23:59';

/** Opens a round of a questionnaire: which one, for whom, how it is answered, and until when. */
export function CreateRoundForm({
  orgId,
  instruments,
  units,
  onCreated,
  onAttempt,
}: {
  orgId: string;
  instruments: TInstrumentSummary[];
  units: TUnit[];
  onCreated: (round: TRound) => void;
  onAttempt: () => void;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const form = useForm({
    id: FORM_ID,
    initial: { instrumentId: '', title: '', unitId: '', mode: 'team', anonymous: true as boolean, deadline: '', deadlineTime: '' },
    labels: {
      instrumentId: t('assessments.create.instrument'),
      title: t('assessments.create.title'),
      unitId: t('assessments.create.unit'),
      mode: t('assessments.create.mode'),
      anonymous: t('assessments.create.anonymous'),
      deadline: t('assessments.create.deadlineDate'),
      deadlineTime: t('assessments.create.deadlineTime'),
    },
    validate: (values, lang) => {
      const extra: FieldErrors = {};
      let deadline: string | null = null;
      if (values.deadline) {
        deadline = copenhagenToIso(values.deadline, values.deadlineTime || END_OF_DAY);
        if (!deadline) extra.deadline = t('assessments.create.deadlineInvalid');
        else if (Date.parse(deadline) <= Date.now()) extra.deadline = t('assessments.create.deadlinePast');
      } else if (values.deadlineTime) {
        extra.deadline = t('assessments.create.deadlineDateMissing');
      }
      const result = validateWith(
        ZCreateRoundBody,
        {
          instrumentId: values.instrumentId,
          title: values.title,
          unitId: values.unitId || null,
          mode: values.mode,
          anonymous: values.anonymous,
          deadline,
        },
        lang,
      );
      if (!result.ok && result.errors.instrumentId) result.errors.instrumentId = t('assessments.create.instrumentMissing');
      return withExtraErrors(result, extra);
    },
    onAttempt,
    onSubmit: async (body) => {
      const round = await callOp(createRound, { params: { orgId }, body });
      form.reset();
      onCreated(round);
    },
  });

  const unitOptions = [
    { value: '', label: t('assessments.wholeOrg') },
    ...flattenTree(unitTree(units)).map((n) => ({ value: n.unit.id, label: `${INDENT.repeat(n.depth)}${n.unit.name}` })),
  ];
  const instrumentError = form.errors.instrumentId;

  return (
    <div className="pj-subform pj-subform-wide">
      <h2 className="h3">{t('assessments.create.heading')}</h2>
      <p>{t('assessments.create.intro')}</p>
      <ErrorSummary id={`${FORM_ID}-errors`} items={form.summary} summaryRef={form.summaryRef} />
      <form onSubmit={form.handleSubmit} noValidate>
        <div className={instrumentError ? 'form-group form-error' : 'form-group'}>
          <fieldset aria-describedby={instrumentError ? `${FORM_ID}-instrumentId-error` : undefined}>
            <legend className="form-label">
              {t('assessments.create.instrument')}
              <span className="pj-required" aria-hidden="true">
                {' *'}
              </span>
            </legend>
            {instrumentError ? (
              <span className="form-error-message" id={`${FORM_ID}-instrumentId-error`}>
                <span className="sr-only">{t('form.errorPrefix')} </span>
                {instrumentError}
              </span>
            ) : null}
            <ul className="pj-choice-cards">
              {instruments.map((instrument, index) => {
                // The first option carries the field's id, so the error summary can jump to the group.
                const id = index === 0 ? `${FORM_ID}-instrumentId` : `${FORM_ID}-instrument-${instrument.id}`;
                return (
                  <li key={instrument.id} className="pj-choice-card">
                    <div className="form-group-radio">
                      <input
                        className="form-radio"
                        type="radio"
                        id={id}
                        name="instrumentId"
                        value={instrument.id}
                        checked={form.values.instrumentId === instrument.id}
                        onChange={(e) => {
                          form.setValue('instrumentId', e.target.value);
                        }}
                        aria-describedby={`${id}-description ${id}-source`}
                        required
                      />
                      <label htmlFor={id} className="form-label">
                        <span className="weight-semibold">{tx(instrument.title, language)}</span>
                      </label>
                      <p className="form-hint" id={`${id}-description`}>
                        {tx(instrument.description, language)}
                      </p>
                      <p className="pj-source" id={`${id}-source`}>
                        <span className="weight-semibold">{t('assessments.sourceLabel')}</span> {sourceLine(instrument.source, language)}
                        <br />
                        {t(instrument.scoring === 'generation' ? 'assessments.create.sizeGeneration' : 'assessments.create.size', {
                          dimensions: instrument.dimensions,
                          items: instrument.items,
                        })}
                      </p>
                    </div>
                  </li>
                );
              })}
            </ul>
          </fieldset>
        </div>

        <TextField
          {...form.field('title')}
          label={t('assessments.create.title')}
          hint={t('assessments.create.titleHint')}
          required
          maxLength={200}
          width="input-width-xl"
        />
        {units.length > 0 ? (
          <SelectField
            {...form.field('unitId')}
            label={t('assessments.create.unit')}
            hint={t('assessments.create.unitHint')}
            width="input-width-l"
            options={unitOptions}
          />
        ) : null}
        <RadioGroup
          {...form.field('mode')}
          legend={t('assessments.create.mode')}
          options={[
            { value: 'team', label: t('assessments.create.modeTeam'), hint: t('assessments.create.modeTeamHint') },
            { value: 'individual', label: t('assessments.create.modeIndividual'), hint: t('assessments.create.modeIndividualHint') },
          ]}
        />
        <CheckboxField
          {...form.checkbox('anonymous')}
          label={t('assessments.create.anonymous')}
          hint={t('assessments.create.anonymousHint', { threshold: ANONYMITY.threshold })}
        />
        <fieldset className="form-group pj-deadline" aria-describedby={`${FORM_ID}-deadline-legend-hint`}>
          <legend className="form-label">{t('assessments.create.deadline')}</legend>
          <span className="form-hint" id={`${FORM_ID}-deadline-legend-hint`}>
            {t('assessments.create.deadlineHint')}
          </span>
          <div className="pj-deadline-fields">
            <TextField {...form.field('deadline')} label={t('assessments.create.deadlineDate')} type="date" width="input-width-s" />
            <TextField
              {...form.field('deadlineTime')}
              label={t('assessments.create.deadlineTime')}
              hint={t('assessments.create.deadlineTimeHint')}
              type="time"
              width="input-width-xs"
            />
          </div>
        </fieldset>
        <button type="submit" className="button button-primary mt-6" disabled={form.submitting}>
          {t('assessments.create.submit')}
        </button>
      </form>
    </div>
  );
}
