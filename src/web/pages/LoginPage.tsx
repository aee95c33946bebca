import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { ZLoginBody, login } from '../../contracts/session.js';
import { callOp } from '../api/client.js';
import { ErrorSummary } from '../components/ErrorSummary.js';
import { TextField } from '../components/fields.js';
import { PageHeading } from '../components/PageHeading.js';
import { useAfterSignIn } from '../hooks/useAfterSignIn.js';
import { useForm } from '../hooks/useForm.js';
import { validateWith } from '../lib/validation.js';

function fromState(state: unknown): string | null {
  if (state && typeof state === 'object' && 'from' in state && typeof state.from === 'string') return state.from;
  return null;
}

export function LoginPage() {
  const { t } = useTranslation();
  const location = useLocation();
  const afterSignIn = useAfterSignIn();
  const form = useForm({
    id: 'login',
    initial: { email: '', password: '' },
    labels: { email: t('login.email'), password: t('login.password') },
    validate: (values, lang) => validateWith(ZLoginBody, values, lang),
    onSubmit: async (body) => {
      const session = await callOp(login, { body });
      afterSignIn(session, fromState(location.state));
    },
  });

  return (
    <div className="row">
      <div className="col-12 col-md-8 col-lg-6 pj-page">
        <PageHeading title={t('login.title')} />
        <p className="font-lead">{t('login.intro')}</p>
        <ErrorSummary id="login-errors" items={form.summary} summaryRef={form.summaryRef} />
        <form onSubmit={form.handleSubmit} noValidate>
          <p className="form-hint">{t('form.requiredNote')}</p>
          <TextField
            {...form.field('email')}
            label={t('login.email')}
            type="email"
            autoComplete="username"
            spellCheck={false}
            required
            width="input-width-l"
          />
          <TextField
            {...form.field('password')}
            label={t('login.password')}
            type="password"
            autoComplete="current-password"
            required
            width="input-width-l"
          />
          <button type="submit" className="button button-primary mt-6" disabled={form.submitting}>
            {form.submitting ? t('login.submitting') : t('login.submit')}
          </button>
        </form>
        <p className="mt-6 form-hint">{t('login.help')}</p>
      </div>
    </div>
  );
}
