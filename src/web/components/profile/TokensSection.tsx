import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ZCreateApiTokenBody, createApiToken, listApiTokens, revokeApiToken, type TApiToken } from '../../../contracts/session.js';
import { callOp } from '../../api/client.js';
import { useAction } from '../../hooks/useAction.js';
import { useAsync } from '../../hooks/useAsync.js';
import { useForm } from '../../hooks/useForm.js';
import { useLanguage } from '../../hooks/useLanguage.js';
import { formatDateTime } from '../../lib/format.js';
import { validateWith } from '../../lib/validation.js';
import { Alert, StatusRegion } from '../Alert.js';
import { ConfirmDialog } from '../Dialog.js';
import { ErrorSummary } from '../ErrorSummary.js';
import { TextField } from '../fields.js';
import { Loading } from '../Loading.js';
import { SecretBox } from '../SecretBox.js';

/** Personal API tokens: list, create (the secret is shown once) and revoke. */
export function TokensSection() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const tokens = useAsync((signal) => callOp(listApiTokens, { signal }), []);
  const [secret, setSecret] = useState<{ name: string; value: string } | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [revoking, setRevoking] = useState<TApiToken | null>(null);
  const revoke = useAction();

  const form = useForm({
    id: 'token',
    initial: { name: '' },
    labels: { name: t('tokens.name') },
    validate: (values, lang) => validateWith(ZCreateApiTokenBody, values, lang),
    onAttempt: () => setMessage(null),
    onSubmit: async (body) => {
      const created = await callOp(createApiToken, { body });
      form.reset();
      setMessage(null);
      setSecret({ name: created.token.name, value: created.secret });
      await tokens.reload();
    },
  });

  const confirmRevoke = async () => {
    if (!revoking) return;
    await revoke.run(async () => {
      await callOp(revokeApiToken, { params: { tokenId: revoking.id } });
      setRevoking(null);
      setMessage(t('tokens.revoked', { name: revoking.name }));
      await tokens.reload();
    });
  };

  return (
    <>
      <p>{t('tokens.intro')}</p>
      <StatusRegion>{message ? <Alert variant="success">{message}</Alert> : null}</StatusRegion>
      {secret ? (
        <SecretBox
          heading={t('tokens.createdHeading', { name: secret.name })}
          label={t('tokens.secretLabel')}
          value={secret.value}
          onDone={() => setSecret(null)}
        >
          <p>
            {t('tokens.howTo')} <code className="pj-code">Authorization: Bearer …</code>
          </p>
        </SecretBox>
      ) : null}
      {tokens.status === 'loading' ? <Loading /> : null}
      {tokens.status === 'failed' ? <Alert variant="error">{tokens.error.message}</Alert> : null}
      {tokens.status === 'ready' && tokens.data.length === 0 ? <p>{t('tokens.empty')}</p> : null}
      {tokens.status === 'ready' && tokens.data.length > 0 ? (
        <table className="table table--zebra table-md-responsive-headers pj-table">
          <caption className="sr-only">{t('tokens.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('tokens.name')}</th>
              <th scope="col">{t('tokens.prefix')}</th>
              <th scope="col">{t('tokens.created')}</th>
              <th scope="col">{t('tokens.lastUsed')}</th>
              <th scope="col">{t('common.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {tokens.data.map((token) => (
              <tr key={token.id}>
                <th scope="row" data-title={t('tokens.name')}>
                  {token.name}
                </th>
                <td data-title={t('tokens.prefix')}>
                  <code className="pj-code">{token.prefix}…</code>
                </td>
                <td data-title={t('tokens.created')}>{formatDateTime(token.createdAt, language)}</td>
                <td data-title={t('tokens.lastUsed')}>
                  {token.lastUsedAt ? formatDateTime(token.lastUsedAt, language) : t('tokens.neverUsed')}
                </td>
                <td data-title={t('common.actions')}>
                  <button
                    type="button"
                    className="function-link"
                    onClick={() => {
                      revoke.setError(null);
                      setRevoking(token);
                    }}
                  >
                    {t('tokens.revoke')}
                    <span className="sr-only"> {token.name}</span>
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}

      <div className="pj-subform">
        <h3 className="h4">{t('tokens.createHeading')}</h3>
        <ErrorSummary id="token-errors" items={form.summary} summaryRef={form.summaryRef} />
        <form onSubmit={form.handleSubmit} noValidate>
          <TextField
            {...form.field('name')}
            label={t('tokens.name')}
            hint={t('tokens.nameHint')}
            required
            width="input-width-l"
            autoComplete="off"
          />
          <button type="submit" className="button button-primary mt-5" disabled={form.submitting}>
            {t('tokens.create')}
          </button>
        </form>
      </div>

      <ConfirmDialog
        open={revoking !== null}
        title={t('tokens.revokeTitle', { name: revoking?.name ?? '' })}
        confirmLabel={t('tokens.revokeConfirm')}
        onConfirm={() => void confirmRevoke()}
        onCancel={() => setRevoking(null)}
        busy={revoke.busy}
        error={revoke.error}
      >
        <p>{t('tokens.revokeText')}</p>
      </ConfirmDialog>
    </>
  );
}
