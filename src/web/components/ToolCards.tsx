import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** The leadership tools Pejling is building, each with the publication it is based on. */
const TOOLS = ['maturity', 'workshop', 'radar', 'actionPlans', 'temperature', 'businessCase'] as const;
type Tool = (typeof TOOLS)[number];

/** The maturity assessments card links to the rounds and says how many are open (null while unknown). */
export interface MaturityCard {
  to: string;
  openRounds: number | null;
  error: string | null;
}

/** The workshops card links to the workshops and says how many run now (null while unknown). */
export interface WorkshopCard {
  to: string;
  running: number | null;
  planned: number | null;
  /** All the organisation's workshops, finished ones included. */
  total: number | null;
  error: string | null;
}

/** The radar card links to the radar hub and says how many editions wait for answers (null while unknown). */
export interface RadarCard {
  to: string;
  /** Open editions the organisation takes part in. */
  toAnswer: number | null;
  /** Open editions in all. */
  open: number | null;
  total: number | null;
  error: string | null;
}

export function ToolCards({
  maturity,
  workshops,
  radar,
  actionPlans,
}: {
  maturity: MaturityCard;
  workshops?: WorkshopCard;
  radar?: RadarCard;
  actionPlans?: { to: string };
}) {
  const { t } = useTranslation();
  const links: Partial<Record<Tool, string>> = {
    maturity: maturity.to,
    ...(workshops ? { workshop: workshops.to } : {}),
    ...(radar ? { radar: radar.to } : {}),
    ...(actionPlans ? { actionPlans: actionPlans.to } : {}),
  };

  const status = (tool: Tool): ReactNode => {
    if (tool === 'maturity') {
      if (maturity.error) return <span className="pj-error-text">{t('tools.maturityError', { message: maturity.error })}</span>;
      if (maturity.openRounds === null) return t('common.loading');
      if (maturity.openRounds === 0) return t('tools.maturityNone');
      return <span className="weight-semibold">{t('tools.maturityOpen', { count: maturity.openRounds })}</span>;
    }
    if (tool === 'workshop' && workshops) {
      if (workshops.error) return <span className="pj-error-text">{t('tools.workshopError', { message: workshops.error })}</span>;
      if (workshops.running === null || workshops.planned === null || workshops.total === null) return t('common.loading');
      if (workshops.running > 0) return <span className="weight-semibold">{t('tools.workshopRunning', { count: workshops.running })}</span>;
      if (workshops.planned > 0) return t('tools.workshopPlanned', { count: workshops.planned });
      if (workshops.total > 0) return t('tools.workshopHeld', { count: workshops.total });
      return t('tools.workshopNone');
    }
    if (tool === 'radar' && radar) {
      if (radar.error) return <span className="pj-error-text">{t('radarHub.card.error', { message: radar.error })}</span>;
      if (radar.toAnswer === null || radar.open === null || radar.total === null) return t('common.loading');
      if (radar.toAnswer > 0) return <span className="weight-semibold">{t('radarHub.card.toAnswer', { count: radar.toAnswer })}</span>;
      if (radar.open > 0) return t('radarHub.card.open', { count: radar.open });
      if (radar.total > 0) return t('radarHub.card.total', { count: radar.total });
      return t('radarHub.card.none');
    }
    return null;
  };

  return (
    <ul className="card-row row pj-tool-cards">
      {TOOLS.map((tool) => {
        const to = links[tool];
        const line = to ? status(tool) : null;
        return (
          <li key={tool} className="col-12 col-md-6 col-xl-4">
            <div className={to ? 'card pj-card-active' : 'card'}>
              <div className="card-content">
                {to ? null : <span className="badge badge-info pj-soon">{t('tools.comingSoon')}</span>}
                <h3 className="card-heading h4">{to ? <Link to={to}>{t(`tools.${tool}.name`)}</Link> : t(`tools.${tool}.name`)}</h3>
                {line ? <p className="pj-card-status">{line}</p> : null}
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
