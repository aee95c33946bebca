import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ANONYMITY, getInstrument } from '../../contracts/assessments.js';
import type { TSnapshot } from '../../contracts/live.js';
import { getWorkshop } from '../../contracts/workshops.js';
import type { TInstrument } from '../../domain/instruments/schema.js';
import { callOp } from '../api/client.js';
import { Alert, StatusRegion } from '../components/Alert.js';
import { Loading } from '../components/Loading.js';
import { PageHeading } from '../components/PageHeading.js';
import { ConnectionStatus, failureText } from '../components/workshops/ConnectionStatus.js';
import { PictureProjector } from '../components/workshops/PictureProjector.js';
import { PlansProjector } from '../components/workshops/PlansProjector.js';
import { ProjectorTally } from '../components/workshops/ProjectorTally.js';
import { QrCode } from '../components/workshops/QrCode.js';
import { scaleNames } from '../components/workshops/scale.js';
import { StepTimer } from '../components/workshops/StepTimer.js';
import { useAsync } from '../hooks/useAsync.js';
import { useLanguage } from '../hooks/useLanguage.js';
import { useLiveSession } from '../hooks/useLiveSession.js';
import { useOrgScope } from '../hooks/useOrgScope.js';
import { hasRole } from '../lib/roles.js';
import { consolePath, joinUrlOf, spacedCode, tallyRows, workshopsPath } from '../lib/workshops.js';

/**
 * The projector: full screen without the app's chrome, large enough to read from the back of the
 * room at 1920×1080 and 1280×720. The title, the current step and its timer, the join code, the
 * address and its QR code, how many have joined; in the questionnaire step the tally once the
 * facilitator reveals it (the server sends none before); in the common picture its current phase;
 * in the area work, the common plans and the conclusion every area's plan.
 */
export function WorkshopProjectorPage() {
  const { t } = useTranslation();
  const scope = useOrgScope();
  const workshopId = useParams().workshopId ?? '';
  const data = useAsync(
    async (signal) => {
      const workshop = await callOp(getWorkshop, { params: { orgId: scope.orgId, workshopId }, signal });
      const instrument = await callOp(getInstrument, { params: { instrumentId: workshop.instrumentId }, signal });
      return { workshop, instrument };
    },
    [scope.orgId, workshopId],
  );
  const canFacilitate = hasRole(scope.role, 'facilitator');
  const live = useLiveSession(canFacilitate && data.status === 'ready' ? workshopId : null, 'projector');

  if (!canFacilitate) {
    return (
      <div className="pj-projector pj-projector-message">
        <PageHeading title={t('workshops.projector.unavailableTitle')} />
        <Alert variant="info">{t('workshops.live.errors.forbidden')}</Alert>
        <p>
          <Link to={workshopsPath(scope.orgId)}>{t('workshops.backToList')}</Link>
        </p>
      </div>
    );
  }
  if (data.status === 'loading') return <Loading />;
  if (data.status === 'failed' || live.connection === 'failed') {
    return (
      <div className="pj-projector pj-projector-message">
        <PageHeading title={t('workshops.projector.unavailableTitle')} />
        <Alert variant="error">{data.status === 'failed' ? data.error.message : failureText(t, live.failure)}</Alert>
        <p>
          <Link to={workshopsPath(scope.orgId)}>{t('workshops.backToList')}</Link>
        </p>
      </div>
    );
  }

  const { workshop, instrument } = data.data;
  const snapshot = live.live?.snapshot ?? null;
  const title = snapshot?.workshop.title ?? workshop.title;
  const code = snapshot?.workshop.joinCode ?? workshop.joinCode;
  const status = snapshot?.workshop.status ?? workshop.status;
  const offsetMs = live.live?.offsetMs ?? 0;
  const showTally =
    snapshot?.step?.kind === 'questionnaire' &&
    snapshot.revealed &&
    snapshot.tally !== null &&
    snapshot.tally.respondents >= ANONYMITY.threshold;
  const kind = snapshot?.step?.kind;
  const showPicture = kind === 'picture' && Boolean(snapshot?.picture);
  const showPlans = (kind === 'areas' || kind === 'plans' || kind === 'conclusion') && Boolean(snapshot?.plans);
  const compact = showTally || showPicture || showPlans;

  return (
    <div className={compact ? 'pj-projector pj-projector-results' : 'pj-projector'}>
      <header className="pj-proj-head">
        <PageHeading title={title} documentTitle={t('workshops.projector.documentTitle', { title })}>
          <span className="pj-proj-title">{title}</span>
        </PageHeading>
        {compact && snapshot?.step ? <CompactNow snapshot={snapshot} offsetMs={offsetMs} code={code} /> : null}
        <FullscreenButton />
      </header>

      {status === 'draft' ? <p className="pj-proj-big-message">{t('workshops.projector.draft')}</p> : null}
      {status === 'finished' ? <p className="pj-proj-big-message">{t('workshops.projector.finished')}</p> : null}
      {status === 'running' && !snapshot ? <Loading label={t('workshops.live.connecting')} /> : null}

      {status === 'running' && snapshot && showTally ? <ProjectorResults snapshot={snapshot} instrument={instrument} /> : null}
      {status === 'running' && snapshot?.picture && showPicture ? <PictureProjector picture={snapshot.picture} /> : null}
      {status === 'running' && snapshot && showPlans ? <PlansProjector snapshot={snapshot} showMembers={kind === 'areas'} /> : null}
      {status === 'running' && snapshot && !compact ? (
        <div className="pj-proj-body">
          <ProjectorNow snapshot={snapshot} offsetMs={offsetMs} />
          {code ? (
            <JoinPanel code={code} url={joinUrlOf(workshop.joinUrl, code, window.location.origin)} participants={snapshot.participants} />
          ) : null}
        </div>
      ) : null}

      <footer className="pj-proj-foot">
        <StatusRegion>
          <ConnectionStatus session={live} compact />
        </StatusRegion>
        <p className="pj-proj-source">{t('workshops.projector.source')}</p>
        <Link className="pj-proj-back" to={consolePath(scope.orgId, workshopId)}>
          {t('workshops.projector.toConsole')}
        </Link>
      </footer>
    </div>
  );
}

type Step = NonNullable<TSnapshot['step']>;

/** The current step, its timer, and what the room does now. */
function ProjectorNow({ snapshot, offsetMs }: { snapshot: TSnapshot; offsetMs: number }) {
  const { t } = useTranslation();
  const step: Step | null = snapshot.step;
  if (!step) {
    return (
      <section className="pj-proj-now" aria-labelledby="proj-now-heading">
        <p className="pj-proj-kicker">{t('workshops.projector.welcome')}</p>
        <h2 id="proj-now-heading" className="pj-proj-step-title">
          {t('workshops.projector.beginSoon')}
        </h2>
      </section>
    );
  }
  return (
    <section className="pj-proj-now" aria-labelledby="proj-now-heading">
      <p className="pj-proj-kicker">{t('workshops.projector.stepOf', { number: step.position + 1, count: step.count })}</p>
      <h2 id="proj-now-heading" className="pj-proj-step-title">
        {step.title}
      </h2>
      <StepTimer step={step} offsetMs={offsetMs} variant="projector" />
      {step.kind === 'questionnaire' ? (
        <p className="pj-proj-hint">
          {snapshot.revealed ? t('workshops.projector.tooFew', { threshold: ANONYMITY.threshold }) : t('workshops.projector.answerNow')}
        </p>
      ) : null}
      {step.kind === 'break' ? <p className="pj-proj-hint">{t('workshops.projector.breakHint')}</p> : null}
    </section>
  );
}

/** How to join: the QR code, the address, the code in huge letters, and how many have joined. */
function JoinPanel({ code, url, participants }: { code: string; url: string; participants: number }) {
  const { t } = useTranslation();
  const shown = url.replace(/^https?:\/\//, '');
  return (
    <section className="pj-proj-join" aria-labelledby="proj-join-heading">
      <h2 id="proj-join-heading" className="pj-proj-join-heading">
        {t('workshops.projector.joinHeading')}
      </h2>
      <QrCode value={url} label={t('workshops.projector.qrLabel', { url })} className="pj-proj-qr" />
      <p className="pj-proj-url">{shown}</p>
      <p className="pj-proj-code-label">{t('workshops.projector.codeLabel')}</p>
      <p className="pj-proj-code" data-code={code}>
        {spacedCode(code)}
      </p>
      <p className="pj-proj-participants">{t('workshops.projector.joined', { count: participants })}</p>
    </section>
  );
}

/** The head of the results view: step, timer and code kept small so the chart gets the room. */
function CompactNow({ snapshot, offsetMs, code }: { snapshot: TSnapshot; offsetMs: number; code: string | null }) {
  const { t } = useTranslation();
  const step = snapshot.step!;
  return (
    <div className="pj-proj-compact">
      <p className="pj-proj-compact-step">{step.title}</p>
      <StepTimer step={step} offsetMs={offsetMs} variant="projector" />
      {code ? (
        <p className="pj-proj-compact-code">
          {t('workshops.projector.codeLabel')} <span className="pj-proj-code-small">{spacedCode(code)}</span>
        </p>
      ) : null}
    </div>
  );
}

function ProjectorResults({ snapshot, instrument }: { snapshot: TSnapshot; instrument: TInstrument }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const rows = useMemo(
    () => (snapshot.tally ? tallyRows(snapshot.tally, instrument, language) : null),
    [snapshot.tally, instrument, language],
  );
  const names = useMemo(() => scaleNames(instrument.items[0], language), [instrument, language]);
  if (!rows) return null;
  return (
    <section className="pj-proj-results-wrap" aria-labelledby="proj-results-heading">
      <h2 id="proj-results-heading" className="pj-proj-results-heading">
        {t('workshops.projector.resultsHeading', { count: rows.respondents })}
      </h2>
      <ProjectorTally rows={rows} scaleNames={names} />
    </section>
  );
}

/** Full screen on a button press (browsers allow it only after one); hidden once full screen. */
function FullscreenButton() {
  const { t } = useTranslation();
  const [full, setFull] = useState(() => typeof document !== 'undefined' && document.fullscreenElement !== null);
  useEffect(() => {
    const update = () => setFull(document.fullscreenElement !== null);
    document.addEventListener('fullscreenchange', update);
    return () => document.removeEventListener('fullscreenchange', update);
  }, []);
  if (full || !document.fullscreenEnabled) return null;
  return (
    <button
      type="button"
      className="button button-tertiary pj-proj-fullscreen"
      onClick={() => void document.documentElement.requestFullscreen().catch(() => undefined)}
    >
      {t('workshops.projector.fullscreen')}
    </button>
  );
}
