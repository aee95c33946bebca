import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TRole } from '../../../contracts/common.js';
import { renewInvite, updateMember, type TMember } from '../../../contracts/organisations.js';
import { callOp } from '../../api/client.js';
import { useAction } from '../../hooks/useAction.js';
import { ROLES } from '../../lib/roles.js';
import { Dialog } from '../Dialog.js';
import { RadioGroup } from '../fields.js';
import { CredentialsBox, type ShownCredentials } from './CredentialsBox.js';

function DialogError({ message }: { message: string | null }) {
  if (!message) return null;
  return (
    <div className="alert alert-error mt-5" role="alert">
      <div className="alert-body">
        <p className="alert-text">{message}</p>
      </div>
    </div>
  );
}

/** Choose a new role for a member. */
export function RoleDialog({
  orgId,
  member,
  onClose,
  onChanged,
}: {
  orgId: string;
  member: TMember | null;
  onClose: () => void;
  onChanged: (member: TMember) => void;
}) {
  const { t } = useTranslation();
  const [role, setRole] = useState<TRole>('member');
  const { busy, error, setError, run } = useAction();

  useEffect(() => {
    if (member) setRole(member.role);
    setError(null);
  }, [member, setError]);

  const save = async () => {
    if (!member) return;
    await run(async () => onChanged(await callOp(updateMember, { params: { orgId, userId: member.userId }, body: { role } })));
  };

  return (
    <Dialog
      open={member !== null}
      title={t('members.roleDialog.title', { name: member?.name ?? '' })}
      onClose={onClose}
      footer={
        <>
          <button type="button" className="button button-primary" onClick={() => void save()} disabled={busy}>
            {t('members.roleDialog.save')}
          </button>
          <button type="button" className="button button-secondary" onClick={onClose}>
            {t('common.cancel')}
          </button>
        </>
      }
    >
      <RadioGroup
        id="role-dialog"
        name="role"
        legend={t('members.role')}
        value={role}
        onChange={(e) => setRole(e.target.value as TRole)}
        options={ROLES.map((r) => ({ value: r, label: t(`roles.${r}`), hint: t(`roleHints.${r}`) }))}
      />
      <DialogError message={error} />
    </Dialog>
  );
}

/** New credentials for a member who has not chosen a password yet; they are shown in the dialog, once. */
export function RenewDialog({ orgId, member, onClose }: { orgId: string; member: TMember | null; onClose: () => void }) {
  const { t } = useTranslation();
  const [method, setMethod] = useState<'link' | 'password'>('link');
  const { busy, error, setError, run } = useAction();
  const [shown, setShown] = useState<ShownCredentials | null>(null);

  useEffect(() => {
    setMethod('link');
    setError(null);
    setShown(null);
  }, [member, setError]);

  const renew = async () => {
    if (!member) return;
    await run(async () => {
      const credentials = await callOp(renewInvite, { params: { orgId, userId: member.userId }, body: { method } });
      setShown({ name: member.name, email: member.email, ...credentials });
    });
  };

  return (
    <Dialog
      open={member !== null}
      title={t('members.renewDialog.title', { name: member?.name ?? '' })}
      onClose={onClose}
      footer={
        shown ? (
          <button type="button" className="button button-primary" onClick={onClose}>
            {t('common.close')}
          </button>
        ) : (
          <>
            <button type="button" className="button button-primary" onClick={() => void renew()} disabled={busy}>
              {t('members.renewDialog.submit')}
            </button>
            <button type="button" className="button button-secondary" onClick={onClose}>
              {t('common.cancel')}
            </button>
          </>
        )
      }
    >
      {shown ? (
        <CredentialsBox credentials={shown} />
      ) : (
        <>
          <p>{t('members.renewDialog.text')}</p>
          <RadioGroup
            id="renew-dialog"
            name="method"
            legend={t('members.method')}
            value={method}
            onChange={(e) => setMethod(e.target.value === 'password' ? 'password' : 'link')}
            options={[
              { value: 'link', label: t('members.methods.link'), hint: t('members.methods.linkHint') },
              { value: 'password', label: t('members.methods.password'), hint: t('members.methods.passwordHint') },
            ]}
          />
          <DialogError message={error} />
        </>
      )}
    </Dialog>
  );
}
