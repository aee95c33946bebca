import { useTranslation } from 'react-i18next';

/** The publication the workshop comes from, named wherever the workshop is described. */
export function SourceNote({ className }: { className?: string }) {
  const { t } = useTranslation();
  return (
    <p className={className ? `pj-source ${className}` : 'pj-source'}>
      <span className="weight-semibold">{t('workshops.sourceLabel')}</span> {t('workshops.source')}
    </p>
  );
}
