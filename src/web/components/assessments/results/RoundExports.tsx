import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getRoundAnswersSheet, getRoundReport } from '../../../../contracts/assessments.js';
import { downloadOp } from '../../../api/client.js';
import { useDownloads } from '../../../hooks/useDownloads.js';
import { useLanguage } from '../../../hooks/useLanguage.js';
import type { Language } from '../../../i18n/index.js';
import { Alert, StatusRegion } from '../../Alert.js';
import { RadioGroup } from '../../fields.js';
import { Icon } from '../../Icon.js';

type Download = 'report' | 'sheet';

/** The round's report as PDF (Danish or English) and, for facilitators, the anonymised answers as Excel. */
export function RoundExports({ orgId, roundId, canFacilitate }: { orgId: string; roundId: string; canFacilitate: boolean }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const [lang, setLang] = useState<Language>(language);
  const { state, busy, busyWith, download: fetchFile } = useDownloads<Download>();
  const download = (what: Download) => {
    const input = { params: { orgId, roundId }, query: { lang } };
    return fetchFile(what, () =>
      what === 'report'
        ? downloadOp(getRoundReport, input, `pejling-rapport-${roundId}.pdf`)
        : downloadOp(getRoundAnswersSheet, input, `pejling-svar-${roundId}.xlsx`),
    );
  };

  return (
    <section className="pj-section" aria-labelledby="exports-heading">
      <h2 id="exports-heading" className="h3">
        {t('results.exports.heading')}
      </h2>
      <p>{canFacilitate ? t('results.exports.introFacilitator') : t('results.exports.intro')}</p>
      <RadioGroup
        id="export-language"
        name="exportLanguage"
        legend={t('results.exports.language')}
        value={lang}
        onChange={(e) => setLang(e.target.value === 'en' ? 'en' : 'da')}
        options={[
          { value: 'da', label: t('results.exports.danish') },
          { value: 'en', label: t('results.exports.english') },
        ]}
      />
      <div className="pj-button-row mt-5">
        <button type="button" className="button button-primary" onClick={() => void download('report')} disabled={busy}>
          <Icon name="download" />
          {busyWith('report') ? t('results.exports.busy') : t('results.exports.report')}
        </button>
        {canFacilitate ? (
          <button type="button" className="button button-secondary" onClick={() => void download('sheet')} disabled={busy}>
            <Icon name="download" />
            {busyWith('sheet') ? t('results.exports.busy') : t('results.exports.sheet')}
          </button>
        ) : null}
      </div>
      <StatusRegion className="mt-5">
        {state.status === 'done' ? (
          <Alert variant="success">{state.what === 'report' ? t('results.exports.reportDone') : t('results.exports.sheetDone')}</Alert>
        ) : null}
        {state.status === 'failed' ? (
          <Alert variant="error" heading={t('results.exports.failed')}>
            {state.message}
          </Alert>
        ) : null}
      </StatusRegion>
    </section>
  );
}
