import { useTranslation } from 'react-i18next';
import { fieldMessage } from '../../contracts/errors.js';
import { ZChangePasswordBody, changePassword } from '../../contracts/session.js';
import { callOp } from '../api/client.js';
import { useForm } from '../hooks/useForm.js';
import { useUser } from '../hooks/useSession.js';
import { validateWith, withExtraErrors } from '../lib/validation.js';
import { ErrorSummary } from './ErrorSummary.js';
import { NewPasswordFields } from './fieldGroups.js';
import { TextField } from './fields.js';

/** Current password, new password and the new one repeated; calls onChanged after success. */
export function PasswordForm({
  id,
  currentLabel,
  submitLabel,
  onChanged,
  onAttempt,
}: {
  id: string;
  currentLabel: string;
  submitLabel: string;
  onChanged: () => Promise<void> | void;
  onAttempt?: () => void;
}) {
  const { t } = useTranslation();
  const user = useUser();
  const form = useForm({
    id,
    initial: { currentPassword: '', newPassword: '', repeat: '' },
    labels: { currentPassword: currentLabel, newPassword: t('password.new'), repeat: t('password.repeat') },
    validate: (values, lang) =>
      withExtraErrors(
        validateWith(ZChangePasswordBody, { currentPassword: values.currentPassword, newPassword: values.newPassword }, lang),
        values.repeat !== values.newPassword ? { repeat: values.repeat ? t('password.mismatch') : fieldMessage('required', lang) } : {},
      ),
    onAttempt,
    onSubmit: async (body) => {
      await callOp(changePassword, { body });
      form.reset();
      await onChanged();
    },
  });

  return (
    <>
      <ErrorSummary id={`${id}-errors`} items={form.summary} summaryRef={form.summaryRef} />
      <form onSubmit={form.handleSubmit} noValidate>
        <input type="hidden" name="username" value={user.email} autoComplete="username" />
        <TextField
          {...form.field('currentPassword')}
          label={currentLabel}
          type="password"
          autoComplete="current-password"
          required
          width="input-width-l"
        />
        <NewPasswordFields
          password={form.field('newPassword')}
          repeat={form.field('repeat')}
          passwordLabel={t('password.new')}
          repeatLabel={t('password.repeat')}
        />
        <button type="submit" className="button button-primary mt-6" disabled={form.submitting}>
          {submitLabel}
        </button>
      </form>
    </>
  );
}
