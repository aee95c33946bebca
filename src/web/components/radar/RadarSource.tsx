import { useTranslation } from 'react-i18next';
import type { TRadarCatalogue } from '../../../contracts/radar.js';
import { useLanguage } from '../../hooks/useLanguage.js';

/**
 * Where the radar comes from (KL's »Kommunernes Teknologiradar«, as the catalogue names it) and,
 * folded, the rule that puts a technology in its ring.
 */
export function RadarSource({ catalogue, source }: { catalogue: TRadarCatalogue | null; source?: string | undefined }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const model = catalogue?.model;
  return (
    <div className="pj-radar-source">
      <p className="pj-source">
        <span className="weight-semibold">{t('radarView.source.label')}</span>{' '}
        {model ? (
          <>
            {t('radarView.source.model', { title: model.title, publisher: model.publisher })}{' '}
            <a href={model.url} rel="noopener noreferrer">
              {t('radarView.source.modelLink')}
              <span className="sr-only"> – {model.title}</span>
            </a>
          </>
        ) : (
          (source ?? t('radarView.source.fallback'))
        )}
      </p>
      {catalogue ? (
        <details className="pj-purpose-details pj-radar-rule">
          <summary>{t('radarView.source.ruleSummary')}</summary>
          <p className="pj-purpose-text">{catalogue.ruleExplanation[language]}</p>
          <p className="pj-purpose-text">{t('radarView.source.dialogue')}</p>
        </details>
      ) : null}
    </div>
  );
}
