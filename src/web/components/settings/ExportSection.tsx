import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { exportOrganisation } from '../../../contracts/transfer.js';
import { ApiError, downloadOp } from '../../api/client.js';
import { Alert, StatusRegion } from '../Alert.js';
import { Icon } from '../Icon.js';

/** Downloads everything of the organisation as one JSON file (without password hashes). */
export function ExportSection({ orgId, orgName }: { orgId: string; orgName: string }) {
  const { t } = useTranslation();
  const [state, setState] = useState<{ status: 'idle' | 'busy' | 'done' } | { status: 'failed'; message: string }>({ status: 'idle' });

  const download = async () => {
    setState({ status: 'busy' });
    try {
      await downloadOp(exportOrganisation, { params: { orgId } }, `pejling-${orgId}.json`);
      setState({ status: 'done' });
    } catch (e) {
      setState({ status: 'failed', message: e instanceof ApiError ? e.message : String(e) });
    }
  };

  return (
    <>
      <h2 className="h3">{t('settings.export.heading')}</h2>
      <p>{t('settings.export.intro', { org: orgName })}</p>
      <ul>
        <li>{t('settings.export.includes')}</li>
        <li>{t('settings.export.excludes')}</li>
      </ul>
      <button type="button" className="button button-secondary" onClick={() => void download()} disabled={state.status === 'busy'}>
        <Icon name="download" />
        {state.status === 'busy' ? t('settings.export.busy') : t('settings.export.button')}
      </button>
      <StatusRegion className="mt-5">
        {state.status === 'done' ? <Alert variant="success">{t('settings.export.done')}</Alert> : null}
        {state.status === 'failed' ? <Alert variant="error">{state.message}</Alert> : null}
      </StatusRegion>
    </>
  );
}
