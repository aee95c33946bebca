import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getRoundAnswersSheet, getRoundReport } from '../../../../contracts/assessments.js';
import { ApiError, downloadOp } from '../../../api/client.js';
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
  const [state, setState] = useState<
    { status: 'idle' } | { status: 'busy' | 'done'; what: Download } | { status: 'failed'; message: string }
  >({
    status: 'idle',
  });

  const download = async (what: Download) => {
    setState({ status: 'busy', what });
    try {
      const input = { params: { orgId, roundId }, query: { lang } };
      if (what === 'report') await downloadOp(getRoundReport, input, `pejling-rapport-${roundId}.pdf`);
      else await downloadOp(getRoundAnswersSheet, input, `pejling-svar-${roundId}.xlsx`);
      setState({ status: 'done', what });
    } catch (e) {
      setState({ status: 'failed', message: e instanceof ApiError ? e.message : String(e) });
    }
  };
  const busy = state.status === 'busy';

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
          {busy && state.what === 'report' ? t('results.exports.busy') : t('results.exports.report')}
        </button>
        {canFacilitate ? (
          <button type="button" className="button button-secondary" onClick={() => void download('sheet')} disabled={busy}>
            <Icon name="download" />
            {busy && state.what === 'sheet' ? t('results.exports.busy') : t('results.exports.sheet')}
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
