import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createRoundAction, deleteRoundAction, updateRoundAction, type TRoundAction } from '../../../../contracts/assessments.js';
import { callOp } from '../../../api/client.js';
import { useAction } from '../../../hooks/useAction.js';
import { useForm } from '../../../hooks/useForm.js';
import { useLanguage } from '../../../hooks/useLanguage.js';
import { formatDate } from '../../../lib/format.js';
import { validateWith } from '../../../lib/validation.js';
import { Alert, StatusRegion } from '../../Alert.js';
import { ConfirmDialog, Dialog } from '../../Dialog.js';
import { ErrorSummary } from '../../ErrorSummary.js';
import { TextField } from '../../fields.js';

/** What an action is made from: a dialogue question (shown in the form), or nothing in particular. */
export interface ActionSource {
  questionId: string | null;
  question: string | null;
}

/** The round's actions: mark them done (or open again) and delete them; new ones come from the dialogue. */
export function ActionsSection({
  orgId,
  roundId,
  actions,
  onChange,
  onAdd,
}: {
  orgId: string;
  roundId: string;
  actions: TRoundAction[];
  onChange: (actions: TRoundAction[]) => void;
  onAdd: () => void;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const [message, setMessage] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<TRoundAction | null>(null);
  const toggle = useAction();
  const remove = useAction();
  const col = {
    title: t('results.actions.title'),
    owner: t('results.actions.owner'),
    due: t('results.actions.due'),
    status: t('results.actions.status'),
    actions: t('common.actions'),
  };

  const setStatus = async (action: TRoundAction) => {
    setMessage(null);
    await toggle.run(async () => {
      const status = action.status === 'open' ? 'done' : 'open';
      const updated = await callOp(updateRoundAction, { params: { orgId, roundId, actionId: action.id }, body: { status } });
      onChange(actions.map((a) => (a.id === updated.id ? updated : a)));
      setMessage(t(status === 'done' ? 'results.actions.markedDone' : 'results.actions.markedOpen', { title: action.title }));
    });
  };

  const confirmDelete = async () => {
    if (!deleting) return;
    await remove.run(async () => {
      await callOp(deleteRoundAction, { params: { orgId, roundId, actionId: deleting.id } });
      onChange(actions.filter((a) => a.id !== deleting.id));
      setMessage(t('results.actions.deleted', { title: deleting.title }));
      setDeleting(null);
    });
  };

  return (
    <section className="pj-section" aria-labelledby="actions-heading">
      <h2 id="actions-heading" className="h3">
        {t('results.actions.heading')}
      </h2>
      <p>{t('results.actions.intro')}</p>
      <StatusRegion>
        {message ? <Alert variant="success">{message}</Alert> : null}
        {toggle.error ? <Alert variant="error">{toggle.error}</Alert> : null}
      </StatusRegion>
      {actions.length === 0 ? (
        <p>{t('results.actions.empty')}</p>
      ) : (
        <table className="table table--zebra table-md-responsive-headers pj-table">
          <caption className="sr-only">{t('results.actions.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{col.title}</th>
              <th scope="col">{col.owner}</th>
              <th scope="col">{col.due}</th>
              <th scope="col">{col.status}</th>
              <th scope="col">{col.actions}</th>
            </tr>
          </thead>
          <tbody>
            {actions.map((a) => (
              <tr key={a.id}>
                <th scope="row" data-title={col.title} className="pj-break">
                  {a.title}
                </th>
                <td data-title={col.owner} className="pj-break">
                  {a.owner}
                </td>
                <td data-title={col.due}>{a.dueDate ? formatDate(`${a.dueDate}T12:00:00.000Z`, language) : '–'}</td>
                <td data-title={col.status}>
                  <span className={a.status === 'done' ? 'badge badge-success' : 'badge badge-info'}>
                    {t(`results.actions.statuses.${a.status}`)}
                  </span>
                </td>
                <td data-title={col.actions}>
                  <span className="pj-row-actions">
                    <button type="button" className="function-link" onClick={() => void setStatus(a)} disabled={toggle.busy}>
                      {a.status === 'open' ? t('results.actions.markDone') : t('results.actions.markOpen')}
                      <span className="sr-only"> – {a.title}</span>
                    </button>
                    <button
                      type="button"
                      className="function-link"
                      onClick={() => {
                        setMessage(null);
                        remove.setError(null);
                        setDeleting(a);
                      }}
                    >
                      {t('common.delete')}
                      <span className="sr-only"> – {a.title}</span>
                    </button>
                  </span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <button type="button" className="button button-secondary mt-5" onClick={onAdd}>
        {t('results.actions.add')}
      </button>
      <ConfirmDialog
        open={deleting !== null}
        title={t('results.actions.deleteTitle', { title: deleting?.title ?? '' })}
        confirmLabel={t('results.actions.deleteConfirm')}
        onConfirm={() => void confirmDelete()}
        onCancel={() => setDeleting(null)}
        busy={remove.busy}
        error={remove.error}
      >
        <p>{t('results.actions.deleteText')}</p>
      </ConfirmDialog>
    </section>
  );
}

/** A small form for a new action: title, owner and due date. */
export function ActionDialog({
  orgId,
  roundId,
  source,
  onClose,
  onCreated,
}: {
  orgId: string;
  roundId: string;
  source: ActionSource | null;
  onClose: () => void;
  onCreated: (action: TRoundAction) => void;
}) {
  const { t } = useTranslation();
  const form = useForm({
    id: 'new-action',
    initial: { title: '', owner: '', dueDate: '' },
    labels: { title: t('results.actions.title'), owner: t('results.actions.owner'), dueDate: t('results.actions.dueOptional') },
    validate: (values, lang) =>
      validateWith(createRoundAction.body!, { ...values, dueDate: values.dueDate || null, questionId: source?.questionId ?? null }, lang),
    onSubmit: async (body) => {
      const action = await callOp(createRoundAction, { params: { orgId, roundId }, body });
      form.reset();
      onCreated(action);
    },
  });

  return (
    <Dialog
      open={source !== null}
      title={t('results.actions.dialogTitle')}
      onClose={() => {
        form.reset();
        onClose();
      }}
      footer={
        <>
          <button type="submit" form="new-action-form" className="button button-primary" disabled={form.submitting}>
            {t('results.actions.create')}
          </button>
          <button
            type="button"
            className="button button-secondary"
            onClick={() => {
              form.reset();
              onClose();
            }}
          >
            {t('common.cancel')}
          </button>
        </>
      }
    >
      {source?.question ? (
        <p>
          <span className="weight-semibold">{t('results.actions.from')}</span> {source.question}
        </p>
      ) : null}
      <ErrorSummary id="new-action-errors" items={form.summary} summaryRef={form.summaryRef} />
      <form id="new-action-form" onSubmit={form.handleSubmit} noValidate>
        <TextField {...form.field('title')} label={t('results.actions.title')} required maxLength={200} width="input-width-xl" />
        <TextField
          {...form.field('owner')}
          label={t('results.actions.owner')}
          hint={t('results.actions.ownerHint')}
          required
          maxLength={200}
        />
        <TextField {...form.field('dueDate')} label={t('results.actions.dueOptional')} type="date" width="input-width-s" />
      </form>
    </Dialog>
  );
}
