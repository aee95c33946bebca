import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { TPlanField, TPlanRow } from '../../contracts/live.js';
import { WORKSHOP_CONTENT } from '../lib/workshopContent.js';
import { cellKey } from './acked.js';
import type { LiveConnection, LiveState } from './connection.js';
import { useLang } from './i18n.js';
import type { PlanEditMsg } from './outbox.js';
import { PlanField } from './PlanField.js';
import { pendingEdits, pendingRowChanges, rowsOf } from './planEdit.js';
import { selectedIn } from './picture.js';

const FIELD_KIND: Record<TPlanField, 'text' | 'long' | 'date'> = {
  focusArea: 'text',
  activity: 'long',
  resources: 'long',
  start: 'date',
  end: 'date',
  responsible: 'text',
};

export const PLAN_HEADING_ID = 'lv-plan-heading';
const FOCUS_LIST_ID = 'lv-focus-areas';

/**
 * The area's action plan, edited together: the source's template (title, task, columns) and one
 * group of fields per row. Rows are added and deleted for the whole group; a deleted row asks
 * first. Changes by others and refused changes are announced in one live region.
 */
export function PlanEditor({ state, conn, areaId }: { state: LiveState; conn: LiveConnection; areaId: string }) {
  const { t, lang } = useLang();
  const snapshot = state.snapshot;
  const rows = useMemo(() => rowsOf(snapshot?.plans ?? null, areaId), [snapshot?.plans, areaId]);
  const edits = useMemo(() => pendingEdits(state.outbox), [state.outbox]);
  const { deleting, adding } = useMemo(() => pendingRowChanges(state.outbox), [state.outbox]);
  const focusAreas = useMemo(() => selectedIn(snapshot?.picture?.notes ?? [], 'focus'), [snapshot?.picture?.notes]);
  const online = state.status === 'online';
  const [message, setMessage] = useState('');
  const plan = WORKSHOP_CONTENT.actionPlan;

  // A row this phone added: the keyboard goes to its first field.
  const handledRow = useRef(state.addedRow);
  useEffect(() => {
    const added = state.addedRow;
    if (!added || added === handledRow.current || !rows.some((r) => r.id === added)) return;
    handledRow.current = added;
    document.getElementById(`lv-plan-${added}-focusArea`)?.focus();
  }, [state.addedRow, rows]);

  // A refused change of the plan: the row was deleted meanwhile, or the area is gone.
  const refusal = state.lastRefusal;
  const [seen, setSeen] = useState(() => refusal?.n ?? 0);
  let alert = '';
  if (refusal && refusal.n > seen && refusal.msg.type.startsWith('plan_')) {
    const lost = refusal.msg.type === 'plan_edit' && refusal.msg.value.trim() ? ` ${t.plan.yourText(refusal.msg.value)}` : '';
    alert = `${t.plan.rowGone}${lost}`;
  }

  const focusHeading = () => setTimeout(() => document.getElementById(PLAN_HEADING_ID)?.focus(), 0);

  return (
    <section aria-labelledby={PLAN_HEADING_ID}>
      <h2 id={PLAN_HEADING_ID} tabIndex={-1}>
        {plan.title[lang]}
      </h2>
      <p className="lv-source">{t.source}</p>
      <ul>
        {plan.task.map((line, i) => (
          <li key={i}>{line[lang]}</li>
        ))}
      </ul>
      <p className="lv-vh" aria-live="polite">
        {message}
      </p>
      <div className={alert ? 'lv-alert-box lv-alert-shown' : 'lv-alert-box'}>
        <p role="alert">{alert}</p>
        {alert ? (
          <button type="button" className="lv-button lv-secondary lv-small" onClick={() => setSeen(refusal?.n ?? 0)}>
            {t.plan.dismiss}
          </button>
        ) : null}
      </div>
      {focusAreas.length > 0 ? (
        <datalist id={FOCUS_LIST_ID}>
          {focusAreas.map((n) => (
            <option key={n.id} value={n.text} />
          ))}
        </datalist>
      ) : null}
      {rows.length === 0 ? <p className="lv-hint">{t.plan.noRows}</p> : null}
      {rows.map((row, i) => (
        <PlanRowEditor
          key={row.id}
          row={row}
          n={i + 1}
          deleting={deleting.has(row.id)}
          edits={edits}
          replaced={state.replaced}
          online={online}
          listId={focusAreas.length > 0 ? FOCUS_LIST_ID : undefined}
          onEdit={(field, value, base) => conn.editPlan(row.id, field, value, base)}
          onDelete={() => {
            conn.deletePlanRow(row.id);
            setMessage(t.plan.deleted(i + 1));
            focusHeading();
          }}
          onFocusLost={() => {
            setMessage(t.plan.rowGoneFocus);
            focusHeading();
          }}
          announce={setMessage}
        />
      ))}
      <button type="button" className="lv-button" onClick={() => conn.addPlanRow()}>
        {t.plan.addRow}
      </button>
      <p className="lv-under" role="status">
        {adding > 0 ? (online ? t.plan.adding : t.plan.addWaiting) : ''}
      </p>
    </section>
  );
}

function PlanRowEditor({
  row,
  n,
  deleting,
  edits,
  replaced,
  online,
  listId,
  onEdit,
  onDelete,
  onFocusLost,
  announce,
}: {
  row: TPlanRow;
  n: number;
  deleting: boolean;
  edits: ReadonlyMap<string, PlanEditMsg>;
  replaced: Readonly<Record<string, string>>;
  online: boolean;
  listId: string | undefined;
  onEdit: (field: TPlanField, value: string, baseVersion: number) => void;
  onDelete: () => void;
  onFocusLost: () => void;
  announce: (text: string) => void;
}) {
  const { t, lang } = useLang();
  const [asking, setAsking] = useState(false);
  const ref = useRef<HTMLFieldSetElement>(null);
  const lost = useRef(onFocusLost);
  useEffect(() => {
    lost.current = onFocusLost;
  });
  // Deleted by someone else while the participant was in it: the keyboard is not left nowhere.
  useLayoutEffect(() => {
    const node = ref.current;
    return () => {
      if (node?.contains(document.activeElement)) lost.current();
    };
  }, []);

  const legendId = `lv-row-${row.id}`;
  if (deleting)
    return (
      <fieldset className="lv-row" aria-labelledby={legendId}>
        <legend id={legendId}>{t.plan.row(n)}</legend>
        <p className="lv-save lv-save-waiting">{t.plan.deleting}</p>
      </fieldset>
    );

  const field = (f: TPlanField, label: string, hint: string | null) => {
    const key = cellKey(row.id, f);
    return (
      <PlanField
        key={f}
        rowId={row.id}
        field={f}
        n={n}
        label={label}
        hint={hint}
        hintShown={n === 1}
        kind={FIELD_KIND[f]}
        cell={row.cells[f]}
        pending={edits.get(key)}
        replacedValue={replaced[key]}
        online={online}
        listId={f === 'focusArea' ? listId : undefined}
        onSend={(value, base) => onEdit(f, value, base)}
        announce={announce}
      />
    );
  };

  return (
    <fieldset className="lv-row" ref={ref}>
      <legend>{t.plan.row(n)}</legend>
      {WORKSHOP_CONTENT.actionPlan.fields.map((f) =>
        f.planFields.length === 1 ? (
          field(f.planFields[0] as TPlanField, f.label[lang], f.hint[lang])
        ) : (
          <fieldset key={f.id} className="lv-period" aria-describedby={`lv-${row.id}-${f.id}-hint`}>
            <legend>{f.label[lang]}</legend>
            <p className={n === 1 ? 'lv-hint' : 'lv-vh'} id={`lv-${row.id}-${f.id}-hint`}>
              {f.hint[lang]}
            </p>
            <div className="lv-period-fields">
              {field('start', t.plan.start, null)}
              {field('end', t.plan.end, null)}
            </div>
          </fieldset>
        ),
      )}
      <div className="lv-row-foot">
        {asking ? (
          <div role="group" aria-labelledby={`${legendId}-confirm`}>
            <p id={`${legendId}-confirm`}>{t.plan.deleteConfirm(n)}</p>
            <div className="lv-buttons">
              <button type="button" className="lv-button lv-secondary" onClick={onDelete}>
                {t.plan.deleteYes}
              </button>
              <button type="button" className="lv-button" onClick={() => setAsking(false)} autoFocus>
                {t.plan.deleteNo}
              </button>
            </div>
          </div>
        ) : (
          <button type="button" className="lv-button lv-secondary lv-small" onClick={() => setAsking(true)}>
            {t.plan.deleteRow(n)}
          </button>
        )}
      </div>
    </fieldset>
  );
}
