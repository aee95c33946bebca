import { useTranslation } from 'react-i18next';
import { getWorkshopMinutes, getWorkshopWorkbook } from '../../../contracts/workshops.js';
import { downloadOp } from '../../api/client.js';
import { useDownloads } from '../../hooks/useDownloads.js';
import { useLanguage } from '../../hooks/useLanguage.js';
import { Alert, StatusRegion } from '../Alert.js';
import { Icon } from '../Icon.js';

type Download = 'minutes' | 'workbook';

/**
 * The minutes of a finished workshop as PDF (the agenda as run, the tally, the common picture with
 * the selection, every area's plan and the notes) and, for facilitators, the workbook as Excel.
 */
export function WorkshopExports({ orgId, workshopId, canFacilitate }: { orgId: string; workshopId: string; canFacilitate: boolean }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { state, busy, busyWith, download: fetchFile } = useDownloads<Download>();
  const download = (what: Download) => {
    const input = { params: { orgId, workshopId }, query: { lang: language } };
    return fetchFile(what, () =>
      what === 'minutes'
        ? downloadOp(getWorkshopMinutes, input, `pejling-referat-${workshopId}.pdf`)
        : downloadOp(getWorkshopWorkbook, input, `pejling-vaerksted-${workshopId}.xlsx`),
    );
  };

  return (
    <section className="pj-section" aria-labelledby="workshop-exports-heading">
      <h2 id="workshop-exports-heading" className="h3">
        {t('workshops.exports.heading')}
      </h2>
      <p>{t('workshops.exports.intro')}</p>
      <div className="pj-button-row">
        <button type="button" className="button button-primary" onClick={() => void download('minutes')} disabled={busy}>
          <Icon name="download" />
          {busyWith('minutes') ? t('workshops.exports.busy') : t('workshops.exports.minutes')}
        </button>
        {canFacilitate ? (
          <button type="button" className="button button-secondary" onClick={() => void download('workbook')} disabled={busy}>
            <Icon name="download" />
            {busyWith('workbook') ? t('workshops.exports.busy') : t('workshops.exports.workbook')}
          </button>
        ) : null}
      </div>
      <StatusRegion className="mt-5">
        {state.status === 'done' ? <Alert variant="success">{t('workshops.exports.done')}</Alert> : null}
        {state.status === 'failed' ? (
          <Alert variant="error" heading={t('workshops.exports.failed')}>
            {state.message}
          </Alert>
        ) : null}
      </StatusRegion>
    </section>
  );
}
