import { useTranslation } from 'react-i18next';

/** The leadership tools Pejling is building, each with the publication it is based on. */
const TOOLS = ['maturity', 'workshop', 'radar', 'actionPlans', 'temperature', 'businessCase'] as const;

export function ToolCards() {
  const { t } = useTranslation();
  return (
    <ul className="card-row row pj-tool-cards">
      {TOOLS.map((tool) => (
        <li key={tool} className="col-12 col-md-6 col-xl-4">
          <div className="card">
            <div className="card-content">
              <span className="badge badge-info pj-soon">{t('tools.comingSoon')}</span>
              <h3 className="card-heading h4">{t(`tools.${tool}.name`)}</h3>
              <p>{t(`tools.${tool}.description`)}</p>
              <p className="pj-source">
                <span className="weight-semibold">{t('tools.sourceLabel')}</span> {t(`tools.${tool}.source`)}
              </p>
            </div>
          </div>
        </li>
      ))}
    </ul>
  );
}
