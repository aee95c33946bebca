import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate } from 'react-router';
import { PageHeading } from '../components/PageHeading.js';
import { PasswordForm } from '../components/PasswordForm.js';
import { landingPath } from '../hooks/useAfterSignIn.js';
import { useSession, useUser } from '../hooks/useSession.js';

/** The forced change of a one-time password; nothing else is reachable until it is done. */
export function ChangePasswordPage() {
  const { t } = useTranslation();
  const user = useUser();
  const { refresh } = useSession();
  const navigate = useNavigate();
  if (!user.mustChangePassword) return <Navigate to="/" replace />;

  return (
    <div className="row">
      <div className="col-12 col-md-8 col-lg-6 pj-page">
        <PageHeading title={t('changePassword.title')} />
        <p className="font-lead">{t('changePassword.intro')}</p>
        <p className="form-hint">{t('form.requiredNote')}</p>
        <PasswordForm
          id="change-password"
          currentLabel={t('changePassword.current')}
          submitLabel={t('changePassword.submit')}
          onChanged={async () => {
            const session = await refresh();
            if (session) navigate(landingPath(session), { replace: true });
          }}
        />
      </div>
    </div>
  );
}
