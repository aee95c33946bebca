import type { ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../i18n/index.js';
import { tx } from '../../../lib/assessments.js';
import { TextField } from '../../fields.js';
import { pathId } from '../../workshops/section.js';

/** An edition's areas as the areas editor starts from them: id, name in the language shown, Danish name. */
export const namedAreas = (areas: readonly { id: string; name: { da: string; en: string } }[], language: Language) =>
  areas.map((a) => ({ id: a.id, name: tx(a.name, language), da: a.name.da }));

/**
 * For the error summary of an edition's form: the label and field of an error in its
 * technologies (`firstTechnologyId` is the first checkbox) or areas; null for any other path.
 */
export function useEditionErrorTargets(formId: string, firstTechnologyId: string) {
  const { t } = useTranslation();
  return (path: string) => {
    if (path.startsWith('technologyIds')) return { label: t('radarHub.technologies.legend'), target: firstTechnologyId };
    const m = /^areas\.(\d+)/.exec(path);
    if (m) return { label: t('radarHub.areas.itemLabel', { number: Number(m[1]) + 1 }), target: pathId(formId, `areas.${m[1]}.name`) };
    if (path === 'areas') return { label: t('radarHub.areas.legend'), target: `${formId}-areas-add` };
    return null;
  };
}

/** An edition's name (its id is `${formId}-name`). */
export function EditionNameField({
  formId,
  label,
  value,
  onChange,
  error,
}: {
  formId: string;
  label: string;
  value: string;
  onChange: (event: ChangeEvent<HTMLInputElement>) => void;
  error: string | undefined;
}) {
  const { t } = useTranslation();
  return (
    <TextField
      id={`${formId}-name`}
      name="name"
      label={label}
      hint={t('radarHub.create.nameHint')}
      value={value}
      onChange={onChange}
      error={error}
      required
      maxLength={120}
      width="input-width-m"
    />
  );
}
