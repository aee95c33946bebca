import { useState, type FormEvent } from 'react';
import type { z } from 'zod';
import { useTranslation } from 'react-i18next';
import { ZUpdateEditionBody, updateRadarEdition, type TEdition } from '../../../../contracts/radar.js';
import { callOp } from '../../../api/client.js';
import { useLanguage } from '../../../hooks/useLanguage.js';
import { tx } from '../../../lib/assessments.js';
import {
  formatDecimal,
  inFieldOrder,
  lookBody,
  lookDraft,
  lookProblems,
  percentOf,
  ringMin,
  type LookDraft,
  type LookProblem,
  type RingDraft,
} from '../../../lib/radarHub.js';
import { validateWith, type Validation } from '../../../lib/validation.js';
import { Alert, StatusRegion } from '../../Alert.js';
import { ErrorSummary } from '../../ErrorSummary.js';
import { TextField } from '../../fields.js';
import { pathId, useSectionSave } from '../../workshops/section.js';
import { RingsEditor } from './RingsEditor.js';

const FORM_ID = 'edition-look';

/** A colour swatch drawn with SVG (a fill attribute, not an inline style, which the CSP forbids). */
export function ColorSwatch({ color }: { color: string }) {
  return (
    <svg className="pj-ring-swatch" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <rect x="0.5" y="0.5" width="15" height="15" rx="3" fill={color} stroke="currentColor" strokeOpacity="0.4" />
    </svg>
  );
}

/**
 * The radar's look and ring rule of an edition: the names of its sectors, each ring's name, colour
 * and least value, and the weights of maturity and spread. Editable while the edition is a draft,
 * read-only afterwards. Every sector and ring is sent, by id, in the edition's order.
 */
export function RadarLookForm({ orgId, edition, onSaved }: { orgId: string; edition: TEdition; onSaved: (edition: TEdition) => void }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const [draft, setDraft] = useState<LookDraft>(() => lookDraft(edition, language));

  const section = useSectionSave((path) => {
    const sector = /^sectors\.(\d+)/.exec(path);
    if (sector) {
      const n = Number(sector[1]);
      return { label: t('radarHub.look.sectorLabel', { number: n + 1 }), target: pathId(FORM_ID, `sectors.${n}.name`) };
    }
    const ring = /^rings\.(\d+)(?:\.(name|color|min))?/.exec(path);
    if (ring) {
      const n = Number(ring[1]);
      const field = ring[2] === 'name' || ring[2] === 'color' ? ring[2] : 'min';
      const fieldLabel =
        field === 'name'
          ? t('radarHub.look.ring.name')
          : field === 'color'
            ? t('radarHub.look.ring.color')
            : t('radarHub.look.ring.threshold');
      const label = `${t('radarHub.look.ringLegend', { number: n + 1 })}, ${fieldLabel}`;
      return { label, target: pathId(FORM_ID, `rings.${n}.${field}`) };
    }
    if (path === 'rings') return { label: t('radarHub.look.ringsHeading'), target: pathId(FORM_ID, 'rings.0.min') };
    if (path === 'sectors') return { label: t('radarHub.look.sectorsLegend'), target: pathId(FORM_ID, 'sectors.0.name') };
    if (path.startsWith('weights')) {
      const key = path === 'weights.spread' ? 'spread' : 'maturity';
      return { label: t(`radarHub.look.weights.${key}`), target: pathId(FORM_ID, `weights.${key}`) };
    }
    return null;
  });

  if (edition.status !== 'draft') return <RadarLookView edition={edition} />;

  const problemText = (p: LookProblem) => {
    if (p.problem === 'falling') return t('radarHub.look.errors.falling', { inner: formatDecimal(p.inner, language) });
    return t(`radarHub.look.errors.${p.problem}`);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const contract = validateWith(ZUpdateEditionBody, lookBody(draft), language);
    const problems = lookProblems(draft);
    let validation: Validation<z.output<typeof ZUpdateEditionBody>> = contract;
    if (problems.length > 0) {
      const errors = contract.ok ? {} : { ...contract.errors };
      for (const p of problems) errors[p.path] = problemText(p);
      validation = { ok: false, errors };
    }
    void section.submit(
      inFieldOrder(validation, ['sectors', 'rings', 'weights']),
      async (body) => {
        const updated = await callOp(updateRadarEdition, { params: { orgId, editionId: edition.id }, body });
        onSaved(updated);
        setDraft(lookDraft(updated, language));
      },
      t('radarHub.look.saved'),
    );
  };

  /** The rule in words for one ring, from the values as typed: »… er mindst 50 % og under 75 %«. */
  const thresholdHint = (index: number): string => {
    const shown = (r: RingDraft | undefined) => {
      if (!r) return null;
      const min = ringMin(r);
      return Number.isNaN(min) ? null : percentOf(min, language);
    };
    const own = shown(draft.rings[index]);
    const inner = index > 0 ? shown(draft.rings[index - 1]) : null;
    const last = index === draft.rings.length - 1;
    const rule =
      own === null
        ? t('radarHub.look.ring.ruleUnknown')
        : inner === null || index === 0
          ? t('radarHub.look.ring.rule', { min: own })
          : t('radarHub.look.ring.ruleBetween', { min: own, max: inner });
    return last ? `${rule} ${t('radarHub.look.ring.outermostHint')}` : rule;
  };

  const setRing = (index: number, change: Partial<RingDraft>) =>
    setDraft((d) => ({ ...d, rings: d.rings.map((r, i) => (i === index ? { ...r, ...change } : r)) }));

  return (
    <section className="pj-section pj-radar-look" aria-labelledby={`${FORM_ID}-heading`}>
      <h2 className="h3" id={`${FORM_ID}-heading`}>
        {t('radarHub.look.heading')}
      </h2>
      <p>{t('radarHub.look.intro')}</p>
      <ErrorSummary id={`${FORM_ID}-errors`} items={section.summary} summaryRef={section.summaryRef} />
      <form onSubmit={submit} noValidate>
        <fieldset className="pj-fieldset" id={`${FORM_ID}-sectors`}>
          <legend className="h4">{t('radarHub.look.sectorsLegend')}</legend>
          <p className="form-hint">{t('radarHub.look.sectorsHint')}</p>
          {draft.sectors.map((sector, index) => {
            const id = pathId(FORM_ID, `sectors.${index}.name`);
            return (
              <TextField
                key={sector.id}
                id={id}
                name={id}
                label={t('radarHub.look.sectorLabel', { number: index + 1 })}
                value={sector.name}
                onChange={(e) =>
                  setDraft((d) => ({ ...d, sectors: d.sectors.map((s, i) => (i === index ? { ...s, name: e.target.value } : s)) }))
                }
                error={section.errors[`sectors.${index}.name`] ?? section.errors[`sectors.${index}`]}
                required
                maxLength={80}
                width="input-width-l"
              />
            );
          })}
        </fieldset>

        <RingsEditor formId={FORM_ID} rings={draft.rings} onChange={setRing} errors={section.errors} thresholdHint={thresholdHint} />

        <fieldset className="pj-fieldset" id={`${FORM_ID}-weights`} aria-describedby={`${FORM_ID}-weights-hint`}>
          <legend className="h4">{t('radarHub.look.weights.legend')}</legend>
          <p className="form-hint" id={`${FORM_ID}-weights-hint`}>
            {t('radarHub.look.weights.hint')}
          </p>
          {(['maturity', 'spread'] as const).map((key) => {
            const id = pathId(FORM_ID, `weights.${key}`);
            return (
              <TextField
                key={key}
                id={id}
                name={id}
                label={t(`radarHub.look.weights.${key}`)}
                value={draft[key]}
                onChange={(e) => setDraft((d) => ({ ...d, [key]: e.target.value }))}
                error={section.errors[`weights.${key}`] ?? (key === 'maturity' ? section.errors['weights'] : undefined)}
                inputMode="decimal"
                maxLength={6}
                required
                width="input-char-4"
              />
            );
          })}
        </fieldset>

        <button type="submit" className="button button-primary mt-5" disabled={section.saving}>
          {t('radarHub.look.save')}
        </button>
        <StatusRegion>{section.saved ? <Alert variant="success">{section.saved}</Alert> : null}</StatusRegion>
      </form>
    </section>
  );
}

/** The look and rule of an edition that is no longer a draft. */
function RadarLookView({ edition }: { edition: TEdition }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  return (
    <section className="pj-section pj-radar-look" aria-labelledby={`${FORM_ID}-heading`}>
      <h2 className="h3" id={`${FORM_ID}-heading`}>
        {t('radarHub.look.heading')}
      </h2>
      <p>{t('radarHub.look.lockedIntro')}</p>
      <h3 className="h4">{t('radarHub.look.sectorsLegend')}</h3>
      <ol>
        {edition.sectors.map((s) => (
          <li key={s.id}>{tx(s.name, language)}</li>
        ))}
      </ol>
      <h3 className="h4">{t('radarHub.look.ringsHeading')}</h3>
      <ol className="nobullet-list pj-ring-list">
        {edition.rings.map((r, index) => {
          const min = percentOf(r.min, language);
          const max = index > 0 ? percentOf(edition.rings[index - 1]!.min, language) : null;
          return (
            <li key={r.id} className="pj-ring-item">
              <ColorSwatch color={r.color} />
              <span>
                <strong>{tx(r.name, language)}</strong> <span className="pj-ring-hex">{r.color.toLowerCase()}</span>
                <br />
                {max === null ? t('radarHub.look.ring.rule', { min }) : t('radarHub.look.ring.ruleBetween', { min, max })}
              </span>
            </li>
          );
        })}
      </ol>
      <p>
        {t('radarHub.look.weights.summary', {
          maturity: formatDecimal(edition.weights.maturity, language),
          spread: formatDecimal(edition.weights.spread, language),
        })}
      </p>
    </section>
  );
}
