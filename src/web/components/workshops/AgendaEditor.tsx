import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldMessage } from '../../../contracts/errors.js';
import { ZUpdateWorkshopBody, updateWorkshop, type TWorkshop } from '../../../contracts/workshops.js';
import { STEP_KINDS, type TStepKind } from '../../../domain/workshops/template.js';
import { callOp } from '../../api/client.js';
import { useLanguage } from '../../hooks/useLanguage.js';
import { formatClock } from '../../lib/format.js';
import { validateWith, withExtraErrors, type FieldErrors } from '../../lib/validation.js';
import { draftSteps, moveItem, plannedTimes, stepsBody, type DraftStep } from '../../lib/workshops.js';
import { StatusRegion, Alert } from '../Alert.js';
import { ErrorSummary } from '../ErrorSummary.js';
import { SelectField, TextField } from '../fields.js';
import { TotalDuration } from './TotalDuration.js';
import { TextAreaField } from '../fields.js';
import { pathId, useSectionSave } from './section.js';

const FORM_ID = 'agenda';
const NEW_STEP_MINUTES = 15;

/** Where the focus goes after a step moved or went away (the DOM nodes move, so the browser would drop it). */
type FocusTarget = { key: string; control: 'up' | 'down' | 'remove' | 'title' } | { key: null; control: 'add' };

/**
 * The agenda of a draft: each step's title, minutes and purpose; move up and down, remove, add a
 * step of a kind; the total and (with a start time) the clock times. Saved as a whole.
 */
export function AgendaEditor({
  orgId,
  workshop,
  onSaved,
  onDirty,
}: {
  orgId: string;
  workshop: TWorkshop;
  onSaved: (workshop: TWorkshop) => void;
  onDirty: (dirty: boolean) => void;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const [steps, setSteps] = useState<DraftStep[]>(() => draftSteps(workshop.steps));
  const [baseline, setBaseline] = useState(() => JSON.stringify(stepsBody(draftSteps(workshop.steps))));
  const [newKind, setNewKind] = useState<TStepKind>('present');
  const [announcement, setAnnouncement] = useState('');
  const focusNext = useRef<FocusTarget | null>(null);
  const counter = useRef(0);
  const field = (index: number, name: 'title' | 'durationMinutes' | 'purpose') => pathId(FORM_ID, `steps.${index}.${name}`);
  const fieldLabel: Record<string, string> = {
    title: t('workshops.agenda.stepTitle'),
    durationMinutes: t('workshops.agenda.minutes'),
    purpose: t('workshops.agenda.purpose'),
  };
  const section = useSectionSave((path) => {
    const m = /^steps\.(\d+)\.(title|durationMinutes|purpose|kind|id)$/.exec(path);
    if (m) {
      const index = Number(m[1]);
      const name = m[2] === 'title' || m[2] === 'durationMinutes' || m[2] === 'purpose' ? m[2] : 'title';
      return { label: t('workshops.agenda.stepLabel', { number: index + 1, field: fieldLabel[name] ?? '' }), target: field(index, name) };
    }
    return path.startsWith('steps') ? { label: t('workshops.agenda.heading'), target: `${FORM_ID}-add-kind` } : null;
  });

  const dirty = JSON.stringify(stepsBody(steps)) !== baseline;
  useEffect(() => onDirty(dirty), [dirty, onDirty]);

  useEffect(() => {
    const target = focusNext.current;
    if (!target) return;
    focusNext.current = null;
    if (target.key === null) return document.getElementById(`${FORM_ID}-add-kind`)?.focus();
    const index = steps.findIndex((s) => s.key === target.key);
    const title = document.getElementById(field(index, 'title'));
    if (target.control === 'title') return title?.focus();
    const button = document.getElementById(`${FORM_ID}-${target.key}-${target.control}`);
    if (button instanceof HTMLButtonElement && !button.disabled) button.focus();
    else title?.focus();
  });

  const update = (key: string, patch: Partial<DraftStep>) => setSteps((list) => list.map((s) => (s.key === key ? { ...s, ...patch } : s)));

  const move = (index: number, by: -1 | 1) => {
    const step = steps[index];
    if (!step) return;
    const to = index + by;
    setSteps(moveItem(steps, index, to));
    const atEdge = to === 0 || to === steps.length - 1;
    focusNext.current = { key: step.key, control: atEdge ? (by === -1 ? 'down' : 'up') : by === -1 ? 'up' : 'down' };
    setAnnouncement(t('workshops.agenda.moved', { title: step.title || t('workshops.agenda.untitled'), number: to + 1 }));
  };

  const remove = (index: number) => {
    const step = steps[index];
    if (!step || steps.length <= 1) return;
    const next = steps.filter((_, i) => i !== index);
    setSteps(next);
    const neighbour = next[Math.min(index, next.length - 1)];
    focusNext.current = neighbour ? { key: neighbour.key, control: 'title' } : { key: null, control: 'add' };
    setAnnouncement(t('workshops.agenda.removed', { title: step.title || t('workshops.agenda.untitled') }));
  };

  const add = () => {
    counter.current += 1;
    const key = `new-${counter.current}`;
    setSteps([
      ...steps,
      { key, kind: newKind, title: t(`workshops.stepKinds.${newKind}`), durationMinutes: String(NEW_STEP_MINUTES), purpose: '' },
    ]);
    focusNext.current = { key, control: 'title' };
    setAnnouncement(t('workshops.agenda.added', { number: steps.length + 1 }));
  };

  const save = () => {
    const extra: FieldErrors = {};
    steps.forEach((s, i) => {
      const minutes = s.durationMinutes.trim();
      if (minutes === '') extra[`steps.${i}.durationMinutes`] = fieldMessage('required', language);
      else if (!/^\d+$/.test(minutes)) extra[`steps.${i}.durationMinutes`] = fieldMessage('not_integer', language);
    });
    const validation = withExtraErrors(validateWith(ZUpdateWorkshopBody, { steps: stepsBody(steps) }, language), extra);
    void section.submit(
      validation,
      async (body) => {
        const saved = await callOp(updateWorkshop, { params: { orgId, workshopId: workshop.id }, body });
        const fresh = draftSteps(saved.steps);
        setSteps(fresh);
        setBaseline(JSON.stringify(stepsBody(fresh)));
        onSaved(saved);
      },
      t('workshops.agenda.saved'),
    );
  };

  const times = plannedTimes(
    workshop.scheduledFor,
    steps.map((s) => ({ durationMinutes: Number(s.durationMinutes) })),
  );

  return (
    <section className="pj-section" aria-labelledby="agenda-heading">
      <h2 id="agenda-heading" className="h3">
        {t('workshops.agenda.heading')}
      </h2>
      <p>{t('workshops.agenda.intro')}</p>
      <TotalDuration minutes={steps.map((s) => Number(s.durationMinutes))} start={workshop.scheduledFor} />
      <ErrorSummary id={`${FORM_ID}-errors`} items={section.summary} summaryRef={section.summaryRef} />
      <StatusRegion className="sr-only">{announcement}</StatusRegion>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          save();
        }}
      >
        <ol className="pj-agenda-edit no-max-width">
          {steps.map((step, index) => {
            const errors = section.errors;
            const when = times?.[index];
            return (
              <li key={step.key} className="pj-agenda-edit-step">
                <fieldset>
                  <legend className="pj-agenda-edit-legend">
                    <span className="pj-agenda-number" aria-hidden="true">
                      {index + 1}
                    </span>
                    <span className="sr-only">{t('workshops.agenda.stepNumber', { number: index + 1 })} </span>
                    {step.title || t('workshops.agenda.untitled')}
                  </legend>
                  <p className="pj-cell-sub">
                    {t('workshops.agenda.kindLabel')} {t(`workshops.stepKinds.${step.kind}`)}
                    {when
                      ? ` · ${t('workshops.agenda.clock', { from: formatClock(when.from, language), to: formatClock(when.to, language) })}`
                      : ''}
                  </p>
                  <div className="pj-agenda-edit-fields">
                    <TextField
                      id={field(index, 'title')}
                      name={`title-${step.key}`}
                      label={t('workshops.agenda.stepTitle')}
                      value={step.title}
                      onChange={(e) => update(step.key, { title: e.target.value })}
                      error={errors[`steps.${index}.title`]}
                      required
                      maxLength={200}
                      width="input-width-xl"
                    />
                    <TextField
                      id={field(index, 'durationMinutes')}
                      name={`minutes-${step.key}`}
                      label={t('workshops.agenda.minutes')}
                      value={step.durationMinutes}
                      onChange={(e) => update(step.key, { durationMinutes: e.target.value })}
                      error={errors[`steps.${index}.durationMinutes`]}
                      required
                      inputMode="numeric"
                      maxLength={3}
                      width="input-char-4"
                    />
                  </div>
                  <TextAreaField
                    id={field(index, 'purpose')}
                    label={t('workshops.agenda.purpose')}
                    hint={t('workshops.agenda.purposeHint')}
                    value={step.purpose}
                    onChange={(e) => update(step.key, { purpose: e.target.value })}
                    error={errors[`steps.${index}.purpose`]}
                    rows={3}
                    maxLength={2000}
                  />
                  <div className="pj-step-actions">
                    <button
                      type="button"
                      id={`${FORM_ID}-${step.key}-up`}
                      className="button button-secondary"
                      disabled={index === 0}
                      onClick={() => move(index, -1)}
                    >
                      {t('workshops.agenda.moveUp')}
                      <span className="sr-only"> – {step.title}</span>
                    </button>
                    <button
                      type="button"
                      id={`${FORM_ID}-${step.key}-down`}
                      className="button button-secondary"
                      disabled={index === steps.length - 1}
                      onClick={() => move(index, 1)}
                    >
                      {t('workshops.agenda.moveDown')}
                      <span className="sr-only"> – {step.title}</span>
                    </button>
                    <button
                      type="button"
                      id={`${FORM_ID}-${step.key}-remove`}
                      className="button button-tertiary"
                      disabled={steps.length <= 1}
                      onClick={() => remove(index)}
                    >
                      {t('workshops.agenda.remove')}
                      <span className="sr-only"> – {step.title}</span>
                    </button>
                  </div>
                </fieldset>
              </li>
            );
          })}
        </ol>

        <div className="pj-agenda-add">
          <SelectField
            id={`${FORM_ID}-add-kind`}
            name="kind"
            label={t('workshops.agenda.addKind')}
            hint={t('workshops.agenda.addKindHint')}
            value={newKind}
            onChange={(e) => setNewKind(e.target.value as TStepKind)}
            options={STEP_KINDS.map((kind) => ({ value: kind, label: t(`workshops.stepKinds.${kind}`) }))}
            width="input-width-m"
          />
          <button type="button" className="button button-secondary" onClick={add}>
            {t('workshops.agenda.add')}
          </button>
        </div>

        <div className="pj-button-row mt-6">
          <button type="submit" className="button button-primary" disabled={section.saving}>
            {t('workshops.agenda.save')}
          </button>
          {dirty ? (
            <button
              type="button"
              className="button button-tertiary"
              onClick={() => {
                setSteps(draftSteps(workshop.steps));
                section.reset();
              }}
            >
              {t('workshops.agenda.undo')}
            </button>
          ) : null}
        </div>
        <StatusRegion>{section.saved && !dirty ? <Alert variant="success">{section.saved}</Alert> : null}</StatusRegion>
      </form>
    </section>
  );
}
