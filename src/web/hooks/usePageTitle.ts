import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Sets the browser tab's title as "<page> – Pejling". */
export function usePageTitle(title: string): void {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = t('app.documentTitle', { page: title });
  }, [title, t]);
}
