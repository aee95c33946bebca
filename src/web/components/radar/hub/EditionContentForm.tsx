import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ZUpdateEditionBody, updateRadarEdition, type TEdition, type TRadarCatalogue } from '../../../../contracts/radar.js';
import { callOp } from '../../../api/client.js';
import { useLanguage } from '../../../hooks/useLanguage.js';
import { areaDrafts, areaInputs, inFieldOrder, sameAreas, type AreaDraft } from '../../../lib/radarHub.js';
import { validateWith, withExtraErrors } from '../../../lib/validation.js';
import { Alert, StatusRegion } from '../../Alert.js';
import { ErrorSummary } from '../../ErrorSummary.js';
import { TextField } from '../../fields.js';
import { useSectionSave } from '../../workshops/section.js';
import { AreasEditor } from './AreasEditor.js';
import { EditionNameField, namedAreas, useEditionErrorTargets } from './EditionFields.js';
import { RadarLookForm } from './RadarLookForm.js';
import { TechnologyChecklist } from './TechnologyChecklist.js';

const FORM_ID = 'edition-content';

/**
 * The coordinator's form for an edition: its name at any time and, while it is a draft, the
 * threshold, the technologies and the areas. Only what was changed is sent. Below it, in a section
 * of its own with its own save button, the radar's look and ring rule (read-only once opened).
 */
export function EditionContentForm({
  orgId,
  edition,
  catalogue,
  onSaved,
}: {
  orgId: string;
  edition: TEdition;
  catalogue: TRadarCatalogue;
  onSaved: (edition: TEdition) => void;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const draft = edition.status === 'draft';
  const editionAreas = useMemo(() => namedAreas(edition.areas, language), [edition.areas, language]);
  const initialTechnologies = useMemo(() => new Set(edition.technologyList.map((x) => x.id)), [edition.technologyList]);
  // The catalogue's current technologies, plus any in the edition that have since been archived.
  const technologies = useMemo(() => {
    const list = catalogue.technologies
      .filter((x) => !x.archived || initialTechnologies.has(x.id))
      .map(({ id, name, sector }) => ({ id, name, sector }));
    for (const x of edition.technologyList) if (!list.some((c) => c.id === x.id)) list.push({ id: x.id, name: x.name, sector: x.sector });
    return list;
  }, [catalogue.technologies, edition.technologyList, initialTechnologies]);

  const [name, setName] = useState(edition.name);
  const [threshold, setThreshold] = useState(String(edition.threshold));
  const [selected, setSelected] = useState<Set<string>>(initialTechnologies);
  const [areas, setAreas] = useState<AreaDraft[]>(() => areaDrafts(editionAreas));

  const editionTarget = useEditionErrorTargets(FORM_ID, `${FORM_ID}-tech-${technologies[0]?.id ?? ''}`);
  const section = useSectionSave((path) => {
    if (path === 'name') return { label: t('radarHub.content.name'), target: `${FORM_ID}-name` };
    if (path === 'threshold') return { label: t('radarHub.content.threshold'), target: `${FORM_ID}-threshold` };
    return editionTarget(path);
  });

  const technologiesChanged = selected.size !== initialTechnologies.size || [...selected].some((id) => !initialTechnologies.has(id));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const thresholdNumber = /^\s*\d+\s*$/.test(threshold) ? Number(threshold) : Number.NaN;
    const input = {
      ...(name.trim() !== edition.name ? { name } : {}),
      ...(draft && thresholdNumber !== edition.threshold ? { threshold: thresholdNumber } : {}),
      ...(draft && technologiesChanged && selected.size > 0
        ? { technologyIds: technologies.filter((x) => selected.has(x.id)).map((x) => x.id) }
        : {}),
      ...(draft && !sameAreas(areas, editionAreas) ? { areas: areaInputs(areas) } : {}),
    };
    const extra: Record<string, string> = {};
    if (draft && Number.isNaN(thresholdNumber)) extra['threshold'] = t('radarHub.content.thresholdInvalid');
    if (draft && selected.size === 0) extra['technologyIds'] = t('radarHub.technologies.noneChosen');
    void section.submit(
      inFieldOrder(withExtraErrors(validateWith(ZUpdateEditionBody, input, language), extra), [
        'name',
        'threshold',
        'technologyIds',
        'areas',
      ]),
      async (body) => {
        const updated = await callOp(updateRadarEdition, { params: { orgId, editionId: edition.id }, body });
        onSaved(updated);
        setName(updated.name);
        setThreshold(String(updated.threshold));
        setSelected(new Set(updated.technologyList.map((x) => x.id)));
        setAreas(areaDrafts(namedAreas(updated.areas, language)));
      },
      t('radarHub.content.saved'),
    );
  };

  return (
    <>
      <section className="pj-section" aria-labelledby={`${FORM_ID}-heading`}>
        <h2 className="h3" id={`${FORM_ID}-heading`}>
          {draft ? t('radarHub.content.heading') : t('radarHub.content.nameHeading')}
        </h2>
        <p>{draft ? t('radarHub.content.intro') : t('radarHub.content.lockedIntro')}</p>
        <ErrorSummary id={`${FORM_ID}-errors`} items={section.summary} summaryRef={section.summaryRef} />
        <form onSubmit={submit} noValidate>
          <EditionNameField
            formId={FORM_ID}
            label={t('radarHub.content.name')}
            value={name}
            onChange={(e) => setName(e.target.value)}
            error={section.errors['name']}
          />
          {draft ? (
            <>
              <TextField
                id={`${FORM_ID}-threshold`}
                name="threshold"
                label={t('radarHub.content.threshold')}
                hint={t('radarHub.content.thresholdHint')}
                value={threshold}
                onChange={(e) => setThreshold(e.target.value)}
                error={section.errors['threshold']}
                inputMode="numeric"
                maxLength={3}
                required
                width="input-char-4"
              />
              <TechnologyChecklist
                idPrefix={FORM_ID}
                technologies={technologies}
                sectors={catalogue.sectors}
                selected={selected}
                onChange={setSelected}
                error={section.errors['technologyIds']}
              />
              <AreasEditor formId={FORM_ID} areas={areas} onChange={setAreas} errors={section.errors} />
            </>
          ) : null}
          <button type="submit" className="button button-primary mt-5" disabled={section.saving}>
            {draft ? t('radarHub.content.save') : t('radarHub.content.saveName')}
          </button>
          <StatusRegion>{section.saved ? <Alert variant="success">{section.saved}</Alert> : null}</StatusRegion>
        </form>
      </section>
      <RadarLookForm orgId={orgId} edition={edition} onSaved={onSaved} />
    </>
  );
}
