import { useMemo } from 'react';
import type { LiveState } from './connection.js';
import { useLang } from './i18n.js';
import { questionnaireFor } from './instrument.js';
import { pendingAnswers } from './outbox.js';
import { Questionnaire, type SaveState } from './Questionnaire.js';

/**
 * The questionnaire step: the statements with what the server has stored, overlaid with what is
 * still on its way. Loaded apart from the first page (with the statements), while the participant
 * reads the rules, so the join page stays small.
 */
export function QuestionnaireStep({ state, onAnswer }: { state: LiveState; onAnswer: (itemId: string, value: number) => void }) {
  const { t } = useLang();
  const questionnaire = questionnaireFor(state.snapshot?.workshop.instrumentId ?? '');
  const pending = useMemo(() => pendingAnswers(state.outbox), [state.outbox]);
  const values = useMemo(() => {
    const v = new Map<string, number>(Object.entries(state.stored));
    for (const [id, value] of pending) {
      if (value === null) v.delete(id);
      else v.set(id, value);
    }
    return v;
  }, [state.stored, pending]);
  if (!questionnaire) return <p className="lv-notice">{t.unknownInstrument}</p>;
  const saveState = (itemId: string): SaveState =>
    pending.has(itemId) ? (state.status === 'online' ? 'sending' : 'waiting') : itemId in state.stored ? 'saved' : null;
  return <Questionnaire questionnaire={questionnaire} values={values} saveState={saveState} onAnswer={onAnswer} />;
}
