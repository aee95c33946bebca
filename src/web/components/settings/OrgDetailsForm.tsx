import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ANONYMITY } from '../../../contracts/assessments.js';
import { ZSizeBand } from '../../../contracts/common.js';
import { ZUpdateOrganisationBody, updateOrganisation, type TOrganisation } from '../../../contracts/organisations.js';
import { callOp } from '../../api/client.js';
import { useForm } from '../../hooks/useForm.js';
import { useSession } from '../../hooks/useSession.js';
import { validateWith } from '../../lib/validation.js';
import { Alert, StatusRegion } from '../Alert.js';
import { ErrorSummary } from '../ErrorSummary.js';
import { CheckboxField, SelectField } from '../fields.js';
import { OrgFields } from '../fieldGroups.js';

/** Name, type and municipality number of the organisation, and whether it takes part in benchmarking. */
export function OrgDetailsForm({ org, onSaved }: { org: TOrganisation; onSaved: (org: TOrganisation) => void }) {
  const { t } = useTranslation();
  const { refresh } = useSession();
  const [saved, setSaved] = useState(false);
  const form = useForm({
    id: 'org-details',
    initial: {
      name: org.name,
      type: org.type as string,
      municipalityCode: org.municipalityCode ?? '',
      benchmarkOptIn: org.benchmarkOptIn as boolean,
      sizeBand: org.sizeBand ?? '',
    },
    labels: {
      name: t('org.name'),
      type: t('org.type'),
      municipalityCode: t('org.municipalityCode'),
      benchmarkOptIn: t('settings.details.benchmark'),
      sizeBand: t('settings.details.sizeBand'),
    },
    validate: (values, lang) =>
      validateWith(
        ZUpdateOrganisationBody,
        {
          name: values.name,
          type: values.type,
          municipalityCode: values.municipalityCode.trim() || null,
          benchmarkOptIn: values.benchmarkOptIn,
          sizeBand: values.sizeBand || null,
        },
        lang,
      ),
    onAttempt: () => setSaved(false),
    onSubmit: async (body) => {
      onSaved(await callOp(updateOrganisation, { params: { orgId: org.id }, body }));
      setSaved(true);
      // The organisation's name appears in the header and the organisation switcher.
      await refresh();
    },
  });

  return (
    <>
      <h2 className="h3">{t('settings.details.heading')}</h2>
      <ErrorSummary id="org-details-errors" items={form.summary} summaryRef={form.summaryRef} />
      <StatusRegion>{saved ? <Alert variant="success">{t('settings.details.saved')}</Alert> : null}</StatusRegion>
      <form onSubmit={form.handleSubmit} noValidate>
        <OrgFields
          name={form.field('name')}
          type={form.field('type')}
          municipalityCode={form.field('municipalityCode')}
          nameAutoComplete="organization"
        />
        <fieldset className="pj-fieldset">
          <legend className="h4">{t('settings.details.benchmarkHeading')}</legend>
          <SelectField
            {...form.field('sizeBand')}
            label={t('settings.details.sizeBand')}
            hint={t('settings.details.sizeBandHint')}
            width="input-width-m"
            options={[
              { value: '', label: t('settings.details.sizeBandNone') },
              ...ZSizeBand.options.map((value) => ({ value, label: t(`settings.details.sizeBands.${value}`) })),
            ]}
          />
          <CheckboxField
            {...form.checkbox('benchmarkOptIn')}
            label={t('settings.details.benchmark')}
            hint={t('settings.details.benchmarkHint', { threshold: ANONYMITY.threshold })}
          />
        </fieldset>
        <button type="submit" className="button button-primary mt-6" disabled={form.submitting}>
          {t('common.save')}
        </button>
      </form>
    </>
  );
}
