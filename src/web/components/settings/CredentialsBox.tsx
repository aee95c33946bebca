import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { SecretBox } from '../SecretBox.js';

export interface ShownCredentials {
  name: string;
  email: string;
  oneTimePassword?: string | undefined;
  inviteUrl?: string | undefined;
}

/** The one-time password or invitation link of a new member, shown once; the focus moves to it. */
export function CredentialsBox({ credentials, onDone }: { credentials: ShownCredentials; onDone?: () => void }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [credentials]);

  const isLink = Boolean(credentials.inviteUrl);
  return (
    <div ref={ref} tabIndex={-1} className="pj-focus-target">
      <SecretBox
        heading={
          isLink
            ? t('members.credentials.linkHeading', { name: credentials.name })
            : t('members.credentials.passwordHeading', { name: credentials.name })
        }
        label={isLink ? t('members.credentials.linkLabel') : t('members.credentials.passwordLabel')}
        value={credentials.inviteUrl ?? credentials.oneTimePassword ?? ''}
        onDone={onDone}
      >
        <p>
          {isLink
            ? t('members.credentials.linkText', { email: credentials.email })
            : t('members.credentials.passwordText', { email: credentials.email })}
        </p>
      </SecretBox>
    </div>
  );
}
