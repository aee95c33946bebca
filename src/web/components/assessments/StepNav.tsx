import { useTranslation } from 'react-i18next';

export interface StepInfo {
  id: string;
  title: string;
  answered: number;
  total: number;
  /** An item of the step is flagged as missing after a failed hand-in. */
  error: boolean;
}

/**
 * The questionnaire's dimensions as a DKFDS step indicator: every step can be opened directly,
 * the current one is marked with aria-current, and each says how far the user has come.
 */
export function StepNav({ steps, current, onSelect }: { steps: StepInfo[]; current: number; onSelect: (index: number) => void }) {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('questionnaire.stepsLabel')} className="pj-steps-nav">
      <ol className="step-indicator pj-steps">
        {steps.map((step, index) => {
          const classes = [index === current ? 'current' : '', step.error ? 'error' : ''].filter(Boolean).join(' ');
          return (
            <li key={step.id} className={classes || undefined}>
              <button type="button" className="step" aria-current={index === current ? 'step' : undefined} onClick={() => onSelect(index)}>
                <span className="step-number" aria-hidden="true">
                  <span>{index + 1}</span>
                </span>
                <span className="pj-step-text">
                  <span className="step-title">
                    <span className="sr-only">{t('questionnaire.stepNumber', { number: index + 1, total: steps.length })} </span>
                    {step.title}
                  </span>
                  <span className="step-information">
                    {step.answered === step.total
                      ? t('questionnaire.stepDone')
                      : t('questionnaire.stepProgress', { answered: step.answered, total: step.total })}
                    {step.error ? <span className="sr-only"> – {t('questionnaire.stepHasMissing')}</span> : null}
                  </span>
                </span>
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
