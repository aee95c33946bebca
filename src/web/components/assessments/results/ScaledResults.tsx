import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TResult } from '../../../../contracts/assessments.js';
import type { TInstrument, TItem } from '../../../../domain/instruments/schema.js';
import { useLanguage } from '../../../hooks/useLanguage.js';
import { dimensionSteps, tx, type Answer } from '../../../lib/assessments.js';
import { formatNumber, formatPercent } from '../../../lib/format.js';
import { answerText } from '../ReadOnlyAnswers.js';
import { DivergingBar, ScaleLegend, scaleLabels } from './DivergingBar.js';
import { EChart, FONT, GRID_COLOUR, SERIES_COLOURS, TEXT_COLOUR, type ChartOption } from './EChart.js';
import { ScoreCard } from './ScoreCard.js';

export type ScaledResult = Extract<TResult, { method: 'scaled-mean' }>;

const TOP_DISAGREEMENTS = 5;

/** Scores of a scaled-mean instrument: overall and band, dimensions (table and radar), items, disagreement. */
export function ScaledResults({
  result,
  instrument,
  mine,
  myAnswers,
  idPrefix,
}: {
  result: ScaledResult;
  instrument: TInstrument;
  /** The caller's own answers scored (no spread; the answers themselves are shown per item). */
  mine: boolean;
  myAnswers?: Record<string, Answer> | undefined;
  idPrefix: string;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const band = instrument.bands.find((b) => b.id === result.overall.band);
  const dimensionTitle = (id: string) => tx(instrument.dimensions.find((d) => d.id === id)?.title, language);
  const bandTitle = (id: string | null) => (id ? tx(instrument.bands.find((b) => b.id === id)?.title, language) : '–');
  const score = (v: number | null) => formatNumber(v, language);

  const radar = useMemo<ChartOption>(
    () => ({
      radar: {
        indicator: result.dimensions.map((d) => ({ name: dimensionTitle(d.dimension), max: 100, min: 0 })),
        radius: '62%',
        splitNumber: 4,
        axisName: { color: TEXT_COLOUR, fontFamily: FONT, fontSize: 13, width: 110, overflow: 'break' },
        splitLine: { lineStyle: { color: GRID_COLOUR } },
        axisLine: { lineStyle: { color: GRID_COLOUR } },
        splitArea: { show: false },
      },
      series: [
        {
          type: 'radar',
          symbol: 'circle',
          symbolSize: 8,
          lineStyle: { width: 3, color: SERIES_COLOURS[0] },
          itemStyle: { color: SERIES_COLOURS[0] },
          areaStyle: { color: 'rgba(0, 77, 153, 0.15)' },
          data: [{ value: result.dimensions.map((d) => d.score ?? 0), name: t('results.scorePerDimension') }],
        },
      ],
    }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [result, language],
  );
  const radarLabel = t('results.radarLabel', {
    scores: result.dimensions.map((d) => `${dimensionTitle(d.dimension)} ${score(d.score)}`).join('; '),
  });

  const top = result.disagreements.slice(0, TOP_DISAGREEMENTS);
  const steps = dimensionSteps(instrument);
  const itemResults = new Map(result.items.map((i) => [i.itemId, i]));
  const numbers = new Map(steps.flatMap((s) => s.items.map(({ item, number }) => [item.id, number] as const)));
  const itemOf = (id: string) => instrument.items.find((i) => i.id === id);

  return (
    <>
      <ScoreCard
        label={mine ? t('results.overallMine') : t('results.overall')}
        value={score(result.overall.score)}
        max={t('results.outOf100')}
        band={band}
        respondents={mine ? null : result.respondents}
      />

      <h3 className="h4">{t('results.dimensionsHeading')}</h3>
      <div className="pj-chart-and-table">
        <EChart option={radar} label={radarLabel} height={340} />
        <table className="table table--compact table-md-responsive-headers pj-table pj-figures">
          <caption>{t('results.dimensionsCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('results.columns.dimension')}</th>
              <th scope="col">{t('results.columns.score')}</th>
              {mine ? null : (
                <>
                  <th scope="col">{t('results.columns.median')}</th>
                  <th scope="col">{t('results.columns.range')}</th>
                  <th scope="col">{t('results.columns.sd')}</th>
                  <th scope="col">{t('results.columns.n')}</th>
                </>
              )}
              <th scope="col">{t('results.columns.band')}</th>
            </tr>
          </thead>
          <tbody>
            {result.dimensions.map((d) => (
              <tr key={d.dimension}>
                <th scope="row" data-title={t('results.columns.dimension')}>
                  {dimensionTitle(d.dimension)}
                </th>
                <td data-title={t('results.columns.score')} className="pj-num">
                  {score(d.score)}
                </td>
                {mine ? null : (
                  <>
                    <td data-title={t('results.columns.median')} className="pj-num">
                      {score(d.median)}
                    </td>
                    <td data-title={t('results.columns.range')} className="pj-num">
                      {d.min === null ? '–' : `${score(d.min)}–${score(d.max)}`}
                    </td>
                    <td data-title={t('results.columns.sd')} className="pj-num">
                      {score(d.sd)}
                    </td>
                    <td data-title={t('results.columns.n')} className="pj-num">
                      {d.n}
                    </td>
                  </>
                )}
                <td data-title={t('results.columns.band')}>{bandTitle(d.band)}</td>
              </tr>
            ))}
            <tr className="pj-total-row">
              <th scope="row" data-title={t('results.columns.dimension')}>
                {t('results.overallRow')}
              </th>
              <td data-title={t('results.columns.score')} className="pj-num">
                {score(result.overall.score)}
              </td>
              {mine ? null : (
                <>
                  <td data-title={t('results.columns.median')} className="pj-num">
                    {score(result.overall.median)}
                  </td>
                  <td data-title={t('results.columns.range')} className="pj-num">
                    {result.overall.min === null ? '–' : `${score(result.overall.min)}–${score(result.overall.max)}`}
                  </td>
                  <td data-title={t('results.columns.sd')} className="pj-num">
                    {score(result.overall.sd)}
                  </td>
                  <td data-title={t('results.columns.n')} className="pj-num">
                    {result.overall.n}
                  </td>
                </>
              )}
              <td data-title={t('results.columns.band')}>{bandTitle(result.overall.band)}</td>
            </tr>
          </tbody>
        </table>
      </div>
      {!mine ? <p className="pj-muted">{t('results.scoreNote')}</p> : null}

      {!mine && top.length > 0 ? (
        <section className="pj-disagreements" aria-labelledby={`${idPrefix}-disagreements`}>
          <h3 className="h4" id={`${idPrefix}-disagreements`}>
            {t('results.disagreements.heading')}
          </h3>
          <p>{t('results.disagreements.intro')}</p>
          <ol className="pj-disagreement-list">
            {top.map((d) => {
              const item = itemOf(d.itemId);
              const r = itemResults.get(d.itemId);
              if (!item || !r) return null;
              const number = numbers.get(d.itemId) ?? 0;
              return (
                <li key={d.itemId}>
                  <p className="pj-statement">
                    <span className="pj-item-number">
                      {t('questionnaire.question', { number })} · {dimensionTitle(item.dimension)}
                    </span>{' '}
                    {tx(item.text, language)}
                  </p>
                  <DivergingBar
                    item={item}
                    distribution={r.distribution}
                    dontKnow={r.dontKnow}
                    label={t('questionnaire.question', { number })}
                  />
                  <p className="pj-muted">{t('results.disagreements.sd', { sd: score(d.sd) })}</p>
                </li>
              );
            })}
          </ol>
        </section>
      ) : null}

      <h3 className="h4">{mine ? t('results.items.headingMine') : t('results.items.heading')}</h3>
      {mine ? (
        <MyItems instrument={instrument} answers={myAnswers ?? {}} result={result} />
      ) : (
        <>
          {instrument.items[0] ? <ScaleLegend item={instrument.items.find((i) => i.scored) ?? instrument.items[0]} /> : null}
          {steps.map((step) => (
            <DimensionItems
              key={step.id}
              idPrefix={`${idPrefix}-${step.id}`}
              title={tx(step.title, language)}
              rows={step.items
                .filter(({ item }) => itemResults.has(item.id))
                .map(({ item, number }) => ({ item, number, result: itemResults.get(item.id)! }))}
            />
          ))}
        </>
      )}
    </>
  );
}

type ItemRow = { item: TItem; number: number; result: ScaledResult['items'][number] };

/** One dimension's items as diverging bars, with a table of the same numbers on request. */
function DimensionItems({ idPrefix, title, rows }: { idPrefix: string; title: string; rows: ItemRow[] }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const [asTable, setAsTable] = useState(false);
  if (rows.length === 0) return null;
  const first = rows[0]!.item;
  const labels = scaleLabels(first, language);
  const tableId = `${idPrefix}-table`;
  return (
    <section className="pj-dimension-items" aria-labelledby={`${idPrefix}-heading`}>
      <div className="pj-heading-row">
        <h4 className="h5" id={`${idPrefix}-heading`}>
          {title}
        </h4>
        <button
          type="button"
          className="function-link"
          aria-expanded={asTable}
          aria-controls={tableId}
          onClick={() => setAsTable((v) => !v)}
        >
          {asTable ? t('results.hideTable') : t('results.showTable')}
          <span className="sr-only"> – {title}</span>
        </button>
      </div>
      <ul className="pj-item-bars">
        {rows.map(({ item, number, result }) => (
          <li key={item.id}>
            <p className="pj-statement">
              <span className="pj-item-number">{t('questionnaire.question', { number })}</span> {tx(item.text, language)}
            </p>
            <DivergingBar
              item={item}
              distribution={result.distribution}
              dontKnow={result.dontKnow}
              label={t('questionnaire.question', { number })}
            />
          </li>
        ))}
      </ul>
      <div id={tableId} hidden={!asTable}>
        {asTable ? (
          <table className="table table--compact table-md-responsive-headers pj-table pj-figures pj-items-table">
            <caption>{t('results.items.caption', { dimension: title })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('results.columns.statement')}</th>
                {labels.map((l) => (
                  <th scope="col" key={l}>
                    {l}
                  </th>
                ))}
                <th scope="col">{t('questionnaire.dontKnow')}</th>
                <th scope="col">{t('results.columns.n')}</th>
                <th scope="col">{t('results.columns.score')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map(({ item, number, result }) => {
                const total = result.distribution.reduce((a, b) => a + b, 0);
                return (
                  <tr key={item.id}>
                    <th scope="row" data-title={t('results.columns.statement')}>
                      {t('questionnaire.question', { number })}: {tx(item.text, language)}
                    </th>
                    {result.distribution.map((count, i) => (
                      <td key={labels[i] ?? i} data-title={labels[i]} className="pj-num">
                        {count}
                        {total > 0 ? ` (${formatPercent(count / total, language)})` : ''}
                      </td>
                    ))}
                    <td data-title={t('questionnaire.dontKnow')} className="pj-num">
                      {result.dontKnow}
                    </td>
                    <td data-title={t('results.columns.n')} className="pj-num">
                      {result.n}
                    </td>
                    <td data-title={t('results.columns.score')} className="pj-num">
                      {formatNumber(result.score, language)}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        ) : null}
      </div>
    </section>
  );
}

/** The caller's own answers per item, with the score each gives. */
function MyItems({ instrument, answers, result }: { instrument: TInstrument; answers: Record<string, Answer>; result: ScaledResult }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const scores = new Map(result.items.map((i) => [i.itemId, i.score]));
  return (
    <>
      {dimensionSteps(instrument).map((step) => (
        <table key={step.id} className="table table--compact table-md-responsive-headers pj-table pj-figures pj-items-table">
          <caption>{tx(step.title, language)}</caption>
          <thead>
            <tr>
              <th scope="col">{t('results.columns.statement')}</th>
              <th scope="col">{t('questionnaire.yourAnswer')}</th>
              <th scope="col">{t('results.columns.score')}</th>
            </tr>
          </thead>
          <tbody>
            {step.items.map(({ item, number }) => (
              <tr key={item.id}>
                <th scope="row" data-title={t('results.columns.statement')}>
                  {t('questionnaire.question', { number })}: {tx(item.text, language)}
                </th>
                <td data-title={t('questionnaire.yourAnswer')}>{answerText(item, answers[item.id], t, language)}</td>
                <td data-title={t('results.columns.score')} className="pj-num">
                  {formatNumber(scores.get(item.id) ?? null, language)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ))}
    </>
  );
}
