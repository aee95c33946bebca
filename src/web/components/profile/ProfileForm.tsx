import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ZUpdateProfileBody, updateProfile } from '../../../contracts/session.js';
import { callOp } from '../../api/client.js';
import { useForm } from '../../hooks/useForm.js';
import { useSession, useUser } from '../../hooks/useSession.js';
import { applyLanguage, rememberLanguage } from '../../i18n/index.js';
import { validateWith } from '../../lib/validation.js';
import { Alert, StatusRegion } from '../Alert.js';
import { ErrorSummary } from '../ErrorSummary.js';
import { RadioGroup, TextField } from '../fields.js';

/** Name and preferred language. */
export function ProfileForm() {
  const { t } = useTranslation();
  const user = useUser();
  const { setUser } = useSession();
  const [saved, setSaved] = useState(false);
  const form = useForm({
    id: 'profile',
    initial: { name: user.name, locale: user.locale as string },
    labels: { name: t('profile.name'), locale: t('profile.language') },
    validate: (values, lang) => validateWith(ZUpdateProfileBody, values, lang),
    onAttempt: () => setSaved(false),
    onSubmit: async (body) => {
      const me = await callOp(updateProfile, { body });
      setUser(me);
      await applyLanguage(me.locale);
      rememberLanguage(me.locale);
      setSaved(true);
    },
  });

  return (
    <>
      <ErrorSummary id="profile-errors" items={form.summary} summaryRef={form.summaryRef} />
      <StatusRegion>{saved ? <Alert variant="success">{t('profile.saved')}</Alert> : null}</StatusRegion>
      <form onSubmit={form.handleSubmit} noValidate>
        <TextField {...form.field('name')} label={t('profile.name')} autoComplete="name" required width="input-width-l" />
        <div className="form-group">
          <p className="form-label mb-0">{t('profile.email')}</p>
          <p className="mt-2 mb-0">{user.email}</p>
        </div>
        <RadioGroup
          {...form.field('locale')}
          legend={t('profile.language')}
          options={[
            { value: 'da', label: 'Dansk' },
            { value: 'en', label: 'English' },
          ]}
        />
        <button type="submit" className="button button-primary mt-6" disabled={form.submitting}>
          {t('common.save')}
        </button>
      </form>
    </>
  );
}
