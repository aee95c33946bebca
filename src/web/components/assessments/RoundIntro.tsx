import { useTranslation } from 'react-i18next';
import { ANONYMITY, type TRound } from '../../../contracts/assessments.js';
import type { TUnit } from '../../../contracts/organisations.js';
import type { TInstrument } from '../../../domain/instruments/schema.js';
import { useLanguage } from '../../hooks/useLanguage.js';
import { sourceLine, tx } from '../../lib/assessments.js';
import { formatDateTime, isoDate } from '../../lib/format.js';

/** What a round is: the questionnaire and its source, who answers, anonymity and deadline. */
export function RoundIntro({
  round,
  instrument,
  units,
  showAbout = true,
}: {
  round: TRound;
  instrument: TInstrument;
  units: TUnit[];
  showAbout?: boolean;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const unit = round.unitId ? (units.find((u) => u.id === round.unitId)?.name ?? '–') : t('assessments.wholeOrg');
  return (
    <div className="pj-round-intro">
      <p className="font-lead pj-instrument-title">{tx(instrument.title, language)}</p>
      <p className="pj-source">
        <span className="weight-semibold">{t('assessments.sourceLabel')}</span> {sourceLine(instrument.source, language)}
      </p>
      <ul className="pj-round-facts">
        <li>{t(`assessments.modeLong.${round.mode}`)}</li>
        <li>{t('assessments.scope', { unit })}</li>
        <li>{round.anonymous ? t('assessments.anonymousFact', { threshold: ANONYMITY.threshold }) : t('assessments.namedFact')}</li>
        <li>
          {round.status === 'closed' ? (
            t('assessments.status.closed')
          ) : round.deadline ? (
            <>
              {t('assessments.deadlineLabel')} <time dateTime={isoDate(round.deadline)}>{formatDateTime(round.deadline, language)}</time>
            </>
          ) : (
            t('assessments.noDeadline')
          )}
        </li>
      </ul>
      {showAbout ? (
        <details className="details pj-about">
          <summary className="details-summary">
            <span className="details-summary-text">{t('questionnaire.about')}</span>
          </summary>
          <div className="details-text">
            <p>{tx(instrument.description, language)}</p>
            {instrument.notes ? <p>{tx(instrument.notes, language)}</p> : null}
            <p className="pj-source">
              <span className="weight-semibold">{t('questionnaire.sourceSection')}</span> {instrument.source.section}
            </p>
          </div>
        </details>
      ) : null}
    </div>
  );
}
