import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TBand } from '../../../../domain/instruments/schema.js';
import { useLanguage } from '../../../hooks/useLanguage.js';
import { tx } from '../../../lib/assessments.js';

/** The headline figure of a result with its band and what the band means. */
export function ScoreCard({
  label,
  value,
  max,
  band,
  respondents,
  children,
}: {
  label: string;
  value: string;
  max: string;
  band: TBand | undefined;
  /** How many responses the figure builds on; left out for one's own answers. */
  respondents: number | null;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  return (
    <div className="pj-score-card">
      <p className="pj-score-label">{label}</p>
      <p className="pj-score">
        <span className="pj-score-value">{value}</span>
        <span className="pj-score-max"> {max}</span>
      </p>
      {band ? (
        <>
          <p className="pj-band">
            <span className="badge badge-info">{tx(band.title, language)}</span>
          </p>
          <p className="pj-band-text">{tx(band.interpretation, language)}</p>
        </>
      ) : null}
      {children}
      {respondents !== null ? <p className="pj-muted">{t('results.basedOn', { count: respondents })}</p> : null}
    </div>
  );
}
