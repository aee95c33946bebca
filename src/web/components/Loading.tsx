import { useTranslation } from 'react-i18next';

/** The DKFDS spinner with a text that screen readers announce. */
export function Loading({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <div className="pj-loading" role="status">
      <div className="spinner" aria-hidden="true" />
      <div className="spinner-status">{label ?? t('common.loading')}</div>
    </div>
  );
}
