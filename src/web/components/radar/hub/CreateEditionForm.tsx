import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ZCreateEditionBody, createRadarEdition, type TEdition, type TRadarCatalogue } from '../../../../contracts/radar.js';
import { callOp } from '../../../api/client.js';
import { useLanguage } from '../../../hooks/useLanguage.js';
import { areaDrafts, areaInputs, inFieldOrder, sameAreas, type AreaDraft } from '../../../lib/radarHub.js';
import { validateWith, withExtraErrors } from '../../../lib/validation.js';
import { ErrorSummary } from '../../ErrorSummary.js';
import { useSectionSave } from '../../workshops/section.js';
import { AreasEditor } from './AreasEditor.js';
import { EditionNameField, namedAreas, useEditionErrorTargets } from './EditionFields.js';
import { TechnologyChecklist } from './TechnologyChecklist.js';

const FORM_ID = 'new-edition';

/**
 * Opens a new edition as a draft: a name, the technologies (all of the catalogue to begin with)
 * and the areas (the catalogue's five, which can be renamed, removed or added to).
 */
export function CreateEditionForm({
  orgId,
  catalogue,
  onCreated,
}: {
  orgId: string;
  catalogue: TRadarCatalogue;
  onCreated: (edition: TEdition) => void;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const technologies = useMemo(() => catalogue.technologies.filter((x) => !x.archived), [catalogue]);
  const catalogueAreas = useMemo(() => namedAreas(catalogue.areas, language), [catalogue, language]);
  const [name, setName] = useState('');
  const [selected, setSelected] = useState<Set<string>>(() => new Set(technologies.map((x) => x.id)));
  const [areas, setAreas] = useState<AreaDraft[]>(() => areaDrafts(catalogueAreas));
  const [technologiesOpen, setTechnologiesOpen] = useState(false);
  const firstTechnologyId = `${FORM_ID}-tech-${technologies[0]?.id ?? ''}`;

  const editionTarget = useEditionErrorTargets(FORM_ID, firstTechnologyId);
  const section = useSectionSave((path) => {
    if (path === 'name') return { label: t('radarHub.create.name'), target: `${FORM_ID}-name` };
    return editionTarget(path);
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    // The list of technologies is folded away; show it when its choice is what is wrong.
    if (selected.size === 0) setTechnologiesOpen(true);
    const all = selected.size === technologies.length;
    const input = {
      name,
      ...(all || selected.size === 0 ? {} : { technologyIds: technologies.filter((x) => selected.has(x.id)).map((x) => x.id) }),
      ...(sameAreas(areas, catalogueAreas) ? {} : { areas: areaInputs(areas) }),
    };
    // Said here in plain words rather than by the contract's »at least 1 element«.
    const extra: Record<string, string> = selected.size === 0 ? { technologyIds: t('radarHub.technologies.noneChosen') } : {};
    void section.submit(
      inFieldOrder(withExtraErrors(validateWith(ZCreateEditionBody, input, language), extra), ['name', 'technologyIds', 'areas']),
      async (body) => {
        const edition = await callOp(createRadarEdition, { params: { orgId }, body });
        onCreated(edition);
      },
      t('radarHub.create.created'),
    );
  };

  return (
    <section className="pj-subform pj-subform-wide" aria-labelledby={`${FORM_ID}-heading`}>
      <h2 className="h3" id={`${FORM_ID}-heading`}>
        {t('radarHub.create.heading')}
      </h2>
      <p>{t('radarHub.create.intro')}</p>
      <ErrorSummary id={`${FORM_ID}-errors`} items={section.summary} summaryRef={section.summaryRef} />
      <form onSubmit={submit} noValidate>
        <EditionNameField
          formId={FORM_ID}
          label={t('radarHub.create.name')}
          value={name}
          onChange={(e) => setName(e.target.value)}
          error={section.errors['name']}
        />
        <details className="details pj-radar-details" open={technologiesOpen} onToggle={(e) => setTechnologiesOpen(e.currentTarget.open)}>
          <summary className="details-summary">
            <span className="details-summary-text">
              {t('radarHub.create.technologiesSummary', { selected: selected.size, total: technologies.length })}
            </span>
          </summary>
          <div className="details-text">
            <TechnologyChecklist
              idPrefix={FORM_ID}
              technologies={technologies}
              sectors={catalogue.sectors}
              selected={selected}
              onChange={setSelected}
              error={section.errors['technologyIds']}
            />
          </div>
        </details>
        <AreasEditor formId={FORM_ID} areas={areas} onChange={setAreas} errors={section.errors} />
        <p className="form-hint mt-5">{t('radarHub.create.afterwards')}</p>
        <button type="submit" className="button button-primary" disabled={section.saving}>
          {t('radarHub.create.submit')}
        </button>
      </form>
    </section>
  );
}
