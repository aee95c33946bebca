import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeading } from '../components/PageHeading.js';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <div className="pj-page">
      <PageHeading title={t('notFound.title')} />
      <p className="font-lead">{t('notFound.text')}</p>
      <p>
        <Link to="/">{t('notFound.home')}</Link>
      </p>
    </div>
  );
}
