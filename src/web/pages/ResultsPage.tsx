import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { getMyResponse, getRound, getRoundResults, type TResult, type TRoundResults } from '../../contracts/assessments.js';
import { listUnits } from '../../contracts/organisations.js';
import type { TInstrument } from '../../domain/instruments/schema.js';
import { callOp } from '../api/client.js';
import { Alert, StatusRegion } from '../components/Alert.js';
import { CloseRoundDialog } from '../components/assessments/CloseRoundDialog.js';
import { ActionDialog, ActionsSection, type ActionSource } from '../components/assessments/results/ActionsSection.js';
import { CompareSection } from '../components/assessments/results/CompareSection.js';
import { DialogueSection } from '../components/assessments/results/DialogueSection.js';
import { GenerationResults } from '../components/assessments/results/GenerationResults.js';
import { RoundExports } from '../components/assessments/results/RoundExports.js';
import { ScaledResults } from '../components/assessments/results/ScaledResults.js';
import { RoundIntro } from '../components/assessments/RoundIntro.js';
import { Loading } from '../components/Loading.js';
import { PageHeading } from '../components/PageHeading.js';
import { Tabs } from '../components/Tabs.js';
import { useAsync } from '../hooks/useAsync.js';
import { useLanguage } from '../hooks/useLanguage.js';
import { useOrgScope } from '../hooks/useOrgScope.js';
import { roundPath, roundsPath, tx, type Answer } from '../lib/assessments.js';
import { formatDateTime } from '../lib/format.js';
import { hasRole } from '../lib/roles.js';

/** A round's results: scores and spread (or the staircase), dialogue and actions, comparisons and exports. */
export function ResultsPage() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const scope = useOrgScope();
  const roundId = useParams().roundId ?? '';
  const canFacilitate = hasRole(scope.role, 'facilitator');
  const [closing, setClosing] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [actionSource, setActionSource] = useState<ActionSource | null>(null);
  const data = useAsync(
    async (signal) => {
      const params = { orgId: scope.orgId, roundId };
      const [round, results, mine, units] = await Promise.all([
        callOp(getRound, { params, signal }),
        callOp(getRoundResults, { params, signal }),
        callOp(getMyResponse, { params, signal }),
        callOp(listUnits, { params: { orgId: scope.orgId }, signal }),
      ]);
      return { instrument: round.instrument, results, myAnswers: mine.answers as Record<string, Answer>, units };
    },
    [scope.orgId, roundId],
  );

  if (data.status === 'loading') return <Loading />;
  if (data.status === 'failed') {
    return (
      <div className="pj-page">
        <PageHeading title={t('results.loadFailedTitle')} />
        <Alert variant="error">{data.error.message}</Alert>
        <p>
          <Link to={roundsPath(scope.orgId)}>{t('assessments.backToList')}</Link>
        </p>
      </div>
    );
  }

  const { instrument, results, myAnswers, units } = data.data;
  const { round } = results;
  const patchResults = (patch: Partial<TRoundResults>) => data.setData({ ...data.data, results: { ...results, ...patch } });

  return (
    <div className="pj-page pj-results-page">
      <PageHeading title={t('results.title', { title: round.title })} documentTitle={t('results.documentTitle', { title: round.title })} />
      <RoundIntro round={round} instrument={instrument} units={units} showAbout={false} />
      <p>
        {t('results.respondents', { count: round.respondents })}
        {round.closedAt ? ` ${t('results.closedAt', { when: formatDateTime(round.closedAt, language) })}` : ''}
      </p>
      <p className="pj-row-actions">
        <Link to={roundsPath(scope.orgId)}>{t('assessments.backToList')}</Link>
        {round.status === 'open' || round.myStatus !== 'not_started' ? (
          <Link to={roundPath(scope.orgId, round.id)}>
            {round.status === 'open' ? t('results.toQuestionnaire') : t('results.toMyAnswers')}
          </Link>
        ) : null}
      </p>
      {canFacilitate && round.status === 'open' ? (
        <div className="pj-facilitator-box">
          <p>{t('results.facilitatorOpen')}</p>
          <button type="button" className="button button-secondary" onClick={() => setClosing(true)}>
            {t('assessments.actions.close')}
          </button>
        </div>
      ) : null}
      <StatusRegion>{message ? <Alert variant="success">{message}</Alert> : null}</StatusRegion>

      <ResultViews results={results} instrument={instrument} myAnswers={myAnswers} />

      <DialogueSection
        orgId={scope.orgId}
        roundId={round.id}
        instrument={instrument}
        dialogue={results.dialogue}
        conclusions={results.conclusions}
        onConclusions={(conclusions) => patchResults({ conclusions })}
        onMakeAction={(prompt) =>
          setActionSource({
            questionId: prompt.questionId,
            question: tx(prompt.text, language),
          })
        }
      />
      <ActionsSection
        orgId={scope.orgId}
        roundId={round.id}
        actions={results.actions}
        onChange={(actions) => patchResults({ actions })}
        onAdd={() => setActionSource({ questionId: null, question: null })}
      />
      <CompareSection orgId={scope.orgId} roundId={round.id} instrument={instrument} isAdmin={hasRole(scope.role, 'admin')} />
      <RoundExports orgId={scope.orgId} roundId={round.id} canFacilitate={canFacilitate} />

      <ActionDialog
        orgId={scope.orgId}
        roundId={round.id}
        source={actionSource}
        onClose={() => setActionSource(null)}
        onCreated={(action) => {
          setActionSource(null);
          patchResults({ actions: [...results.actions, action] });
          setMessage(t('results.actions.created', { title: action.title }));
        }}
      />
      {canFacilitate ? (
        <CloseRoundDialog
          orgId={scope.orgId}
          round={closing ? round : null}
          onCancel={() => setClosing(false)}
          onClosed={(closed) => {
            setClosing(false);
            setMessage(t('assessments.close.done', { title: closed.title }));
            void data.reload();
          }}
        />
      ) : null}
    </div>
  );
}

/** The team's result and the caller's own, side by side as tabs when both exist, with why the team's may be hidden. */
function ResultViews({
  results,
  instrument,
  myAnswers,
}: {
  results: TRoundResults;
  instrument: TInstrument;
  myAnswers: Record<string, Answer>;
}) {
  const { t } = useTranslation();
  const [selected, setSelected] = useState(results.round.mode === 'individual' && results.mine ? 'mit-svar' : 'holdet');
  const views: { id: string; label: string; result: TResult; mine: boolean }[] = [];
  if (results.pooled) views.push({ id: 'holdet', label: t('results.views.team'), result: results.pooled, mine: false });
  if (results.mine) views.push({ id: 'mit-svar', label: t('results.views.mine'), result: results.mine, mine: true });

  const render = (view: (typeof views)[number]) =>
    view.result.method === 'generation' ? (
      <GenerationResults result={view.result} instrument={instrument} mine={view.mine} />
    ) : (
      <ScaledResults result={view.result} instrument={instrument} mine={view.mine} myAnswers={myAnswers} idPrefix={view.id} />
    );

  return (
    <section className="pj-section" aria-labelledby="results-heading">
      <h2 id="results-heading" className="h3">
        {views.length === 1 ? views[0]!.label : t('results.heading')}
      </h2>
      {results.hiddenBecause ? (
        <Alert variant="info" heading={t('results.hidden.heading')}>
          <p>
            {results.hiddenBecause === 'round_open'
              ? t('results.hidden.roundOpen')
              : t('results.hidden.tooFew', { threshold: results.threshold, count: results.round.respondents })}
          </p>
          {results.mine ? <p>{t('results.hidden.mineShown')}</p> : null}
        </Alert>
      ) : null}
      {views.length === 0 ? <p>{t('results.nothing')}</p> : null}
      {views.length === 1 ? render(views[0]!) : null}
      {views.length > 1 ? (
        <Tabs
          label={t('results.views.label')}
          tabs={views.map((view) => ({ id: view.id, label: view.label, panel: () => render(view) }))}
          selected={selected}
          onSelect={setSelected}
        />
      ) : null}
    </section>
  );
}
