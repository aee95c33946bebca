import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { getMyResponse, getRound } from '../../contracts/assessments.js';
import { listUnits } from '../../contracts/organisations.js';
import { callOp } from '../api/client.js';
import { Alert } from '../components/Alert.js';
import { Questionnaire } from '../components/assessments/Questionnaire.js';
import { ReadOnlyAnswers } from '../components/assessments/ReadOnlyAnswers.js';
import { RoundIntro } from '../components/assessments/RoundIntro.js';
import { Loading } from '../components/Loading.js';
import { PageHeading } from '../components/PageHeading.js';
import { useAsync } from '../hooks/useAsync.js';
import { useOrgScope } from '../hooks/useOrgScope.js';
import { resultsPath, roundsPath, type Answer } from '../lib/assessments.js';

/** A round's questionnaire: answered step by step and saved as given; read-only once the round is closed. */
export function QuestionnairePage() {
  const { t } = useTranslation();
  const scope = useOrgScope();
  const roundId = useParams().roundId ?? '';
  const [closedWhileAnswering, setClosedWhileAnswering] = useState(false);
  const data = useAsync(
    async (signal) => {
      const params = { orgId: scope.orgId, roundId };
      const [round, response, units] = await Promise.all([
        callOp(getRound, { params, signal }),
        callOp(getMyResponse, { params, signal }),
        callOp(listUnits, { params: { orgId: scope.orgId }, signal }),
      ]);
      return { ...round, response, units };
    },
    [scope.orgId, roundId],
  );

  if (data.status === 'loading') return <Loading />;
  if (data.status === 'failed') {
    return (
      <div className="pj-page">
        <PageHeading title={t('questionnaire.loadFailedTitle')} />
        <Alert variant="error">{data.error.message}</Alert>
        <p>
          <Link to={roundsPath(scope.orgId)}>{t('assessments.backToList')}</Link>
        </p>
      </div>
    );
  }

  const { round, instrument, response, units } = data.data;
  const answers = response.answers as Record<string, Answer>;

  if (round.status === 'closed') {
    const answered = Object.keys(answers).length > 0;
    return (
      <div className="pj-page pj-questionnaire-page">
        <PageHeading title={round.title} documentTitle={t('questionnaire.documentTitleClosed', { title: round.title })} />
        <RoundIntro round={round} instrument={instrument} units={units} />
        <Alert variant="info" heading={t('questionnaire.closedHeading')}>
          <p>
            {closedWhileAnswering
              ? t('questionnaire.closedWhileAnswering')
              : answered
                ? t('questionnaire.closedText')
                : t('questionnaire.closedNoAnswers')}
          </p>
          <p>
            <Link to={resultsPath(scope.orgId, round.id)}>{t('questionnaire.toResults')}</Link>
          </p>
        </Alert>
        {answered ? <ReadOnlyAnswers instrument={instrument} answers={answers} comments={response.comments} /> : null}
      </div>
    );
  }

  return (
    <Questionnaire
      key={round.id}
      orgId={scope.orgId}
      round={round}
      instrument={instrument}
      initial={response}
      units={units}
      onRoundClosed={() => {
        setClosedWhileAnswering(true);
        void data.reload();
      }}
    />
  );
}
