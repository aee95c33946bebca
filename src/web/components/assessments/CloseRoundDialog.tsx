import { useTranslation } from 'react-i18next';
import { ANONYMITY, closeRound, type TRound } from '../../../contracts/assessments.js';
import { callOp } from '../../api/client.js';
import { useAction } from '../../hooks/useAction.js';
import { ConfirmDialog } from '../Dialog.js';

/** Asks before a facilitator closes a round: after that nobody can answer or change answers. */
export function CloseRoundDialog({
  orgId,
  round,
  onCancel,
  onClosed,
}: {
  orgId: string;
  round: TRound | null;
  onCancel: () => void;
  onClosed: (round: TRound) => void;
}) {
  const { t } = useTranslation();
  const close = useAction();

  const confirm = async () => {
    if (!round) return;
    await close.run(async () => onClosed(await callOp(closeRound, { params: { orgId, roundId: round.id } })));
  };

  return (
    <ConfirmDialog
      open={round !== null}
      title={t('assessments.close.title', { title: round?.title ?? '' })}
      confirmLabel={t('assessments.close.confirm')}
      onConfirm={() => void confirm()}
      onCancel={() => {
        close.setError(null);
        onCancel();
      }}
      busy={close.busy}
      error={close.error}
    >
      <p>{round?.anonymous ? t('assessments.close.textAnonymous', { threshold: ANONYMITY.threshold }) : t('assessments.close.text')}</p>
    </ConfirmDialog>
  );
}
