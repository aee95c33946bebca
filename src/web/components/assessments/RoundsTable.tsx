import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TRound } from '../../../contracts/assessments.js';
import type { TUnit } from '../../../contracts/organisations.js';
import { useLanguage } from '../../hooks/useLanguage.js';
import { resultsPath, roundActions, roundPath, tx } from '../../lib/assessments.js';
import { formatDateTime, isoDate } from '../../lib/format.js';

/** The organisation's rounds with what each is about and the natural next step for the user. */
export function RoundsTable({
  orgId,
  orgName,
  rounds,
  units,
  canFacilitate,
  onClose,
}: {
  orgId: string;
  orgName: string;
  rounds: TRound[];
  units: TUnit[];
  canFacilitate: boolean;
  onClose: (round: TRound) => void;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const unitName = (id: string | null) => (id ? (units.find((u) => u.id === id)?.name ?? '–') : t('assessments.wholeOrg'));
  const col = {
    round: t('assessments.columns.round'),
    scope: t('assessments.columns.scope'),
    status: t('assessments.columns.status'),
    respondents: t('assessments.columns.respondents'),
    mine: t('assessments.columns.mine'),
    actions: t('common.actions'),
  };

  return (
    <table className="table table--zebra table--compact table-md-responsive-headers pj-table pj-rounds">
      <caption className="sr-only">{t('assessments.caption', { org: orgName })}</caption>
      <thead>
        <tr>
          <th scope="col">{col.round}</th>
          <th scope="col">{col.scope}</th>
          <th scope="col">{col.status}</th>
          <th scope="col">{col.respondents}</th>
          <th scope="col">{col.mine}</th>
          <th scope="col">{col.actions}</th>
        </tr>
      </thead>
      <tbody>
        {rounds.map((round) => {
          const next = roundActions(round, canFacilitate);
          return (
            <tr key={round.id}>
              <th scope="row" data-title={col.round} className="pj-break">
                {round.title}
                <span className="pj-cell-sub">{tx(round.instrumentTitle, language)}</span>
              </th>
              <td data-title={col.scope}>
                {unitName(round.unitId)}
                <span className="pj-cell-sub">
                  {t(`assessments.modes.${round.mode}`)} · {round.anonymous ? t('assessments.anonymous') : t('assessments.named')}
                </span>
              </td>
              <td data-title={col.status}>
                <span className={round.status === 'open' ? 'badge badge-success' : 'badge'}>{t(`assessments.status.${round.status}`)}</span>
                <span className="pj-cell-sub">
                  {round.status === 'closed' && round.closedAt ? (
                    <>
                      {t('assessments.closedAtLabel')}{' '}
                      <time dateTime={isoDate(round.closedAt)}>{formatDateTime(round.closedAt, language)}</time>
                    </>
                  ) : round.deadline ? (
                    <>
                      {t('assessments.deadlineLabel')}{' '}
                      <time dateTime={isoDate(round.deadline)}>{formatDateTime(round.deadline, language)}</time>
                    </>
                  ) : (
                    t('assessments.noDeadline')
                  )}
                </span>
              </td>
              <td data-title={col.respondents}>{round.respondents}</td>
              <td data-title={col.mine}>{t(`assessments.myStatus.${round.myStatus}`)}</td>
              <td data-title={col.actions}>
                <span className="pj-row-actions">
                  {next.answer ? (
                    <Link to={roundPath(orgId, round.id)}>
                      {t(`assessments.actions.${next.answer}`)}
                      <span className="sr-only"> – {round.title}</span>
                    </Link>
                  ) : null}
                  {next.results ? (
                    <Link to={resultsPath(orgId, round.id)}>
                      {t('assessments.actions.results')}
                      <span className="sr-only"> – {round.title}</span>
                    </Link>
                  ) : null}
                  {canFacilitate && round.status === 'open' ? (
                    <button type="button" className="function-link" onClick={() => onClose(round)}>
                      {t('assessments.actions.close')}
                      <span className="sr-only"> – {round.title}</span>
                    </button>
                  ) : null}
                </span>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
