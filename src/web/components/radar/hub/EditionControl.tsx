import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { controlRadarEdition, type TEdition } from '../../../../contracts/radar.js';
import { callOp } from '../../../api/client.js';
import { useAction } from '../../../hooks/useAction.js';
import { statusControls } from '../../../lib/radarHub.js';
import { Alert } from '../../Alert.js';
import { ConfirmDialog } from '../../Dialog.js';

/**
 * Opens a draft for answers, closes an open edition (after asking) or opens a closed one again,
 * with a line on what the status means.
 */
export function EditionControl({ orgId, edition, onChanged }: { orgId: string; edition: TEdition; onChanged: (e: TEdition) => void }) {
  const { t } = useTranslation();
  const [confirmClose, setConfirmClose] = useState(false);
  const control = useAction();
  const params = { orgId, editionId: edition.id };

  const run = (action: 'open' | 'close' | 'reopen') =>
    control.run(async () => {
      const updated = await callOp(controlRadarEdition, { params, body: { action } });
      setConfirmClose(false);
      onChanged(updated);
    });

  return (
    <section className="pj-radar-control" aria-labelledby="radar-control-heading">
      <h2 className="h4" id="radar-control-heading">
        {t('radarHub.control.heading')}
      </h2>
      <p>{t(`radarHub.control.text.${edition.status}`)}</p>
      {edition.status === 'draft' && edition.participantList.length === 0 ? (
        <p className="pj-muted">{t('radarHub.control.noParticipants')}</p>
      ) : null}
      {control.error && !confirmClose ? (
        <div role="alert">
          <Alert variant="error">{control.error}</Alert>
        </div>
      ) : null}
      <div className="pj-button-row">
        {statusControls(edition.status).map((action) => (
          <button
            key={action}
            type="button"
            className={action === 'close' ? 'button button-secondary' : 'button button-primary'}
            disabled={control.busy}
            onClick={() => {
              control.setError(null);
              if (action === 'close') setConfirmClose(true);
              else void run(action);
            }}
          >
            {t(`radarHub.control.${action}`)}
          </button>
        ))}
      </div>
      <ConfirmDialog
        open={confirmClose}
        title={t('radarHub.control.closeTitle', { name: edition.name })}
        confirmLabel={t('radarHub.control.closeConfirm')}
        onConfirm={() => void run('close')}
        onCancel={() => setConfirmClose(false)}
        busy={control.busy}
        error={confirmClose ? control.error : null}
      >
        <p>{t('radarHub.control.closeText')}</p>
      </ConfirmDialog>
    </section>
  );
}
