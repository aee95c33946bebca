import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { listMembers, removeMember, type TMember } from '../../../contracts/organisations.js';
import { callOp } from '../../api/client.js';
import { useAction } from '../../hooks/useAction.js';
import { useAsync } from '../../hooks/useAsync.js';
import { useLanguage } from '../../hooks/useLanguage.js';
import { useSession } from '../../hooks/useSession.js';
import { formatDate } from '../../lib/format.js';
import { Alert, StatusRegion } from '../Alert.js';
import { ConfirmDialog } from '../Dialog.js';
import { Loading } from '../Loading.js';
import { CredentialsBox, type ShownCredentials } from './CredentialsBox.js';
import { InviteMemberForm } from './InviteMemberForm.js';
import { RenewDialog, RoleDialog } from './MemberDialogs.js';

/** Members and their roles; administrators can invite, change roles and remove. */
export function MembersSection({ orgId, canEdit }: { orgId: string; canEdit: boolean }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { user, refresh } = useSession();
  const navigate = useNavigate();
  const members = useAsync((signal) => callOp(listMembers, { params: { orgId }, signal }), [orgId]);
  const [message, setMessage] = useState<string | null>(null);
  const [credentials, setCredentials] = useState<ShownCredentials | null>(null);
  const [roleFor, setRoleFor] = useState<TMember | null>(null);
  const [renewFor, setRenewFor] = useState<TMember | null>(null);
  const [removing, setRemoving] = useState<TMember | null>(null);
  const remove = useAction();

  const afterChange = async (text: string, touchedUserId?: string) => {
    setMessage(text);
    await members.reload();
    // Changing one's own role or membership changes what the header and menus may show.
    if (touchedUserId && touchedUserId === user?.id) {
      const session = await refresh();
      if (session && !session.memberships.some((m) => m.orgId === orgId)) navigate('/', { replace: true });
    }
  };

  const confirmRemove = async () => {
    if (!removing) return;
    await remove.run(async () => {
      await callOp(removeMember, { params: { orgId, userId: removing.userId } });
      setRemoving(null);
      await afterChange(t('members.removed', { name: removing.name }), removing.userId);
    });
  };

  return (
    <>
      <h2 className="h3" id="members-heading">
        {t('members.heading')}
      </h2>
      <StatusRegion>{message ? <Alert variant="success">{message}</Alert> : null}</StatusRegion>
      {credentials ? <CredentialsBox credentials={credentials} onDone={() => setCredentials(null)} /> : null}
      {members.status === 'loading' ? <Loading /> : null}
      {members.status === 'failed' ? <Alert variant="error">{members.error.message}</Alert> : null}
      {members.status === 'ready' ? (
        <table className="table table--zebra table-md-responsive-headers pj-table" aria-labelledby="members-heading">
          <thead>
            <tr>
              <th scope="col">{t('members.name')}</th>
              <th scope="col">{t('members.email')}</th>
              <th scope="col">{t('members.role')}</th>
              <th scope="col">{t('members.joined')}</th>
              {canEdit ? <th scope="col">{t('common.actions')}</th> : null}
            </tr>
          </thead>
          <tbody>
            {members.data.map((m) => (
              <tr key={m.userId}>
                <th scope="row" data-title={t('members.name')}>
                  {m.name}
                  {m.userId === user?.id ? <span className="pj-you"> {t('members.you')}</span> : null}
                  {m.pending ? (
                    <>
                      {' '}
                      <span className="badge badge-warning">{t('members.pending')}</span>
                    </>
                  ) : null}
                </th>
                <td data-title={t('members.email')} className="pj-break">
                  {m.email}
                </td>
                <td data-title={t('members.role')}>{t(`roles.${m.role}`)}</td>
                <td data-title={t('members.joined')}>{formatDate(m.joinedAt, language)}</td>
                {canEdit ? (
                  <td data-title={t('common.actions')}>
                    <span className="pj-row-actions">
                      <button type="button" className="function-link" onClick={() => setRoleFor(m)}>
                        {t('members.changeRole')}
                        <span className="sr-only"> {m.name}</span>
                      </button>
                      {m.pending ? (
                        <button type="button" className="function-link" onClick={() => setRenewFor(m)}>
                          {t('members.renew')}
                          <span className="sr-only"> {m.name}</span>
                        </button>
                      ) : null}
                      <button
                        type="button"
                        className="function-link"
                        onClick={() => {
                          remove.setError(null);
                          setRemoving(m);
                        }}
                      >
                        {t('members.remove')}
                        <span className="sr-only"> {m.name}</span>
                      </button>
                    </span>
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {canEdit ? (
        <>
          <InviteMemberForm
            orgId={orgId}
            onAttempt={() => setMessage(null)}
            onInvited={(result) => {
              void members.reload();
              if (result.credentials) {
                setMessage(null);
                setCredentials({ name: result.member.name, email: result.member.email, ...result.credentials });
              } else {
                setCredentials(null);
                setMessage(t('members.addedExisting', { name: result.member.name }));
              }
            }}
          />
          <RoleDialog
            orgId={orgId}
            member={roleFor}
            onClose={() => setRoleFor(null)}
            onChanged={(changed) => {
              setRoleFor(null);
              void afterChange(t('members.roleChanged', { name: changed.name, role: t(`roles.${changed.role}`) }), changed.userId);
            }}
          />
          <RenewDialog orgId={orgId} member={renewFor} onClose={() => setRenewFor(null)} />
          <ConfirmDialog
            open={removing !== null}
            title={t('members.removeTitle', { name: removing?.name ?? '' })}
            confirmLabel={t('members.removeConfirm')}
            onConfirm={() => void confirmRemove()}
            onCancel={() => setRemoving(null)}
            busy={remove.busy}
            error={remove.error}
          >
            <p>{removing?.userId === user?.id ? t('members.removeSelfText') : t('members.removeText', { name: removing?.name ?? '' })}</p>
          </ConfirmDialog>
        </>
      ) : null}
    </>
  );
}
