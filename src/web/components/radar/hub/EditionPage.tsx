import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { getRadarCatalogue, getRadarEdition, type TEdition } from '../../../../contracts/radar.js';
import { callOp } from '../../../api/client.js';
import { useAsync } from '../../../hooks/useAsync.js';
import { radarPath } from '../../../lib/radarHub.js';
import { Alert } from '../../Alert.js';
import { PageHeading } from '../../PageHeading.js';

/**
 * Loads an edition and the catalogue together, then what `more` loads for that edition (such as
 * the organisation's answers); the page gets all of it at once.
 */
export function useEditionWith<T extends object>(
  orgId: string,
  editionId: string,
  more: (edition: TEdition, params: { orgId: string; editionId: string }, signal: AbortSignal) => Promise<T>,
) {
  return useAsync(
    async (signal) => {
      const params = { orgId, editionId };
      const [edition, catalogue] = await Promise.all([callOp(getRadarEdition, { params, signal }), callOp(getRadarCatalogue, { signal })]);
      return { edition, catalogue, ...(await more(edition, params, signal)) };
    },
    [orgId, editionId],
  );
}

/** The link back to the organisation's radar hub. */
export function BackToHub({ orgId, className }: { orgId: string; className?: string }) {
  const { t } = useTranslation();
  return (
    <p className={className}>
      <Link to={radarPath(orgId)}>{t('radarHub.backToHub')}</Link>
    </p>
  );
}

/** The page shown when an edition's page could not be loaded: what went wrong and the way back. */
export function EditionLoadFailed({ title, message, orgId }: { title: string; message: string; orgId: string }) {
  return (
    <div className="pj-page">
      <PageHeading title={title} />
      <Alert variant="error">{message}</Alert>
      <BackToHub orgId={orgId} />
    </div>
  );
}
