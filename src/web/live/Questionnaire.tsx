import type { Questionnaire as TQuestionnaire, Statement } from './instrument.js';
import { useLang } from './i18n.js';

export type SaveState = 'saved' | 'sending' | 'waiting' | null;

type Scale = TQuestionnaire['scale'];

/**
 * The statements grouped by area, each a 1–5 radio group with labelled ends. Every choice is
 * sent at once; each statement says whether its answer is saved, on its way, or waiting for the
 * connection.
 */
export function Questionnaire({
  questionnaire,
  values,
  saveState,
  onAnswer,
}: {
  questionnaire: TQuestionnaire;
  values: ReadonlyMap<string, number>;
  saveState: (itemId: string) => SaveState;
  onAnswer: (itemId: string, value: number) => void;
}) {
  const { t, lang } = useLang();
  const { scale } = questionnaire;
  return (
    <>
      <p className="lv-lead">{t.questionnaireIntro(scale.low[lang], scale.high[lang])}</p>
      <p className="lv-progress" role="status">
        {t.progress(values.size, questionnaire.count)}
      </p>
      {questionnaire.areas.map((area) => (
        <section key={area.id} className="lv-area" aria-labelledby={`lv-area-${area.id}`}>
          <h2 id={`lv-area-${area.id}`}>{area.title[lang]}</h2>
          {area.statements.map((s) => (
            <StatementField key={s.id} statement={s} scale={scale} value={values.get(s.id)} state={saveState(s.id)} onAnswer={onAnswer} />
          ))}
        </section>
      ))}
    </>
  );
}

function StatementField({
  statement,
  scale,
  value,
  state,
  onAnswer,
}: {
  statement: Statement;
  scale: Scale;
  value: number | undefined;
  state: SaveState;
  onAnswer: (itemId: string, value: number) => void;
}) {
  const { t, lang } = useLang();
  const options: number[] = [];
  for (let v = scale.min; v <= scale.max; v++) options.push(v);
  return (
    <fieldset>
      <legend>
        <b>{statement.number}.</b> {statement.text[lang]}
      </legend>
      <div className="lv-scale">
        {options.map((v) => {
          const end = v === scale.min ? scale.low[lang] : v === scale.max ? scale.high[lang] : '';
          return (
            <label key={v} className="lv-option">
              <input type="radio" name={statement.id} value={v} checked={value === v} onChange={() => onAnswer(statement.id, v)} />
              <span>
                {v}
                {end ? <span className="lv-vh"> – {end}</span> : null}
              </span>
            </label>
          );
        })}
      </div>
      <div className="lv-ends" aria-hidden="true">
        <span>{scale.low[lang]}</span>
        <span>{scale.high[lang]}</span>
      </div>
      <p className={`lv-save lv-save-${state ?? 'none'}`}>{state ? t.status[state] : ''}</p>
    </fieldset>
  );
}
