import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TItem } from '../../../domain/instruments/schema.js';
import { useLanguage } from '../../hooks/useLanguage.js';
import { DONT_KNOW, itemInputId, parseDecimal, tx, type Answer } from '../../lib/assessments.js';
import { formatShort } from '../../lib/format.js';

export interface AnswerFieldProps {
  item: TItem;
  number: number;
  value: Answer | undefined;
  /** A new answer (null removes it); `typing` asks for the save to wait for a pause. */
  onChange: (value: Answer | null, typing?: boolean) => void;
  /** Shown after a failed hand-in when the item has no answer. */
  missing: boolean;
  /** A tag before the question, e.g. »I dag« for the first of a pair. */
  tag?: string | undefined;
  /** Option labels are generations (Kræmmergaard's staircase) rather than plain levels. */
  generations?: boolean;
}

/** The answer field of one item, by its answer type. */
export function AnswerField(props: AnswerFieldProps) {
  switch (props.item.answer.type) {
    case 'agreement':
      return <AgreementField {...props} />;
    case 'level':
      return <LevelField {...props} />;
    case 'pick':
      return <PickField {...props} />;
    case 'text':
      return <TextAnswerField {...props} />;
    case 'number':
      return <NumberField {...props} />;
  }
}

function dontKnowAllowed(item: TItem): boolean {
  return (item.answer.type === 'agreement' || item.answer.type === 'level') && item.answer.dontKnow;
}

function ids(item: TItem) {
  const base = itemInputId(item.id);
  return { base, help: `${base}-help`, error: `${base}-error`, extra: `${base}-extra` };
}

function describedBy(...parts: (string | false | undefined)[]): string | undefined {
  const list = parts.filter(Boolean);
  return list.length ? list.join(' ') : undefined;
}

/** The question as legend, its help text and the "missing" message, around the answer options. */
function ItemFrame({
  item,
  number,
  tag,
  missing,
  extraHint,
  children,
}: {
  item: TItem;
  number: number;
  tag?: string | undefined;
  missing: boolean;
  extraHint?: ReactNode;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const id = ids(item);
  return (
    <div className={missing ? 'form-group form-error pj-item' : 'form-group pj-item'}>
      <fieldset aria-describedby={describedBy(item.help && id.help, extraHint !== undefined && id.extra, missing && id.error)}>
        <legend className="form-label pj-item-legend">
          <ItemTitle item={item} number={number} tag={tag} />
        </legend>
        <ItemHints
          item={item}
          extraHint={extraHint}
          error={missing ? t(dontKnowAllowed(item) ? 'questionnaire.missingInlineDontKnow' : 'questionnaire.missingInline') : null}
        />
        {children}
      </fieldset>
    </div>
  );
}

/** »Spørgsmål 3«, an optional tag and the question itself. */
function ItemTitle({ item, number, tag }: { item: TItem; number: number; tag?: string | undefined }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  return (
    <>
      <span className="pj-item-number">
        {t('questionnaire.question', { number })} {tag ? <span className="pj-item-tag">{tag}</span> : null}
      </span>{' '}
      {tx(item.text, language)}
    </>
  );
}

/** The item's help text, an extra hint and an error message, with the ids the field refers to. */
function ItemHints({ item, extraHint, error }: { item: TItem; extraHint?: ReactNode; error: string | null }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const id = ids(item);
  return (
    <>
      {item.help ? (
        <span className="form-hint" id={id.help}>
          {tx(item.help, language)}
        </span>
      ) : null}
      {extraHint !== undefined ? (
        <span className="form-hint" id={id.extra}>
          {extraHint}
        </span>
      ) : null}
      {error ? (
        <span className="form-error-message" id={id.error}>
          <span className="sr-only">{t('form.errorPrefix')} </span>
          {error}
        </span>
      ) : null}
    </>
  );
}

function DontKnow({ item, value, onChange }: Pick<AnswerFieldProps, 'item' | 'value' | 'onChange'>) {
  const { t } = useTranslation();
  const id = `${itemInputId(item.id)}-dont-know`;
  return (
    <div className="form-group-radio pj-dont-know">
      <input
        className="form-radio"
        type="radio"
        id={id}
        name={`answer-${item.id}`}
        value={DONT_KNOW}
        checked={value === DONT_KNOW}
        onChange={() => onChange(DONT_KNOW)}
      />
      <label htmlFor={id} className="form-label">
        {t('questionnaire.dontKnow')}
      </label>
    </div>
  );
}

/** Five radio buttons 1–5 in a row with the labelled ends, plus "don't know" when allowed. */
function AgreementField({ item, number, value, onChange, missing, tag }: AnswerFieldProps) {
  const { language } = useLanguage();
  if (item.answer.type !== 'agreement') return null;
  const spec = item.answer;
  const values = Array.from({ length: spec.max - spec.min + 1 }, (_, i) => spec.min + i);
  const low = tx(spec.lowLabel, language);
  const high = tx(spec.highLabel, language);
  const base = itemInputId(item.id);
  return (
    <ItemFrame item={item} number={number} tag={tag} missing={missing}>
      <div className="pj-scale">
        {values.map((v) => {
          const id = v === spec.min ? base : `${base}-${v}`;
          return (
            <div className="form-group-radio pj-scale-option" key={v}>
              <input
                className="form-radio"
                type="radio"
                id={id}
                name={`answer-${item.id}`}
                value={v}
                checked={value === v}
                onChange={() => onChange(v)}
              />
              <label htmlFor={id} className="form-label">
                {v}
                {v === spec.min ? <span className="sr-only"> – {low}</span> : null}
                {v === spec.max ? <span className="sr-only"> – {high}</span> : null}
              </label>
            </div>
          );
        })}
      </div>
      <div className="pj-scale-ends" aria-hidden="true">
        <span>{low}</span>
        <span>{high}</span>
      </div>
      {spec.dontKnow ? <DontKnow item={item} value={value} onChange={onChange} /> : null}
    </ItemFrame>
  );
}

/** One of N ordered descriptions, each with its label and description. */
function LevelField({ item, number, value, onChange, missing, tag, generations }: AnswerFieldProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  if (item.answer.type !== 'level') return null;
  const base = itemInputId(item.id);
  return (
    <ItemFrame item={item} number={number} tag={tag} missing={missing}>
      <div className="pj-levels">
        {item.answer.options.map((o, index) => {
          const id = index === 0 ? base : `${base}-${o.value}`;
          return (
            <div className="form-group-radio" key={o.value}>
              <input
                className="form-radio"
                type="radio"
                id={id}
                name={`answer-${item.id}`}
                value={o.value}
                checked={value === o.value}
                onChange={() => onChange(o.value)}
                aria-describedby={o.description ? `${id}-description` : undefined}
              />
              <label htmlFor={id} className="form-label">
                <span className="pj-level-step">
                  {generations ? t('questionnaire.generation', { number: o.value }) : t('questionnaire.level', { number: o.value })}
                </span>
                <span className="weight-semibold">{tx(o.label, language)}</span>
              </label>
              {o.description ? (
                <span className="form-hint" id={`${id}-description`}>
                  {tx(o.description, language)}
                </span>
              ) : null}
            </div>
          );
        })}
      </div>
      {item.answer.dontKnow ? <DontKnow item={item} value={value} onChange={onChange} /> : null}
    </ItemFrame>
  );
}

/** Checkboxes, at most maxPicks of them; the others are disabled once the limit is reached. */
function PickField({ item, number, value, onChange, missing, tag }: AnswerFieldProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  if (item.answer.type !== 'pick') return null;
  const max = item.answer.maxPicks;
  const picked = Array.isArray(value) ? value : [];
  const full = picked.length >= max;
  const base = itemInputId(item.id);
  const toggle = (id: string, on: boolean) => {
    const next = on ? [...picked, id] : picked.filter((p) => p !== id);
    onChange(next.length ? next : null);
  };
  return (
    <ItemFrame
      item={item}
      number={number}
      tag={tag}
      missing={missing}
      extraHint={
        <>
          {t('questionnaire.pickHint', { count: max })} {t('questionnaire.pickCount', { count: picked.length, max })}
          {full ? ` ${t('questionnaire.pickFull')}` : ''}
        </>
      }
    >
      {item.answer.options.map((o, index) => {
        const id = index === 0 ? base : `${base}-${o.id}`;
        const checked = picked.includes(o.id);
        return (
          <div className="form-group-checkbox" key={o.id}>
            <input
              className="form-checkbox"
              type="checkbox"
              id={id}
              name={`answer-${item.id}`}
              value={o.id}
              checked={checked}
              disabled={full && !checked}
              onChange={(e) => toggle(o.id, e.target.checked)}
            />
            <label htmlFor={id} className="form-label">
              {tx(o.label, language)}
            </label>
          </div>
        );
      })}
    </ItemFrame>
  );
}

/** Free text up to the item's maximum length; saved after a pause in typing. */
function TextAnswerField({ item, number, value, onChange, missing, tag }: AnswerFieldProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  if (item.answer.type !== 'text') return null;
  const id = ids(item);
  const text = typeof value === 'string' ? value : '';
  const max = item.answer.maxLength;
  return (
    <div className={missing ? 'form-group form-error pj-item' : 'form-group pj-item'}>
      <label className="form-label pj-item-legend" htmlFor={id.base}>
        <ItemTitle item={item} number={number} tag={tag} />
      </label>
      <ItemHints
        item={item}
        extraHint={t('questionnaire.textLimit', {
          count: max - text.length,
          max: max.toLocaleString(language === 'da' ? 'da-DK' : 'en-GB'),
        })}
        error={missing ? t('questionnaire.missingInline') : null}
      />
      <textarea
        className="form-input pj-textarea"
        id={id.base}
        name={`answer-${item.id}`}
        rows={4}
        maxLength={max}
        value={text}
        onChange={(e) => onChange(e.target.value === '' ? null : e.target.value, true)}
        aria-describedby={describedBy(item.help && id.help, id.extra, missing && id.error)}
        aria-invalid={missing || undefined}
      />
    </div>
  );
}

/** A number within the item's range, with its unit; saved once it is a valid number. */
function NumberField({ item, number, value, onChange, missing, tag }: AnswerFieldProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const [raw, setRaw] = useState(typeof value === 'number' ? formatShort(value, language, 6) : '');
  const [problem, setProblem] = useState<string | null>(null);
  if (item.answer.type !== 'number') return null;
  const spec = item.answer;
  const id = ids(item);
  const unit = spec.unit ? tx(spec.unit, language) : null;
  const error = problem ?? (missing ? t('questionnaire.missingInline') : null);

  const change = (text: string) => {
    setRaw(text);
    if (text.trim() === '') {
      setProblem(null);
      onChange(null, true);
      return;
    }
    const n = parseDecimal(text);
    if (n === null) return setProblem(t('questionnaire.numberInvalid'));
    if (spec.integer && !Number.isInteger(n)) return setProblem(t('questionnaire.numberInteger'));
    if (n < spec.min || n > spec.max)
      return setProblem(
        t('questionnaire.numberRange', { min: formatShort(spec.min, language, 6), max: formatShort(spec.max, language, 6) }),
      );
    setProblem(null);
    onChange(n, true);
  };

  return (
    <div className={error ? 'form-group form-error pj-item' : 'form-group pj-item'}>
      <label className="form-label pj-item-legend" htmlFor={id.base}>
        <ItemTitle item={item} number={number} tag={tag} />
        {unit ? <span className="sr-only"> ({t('questionnaire.numberUnit', { unit })})</span> : null}
      </label>
      <ItemHints
        item={item}
        extraHint={t('questionnaire.numberHint', { min: formatShort(spec.min, language, 6), max: formatShort(spec.max, language, 6) })}
        error={error}
      />
      <div className={unit ? 'form-input-wrapper form-input-wrapper--suffix' : undefined}>
        <input
          className="form-input input-width-s"
          id={id.base}
          name={`answer-${item.id}`}
          type="text"
          inputMode={spec.integer ? 'numeric' : 'decimal'}
          value={raw}
          onChange={(e) => change(e.target.value)}
          aria-describedby={describedBy(item.help && id.help, id.extra, error !== null && id.error)}
          aria-invalid={error ? true : undefined}
        />
        {unit ? (
          <div className="form-input-suffix" aria-hidden="true">
            {unit}
          </div>
        ) : null}
      </div>
    </div>
  );
}
