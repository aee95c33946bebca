import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ANONYMITY, submitMyResponse, type TMyResponse, type TRound } from '../../../contracts/assessments.js';
import type { TUnit } from '../../../contracts/organisations.js';
import { progress } from '../../../domain/assessments/answers.js';
import type { TInstrument } from '../../../domain/instruments/schema.js';
import { ApiError, callOp } from '../../api/client.js';
import { useAutosave } from '../../hooks/useAutosave.js';
import type { SummaryItem } from '../../hooks/useForm.js';
import { useLanguage } from '../../hooks/useLanguage.js';
import { dimensionSteps, isAnswered, itemInputId, resultsPath, tx, type Answer, type DimensionStep } from '../../lib/assessments.js';
import { formatDateTime } from '../../lib/format.js';
import { flattenTree, unitTree } from '../../lib/units.js';
import { Alert } from '../Alert.js';
import { ErrorSummary } from '../ErrorSummary.js';
import { SelectField } from '../fields.js';
import { PageHeading } from '../PageHeading.js';
import { AnswerField } from './AnswerFields.js';
import { RoundIntro } from './RoundIntro.js';
import { SaveStatus } from './SaveStatus.js';
import { StepNav } from './StepNav.js';

const TYPING_PAUSE_MS = 800;
const COMMENT_MAX = 2000;
const INDENT = '\u00a0\u00a0\u00a0';

/** The questionnaire of an open round, one dimension per step; every change is saved as it is given. */
export function Questionnaire({
  orgId,
  round,
  instrument,
  initial,
  units,
  onRoundClosed,
}: {
  orgId: string;
  round: TRound;
  instrument: TInstrument;
  initial: TMyResponse;
  units: TUnit[];
  onRoundClosed: () => void;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const steps = useMemo(() => dimensionSteps(instrument), [instrument]);
  const [answers, setAnswers] = useState<Record<string, Answer>>(initial.answers as Record<string, Answer>);
  const [comments, setComments] = useState<Record<string, string>>(initial.comments);
  const [unitId, setUnitId] = useState(initial.unitId ?? '');
  const [submittedAt, setSubmittedAt] = useState(initial.submittedAt);
  const [justSubmitted, setJustSubmitted] = useState(false);
  const [submitting, setSubmitting] = useState(false);
  const [submitError, setSubmitError] = useState<{ message: string; missing: string[] } | null>(null);
  const [failures, setFailures] = useState(0);
  const [step, setStep] = useState(0);
  const focusNext = useRef<string | null>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const confirmationRef = useRef<HTMLDivElement>(null);
  const autosave = useAutosave(orgId, round.id, onRoundClosed);

  const current = steps[step] ?? steps[0]!;
  const last = steps.length - 1;
  const itemStep = useMemo(() => new Map(steps.flatMap((s, i) => s.items.map(({ item }) => [item.id, i] as const))), [steps]);
  const numbers = useMemo(() => new Map(steps.flatMap((s) => s.items.map(({ item, number }) => [item.id, number] as const))), [steps]);
  const done = progress(instrument, answers);
  const missing = new Set((submitError?.missing ?? []).filter((id) => !isAnswered(answers[id])));

  useEffect(() => {
    if (failures > 0) summaryRef.current?.focus();
  }, [failures]);
  useEffect(() => {
    if (justSubmitted) confirmationRef.current?.focus();
  }, [justSubmitted]);
  // After a step change, continue at the new step's heading or at the field an error link pointed to.
  useEffect(() => {
    const target = focusNext.current;
    if (!target) return;
    focusNext.current = null;
    const element = document.getElementById(target);
    element?.scrollIntoView({ block: target.startsWith('step-') ? 'start' : 'center' });
    element?.focus();
  }, [step]);

  const goTo = (index: number, target?: string) => {
    focusNext.current = target ?? `step-${steps[index]?.id ?? ''}`;
    if (index === step) {
      const element = document.getElementById(focusNext.current);
      focusNext.current = null;
      element?.scrollIntoView({ block: target ? 'center' : 'start' });
      element?.focus();
      return;
    }
    setStep(index);
  };

  const setAnswer = (itemId: string, value: Answer | null, typing = false) => {
    setAnswers((prev) => {
      const next = { ...prev };
      if (value === null) delete next[itemId];
      else next[itemId] = value;
      return next;
    });
    setJustSubmitted(false);
    autosave.queue({ answers: { [itemId]: value } }, typing ? TYPING_PAUSE_MS : 0);
  };

  const setComment = (dimensionId: string, text: string) => {
    setComments((prev) => ({ ...prev, [dimensionId]: text }));
    autosave.queue({ comments: { [dimensionId]: text.trim() ? text : null } }, TYPING_PAUSE_MS);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    // Enter in a text field on an earlier step must not hand in.
    if (step !== last || submitting) return;
    setSubmitting(true);
    setJustSubmitted(false);
    try {
      if (!(await autosave.flush())) {
        setSubmitError({ message: t('questionnaire.submitUnsaved'), missing: [] });
        setFailures((n) => n + 1);
        return;
      }
      const response = await callOp(submitMyResponse, { params: { orgId, roundId: round.id } });
      setSubmitError(null);
      setSubmittedAt(response.submittedAt);
      setJustSubmitted(true);
    } catch (e) {
      const error = e instanceof ApiError ? e : new ApiError(0, 'network', String(e));
      if (error.code === 'round_closed') {
        onRoundClosed();
        return;
      }
      const ids = error.fields.map((f) => f.path.replace(/^answers\./, '')).filter((id) => itemStep.has(id));
      setSubmitError({ message: error.message, missing: error.code === 'response_incomplete' ? ids : [] });
      setFailures((n) => n + 1);
    } finally {
      setSubmitting(false);
    }
  };

  const summary: SummaryItem[] = [];
  if (submitError && (submitError.missing.length === 0 || missing.size > 0)) {
    summary.push({ text: submitError.message });
    for (const id of submitError.missing) {
      if (!missing.has(id)) continue;
      const dimension = steps[itemStep.get(id) ?? 0];
      summary.push({
        target: itemInputId(id),
        text: t('questionnaire.missing', { number: numbers.get(id), dimension: dimension ? tx(dimension.title, language) : '' }),
      });
    }
  }

  const stepInfo = steps.map((s) => ({
    id: s.id,
    title: tx(s.title, language),
    answered: s.items.filter(({ item }) => isAnswered(answers[item.id])).length,
    total: s.items.length,
    error: s.items.some(({ item }) => missing.has(item.id)),
  }));

  const unitOptions = [
    { value: '', label: t('questionnaire.unitNone') },
    ...flattenTree(unitTree(units)).map((n) => ({ value: n.unit.id, label: `${INDENT.repeat(n.depth)}${n.unit.name}` })),
  ];

  return (
    <div className="pj-page pj-questionnaire-page">
      <PageHeading title={round.title} documentTitle={t('questionnaire.documentTitle', { title: round.title })} />
      <RoundIntro round={round} instrument={instrument} units={units} />

      {justSubmitted ? (
        <div ref={confirmationRef} tabIndex={-1} className="pj-focus-target">
          <Alert variant="success" heading={t('questionnaire.submittedHeading')}>
            <p>{t('questionnaire.submittedText')}</p>
            <p>
              <Link to={resultsPath(orgId, round.id)}>{t('questionnaire.toResults')}</Link>
            </p>
          </Alert>
        </div>
      ) : submittedAt ? (
        <Alert variant="info">
          <p>{t('questionnaire.submittedBefore', { when: formatDateTime(submittedAt, language) })}</p>
          <p>
            <Link to={resultsPath(orgId, round.id)}>{t('questionnaire.toResults')}</Link>
          </p>
        </Alert>
      ) : null}

      <ErrorSummary
        id="questionnaire-errors"
        items={summary}
        summaryRef={summaryRef}
        onJump={(target) => goTo(itemStep.get(target.replace(/^svar-/, '')) ?? step, target)}
      />

      <form onSubmit={(e) => void submit(e)} noValidate className="pj-questionnaire" aria-label={t('questionnaire.formLabel')}>
        {round.unitId === null && units.length > 0 ? (
          <div className="pj-unit-choice">
            <SelectField
              id="questionnaire-unit"
              name="unitId"
              label={t('questionnaire.unit')}
              hint={t('questionnaire.unitHint', { threshold: ANONYMITY.threshold })}
              value={unitId}
              onChange={(e) => {
                setUnitId(e.target.value);
                autosave.queue({ unitId: e.target.value || null });
              }}
              options={unitOptions}
              width="input-width-l"
            />
          </div>
        ) : null}

        <div className={steps.length > 1 ? 'pj-questionnaire-layout' : undefined}>
          {steps.length > 1 ? <StepNav steps={stepInfo} current={step} onSelect={(index) => goTo(index)} /> : null}
          <div className="pj-questionnaire-main">
            <DimensionFields
              key={current.id}
              step={current}
              index={step}
              total={steps.length}
              generations={instrument.scoring.method === 'generation'}
              answers={answers}
              missing={missing}
              comment={comments[current.id] ?? ''}
              onAnswer={setAnswer}
              onComment={(text) => setComment(current.id, text)}
            />
            <div className="pj-button-row pj-step-buttons">
              {step > 0 ? (
                <button type="button" className="button button-secondary" onClick={() => goTo(step - 1)}>
                  {t('questionnaire.previous')}
                </button>
              ) : null}
              {step < last ? (
                <button type="button" className="button button-primary" onClick={() => goTo(step + 1)}>
                  {t('questionnaire.next')}
                </button>
              ) : (
                <button type="submit" className="button button-primary" disabled={submitting} aria-describedby="questionnaire-submit-hint">
                  {submitting ? t('questionnaire.submitting') : t('questionnaire.submit')}
                </button>
              )}
            </div>
            {step === last ? (
              <p className="form-hint" id="questionnaire-submit-hint">
                {t('questionnaire.submitHint')}
              </p>
            ) : null}
          </div>
        </div>

        <div className="pj-answer-bar">
          <div className="pj-answer-bar-row">
            <label htmlFor="questionnaire-progress" className="pj-progress-label">
              {t('questionnaire.progress', { answered: done.answered, total: done.total })}
            </label>
            <SaveStatus state={autosave.state} onRetry={() => void autosave.flush()} />
          </div>
          <progress id="questionnaire-progress" max={done.total} value={done.answered}>
            {t('questionnaire.progress', { answered: done.answered, total: done.total })}
          </progress>
        </div>
      </form>
    </div>
  );
}

/** One step: the dimension as a fieldset with its title and description, its items and a comment. */
function DimensionFields({
  step,
  index,
  total,
  generations,
  answers,
  missing,
  comment,
  onAnswer,
  onComment,
}: {
  step: DimensionStep;
  index: number;
  total: number;
  generations: boolean;
  answers: Record<string, Answer>;
  missing: Set<string>;
  comment: string;
  onAnswer: (itemId: string, value: Answer | null, typing?: boolean) => void;
  onComment: (text: string) => void;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const title = tx(step.title, language);
  const field = ({ item, number }: DimensionStep['items'][number]) => (
    <AnswerField
      key={item.id}
      item={item}
      number={number}
      value={answers[item.id]}
      onChange={(value, typing) => onAnswer(item.id, value, typing)}
      missing={missing.has(item.id)}
      tag={item.perspective ? t(`questionnaire.perspective.${item.perspective}`) : undefined}
      generations={generations}
    />
  );
  const today = step.items.filter(({ item }) => item.perspective === 'today');
  const target = step.items.filter(({ item }) => item.perspective === 'target');
  const others = step.items.filter(({ item }) => !item.perspective);
  const commentId = `comment-${step.id}`;

  return (
    <fieldset className="pj-dimension">
      <legend className="pj-dimension-legend">
        <h2 className="h3" id={`step-${step.id}`} tabIndex={-1}>
          <span className="pj-step-count">{t('questionnaire.stepNumber', { number: index + 1, total })}</span> {title}
        </h2>
      </legend>
      <p className="pj-dimension-intro">{tx(step.description, language)}</p>
      {today.length > 0 && target.length > 0 ? (
        <>
          <p className="pj-pair-intro">{t('questionnaire.pairIntro')}</p>
          <div className="pj-pair">
            <div className="pj-pair-side">
              <h3 className="h5 pj-pair-heading">{t('questionnaire.todayHeading')}</h3>
              {today.map(field)}
            </div>
            <div className="pj-pair-side">
              <h3 className="h5 pj-pair-heading">{t('questionnaire.targetHeading')}</h3>
              {target.map(field)}
            </div>
          </div>
        </>
      ) : (
        [...today, ...target].map(field)
      )}
      {others.map(field)}
      <div className="form-group pj-comment">
        <label className="form-label" htmlFor={commentId}>
          {t('questionnaire.comment', { dimension: title })}
        </label>
        <span className="form-hint" id={`${commentId}-hint`}>
          {t('questionnaire.commentHint')}
        </span>
        <textarea
          className="form-input pj-textarea"
          id={commentId}
          name={commentId}
          rows={3}
          maxLength={COMMENT_MAX}
          value={comment}
          onChange={(e) => onComment(e.target.value)}
          aria-describedby={`${commentId}-hint`}
        />
      </div>
    </fieldset>
  );
}
