import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { jointRadarPath } from '../../../lib/radarHub.js';
import { Alert } from '../../Alert.js';

/** Said at once when saving has stopped for good (such as an edition that closed): why, and the way to its radar. */
export function SavingStopped({
  heading,
  message,
  orgId,
  editionId,
}: {
  heading: string;
  message: string;
  orgId: string;
  editionId: string;
}) {
  const { t } = useTranslation();
  return (
    <div role="alert">
      <Alert variant="warning" heading={heading}>
        <p>{message}</p>
        <p>
          <Link to={jointRadarPath(orgId, editionId)}>{t('radarHub.answer.toRadar')}</Link>
        </p>
      </Alert>
    </div>
  );
}
