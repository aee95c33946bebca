import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ZCreateTechnologyBody,
  ZUpdateTechnologyBody,
  createCatalogueTechnology,
  updateCatalogueTechnology,
  type TRadarCatalogue,
  type TRadarTechnology,
} from '../../../../contracts/radar.js';
import { callOp } from '../../../api/client.js';
import { useLanguage } from '../../../hooks/useLanguage.js';
import { tx } from '../../../lib/assessments.js';
import {
  emptyTechnologyDraft,
  technologyBody,
  technologyDraft,
  type CaseDraft,
  type ExampleDraft,
  type TechnologyDraft,
} from '../../../lib/radarHub.js';
import { validateWith } from '../../../lib/validation.js';
import { ErrorSummary } from '../../ErrorSummary.js';
import { SelectField, TextAreaField, TextField } from '../../fields.js';
import { pathId, useSectionSave } from '../../workshops/section.js';
import { EntryListEditor } from './EntryListEditor.js';

const FORM_ID = 'technology';
const id = (path: string) => pathId(FORM_ID, path);

/**
 * A catalogue technology's texts in both languages, its sector and abbreviation, examples per
 * area and municipal cases; used both to add a technology and to edit one.
 */
export function TechnologyForm({
  catalogue,
  technology,
  onSaved,
  onCancel,
}: {
  catalogue: TRadarCatalogue;
  /** The technology to edit; a new one when left out. */
  technology?: TRadarTechnology;
  onSaved: (technology: TRadarTechnology, created: boolean) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const [draft, setDraft] = useState<TechnologyDraft>(() =>
    technology ? technologyDraft(technology) : emptyTechnologyDraft(catalogue.sectors[0]?.id ?? ''),
  );
  const headingRef = useRef<HTMLHeadingElement>(null);
  const counter = useRef(0);

  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  const labels: Record<string, string> = {
    'name.da': t('radarHub.admin.fields.nameDa'),
    'name.en': t('radarHub.admin.fields.nameEn'),
    abbreviation: t('radarHub.admin.fields.abbreviation'),
    sector: t('radarHub.admin.fields.sector'),
    'description.da': t('radarHub.admin.fields.descriptionDa'),
    'description.en': t('radarHub.admin.fields.descriptionEn'),
  };
  const section = useSectionSave((path) => {
    if (labels[path]) return { label: labels[path], target: id(path) };
    const example = /^examples\.(\d+)\.(area|text\.da|text\.en)/.exec(path);
    if (example) {
      const field = {
        area: t('radarHub.admin.examples.area'),
        'text.da': t('radarHub.admin.examples.textDa'),
        'text.en': t('radarHub.admin.examples.textEn'),
      }[example[2] as 'area' | 'text.da' | 'text.en'];
      const item = t('radarHub.admin.examples.item', { number: Number(example[1]) + 1 });
      return { label: `${item}, ${field.toLocaleLowerCase(language)}`, target: id(`examples.${example[1]}.${example[2]}`) };
    }
    const caseMatch = /^cases\.(\d+)\.(title|organisation|url|area)/.exec(path);
    if (caseMatch) {
      const key = caseMatch[2] as 'title' | 'organisation' | 'url' | 'area';
      const item = t('radarHub.admin.cases.item', { number: Number(caseMatch[1]) + 1 });
      return {
        label: `${item}, ${t(`radarHub.admin.cases.${key}`).toLocaleLowerCase(language)}`,
        target: id(`cases.${caseMatch[1]}.${key}`),
      };
    }
    return null;
  });

  const set = (patch: Partial<TechnologyDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const setExample = (key: string, patch: Partial<ExampleDraft>) =>
    setDraft((d) => ({ ...d, examples: d.examples.map((e) => (e.key === key ? { ...e, ...patch } : e)) }));
  const setCase = (key: string, patch: Partial<CaseDraft>) =>
    setDraft((d) => ({ ...d, cases: d.cases.map((c) => (c.key === key ? { ...c, ...patch } : c)) }));
  const newKey = (prefix: string) => {
    counter.current += 1;
    return `${prefix}-new-${counter.current}`;
  };

  const areaOptions = catalogue.areas.map((a) => ({ value: a.id, label: tx(a.name, language) }));
  const sectorOptions = catalogue.sectors.map((s) => ({ value: s.id, label: tx(s.name, language) }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const input = technologyBody(draft);
    if (technology) {
      void section.submit(
        validateWith(ZUpdateTechnologyBody, input, language),
        async (body) => onSaved(await callOp(updateCatalogueTechnology, { params: { technologyId: technology.id }, body }), false),
        t('radarHub.admin.saved'),
      );
    } else {
      void section.submit(
        validateWith(ZCreateTechnologyBody, input, language),
        async (body) => onSaved(await callOp(createCatalogueTechnology, { body }), true),
        t('radarHub.admin.created'),
      );
    }
  };

  const heading = technology ? t('radarHub.admin.editHeading', { name: tx(technology.name, language) }) : t('radarHub.admin.addHeading');

  return (
    <section className="pj-subform pj-subform-wide" aria-labelledby={`${FORM_ID}-heading`}>
      <h2 className="h3" id={`${FORM_ID}-heading`} ref={headingRef} tabIndex={-1}>
        {heading}
      </h2>
      <p>{t('radarHub.admin.formIntro')}</p>
      <ErrorSummary id={`${FORM_ID}-errors`} items={section.summary} summaryRef={section.summaryRef} />
      <form onSubmit={submit} noValidate>
        <div className="pj-radar-two">
          <TextField
            id={id('name.da')}
            name="nameDa"
            label={labels['name.da'] ?? ''}
            value={draft.nameDa}
            onChange={(e) => set({ nameDa: e.target.value })}
            error={section.errors['name.da']}
            required
            maxLength={200}
          />
          <TextField
            id={id('name.en')}
            name="nameEn"
            label={labels['name.en'] ?? ''}
            value={draft.nameEn}
            onChange={(e) => set({ nameEn: e.target.value })}
            error={section.errors['name.en']}
            required
            maxLength={200}
          />
        </div>
        <div className="pj-radar-two">
          <SelectField
            id={id('sector')}
            name="sector"
            label={labels['sector'] ?? ''}
            value={draft.sector}
            onChange={(e) => set({ sector: e.target.value })}
            options={sectorOptions}
            error={section.errors['sector']}
            required
          />
          <TextField
            id={id('abbreviation')}
            name="abbreviation"
            label={labels['abbreviation'] ?? ''}
            hint={t('radarHub.admin.fields.abbreviationHint')}
            value={draft.abbreviation}
            onChange={(e) => set({ abbreviation: e.target.value })}
            error={section.errors['abbreviation']}
            maxLength={12}
            width="input-width-xs"
          />
        </div>
        <TextAreaField
          id={id('description.da')}
          label={labels['description.da'] ?? ''}
          hint={t('radarHub.admin.fields.descriptionHint')}
          value={draft.descriptionDa}
          onChange={(e) => set({ descriptionDa: e.target.value })}
          error={section.errors['description.da']}
          maxLength={4000}
          rows={4}
        />
        <TextAreaField
          id={id('description.en')}
          label={labels['description.en'] ?? ''}
          value={draft.descriptionEn}
          onChange={(e) => set({ descriptionEn: e.target.value })}
          error={section.errors['description.en']}
          maxLength={4000}
          rows={4}
        />

        <EntryListEditor
          texts="radarHub.admin.examples"
          addId={`${FORM_ID}-add-example`}
          items={draft.examples}
          max={30}
          onChange={(update) => setDraft((d) => ({ ...d, examples: update(d.examples) }))}
          create={() => ({ key: newKey('example'), area: areaOptions[0]?.value ?? '', da: '', en: '' })}
          firstFieldId={(index) => id(`examples.${index}.area`)}
        >
          {(example, index) => (
            <>
              <SelectField
                id={id(`examples.${index}.area`)}
                name={`example-${index}-area`}
                label={t('radarHub.admin.examples.area')}
                value={example.area}
                onChange={(e) => setExample(example.key, { area: e.target.value })}
                options={areaOptions}
                error={section.errors[`examples.${index}.area`]}
                required
              />
              <TextAreaField
                id={id(`examples.${index}.text.da`)}
                label={t('radarHub.admin.examples.textDa')}
                value={example.da}
                onChange={(e) => setExample(example.key, { da: e.target.value })}
                error={section.errors[`examples.${index}.text.da`]}
                maxLength={1000}
                rows={2}
              />
              <TextAreaField
                id={id(`examples.${index}.text.en`)}
                label={t('radarHub.admin.examples.textEn')}
                value={example.en}
                onChange={(e) => setExample(example.key, { en: e.target.value })}
                error={section.errors[`examples.${index}.text.en`]}
                maxLength={1000}
                rows={2}
              />
            </>
          )}
        </EntryListEditor>

        <EntryListEditor
          texts="radarHub.admin.cases"
          addId={`${FORM_ID}-add-case`}
          items={draft.cases}
          max={50}
          onChange={(update) => setDraft((d) => ({ ...d, cases: update(d.cases) }))}
          create={() => ({ key: newKey('case'), title: '', organisation: '', url: '', area: '' })}
          firstFieldId={(index) => id(`cases.${index}.title`)}
        >
          {(c, index) => (
            <>
              <TextField
                id={id(`cases.${index}.title`)}
                name={`case-${index}-title`}
                label={t('radarHub.admin.cases.title')}
                value={c.title}
                onChange={(e) => setCase(c.key, { title: e.target.value })}
                error={section.errors[`cases.${index}.title`]}
                required
                maxLength={300}
              />
              <TextField
                id={id(`cases.${index}.organisation`)}
                name={`case-${index}-organisation`}
                label={t('radarHub.admin.cases.organisation')}
                hint={t('radarHub.admin.cases.organisationHint')}
                value={c.organisation}
                onChange={(e) => setCase(c.key, { organisation: e.target.value })}
                error={section.errors[`cases.${index}.organisation`]}
                required
                maxLength={200}
              />
              <TextField
                id={id(`cases.${index}.url`)}
                name={`case-${index}-url`}
                label={t('radarHub.admin.cases.url')}
                hint={t('radarHub.admin.cases.urlHint')}
                type="url"
                inputMode="url"
                value={c.url}
                onChange={(e) => setCase(c.key, { url: e.target.value })}
                error={section.errors[`cases.${index}.url`]}
                required
                maxLength={2000}
              />
              <SelectField
                id={id(`cases.${index}.area`)}
                name={`case-${index}-area`}
                label={t('radarHub.admin.cases.area')}
                value={c.area}
                onChange={(e) => setCase(c.key, { area: e.target.value })}
                options={[{ value: '', label: t('radarHub.admin.cases.noArea') }, ...areaOptions]}
                error={section.errors[`cases.${index}.area`]}
              />
            </>
          )}
        </EntryListEditor>

        <div className="pj-button-row mt-6">
          <button type="submit" className="button button-primary" disabled={section.saving}>
            {technology ? t('radarHub.admin.save') : t('radarHub.admin.add')}
          </button>
          <button type="button" className="button button-tertiary" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </section>
  );
}
