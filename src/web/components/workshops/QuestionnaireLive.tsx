import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ANONYMITY } from '../../../contracts/assessments.js';
import type { TTally } from '../../../contracts/live.js';
import type { TInstrument } from '../../../domain/instruments/schema.js';
import { Alert } from '../Alert.js';
import { Tabs } from '../Tabs.js';
import { useLanguage } from '../../hooks/useLanguage.js';
import { tallyRows } from '../../lib/workshops.js';
import { scaleNames as namesOf } from './scale.js';
import { TallyChart } from './TallyChart.js';
import { TallyTables } from './TallyTables.js';

/**
 * The questionnaire step on the console: how many have answered, the live tally as bars or as
 * tables, and the switch that shows the result on the projector (or hides it again).
 */
export function QuestionnaireLive({
  tally,
  instrument,
  revealed,
  busy,
  onReveal,
}: {
  tally: TTally | null;
  instrument: TInstrument;
  revealed: boolean;
  busy: boolean;
  onReveal: (revealed: boolean) => void;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const [view, setView] = useState('diagram');
  const rows = useMemo(() => (tally ? tallyRows(tally, instrument, language) : null), [tally, instrument, language]);
  const names = useMemo(() => namesOf(instrument.items[0], language), [instrument, language]);

  return (
    <section className="pj-section pj-console-tally" aria-labelledby="tally-heading">
      <h2 id="tally-heading" className="h3">
        {t('workshops.tally.heading')}
      </h2>
      <p className="pj-tally-progress">
        {t('workshops.tally.respondents', { count: rows?.respondents ?? 0 })}{' '}
        {t('workshops.tally.complete', { count: rows?.complete ?? 0 })}
      </p>
      <div className="pj-button-row">
        <button
          type="button"
          className={revealed ? 'button button-secondary' : 'button button-primary'}
          disabled={busy}
          onClick={() => onReveal(!revealed)}
        >
          {revealed ? t('workshops.tally.hide') : t('workshops.tally.reveal')}
        </button>
        <p className="pj-inline-status">{revealed ? t('workshops.tally.revealedNow') : t('workshops.tally.hiddenNow')}</p>
      </div>
      {rows && rows.respondents < ANONYMITY.threshold ? (
        <Alert variant="info">{t('workshops.tally.tooFew', { threshold: ANONYMITY.threshold })}</Alert>
      ) : null}
      {rows ? (
        <Tabs
          label={t('workshops.tally.viewsLabel')}
          selected={view}
          onSelect={setView}
          tabs={[
            { id: 'diagram', label: t('workshops.tally.chartView'), panel: () => <TallyChart rows={rows} scaleNames={names} /> },
            {
              id: 'tabel',
              label: t('workshops.tally.tableView'),
              panel: () => <TallyTables rows={rows} scaleNames={names} idPrefix="console-tally" />,
            },
          ]}
        />
      ) : (
        <p>{t('workshops.tally.none')}</p>
      )}
    </section>
  );
}
