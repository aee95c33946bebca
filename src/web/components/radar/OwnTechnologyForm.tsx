import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createOwnTechnology, saveRadarPlacement, ZCreateTechnologyBody, type TRadarTechnology } from '../../../contracts/radar.js';
import { callOp } from '../../api/client.js';
import { useForm } from '../../hooks/useForm.js';
import { validateWith, type FieldErrors } from '../../lib/validation.js';
import { Alert, StatusRegion } from '../Alert.js';
import { ErrorSummary } from '../ErrorSummary.js';
import { SelectField, TextAreaField, TextField } from '../fields.js';

const FORM_ID = 'own-technology';

/**
 * Adds a technology of the organisation's own (one the catalogue lacks) and places it in a ring
 * of the edition's own radar, so that it shows there at once. The English name may be left out:
 * the Danish one is used.
 */
export function OwnTechnologyForm({
  orgId,
  editionId,
  sectors,
  rings,
  onCreated,
}: {
  orgId: string;
  editionId: string;
  sectors: { id: string; name: string }[];
  rings: { id: string; name: string }[];
  onCreated: (technology: TRadarTechnology) => void;
}) {
  const { t } = useTranslation();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const labels = {
    'name.da': t('radarView.own.nameDa'),
    'name.en': t('radarView.own.nameEn'),
    sector: t('radarView.own.sector'),
    ring: t('radarView.own.ring'),
    'description.da': t('radarView.own.descriptionDa'),
    'description.en': t('radarView.own.descriptionEn'),
  };
  const initial = { 'name.da': '', 'name.en': '', sector: '', ring: '', 'description.da': '', 'description.en': '' };
  const form = useForm({
    id: FORM_ID,
    initial,
    labels,
    onAttempt: () => setMessage(null),
    validate: (values, lang) => {
      const result = validateWith(
        ZCreateTechnologyBody,
        {
          sector: values.sector,
          name: { da: values['name.da'], en: values['name.en'].trim() || values['name.da'] },
          description: { da: values['description.da'], en: values['description.en'] },
        },
        lang,
      );
      const errors: FieldErrors = result.ok ? {} : { ...result.errors };
      // A blank English name takes the Danish one: its only problem is the Danish name's.
      if (!values['name.en'].trim()) delete errors['name.en'];
      if (!values.sector) errors.sector = t('radarView.own.sectorRequired');
      if (!values.ring) errors.ring = t('radarView.placement.ringRequired');
      if (!result.ok || Object.keys(errors).length > 0) return { ok: false, errors };
      return { ok: true, data: { body: result.data, ring: values.ring } };
    },
    onSubmit: async ({ body, ring }) => {
      const technology = await callOp(createOwnTechnology, { params: { orgId }, body });
      try {
        await callOp(saveRadarPlacement, {
          params: { orgId, editionId, technologyId: technology.id },
          body: { ring, meaning: '', competences: '', nextStep: '' },
        });
        setMessage({ ok: true, text: t('radarView.own.created', { name: technology.name.da }) });
      } catch (error) {
        // The technology exists; only its place failed. Say so rather than offer to create it again.
        setMessage({
          ok: false,
          text: t('radarView.own.placeFailed', { name: technology.name.da, reason: error instanceof Error ? error.message : '' }),
        });
      }
      form.reset(initial);
      onCreated(technology);
    },
  });

  return (
    <div className="pj-subform pj-subform-wide">
      <ErrorSummary id={`${FORM_ID}-errors`} items={form.summary} summaryRef={form.summaryRef} />
      <form onSubmit={form.handleSubmit} noValidate>
        <TextField {...form.field('name.da')} label={labels['name.da']} required maxLength={200} width="input-width-xl" />
        <TextField
          {...form.field('name.en')}
          label={labels['name.en']}
          hint={t('radarView.own.nameEnHint')}
          maxLength={200}
          width="input-width-xl"
        />
        <SelectField
          {...form.field('sector')}
          label={labels.sector}
          required
          options={[{ value: '', label: t('radarView.own.chooseSector') }, ...sectors.map((s) => ({ value: s.id, label: s.name }))]}
        />
        <SelectField
          {...form.field('ring')}
          label={labels.ring}
          hint={t('radarView.own.ringHint')}
          required
          options={[{ value: '', label: t('radarView.placement.chooseRing') }, ...rings.map((r) => ({ value: r.id, label: r.name }))]}
        />
        <TextAreaField {...form.field('description.da')} label={labels['description.da']} maxLength={4000} rows={3} />
        <TextAreaField {...form.field('description.en')} label={labels['description.en']} maxLength={4000} rows={3} />
        <button type="submit" className="button button-primary mt-5" disabled={form.submitting}>
          {t('radarView.own.submit')}
        </button>
      </form>
      <StatusRegion className="mt-5">
        {message ? <Alert variant={message.ok ? 'success' : 'warning'}>{message.text}</Alert> : null}
      </StatusRegion>
    </div>
  );
}
