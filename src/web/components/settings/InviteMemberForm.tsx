import { useTranslation } from 'react-i18next';
import { ZInviteMemberBody, inviteMember, type TInvitedMember } from '../../../contracts/organisations.js';
import { callOp } from '../../api/client.js';
import { useForm } from '../../hooks/useForm.js';
import { ROLES } from '../../lib/roles.js';
import { validateWith } from '../../lib/validation.js';
import { ErrorSummary } from '../ErrorSummary.js';
import { RadioGroup, SelectField, TextField } from '../fields.js';

/** Adds a person: an existing account just joins, a new one gets a one-time password or a link. */
export function InviteMemberForm({
  orgId,
  onInvited,
  onAttempt,
}: {
  orgId: string;
  onInvited: (result: TInvitedMember) => void;
  onAttempt: () => void;
}) {
  const { t } = useTranslation();
  const form = useForm({
    id: 'invite-member',
    initial: { email: '', name: '', role: 'member', method: 'link' },
    labels: {
      email: t('members.email'),
      name: t('members.name'),
      role: t('members.role'),
      method: t('members.method'),
    },
    validate: (values, lang) => validateWith(ZInviteMemberBody, values, lang),
    onAttempt,
    onSubmit: async (body) => {
      const result = await callOp(inviteMember, { params: { orgId }, body });
      form.reset();
      onInvited(result);
    },
  });

  return (
    <div className="pj-subform">
      <h3 className="h4">{t('members.inviteHeading')}</h3>
      <p>{t('members.inviteIntro')}</p>
      <ErrorSummary id="invite-member-errors" items={form.summary} summaryRef={form.summaryRef} />
      <form onSubmit={form.handleSubmit} noValidate>
        <TextField
          {...form.field('email')}
          label={t('members.email')}
          type="email"
          autoComplete="off"
          spellCheck={false}
          required
          width="input-width-l"
        />
        <TextField {...form.field('name')} label={t('members.name')} autoComplete="off" required width="input-width-l" />
        <SelectField
          {...form.field('role')}
          label={t('members.role')}
          required
          width="input-width-m"
          options={ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
        />
        <RadioGroup
          {...form.field('method')}
          legend={t('members.method')}
          options={[
            { value: 'link', label: t('members.methods.link'), hint: t('members.methods.linkHint') },
            { value: 'password', label: t('members.methods.password'), hint: t('members.methods.passwordHint') },
          ]}
        />
        <button type="submit" className="button button-primary mt-6" disabled={form.submitting}>
          {t('members.inviteSubmit')}
        </button>
      </form>
    </div>
  );
}
