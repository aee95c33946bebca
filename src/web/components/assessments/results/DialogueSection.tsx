import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { saveConclusion, type TRoundResults } from '../../../../contracts/assessments.js';
import type { TInstrument } from '../../../../domain/instruments/schema.js';
import { ApiError, callOp } from '../../../api/client.js';
import { useLanguage } from '../../../hooks/useLanguage.js';
import { tx } from '../../../lib/assessments.js';
import { formatDateTime } from '../../../lib/format.js';
import { Icon } from '../../Icon.js';

type Prompt = TRoundResults['dialogue'][number];
type Conclusion = TRoundResults['conclusions'][number];

const GROUPS: Prompt['why'][] = ['weakest_dimension', 'disagreement', 'band', 'generation', 'theme', 'discussion'];
const CONCLUSION_MAX = 4000;

/**
 * The questions the result should start a dialogue on, grouped by why they were chosen; for each,
 * what the team concluded (saved on request; empty removes it) and a way to turn it into an action.
 */
export function DialogueSection({
  orgId,
  roundId,
  instrument,
  dialogue,
  conclusions,
  onConclusions,
  onMakeAction,
}: {
  orgId: string;
  roundId: string;
  instrument: TInstrument;
  dialogue: Prompt[];
  conclusions: Conclusion[];
  onConclusions: (conclusions: Conclusion[]) => void;
  onMakeAction: (prompt: Prompt) => void;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const dimensionTitle = (id: string | null) => (id ? tx(instrument.dimensions.find((d) => d.id === id)?.title, language) : null);

  return (
    <section className="pj-section" aria-labelledby="dialogue-heading">
      <h2 id="dialogue-heading" className="h3">
        {t('results.dialogue.heading')}
      </h2>
      <p>{t('results.dialogue.intro')}</p>
      {dialogue.length === 0 ? <p>{t('results.dialogue.empty')}</p> : null}
      {GROUPS.map((why) => {
        const prompts = dialogue.filter((p) => p.why === why);
        if (prompts.length === 0) return null;
        return (
          <div key={why} className="pj-prompt-group">
            <h3 className="h4">{t(`results.dialogue.why.${why}`)}</h3>
            <p className="pj-muted">{t(`results.dialogue.whyText.${why}`)}</p>
            <ul className="pj-prompts">
              {prompts.map((prompt) => (
                <li key={prompt.questionId}>
                  <ConclusionField
                    orgId={orgId}
                    roundId={roundId}
                    prompt={prompt}
                    question={
                      why === 'disagreement'
                        ? t('results.dialogue.disagreementQuestion', { statement: tx(prompt.text, language).replace(/[.!?]+$/, '') })
                        : tx(prompt.text, language)
                    }
                    dimension={dimensionTitle(prompt.dimension)}
                    saved={conclusions.find((c) => c.questionId === prompt.questionId) ?? null}
                    onSaved={onConclusions}
                    onMakeAction={() => onMakeAction(prompt)}
                  />
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </section>
  );
}

function ConclusionField({
  orgId,
  roundId,
  prompt,
  question,
  dimension,
  saved,
  onSaved,
  onMakeAction,
}: {
  orgId: string;
  roundId: string;
  prompt: Prompt;
  question: string;
  dimension: string | null;
  saved: Conclusion | null;
  onSaved: (conclusions: Conclusion[]) => void;
  onMakeAction: () => void;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const [text, setText] = useState(saved?.text ?? '');
  const [state, setState] = useState<{ status: 'idle' | 'busy' | 'saved' | 'removed' } | { status: 'failed'; message: string }>({
    status: 'idle',
  });
  const id = `conclusion-${prompt.questionId}`;
  const changed = text.trim() !== (saved?.text ?? '');

  const save = async () => {
    setState({ status: 'busy' });
    try {
      const list = await callOp(saveConclusion, { params: { orgId, roundId, questionId: prompt.questionId }, body: { text } });
      onSaved(list);
      setState({ status: text.trim() ? 'saved' : 'removed' });
    } catch (e) {
      setState({ status: 'failed', message: e instanceof ApiError ? e.message : String(e) });
    }
  };

  return (
    <div className="pj-prompt">
      <p className="pj-prompt-question" id={`${id}-question`}>
        {dimension ? <span className="pj-item-number">{dimension}</span> : null} {question}
      </p>
      <div className="form-group">
        <label className="form-label" htmlFor={id}>
          {t('results.dialogue.conclusion')}
        </label>
        <span className="form-hint" id={`${id}-hint`}>
          {saved
            ? t('results.dialogue.savedAt', { when: formatDateTime(saved.updatedAt, language) })
            : t('results.dialogue.conclusionHint')}
        </span>
        <textarea
          className="form-input pj-textarea"
          id={id}
          rows={3}
          maxLength={CONCLUSION_MAX}
          value={text}
          onChange={(e) => setText(e.target.value)}
          aria-describedby={`${id}-question ${id}-hint`}
        />
      </div>
      <div className="pj-button-row">
        <button
          type="button"
          className="button button-secondary"
          onClick={() => void save()}
          disabled={state.status === 'busy' || !changed}
        >
          {t('results.dialogue.save')}
        </button>
        <button type="button" className="button button-tertiary" onClick={onMakeAction}>
          {t('results.dialogue.makeAction')}
        </button>
      </div>
      <p role="status" className="pj-inline-status">
        {state.status === 'saved' ? (
          <>
            <Icon name="check" className="pj-save-icon" />
            {t('results.dialogue.saved')}
          </>
        ) : null}
        {state.status === 'removed' ? t('results.dialogue.removed') : null}
        {state.status === 'failed' ? <span className="pj-error-text">{state.message}</span> : null}
      </p>
    </div>
  );
}
