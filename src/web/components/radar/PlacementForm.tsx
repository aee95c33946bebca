import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { deleteRadarPlacement, saveRadarPlacement, ZSavePlacementBody } from '../../../contracts/radar.js';
import { callOp, type OpResponse } from '../../api/client.js';
import { useAction } from '../../hooks/useAction.js';
import { useForm } from '../../hooks/useForm.js';
import { validateWith } from '../../lib/validation.js';
import { Alert, StatusRegion } from '../Alert.js';
import { ConfirmDialog } from '../Dialog.js';
import { ErrorSummary } from '../ErrorSummary.js';
import { SelectField, TextAreaField } from '../fields.js';

export type TPlacement = OpResponse<typeof saveRadarPlacement>;

/**
 * The organisation's placement of one technology on its own radar and its note (what it means
 * for us, the competences it takes, the next step). The ring may be left to the computed one.
 */
export function PlacementForm({
  orgId,
  editionId,
  technologyId,
  technologyName,
  rings,
  placement,
  requireRing = false,
  idPrefix,
  onSaved,
  onDeleted,
}: {
  orgId: string;
  editionId: string;
  technologyId: string;
  technologyName: string;
  rings: { id: string; name: string }[];
  placement: TPlacement | null;
  /** Own technologies have no computed ring to follow. */
  requireRing?: boolean;
  idPrefix: string;
  onSaved: (placement: TPlacement) => void;
  onDeleted: () => void;
}) {
  const { t } = useTranslation();
  const [message, setMessage] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const remove = useAction();
  const labels = {
    ring: t('radarView.placement.ring'),
    meaning: t('radarView.placement.meaning'),
    competences: t('radarView.placement.competences'),
    nextStep: t('radarView.placement.nextStep'),
  };
  const form = useForm({
    id: idPrefix,
    initial: {
      ring: placement?.ring ?? '',
      meaning: placement?.meaning ?? '',
      competences: placement?.competences ?? '',
      nextStep: placement?.nextStep ?? '',
    },
    labels,
    onAttempt: () => setMessage(null),
    validate: (values, lang) => {
      if (requireRing && !values.ring) return { ok: false, errors: { ring: t('radarView.placement.ringRequired') } };
      return validateWith(ZSavePlacementBody, { ...values, ring: values.ring || null }, lang);
    },
    onSubmit: async (body) => {
      const saved = await callOp(saveRadarPlacement, { params: { orgId, editionId, technologyId }, body });
      setMessage(t('radarView.placement.saved', { name: technologyName }));
      onSaved(saved);
    },
  });

  const ringOptions = [
    ...(requireRing
      ? [{ value: '', label: t('radarView.placement.chooseRing') }]
      : [{ value: '', label: t('radarView.placement.follow') }]),
    ...rings.map((r) => ({ value: r.id, label: r.name })),
  ];

  return (
    <div className="pj-radar-placement-form">
      <ErrorSummary id={`${idPrefix}-errors`} items={form.summary} summaryRef={form.summaryRef} />
      <form onSubmit={form.handleSubmit} noValidate>
        <SelectField
          {...form.field('ring')}
          label={labels.ring}
          hint={requireRing ? undefined : t('radarView.placement.ringHint')}
          required={requireRing}
          options={ringOptions}
        />
        <TextAreaField
          {...form.field('meaning')}
          label={labels.meaning}
          hint={t('radarView.placement.meaningHint')}
          maxLength={4000}
          rows={3}
        />
        <TextAreaField {...form.field('competences')} label={labels.competences} maxLength={4000} rows={3} />
        <TextAreaField {...form.field('nextStep')} label={labels.nextStep} maxLength={4000} rows={3} />
        <div className="pj-button-row mt-5">
          <button type="submit" className="button button-primary" disabled={form.submitting}>
            {t('radarView.placement.save')}
          </button>
          {placement ? (
            <button type="button" className="button button-secondary" onClick={() => setConfirming(true)}>
              {t('radarView.placement.delete')}
            </button>
          ) : null}
        </div>
      </form>
      <StatusRegion className="mt-5">{message ? <Alert variant="success">{message}</Alert> : null}</StatusRegion>
      <ConfirmDialog
        open={confirming}
        title={t('radarView.placement.deleteTitle', { name: technologyName })}
        confirmLabel={t('radarView.placement.deleteConfirm')}
        busy={remove.busy}
        error={remove.error}
        onCancel={() => {
          setConfirming(false);
          remove.setError(null);
        }}
        onConfirm={() =>
          void remove.run(async () => {
            await callOp(deleteRadarPlacement, { params: { orgId, editionId, technologyId } });
            setConfirming(false);
            form.reset({ ring: '', meaning: '', competences: '', nextStep: '' });
            setMessage(t('radarView.placement.deleted', { name: technologyName }));
            onDeleted();
          })
        }
      >
        <p>{t('radarView.placement.deleteText')}</p>
      </ConfirmDialog>
    </div>
  );
}
