import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, StatusRegion } from '../components/Alert.js';
import { PageHeading } from '../components/PageHeading.js';
import { PasswordForm } from '../components/PasswordForm.js';
import { ProfileForm } from '../components/profile/ProfileForm.js';
import { TokensSection } from '../components/profile/TokensSection.js';

export function ProfilePage() {
  const { t } = useTranslation();
  const [passwordChanged, setPasswordChanged] = useState(false);

  return (
    <div className="pj-page">
      <PageHeading title={t('profile.title')} />
      <div className="row">
        <div className="col-12 col-lg-8">
          <section aria-labelledby="profile-details" className="pj-section">
            <h2 id="profile-details" className="h3">
              {t('profile.detailsHeading')}
            </h2>
            <ProfileForm />
          </section>

          <section aria-labelledby="profile-password" className="pj-section">
            <h2 id="profile-password" className="h3">
              {t('profile.passwordHeading')}
            </h2>
            <p>{t('profile.passwordIntro')}</p>
            <StatusRegion>{passwordChanged ? <Alert variant="success">{t('profile.passwordChanged')}</Alert> : null}</StatusRegion>
            <PasswordForm
              id="profile-password-form"
              currentLabel={t('password.current')}
              submitLabel={t('profile.passwordSubmit')}
              onAttempt={() => setPasswordChanged(false)}
              onChanged={() => setPasswordChanged(true)}
            />
          </section>

          <section aria-labelledby="profile-tokens" className="pj-section">
            <h2 id="profile-tokens" className="h3">
              {t('tokens.heading')}
            </h2>
            <TokensSection />
          </section>
        </div>
      </div>
    </div>
  );
}
