import { useEffect, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ZAcceptInviteBody, ZInviteToken, acceptInvite, lookupInvite } from '../../contracts/session.js';
import { fieldMessage } from '../../contracts/errors.js';
import { callOp } from '../api/client.js';
import { Alert } from '../components/Alert.js';
import { ErrorSummary } from '../components/ErrorSummary.js';
import { NewPasswordFields } from '../components/fieldGroups.js';
import { TextField } from '../components/fields.js';
import { Loading } from '../components/Loading.js';
import { PageHeading } from '../components/PageHeading.js';
import { useAfterSignIn } from '../hooks/useAfterSignIn.js';
import { useAsync } from '../hooks/useAsync.js';
import { useForm } from '../hooks/useForm.js';
import { useLanguage } from '../hooks/useLanguage.js';
import { formatDateTime } from '../lib/format.js';
import { validateWith, withExtraErrors } from '../lib/validation.js';

/** The token travels in the fragment, which browsers never send to servers or logs. */
function tokenFromHash(): string | null {
  const token = window.location.hash.replace(/^#/, '');
  return ZInviteToken.safeParse(token).success ? token : null;
}

export function InvitationPage() {
  const { t } = useTranslation();
  const [token] = useState(tokenFromHash);
  // Once read, the secret leaves the address bar (and so the history and screenshots).
  useEffect(() => {
    if (window.location.hash) window.history.replaceState(window.history.state, '', window.location.pathname + window.location.search);
  }, []);
  const invite = useAsync(async (signal) => (token ? callOp(lookupInvite, { body: { token }, signal }) : null), [token]);

  return (
    <div className="row">
      <div className="col-12 col-md-10 col-lg-7 pj-page">
        <PageHeading title={t('invitation.title')} />
        {invite.status === 'loading' ? <Loading /> : null}
        {(invite.status === 'ready' && !invite.data) || invite.status === 'failed' ? (
          <>
            <Alert variant="error" heading={t('invitation.invalidHeading')}>
              <p>
                {invite.status === 'failed' && invite.error.code !== 'invite_invalid' ? invite.error.message : t('invitation.invalidText')}
              </p>
            </Alert>
            <p>
              <Link to="/login">{t('invitation.toLogin')}</Link>
            </p>
          </>
        ) : null}
        {invite.status === 'ready' && invite.data && token ? <AcceptForm token={token} invite={invite.data} /> : null}
      </div>
    </div>
  );
}

function AcceptForm({ token, invite }: { token: string; invite: { email: string; name: string; orgName: string; expiresAt: string } }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const afterSignIn = useAfterSignIn();
  const form = useForm({
    id: 'invite',
    initial: { name: invite.name, password: '', repeat: '' },
    labels: { name: t('invitation.name'), password: t('invitation.password'), repeat: t('invitation.repeat') },
    validate: (values, lang) =>
      withExtraErrors(
        validateWith(ZAcceptInviteBody, { token, name: values.name, password: values.password }, lang),
        values.repeat !== values.password ? { repeat: values.repeat ? t('invitation.mismatch') : fieldMessage('required', lang) } : {},
      ),
    onSubmit: async (body) => {
      afterSignIn(await callOp(acceptInvite, { body }));
    },
  });

  return (
    <>
      <p className="font-lead">
        <Trans i18nKey="invitation.intro" values={{ orgName: invite.orgName, email: invite.email }} components={{ strong: <strong /> }} />
      </p>
      <p>{t('invitation.expires', { when: formatDateTime(invite.expiresAt, language) })}</p>
      <ErrorSummary id="invite-errors" items={form.summary} summaryRef={form.summaryRef} />
      <form onSubmit={form.handleSubmit} noValidate>
        <p className="form-hint">{t('form.requiredNote')}</p>
        <TextField {...form.field('name')} label={t('invitation.name')} autoComplete="name" required width="input-width-l" />
        <input type="hidden" name="username" value={invite.email} autoComplete="username" />
        <NewPasswordFields
          password={form.field('password')}
          repeat={form.field('repeat')}
          passwordLabel={t('invitation.password')}
          repeatLabel={t('invitation.repeat')}
        />
        <button type="submit" className="button button-primary mt-6" disabled={form.submitting}>
          {t('invitation.submit')}
        </button>
      </form>
    </>
  );
}
