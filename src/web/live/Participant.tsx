import { useEffect, useState, useSyncExternalStore } from 'react';
import { browserEnv, createConnection, type LiveState } from './connection.js';
import { ConnectionStatus } from './ConnectionStatus.js';
import { useLang } from './i18n.js';
import { lazyModule, useLazyModule } from './lazy.js';
import { hasPendingRules, ordered, size } from './outbox.js';
import { Rules } from './Rules.js';
import { HEADING_ID, useScreen } from './screen.js';
import type { LiveSession } from './session.js';
import { StepTimer } from './StepTimer.js';

const questionnaireModule = lazyModule(() => import('./QuestionnaireStep.js'));
const pictureModule = lazyModule(() => import('./PictureStep.js'));
const areasModule = lazyModule(() => import('./AreasStep.js'));

type Screen = 'loading' | 'finished' | 'rules' | 'not-started' | 'questionnaire' | 'picture' | 'areas' | 'plans' | 'step';

/** Steps with a screen of their own; `plans` (the plans reviewed, the conclusion) shows the own area's plan read-only. */
const STEP_SCREENS: Partial<Record<string, Screen>> = {
  questionnaire: 'questionnaire',
  picture: 'picture',
  areas: 'areas',
  plans: 'plans',
  conclusion: 'plans',
};

function screenOf(state: LiveState): Screen {
  const s = state.snapshot;
  if (!s) return 'loading';
  if (s.workshop.status === 'finished') return 'finished';
  if (!state.rulesAccepted && s.workshop.groundRules.length > 0) return 'rules';
  if (!s.step) return 'not-started';
  return STEP_SCREENS[s.step.kind] ?? 'step';
}

/** A joined phone: connected to the workshop, showing what the current step asks of it. */
export function Participant({ session, onLeave }: { session: LiveSession; onLeave: (why: 'left' | 'ended') => void }) {
  const { t } = useLang();
  const [conn] = useState(() => createConnection({ token: session.token, participantId: session.participantId }, browserEnv()));
  useEffect(() => {
    conn.start();
    return () => conn.stop();
  }, [conn]);
  const state = useSyncExternalStore(conn.subscribe, conn.getState);
  // Fetched at once (while the rules are read), so it is at hand when the questionnaire opens.
  const questionnaire = useLazyModule(questionnaireModule);
  // The later steps' screens are fetched once the workshop is under way (the picture) or has
  // reached the common picture (the area work), well before they are needed.
  const reached = state.snapshot?.step ? screenOf(state) : null;
  const picture = useLazyModule(pictureModule, reached !== null);
  const areas = useLazyModule(
    areasModule,
    (state.snapshot?.picture ?? null) !== null || reached === 'picture' || reached === 'areas' || reached === 'plans',
  );

  useEffect(() => {
    if (state.ended) onLeave('ended');
  }, [state.ended, onLeave]);

  const snapshot = state.snapshot;
  const screen = screenOf(state);
  const step = snapshot?.step ?? null;
  const title = snapshot?.workshop.title ?? session.title;
  const waiting = size(state.outbox);
  const answersOnly = ordered(state.outbox).every((e) => e.msg.type === 'answer');
  const heading =
    screen === 'loading'
      ? title || t.connConnecting
      : screen === 'finished'
        ? t.finishedTitle
        : screen === 'rules'
          ? t.rulesTitle
          : screen === 'not-started'
            ? t.notStartedTitle
            : (step?.title ?? '');
  useScreen(`${screen}:${step?.position ?? ''}`, heading);

  let body;
  if (screen === 'loading') body = <p className="lv-lead">{t.connConnecting}</p>;
  else if (screen === 'rules')
    body = (
      <Rules
        rules={snapshot!.workshop.groundRules}
        pending={hasPendingRules(state.outbox)}
        online={state.status === 'online'}
        onAccept={() => conn.acceptRules()}
      />
    );
  else if (screen === 'finished')
    body = (
      <>
        <p className="lv-lead">{t.finishedText}</p>
        {state.unsent > 0 ? <p className="lv-notice">{t.finishedUnsent(state.unsent)}</p> : null}
        <button type="button" className="lv-button lv-secondary" onClick={() => onLeave('left')}>
          {t.leaveHint}
        </button>
      </>
    );
  else if (screen === 'questionnaire')
    body = questionnaire ? (
      <questionnaire.QuestionnaireStep state={state} onAnswer={(id, v) => conn.answer(id, v)} />
    ) : (
      <p className="lv-lead">{t.loadingQuestionnaire}</p>
    );
  else if (screen === 'picture')
    body = picture ? <picture.PictureStep state={state} conn={conn} /> : <p className="lv-lead">{t.loadingStep}</p>;
  else if (screen === 'areas') body = areas ? <areas.AreasStep state={state} conn={conn} /> : <p className="lv-lead">{t.loadingStep}</p>;
  else if (screen === 'plans')
    body = (
      <>
        <Waiting state={state} />
        {areas ? <areas.PlanSummary state={state} /> : null}
      </>
    );
  else body = <Waiting state={state} />;

  return (
    <main className="lv-main" id="main">
      <ConnectionStatus status={state.status} waiting={waiting} answersOnly={answersOnly} />
      <div className="lv-screen">
        {screen !== 'loading' ? <p className="lv-eyebrow">{title}</p> : null}
        <h1 id={HEADING_ID} tabIndex={-1}>
          {heading}
        </h1>
        {step && screen !== 'loading' && screen !== 'finished' && screen !== 'rules' && screen !== 'not-started' ? (
          <div className="lv-meta">
            <p>{t.stepOf(step.position + 1, step.count)}</p>
            <StepTimer step={step} skewMs={state.skewMs} />
          </div>
        ) : null}
        {body}
      </div>
      {screen !== 'finished' && screen !== 'loading' ? (
        <LeaveBox me={snapshot?.me ?? null} waiting={waiting} answersOnly={answersOnly} onLeave={() => onLeave('left')} />
      ) : null}
    </main>
  );
}

function Waiting({ state }: { state: LiveState }) {
  const { t } = useLang();
  const step = state.snapshot?.step ?? null;
  // One line per goal; a bullet typed into the text is left to the list.
  const purpose = (step?.purpose ?? '')
    .split('\n')
    .map((l) => l.trim().replace(/^[•*–-]\s*/, ''))
    .filter(Boolean);
  return (
    <>
      <div className="lv-wait">
        <span aria-hidden="true" />
        <div>
          <h2>{t.waitTitle}</h2>
          <p>{step ? (t.kindHint[step.kind] ?? '') : t.notStartedText}</p>
        </div>
      </div>
      {purpose.length > 0 ? <h2>{t.purposeHeading}</h2> : null}
      {purpose.length === 1 ? <p>{purpose[0]}</p> : null}
      {purpose.length > 1 ? (
        <ul>
          {purpose.map((line, i) => (
            <li key={i}>{line}</li>
          ))}
        </ul>
      ) : null}
    </>
  );
}

function LeaveBox({
  me,
  waiting,
  answersOnly,
  onLeave,
}: {
  me: { displayName: string | null; groupName: string | null } | null;
  waiting: number;
  answersOnly: boolean;
  onLeave: () => void;
}) {
  const { t } = useLang();
  const [asking, setAsking] = useState(false);
  const name = me?.groupName ?? me?.displayName;
  return (
    <footer className="lv-footer">
      <p>{name ? t.joinedAs(name) : t.anonymous}</p>
      {asking ? (
        <div role="group" aria-labelledby="lv-confirm-text">
          <p id="lv-confirm-text">
            {t.leaveConfirm} {waiting > 0 ? (answersOnly ? t.leaveUnsent(waiting) : t.leaveUnsentAny(waiting)) : ''}
          </p>
          <div className="lv-buttons">
            <button type="button" className="lv-button lv-secondary" onClick={onLeave}>
              {t.leaveYes}
            </button>
            <button type="button" className="lv-button" onClick={() => setAsking(false)} autoFocus>
              {t.leaveNo}
            </button>
          </div>
        </div>
      ) : (
        <button type="button" className="lv-link" onClick={() => setAsking(true)}>
          {t.leave}
        </button>
      )}
    </footer>
  );
}
