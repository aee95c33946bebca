import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../hooks/useLanguage.js';
import { tx } from '../../../lib/assessments.js';
import { groupBySector } from '../../../lib/radarHub.js';
import { ChoiceInput } from './ChoiceInput.js';
import { sectorName } from './SectorCards.js';

interface Named {
  id: string;
  name: { da: string; en: string };
}

/** Checkboxes for the technologies of an edition, grouped by sector, with »all« and »none«. */
export function TechnologyChecklist({
  idPrefix,
  technologies,
  sectors,
  selected,
  onChange,
  error,
}: {
  idPrefix: string;
  technologies: readonly (Named & { sector: string })[];
  sectors: readonly Named[];
  selected: ReadonlySet<string>;
  onChange: (next: Set<string>) => void;
  error?: string | undefined;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const groups = groupBySector(technologies, sectors);
  const toggle = (id: string, on: boolean) => {
    const next = new Set(selected);
    if (on) next.add(id);
    else next.delete(id);
    onChange(next);
  };

  return (
    <div className={error ? 'form-group form-error' : 'form-group'}>
      <fieldset
        id={`${idPrefix}-technologies`}
        aria-describedby={`${idPrefix}-technologies-hint${error ? ` ${idPrefix}-technologies-error` : ''}`}
      >
        <legend className="form-label">{t('radarHub.technologies.legend')}</legend>
        <span className="form-hint" id={`${idPrefix}-technologies-hint`}>
          {t('radarHub.technologies.count', { selected: selected.size, total: technologies.length })}
        </span>
        {error ? (
          <span className="form-error-message" id={`${idPrefix}-technologies-error`}>
            <span className="sr-only">{t('form.errorPrefix')} </span>
            {error}
          </span>
        ) : null}
        <div className="pj-button-row pj-radar-check-actions">
          <button type="button" className="button button-tertiary" onClick={() => onChange(new Set(technologies.map((x) => x.id)))}>
            {t('radarHub.technologies.all')}
          </button>
          <button type="button" className="button button-tertiary" onClick={() => onChange(new Set())}>
            {t('radarHub.technologies.none')}
          </button>
        </div>
        <div className="pj-radar-sector-columns">
          {groups.map((group) => (
            <fieldset key={group.sectorId} className="pj-radar-sector-group">
              <legend className="h5">{sectorName(group, language)}</legend>
              {group.items.map((tech) => {
                const id = `${idPrefix}-tech-${tech.id}`;
                return (
                  <ChoiceInput
                    key={tech.id}
                    type="checkbox"
                    id={id}
                    name={`${idPrefix}-technology`}
                    value={tech.id}
                    checked={selected.has(tech.id)}
                    onChange={(e) => toggle(tech.id, e.target.checked)}
                  >
                    {tx(tech.name, language)}
                  </ChoiceInput>
                );
              })}
            </fieldset>
          ))}
        </div>
      </fieldset>
    </div>
  );
}

/** The technologies of an edition as a plain list by sector (for those who cannot change them). */
export function TechnologyList({
  technologies,
  sectors,
}: {
  technologies: readonly (Named & { sector: string })[];
  sectors: readonly Named[];
}) {
  const { language } = useLanguage();
  return (
    <div className="pj-radar-sector-columns">
      {groupBySector(technologies, sectors).map((group) => (
        <div key={group.sectorId} className="pj-radar-sector-group">
          <h3 className="h5">{sectorName(group, language)}</h3>
          <ul>
            {group.items.map((tech) => (
              <li key={tech.id}>{tx(tech.name, language)}</li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}
