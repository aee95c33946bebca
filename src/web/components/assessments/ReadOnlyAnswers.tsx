import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { TInstrument, TItem } from '../../../domain/instruments/schema.js';
import { useLanguage } from '../../hooks/useLanguage.js';
import type { Language } from '../../i18n/index.js';
import { DONT_KNOW, dimensionSteps, tx, type Answer } from '../../lib/assessments.js';
import { formatShort } from '../../lib/format.js';

/** An answer in words: the scale value with its end label, the level's label, the picks, the text or the number. */
export function answerText(item: TItem, value: Answer | undefined, t: TFunction, language: Language): string {
  if (value === undefined) return t('questionnaire.notAnswered');
  if (value === DONT_KNOW) return t('questionnaire.dontKnow');
  const spec = item.answer;
  switch (spec.type) {
    case 'agreement': {
      if (typeof value !== 'number') return String(value);
      const end = value === spec.min ? tx(spec.lowLabel, language) : value === spec.max ? tx(spec.highLabel, language) : null;
      return end
        ? t('questionnaire.scaleValueEnd', { value, max: spec.max, end })
        : t('questionnaire.scaleValue', { value, max: spec.max });
    }
    case 'level': {
      const option = spec.options.find((o) => o.value === value);
      return option ? `${value}. ${tx(option.label, language)}` : String(value);
    }
    case 'pick': {
      const picked = Array.isArray(value) ? value : [];
      return spec.options
        .filter((o) => picked.includes(o.id))
        .map((o) => tx(o.label, language))
        .join(', ');
    }
    case 'text':
      return String(value);
    case 'number':
      return typeof value === 'number'
        ? `${formatShort(value, language, 6)}${spec.unit ? ` ${tx(spec.unit, language)}` : ''}`
        : String(value);
  }
}

/** A closed round's answers, read-only, grouped by dimension with the respondent's comments. */
export function ReadOnlyAnswers({
  instrument,
  answers,
  comments,
}: {
  instrument: TInstrument;
  answers: Record<string, Answer>;
  comments: Record<string, string>;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  return (
    <>
      {dimensionSteps(instrument).map((step) => (
        <section key={step.id} className="pj-readonly-dimension" aria-labelledby={`readonly-${step.id}`}>
          <h2 className="h3" id={`readonly-${step.id}`}>
            {tx(step.title, language)}
          </h2>
          <dl className="pj-readonly">
            {step.items.map(({ item, number }) => (
              <div key={item.id}>
                <dt>
                  <span className="pj-item-number">
                    {t('questionnaire.question', { number })}{' '}
                    {item.perspective ? <span className="pj-item-tag">{t(`questionnaire.perspective.${item.perspective}`)}</span> : null}
                  </span>{' '}
                  {tx(item.text, language)}
                </dt>
                <dd>
                  <span className="sr-only">{t('questionnaire.yourAnswer')}: </span>
                  {answerText(item, answers[item.id], t, language)}
                </dd>
              </div>
            ))}
            {comments[step.id] ? (
              <div>
                <dt>{t('questionnaire.comment', { dimension: tx(step.title, language) })}</dt>
                <dd className="pj-preline">{comments[step.id]}</dd>
              </div>
            ) : null}
          </dl>
        </section>
      ))}
    </>
  );
}
