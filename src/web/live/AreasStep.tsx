import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { TArea } from '../../contracts/workshops.js';
import { WORKSHOP_CONTENT } from '../lib/workshopContent.js';
import type { LiveConnection, LiveState } from './connection.js';
import { useLang } from './i18n.js';
import { pendingOf } from './outbox.js';
import { PLAN_HEADING_ID, PlanEditor } from './PlanEditor.js';

export { PlanSummary } from './PlanSummary.js';

/**
 * The area work on the phone: the participant chooses their area (and may change it), then
 * edits the area's action plan together with the others who chose it. Loaded apart from the
 * first page, with the workshop's content (the action-plan template).
 */
export function AreasStep({ state, conn }: { state: LiveState; conn: LiveConnection }) {
  const { t } = useLang();
  const [changing, setChanging] = useState(false);
  const snapshot = state.snapshot;
  const areaId = state.areaId && snapshot?.workshop.areas.some((a) => a.id === state.areaId) ? state.areaId : null;
  // After a choice the keyboard goes to the plan (once it is there); after "Cancel" back to "Change area".
  const chose = useRef<'plan' | 'back' | null>(null);
  useEffect(() => {
    if (!chose.current || changing || !areaId) return;
    document.getElementById(chose.current === 'plan' ? PLAN_HEADING_ID : 'lv-change-area')?.focus();
    chose.current = null;
  }, [areaId, changing]);
  if (!snapshot) return null;
  const areas = snapshot.workshop.areas;
  const members = snapshot.plans?.members ?? {};
  const choice = pendingOf(state.outbox, 'choose_area').at(-1)?.msg.areaId ?? null;
  const online = state.status === 'online';
  const refusal = state.lastRefusal;
  const gone = refusal?.code === 'not_found' && refusal.msg.type === 'choose_area';

  if (areas.length === 0) return <p className="lv-notice">{t.plan.noAreas}</p>;
  if (!areaId || changing)
    return (
      <AreaChoice
        areas={areas}
        members={members}
        initial={choice ?? areaId}
        status={choice && !changing ? (online ? t.plan.choosing : t.plan.chooseWaiting) : gone ? t.plan.areaGone : ''}
        onChoose={(id) => {
          if (id !== areaId || choice) conn.chooseArea(id);
          chose.current = 'plan';
          setChanging(false);
        }}
        onCancel={
          areaId
            ? () => {
                chose.current = 'back';
                setChanging(false);
              }
            : null
        }
      />
    );

  const area = areas.find((a) => a.id === areaId)!;
  const switching = choice && choice !== areaId ? areas.find((a) => a.id === choice) : undefined;
  const count = members[areaId] ?? 1;
  const min = WORKSHOP_CONTENT.actionPlan.minGroupSize;
  return (
    <>
      <div className="lv-area-head">
        <p>
          {t.plan.yourArea} <strong>{area.name}</strong>
        </p>
        <button type="button" id="lv-change-area" className="lv-button lv-secondary lv-small" onClick={() => setChanging(true)}>
          {t.plan.change}
        </button>
      </div>
      {switching ? <p className="lv-save lv-save-waiting">{t.plan.switching(switching.name)}</p> : null}
      {count < min ? <p className="lv-notice">{t.plan.alone(min)}</p> : <p className="lv-hint">{t.plan.members(count)}</p>}
      <PlanEditor state={state} conn={conn} areaId={areaId} />
    </>
  );
}

function AreaChoice({
  areas,
  members,
  initial,
  status,
  onChoose,
  onCancel,
}: {
  areas: TArea[];
  members: Readonly<Record<string, number>>;
  initial: string | null;
  status: string;
  onChoose: (areaId: string) => void;
  onCancel: (() => void) | null;
}) {
  const { t } = useLang();
  const [selected, setSelected] = useState(initial);
  const [error, setError] = useState(false);
  // Opened with "Change area": the keyboard goes to the choice.
  const changing = onCancel !== null;
  useEffect(() => {
    if (changing) document.getElementById('lv-choose-heading')?.focus();
  }, [changing]);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!selected) {
      setError(true);
      document.querySelector<HTMLInputElement>('input[name="lv-area"]')?.focus();
      return;
    }
    setError(false);
    onChoose(selected);
  };
  return (
    <form noValidate onSubmit={submit} className="lv-choice">
      <fieldset className={error ? 'lv-invalid' : undefined} aria-describedby={error ? 'lv-area-hint lv-area-error' : 'lv-area-hint'}>
        <legend>
          <h2 id="lv-choose-heading" tabIndex={-1}>
            {t.plan.chooseLegend}
          </h2>
        </legend>
        <p className="lv-hint" id="lv-area-hint">
          {t.plan.chooseHint}
        </p>
        {error ? (
          <p className="lv-error" id="lv-area-error">
            <span className="lv-vh">{t.errorPrefix}</span>
            {t.plan.chooseRequired}
          </p>
        ) : null}
        {areas.map((a) => (
          <div key={a.id} className="lv-radio">
            <input
              type="radio"
              id={`lv-area-${a.id}`}
              name="lv-area"
              value={a.id}
              checked={selected === a.id}
              onChange={() => setSelected(a.id)}
              aria-describedby={`lv-area-${a.id}-n`}
            />
            <label htmlFor={`lv-area-${a.id}`}>{a.name}</label>
            <span className="lv-hint" id={`lv-area-${a.id}-n`}>
              {t.plan.inGroup(members[a.id] ?? 0)}
            </span>
          </div>
        ))}
      </fieldset>
      <div className="lv-buttons">
        <button type="submit" className="lv-button">
          {t.plan.choose}
        </button>
        {onCancel ? (
          <button type="button" className="lv-button lv-secondary" onClick={onCancel}>
            {t.plan.cancel}
          </button>
        ) : null}
      </div>
      <p className="lv-under" role="status">
        {status}
      </p>
    </form>
  );
}
