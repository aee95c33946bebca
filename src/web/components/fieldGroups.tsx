import { useTranslation } from 'react-i18next';
import { ZOrgType } from '../../contracts/common.js';
import type { FieldProps } from '../hooks/useForm.js';
import { SelectField, TextField } from './fields.js';

/** A new password and the same password again, with the password rules as hint. */
export function NewPasswordFields({
  password,
  repeat,
  passwordLabel,
  repeatLabel,
}: {
  password: FieldProps;
  repeat: FieldProps;
  passwordLabel: string;
  repeatLabel: string;
}) {
  const { t } = useTranslation();
  return (
    <>
      <TextField
        {...password}
        label={passwordLabel}
        hint={t('password.rules')}
        type="password"
        autoComplete="new-password"
        required
        width="input-width-l"
      />
      <TextField {...repeat} label={repeatLabel} type="password" autoComplete="new-password" required width="input-width-l" />
    </>
  );
}

/** An organisation's name, type and optional municipality number. */
export function OrgFields({
  name,
  type,
  municipalityCode,
  nameAutoComplete,
}: {
  name: FieldProps;
  type: FieldProps;
  municipalityCode: FieldProps;
  nameAutoComplete: string;
}) {
  const { t } = useTranslation();
  return (
    <>
      <TextField {...name} label={t('org.name')} required width="input-width-xl" autoComplete={nameAutoComplete} />
      <SelectField
        {...type}
        label={t('org.type')}
        required
        width="input-width-m"
        options={ZOrgType.options.map((value) => ({ value, label: t(`orgTypes.${value}`) }))}
      />
      <TextField
        {...municipalityCode}
        label={t('org.municipalityCodeOptional')}
        hint={t('org.municipalityCodeHint')}
        inputMode="numeric"
        maxLength={3}
        width="input-char-4"
      />
    </>
  );
}
