import { useTranslation } from 'react-i18next';
import type { TRadarCatalogue } from '../../../../contracts/radar.js';
import { useLanguage } from '../../../hooks/useLanguage.js';
import { sourceLine } from '../../../lib/assessments.js';

/** The model the radar follows (KL's Kommunernes Teknologiradar) and the publication the catalogue comes from. */
export function RadarSource({ catalogue, className }: { catalogue: TRadarCatalogue; className?: string }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { model, source } = catalogue;
  return (
    <p className={className ? `pj-source ${className}` : 'pj-source'}>
      <span className="weight-semibold">{t('radarHub.sourceLabel')}</span>{' '}
      {t('radarHub.sourceText', { model: model.title, publisher: model.publisher, source: sourceLine(source, language) })}{' '}
      <a href={model.url} target="_blank" rel="noopener noreferrer">
        {t('radarHub.modelLink', { model: model.title })}
        <span className="sr-only"> {t('radarHub.newWindow')}</span>
      </a>
    </p>
  );
}
