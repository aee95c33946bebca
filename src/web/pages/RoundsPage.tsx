import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { listInstruments, listRounds, type TRound } from '../../contracts/assessments.js';
import { listUnits } from '../../contracts/organisations.js';
import { callOp } from '../api/client.js';
import { Alert, StatusRegion } from '../components/Alert.js';
import { CloseRoundDialog } from '../components/assessments/CloseRoundDialog.js';
import { CreateRoundForm } from '../components/assessments/CreateRoundForm.js';
import { RoundsTable } from '../components/assessments/RoundsTable.js';
import { CopyBox } from '../components/CopyBox.js';
import { Loading } from '../components/Loading.js';
import { PageHeading } from '../components/PageHeading.js';
import { useAsync } from '../hooks/useAsync.js';
import { useOrgScope } from '../hooks/useOrgScope.js';
import { hasRole } from '../lib/roles.js';

/** The organisation's assessment rounds; facilitators also open and close rounds here. */
export function RoundsPage() {
  const { t } = useTranslation();
  const scope = useOrgScope();
  const canFacilitate = hasRole(scope.role, 'facilitator');
  const data = useAsync(
    async (signal) => {
      const [rounds, units] = await Promise.all([
        callOp(listRounds, { params: { orgId: scope.orgId }, signal }),
        callOp(listUnits, { params: { orgId: scope.orgId }, signal }),
      ]);
      return { rounds, units };
    },
    [scope.orgId],
  );
  const instruments = useAsync((signal) => (canFacilitate ? callOp(listInstruments, { signal }) : Promise.resolve([])), [canFacilitate]);
  const [created, setCreated] = useState<TRound | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [closing, setClosing] = useState<TRound | null>(null);
  const createdRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (created) createdRef.current?.focus();
  }, [created]);

  return (
    <div className="pj-page">
      <PageHeading title={t('assessments.title')} documentTitle={t('assessments.documentTitle', { org: scope.orgName })} />
      <p className="font-lead">{t('assessments.intro')}</p>

      <StatusRegion>{message ? <Alert variant="success">{message}</Alert> : null}</StatusRegion>
      {created ? (
        <div ref={createdRef} tabIndex={-1} className="pj-focus-target">
          <CopyBox
            heading={t('assessments.create.created', { title: created.title })}
            label={t('assessments.create.linkLabel')}
            value={created.link}
            onDone={() => setCreated(null)}
          >
            <p>{t('assessments.create.linkText')}</p>
          </CopyBox>
        </div>
      ) : null}

      <section aria-labelledby="rounds-heading" className="pj-section">
        <h2 id="rounds-heading" className="h3">
          {t('assessments.listHeading')}
        </h2>
        {data.status === 'loading' ? <Loading /> : null}
        {data.status === 'failed' ? <Alert variant="error">{data.error.message}</Alert> : null}
        {data.status === 'ready' ? (
          data.data.rounds.length === 0 ? (
            <p>{canFacilitate ? t('assessments.emptyFacilitator') : t('assessments.empty')}</p>
          ) : (
            <RoundsTable
              orgId={scope.orgId}
              orgName={scope.orgName}
              rounds={data.data.rounds}
              units={data.data.units}
              canFacilitate={canFacilitate}
              onClose={(round) => {
                setMessage(null);
                setClosing(round);
              }}
            />
          )
        ) : null}
      </section>

      {canFacilitate ? (
        <>
          {instruments.status === 'loading' ? <Loading /> : null}
          {instruments.status === 'failed' ? (
            <Alert variant="error">{t('assessments.create.loadFailed', { message: instruments.error.message })}</Alert>
          ) : null}
          {instruments.status === 'ready' && data.status === 'ready' ? (
            <CreateRoundForm
              orgId={scope.orgId}
              instruments={instruments.data}
              units={data.data.units}
              onAttempt={() => {
                setMessage(null);
                setCreated(null);
              }}
              onCreated={(round) => {
                setCreated(round);
                void data.reload();
              }}
            />
          ) : null}
          <CloseRoundDialog
            orgId={scope.orgId}
            round={closing}
            onCancel={() => setClosing(null)}
            onClosed={(round) => {
              setClosing(null);
              setMessage(t('assessments.close.done', { title: round.title }));
              void data.reload();
            }}
          />
        </>
      ) : null}
    </div>
  );
}
