import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** Where an entry list's texts are: `heading`, `hint`, `empty`, `add` and `item` (with `number`). */
type EntryTexts = 'radarHub.admin.examples' | 'radarHub.admin.cases';

/**
 * A list of entries edited in place, each in a numbered fieldset of its own with a button to
 * remove it, and a button to add one. Focus follows: to the new entry's first field, or to the
 * add button when an entry is removed.
 */
export function EntryListEditor<T extends { key: string }>({
  texts,
  addId,
  items,
  max,
  onChange,
  create,
  firstFieldId,
  children,
}: {
  texts: EntryTexts;
  addId: string;
  items: readonly T[];
  /** No more entries than this can be added. */
  max: number;
  /** Applies a change of the list to the newest list. */
  onChange: (update: (items: T[]) => T[]) => void;
  /** A new, blank entry. */
  create: () => T;
  /** The id of the first field of the entry at this index. */
  firstFieldId: (index: number) => string;
  /** The fields of one entry. */
  children: (item: T, index: number) => ReactNode;
}) {
  const { t } = useTranslation();
  const focusNext = useRef<string | null>(null);

  useEffect(() => {
    const target = focusNext.current;
    if (!target) return;
    focusNext.current = null;
    document.getElementById(target)?.focus();
  });

  return (
    <fieldset className="pj-fieldset">
      <legend className="h4">{t(`${texts}.heading`)}</legend>
      <p className="form-hint">{t(`${texts}.hint`)}</p>
      {items.length === 0 ? <p className="pj-muted">{t(`${texts}.empty`)}</p> : null}
      <ol className="pj-radar-entries">
        {items.map((item, index) => {
          const label = t(`${texts}.item`, { number: index + 1 });
          return (
            <li key={item.key} className="pj-radar-entry">
              <fieldset>
                <legend className="weight-semibold">{label}</legend>
                {children(item, index)}
                <button
                  type="button"
                  className="button button-tertiary"
                  onClick={() => {
                    onChange((list) => list.filter((x) => x.key !== item.key));
                    focusNext.current = addId;
                  }}
                >
                  {t('radarHub.admin.remove')}
                  <span className="sr-only"> – {label}</span>
                </button>
              </fieldset>
            </li>
          );
        })}
      </ol>
      <button
        type="button"
        id={addId}
        className="button button-secondary"
        disabled={items.length >= max}
        onClick={() => {
          const index = items.length;
          onChange((list) => [...list, create()]);
          focusNext.current = firstFieldId(index);
        }}
      >
        {t(`${texts}.add`)}
      </button>
    </fieldset>
  );
}
