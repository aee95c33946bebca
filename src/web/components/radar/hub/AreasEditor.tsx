import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AreaDraft } from '../../../lib/radarHub.js';
import { StatusRegion } from '../../Alert.js';
import { TextField } from '../../fields.js';
import { pathId } from '../../workshops/section.js';

export const MAX_AREAS = 20;

/**
 * The areas of an edition (each gets a radar of its own), edited in place: rename, remove, add.
 * Each input's id is `${formId}-areas-N-name`, matching the body path `areas.N.name`.
 */
export function AreasEditor({
  formId,
  areas,
  onChange,
  errors,
}: {
  formId: string;
  areas: AreaDraft[];
  onChange: (next: AreaDraft[]) => void;
  errors: Record<string, string>;
}) {
  const { t } = useTranslation();
  const [announcement, setAnnouncement] = useState('');
  const focusKey = useRef<string | null>(null);
  const counter = useRef(0);
  const addId = `${formId}-areas-add`;

  useEffect(() => {
    const key = focusKey.current;
    if (key === null) return;
    focusKey.current = null;
    const index = areas.findIndex((a) => a.key === key);
    document.getElementById(index >= 0 ? pathId(formId, `areas.${index}.name`) : addId)?.focus();
  });

  const remove = (index: number) => {
    const area = areas[index];
    if (!area) return;
    const next = areas.filter((_, i) => i !== index);
    onChange(next);
    focusKey.current = next[Math.min(index, next.length - 1)]?.key ?? '';
    setAnnouncement(t('radarHub.areas.removed', { name: area.name }));
  };

  const add = () => {
    counter.current += 1;
    const key = `new-${counter.current}`;
    onChange([...areas, { key, name: '' }]);
    focusKey.current = key;
  };

  const areasError = errors['areas'];
  return (
    <fieldset className="pj-fieldset pj-radar-areas" id={`${formId}-areas`} aria-describedby={`${formId}-areas-hint`}>
      <legend className="h4">{t('radarHub.areas.legend')}</legend>
      <p className="form-hint" id={`${formId}-areas-hint`}>
        {t('radarHub.areas.hint')}
      </p>
      {areasError ? (
        <p className="form-error-message">
          <span className="sr-only">{t('form.errorPrefix')} </span>
          {areasError}
        </p>
      ) : null}
      <StatusRegion className="sr-only">{announcement}</StatusRegion>
      <ol className="pj-list-edit no-max-width">
        {areas.map((area, index) => {
          const id = pathId(formId, `areas.${index}.name`);
          const label = t('radarHub.areas.itemLabel', { number: index + 1 });
          return (
            <li key={area.key} className="pj-list-edit-item">
              <TextField
                id={id}
                name={id}
                label={label}
                value={area.name}
                onChange={(e) => onChange(areas.map((a) => (a.key === area.key ? { ...a, name: e.target.value } : a)))}
                error={errors[`areas.${index}.name`] ?? errors[`areas.${index}`]}
                required
                maxLength={120}
                width="input-width-l"
              />
              <button
                type="button"
                className="button button-tertiary pj-list-remove"
                disabled={areas.length <= 1}
                onClick={() => remove(index)}
              >
                {t('radarHub.areas.remove')}
                <span className="sr-only"> – {area.name || label}</span>
              </button>
            </li>
          );
        })}
      </ol>
      <button type="button" id={addId} className="button button-secondary" disabled={areas.length >= MAX_AREAS} onClick={add}>
        {t('radarHub.areas.add')}
      </button>
    </fieldset>
  );
}
