import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { getInstrument } from '../../contracts/assessments.js';
import type { TSnapshot } from '../../contracts/live.js';
import { controlWorkshop, getWorkshop, type TControl, type TWorkshop } from '../../contracts/workshops.js';
import { elapsedOf } from '../../domain/workshops/timer.js';
import { callOp } from '../api/client.js';
import { Alert, StatusRegion } from '../components/Alert.js';
import { ConfirmDialog } from '../components/Dialog.js';
import { NoAccess } from '../components/guards.js';
import { Loading } from '../components/Loading.js';
import { PageHeading } from '../components/PageHeading.js';
import { AreaWorkConsole } from '../components/workshops/AreaWorkConsole.js';
import { ConnectionStatus } from '../components/workshops/ConnectionStatus.js';
import { ConsoleAgenda } from '../components/workshops/ConsoleAgenda.js';
import { ConsoleNow } from '../components/workshops/ConsoleNow.js';
import { JoinInfo } from '../components/workshops/JoinInfo.js';
import { PictureConsole } from '../components/workshops/PictureConsole.js';
import { PlansConsole } from '../components/workshops/PlansConsole.js';
import { QuestionnaireLive } from '../components/workshops/QuestionnaireLive.js';
import { useAction } from '../hooks/useAction.js';
import { useAsync } from '../hooks/useAsync.js';
import { useLiveSession, useNow } from '../hooks/useLiveSession.js';
import { useOrgScope } from '../hooks/useOrgScope.js';
import { hasRole } from '../lib/roles.js';
import { clockOf, joinUrlOf, projectorPath, workshopPath, workshopsPath } from '../lib/workshops.js';

/**
 * The facilitator's console: the agenda with the current step and its timer, the controls, the
 * join code, who has joined and answered, the live tally, the switch that shows it on the
 * projector; the common picture (phases, moderation, selection), the area groups and their plans,
 * the notes of the common plans and the conclusion; and the end of the workshop. Live over the
 * WebSocket; every control is a REST call.
 */
export function WorkshopConsolePage() {
  const { t } = useTranslation();
  const scope = useOrgScope();
  const workshopId = useParams().workshopId ?? '';
  const canFacilitate = hasRole(scope.role, 'facilitator');
  const data = useAsync(
    async (signal) => {
      const workshop = await callOp(getWorkshop, { params: { orgId: scope.orgId, workshopId }, signal });
      const instrument = await callOp(getInstrument, { params: { instrumentId: workshop.instrumentId }, signal });
      return { workshop, instrument };
    },
    [scope.orgId, workshopId],
  );
  const live = useLiveSession(
    canFacilitate && data.status === 'ready' && data.data.workshop.status !== 'draft' ? workshopId : null,
    'facilitator',
  );
  const action = useAction();
  const [finishing, setFinishing] = useState(false);

  // Another facilitator (or another tab) moved the agenda on: fetch the agenda's stored times again.
  const snapshot = live.live?.snapshot ?? null;
  const liveKey = snapshot ? `${snapshot.workshop.status}:${snapshot.step?.position ?? 'none'}:${snapshot.step?.runningSince ?? ''}` : '';
  const { reload } = data;
  useEffect(() => {
    if (liveKey) void reload();
  }, [liveKey, reload]);

  if (!canFacilitate) return <NoAccess message={t('workshops.console.onlyFacilitators')} />;
  if (data.status === 'loading') return <Loading />;
  if (data.status === 'failed') {
    return (
      <div className="pj-page">
        <PageHeading title={t('workshops.console.loadFailedTitle')} />
        <Alert variant="error">{data.error.message}</Alert>
        <p>
          <Link to={workshopsPath(scope.orgId)}>{t('workshops.backToList')}</Link>
        </p>
      </div>
    );
  }

  const { workshop, instrument } = data.data;
  const params = { orgId: scope.orgId, workshopId };
  const control = (body: TControl) =>
    action.run(async () => {
      const updated = await callOp(controlWorkshop, { params, body });
      data.setData({ workshop: updated, instrument });
    });
  const openProjector = () => {
    const opened = window.open(
      projectorPath(scope.orgId, workshopId),
      `pejling-projektor-${workshopId}`,
      'popup=yes,width=1280,height=720',
    );
    opened?.focus();
  };

  const status = snapshot?.workshop.status ?? workshop.status;
  const code = snapshot?.workshop.joinCode ?? workshop.joinCode;
  const url = code ? joinUrlOf(workshop.joinUrl, code, window.location.origin) : null;

  return (
    <div className="pj-page pj-console">
      <PageHeading title={workshop.title} documentTitle={t('workshops.console.documentTitle', { title: workshop.title })} />
      <div className="pj-console-bar">
        <p className="pj-kicker">{t('workshops.console.kicker')}</p>
        <StatusRegion>{status === 'draft' ? null : <ConnectionStatus session={live} />}</StatusRegion>
      </div>
      <StatusRegion>{action.error ? <Alert variant="error">{action.error}</Alert> : null}</StatusRegion>

      {status === 'draft' ? (
        <Alert variant="info" heading={t('workshops.console.draftHeading')}>
          <p>{t('workshops.console.draftText')}</p>
          <p>
            <Link to={workshopPath(scope.orgId, workshopId)}>{t('workshops.console.toPreparation')}</Link>
          </p>
        </Alert>
      ) : null}

      {status === 'finished' ? (
        <Alert variant="success" heading={t('workshops.console.finishedHeading')}>
          <p>{t('workshops.console.finishedText')}</p>
          <p>
            <Link to={workshopPath(scope.orgId, workshopId)}>{t('workshops.console.toSummary')}</Link>
          </p>
        </Alert>
      ) : null}

      {status === 'running' && snapshot ? (
        <>
          <div className="pj-console-top">
            <ConsoleNow snapshot={snapshot} offsetMs={live.live?.offsetMs ?? 0} busy={action.busy} onControl={(c) => void control(c)} />
            <JoinInfo code={code} url={url} participants={snapshot.participants} onOpenProjector={openProjector} />
          </div>
          {snapshot.step?.kind === 'questionnaire' ? (
            <QuestionnaireLive
              tally={snapshot.tally}
              instrument={instrument}
              revealed={snapshot.revealed}
              busy={action.busy}
              onReveal={(revealed) => void control({ action: 'reveal', revealed })}
            />
          ) : null}
          {snapshot.step?.kind === 'picture' ? (
            <PictureConsole
              picture={snapshot.picture}
              orgId={scope.orgId}
              workshopId={workshopId}
              busy={action.busy}
              onPhase={(phase) => void control({ action: 'phase', phase })}
            />
          ) : null}
          {snapshot.step?.kind === 'areas' ? <AreaWorkConsole snapshot={snapshot} /> : null}
          {snapshot.step?.kind === 'plans' || snapshot.step?.kind === 'conclusion' ? (
            <PlansConsole
              snapshot={snapshot}
              orgId={scope.orgId}
              workshop={workshop}
              onSaved={(updated) => data.setData({ workshop: updated, instrument })}
            />
          ) : null}
        </>
      ) : null}
      {status === 'running' && !snapshot && live.connection !== 'failed' ? <Loading label={t('workshops.live.connecting')} /> : null}

      {status !== 'draft' ? (
        <section className="pj-section" aria-labelledby="agenda-heading">
          <h2 id="agenda-heading" className="h3">
            {t('workshops.console.agendaHeading')}
          </h2>
          <LiveAgenda
            workshop={workshop}
            snapshot={snapshot}
            offsetMs={live.live?.offsetMs ?? 0}
            canJump={status === 'running'}
            busy={action.busy}
            onJump={(position) => void control({ action: 'goto', position })}
          />
        </section>
      ) : null}

      {status === 'running' ? (
        <section className="pj-section pj-console-end" aria-labelledby="end-heading">
          <h2 id="end-heading" className="h4">
            {t('workshops.console.endHeading')}
          </h2>
          <p>{t('workshops.console.endText')}</p>
          <button type="button" className="button button-warning" onClick={() => setFinishing(true)}>
            {t('workshops.console.finish')}
          </button>
        </section>
      ) : null}
      <p className="pj-row-actions mt-6">
        <Link to={workshopPath(scope.orgId, workshopId)}>{t('workshops.console.toPreparation')}</Link>
        <Link to={workshopsPath(scope.orgId)}>{t('workshops.backToList')}</Link>
      </p>

      <ConfirmDialog
        open={finishing}
        title={t('workshops.console.finishTitle', { title: workshop.title })}
        confirmLabel={t('workshops.console.finish')}
        busy={action.busy}
        error={finishing ? action.error : null}
        onCancel={() => {
          action.setError(null);
          setFinishing(false);
        }}
        onConfirm={() =>
          void action.run(async () => {
            const updated = await callOp(controlWorkshop, { params, body: { action: 'finish' } });
            data.setData({ workshop: updated, instrument });
            setFinishing(false);
          })
        }
      >
        <p>{t('workshops.console.finishText')}</p>
      </ConfirmDialog>
    </div>
  );
}

/** The agenda with the live time of the current step (ticking while its timer runs). */
function LiveAgenda({
  workshop,
  snapshot,
  offsetMs,
  canJump,
  busy,
  onJump,
}: {
  workshop: Pick<TWorkshop, 'steps' | 'currentStep'>;
  snapshot: TSnapshot | null;
  offsetMs: number;
  canJump: boolean;
  busy: boolean;
  onJump: (position: number) => void;
}) {
  const now = useNow(1000);
  const step = snapshot?.step ?? null;
  const current = snapshot ? (step?.position ?? null) : workshop.currentStep;
  const elapsed = step ? elapsedOf(clockOf(step), now + offsetMs) : null;
  return (
    <ConsoleAgenda steps={workshop.steps} current={current} currentElapsedMs={elapsed} canJump={canJump} busy={busy} onJump={onJump} />
  );
}
