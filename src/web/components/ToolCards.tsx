import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** The leadership tools Pejling is building, each with the publication it is based on. */
const TOOLS = ['maturity', 'workshop', 'radar', 'actionPlans', 'temperature', 'businessCase'] as const;

/** The maturity assessments card links to the rounds and says how many are open (null while unknown). */
export interface MaturityCard {
  to: string;
  openRounds: number | null;
  error: string | null;
}

export function ToolCards({ maturity }: { maturity: MaturityCard }) {
  const { t } = useTranslation();
  return (
    <ul className="card-row row pj-tool-cards">
      {TOOLS.map((tool) => {
        const active = tool === 'maturity';
        return (
          <li key={tool} className="col-12 col-md-6 col-xl-4">
            <div className={active ? 'card pj-card-active' : 'card'}>
              <div className="card-content">
                {active ? null : <span className="badge badge-info pj-soon">{t('tools.comingSoon')}</span>}
                <h3 className="card-heading h4">
                  {active ? <Link to={maturity.to}>{t(`tools.${tool}.name`)}</Link> : t(`tools.${tool}.name`)}
                </h3>
                {active ? (
                  <p className="pj-card-status">
                    {maturity.error ? (
                      <span className="pj-error-text">{t('tools.maturityError', { message: maturity.error })}</span>
                    ) : maturity.openRounds === null ? (
                      t('common.loading')
                    ) : maturity.openRounds === 0 ? (
                      t('tools.maturityNone')
                    ) : (
                      <span className="weight-semibold">{t('tools.maturityOpen', { count: maturity.openRounds })}</span>
                    )}
                  </p>
                ) : null}
                <p>{t(`tools.${tool}.description`)}</p>
                <p className="pj-source">
                  <span className="weight-semibold">{t('tools.sourceLabel')}</span> {t(`tools.${tool}.source`)}
                </p>
              </div>
            </div>
          </li>
        );
      })}
    </ul>
  );
}
