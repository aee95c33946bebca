import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TResult } from '../../../../contracts/assessments.js';
import type { TInstrument } from '../../../../domain/instruments/schema.js';
import { useLanguage } from '../../../hooks/useLanguage.js';
import { tx } from '../../../lib/assessments.js';
import { formatShort } from '../../../lib/format.js';
import { EChart, GRID_COLOUR, SERIES_COLOURS, TEXT_COLOUR, type ChartOption } from './EChart.js';
import { ScoreCard } from './ScoreCard.js';

export type GenerationResult = Extract<TResult, { method: 'generation' }>;

const STEPS = [1, 2, 3, 4];

/** Kræmmergaard's staircase: per aspect the generation today and the one wanted, the overall step and the mismatches. */
export function GenerationResults({ result, instrument, mine }: { result: GenerationResult; instrument: TInstrument; mine: boolean }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const step = (v: number | null) => formatShort(v, language);
  const title = (id: string) => tx(instrument.dimensions.find((d) => d.id === id)?.title, language);
  const band = instrument.bands.find((b) => b.id === result.overall.band);

  const option = useMemo<ChartOption>(
    () => ({
      legend: { top: 0, left: 0, itemGap: 24, textStyle: { color: TEXT_COLOUR, fontSize: 14 } },
      // Aspects down the side, steps along the bottom: readable from 360 px up.
      grid: { left: 8, right: 24, top: 48, bottom: 32, containLabel: true },
      yAxis: {
        type: 'category',
        inverse: true,
        data: result.dimensions.map((d) => title(d.dimension)),
        axisLabel: { color: TEXT_COLOUR, width: 120, overflow: 'break', fontSize: 13, lineHeight: 16 },
        axisLine: { lineStyle: { color: TEXT_COLOUR } },
      },
      xAxis: {
        type: 'value',
        min: 0,
        max: 4,
        interval: 1,
        name: t('results.generation.axisName'),
        nameLocation: 'middle',
        nameGap: 28,
        nameTextStyle: { color: TEXT_COLOUR, fontSize: 13 },
        axisLabel: { color: TEXT_COLOUR, formatter: (v: number) => (v === 0 ? '' : String(v)) },
        splitLine: { lineStyle: { color: GRID_COLOUR } },
      },
      series: [
        {
          type: 'bar',
          name: t('results.generation.today'),
          data: result.dimensions.map((d) => d.today.median),
          itemStyle: { color: SERIES_COLOURS[4] },
          barMaxWidth: 22,
        },
        {
          type: 'bar',
          name: t('results.generation.target'),
          data: result.dimensions.map((d) => d.target.median),
          itemStyle: {
            color: SERIES_COLOURS[0],
            decal: { symbol: 'rect', dashArrayX: [1, 0], dashArrayY: [3, 5], rotation: -0.785, color: 'rgba(255,255,255,0.35)' },
          },
          barMaxWidth: 22,
        },
      ],
    }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [result, language],
  );
  const chartLabel = t('results.generation.chartLabel', {
    steps: result.dimensions
      .map((d) =>
        t('results.generation.chartItem', { aspect: title(d.dimension), today: step(d.today.median), target: step(d.target.median) }),
      )
      .join('; '),
  });

  return (
    <>
      <ScoreCard
        label={mine ? t('results.generation.overallMine') : t('results.generation.overall')}
        value={step(result.overall.today)}
        max={t('results.generation.ofFour')}
        band={band}
        respondents={mine ? null : result.respondents}
      >
        <dl className="pj-inline-facts">
          <div>
            <dt>{t('results.generation.targetOverall')}</dt>
            <dd>{step(result.overall.target)}</dd>
          </div>
          <div>
            <dt>{t('results.generation.span')}</dt>
            <dd>{result.overall.lowest === null ? '–' : `${step(result.overall.lowest)}–${step(result.overall.highest)}`}</dd>
          </div>
        </dl>
      </ScoreCard>

      <h3 className="h4">{t('results.generation.staircaseHeading')}</h3>
      <p>{t('results.generation.staircaseIntro')}</p>
      <EChart option={option} label={chartLabel} height={result.dimensions.length * 64 + 80} />
      <table className="table table--compact table-md-responsive-headers pj-table pj-figures">
        <caption>{t('results.generation.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('results.generation.aspect')}</th>
            <th scope="col">{t('results.generation.today')}</th>
            <th scope="col">{t('results.generation.target')}</th>
            <th scope="col">{t('results.generation.gap')}</th>
            {mine ? null : (
              <>
                <th scope="col">{t('results.columns.n')}</th>
                <th scope="col">{t('results.generation.distribution')}</th>
              </>
            )}
          </tr>
        </thead>
        <tbody>
          {result.dimensions.map((d) => (
            <tr key={d.dimension}>
              <th scope="row" data-title={t('results.generation.aspect')}>
                {title(d.dimension)}
              </th>
              <td data-title={t('results.generation.today')} className="pj-num">
                {step(d.today.median)}
              </td>
              <td data-title={t('results.generation.target')} className="pj-num">
                {step(d.target.median)}
              </td>
              <td data-title={t('results.generation.gap')} className="pj-num">
                {d.gap === null ? '–' : d.gap > 0 ? `+${step(d.gap)}` : step(d.gap)}
              </td>
              {mine ? null : (
                <>
                  <td data-title={t('results.columns.n')} className="pj-num">
                    {d.today.n}
                  </td>
                  <td data-title={t('results.generation.distribution')}>
                    {STEPS.map((s, i) => t('results.generation.distributionItem', { step: s, count: d.today.distribution[i] ?? 0 })).join(
                      ' · ',
                    )}
                  </td>
                </>
              )}
            </tr>
          ))}
        </tbody>
      </table>

      <h3 className="h4">{t('results.generation.mismatchHeading')}</h3>
      {result.mismatches.length === 0 ? (
        <p>{t('results.generation.noMismatch')}</p>
      ) : (
        <div className="pj-mismatches">
          <p>{t('results.generation.mismatchIntro')}</p>
          <ul>
            {result.mismatches.map((m) => {
              const d = result.dimensions.find((x) => x.dimension === m.dimension);
              return (
                <li key={m.dimension}>
                  <span className="weight-semibold">{title(m.dimension)}:</span>{' '}
                  {t('results.generation.mismatchItem', {
                    count: m.gap,
                    gap: step(m.gap),
                    today: step(d?.today.median ?? null),
                    target: step(d?.target.median ?? null),
                  })}
                </li>
              );
            })}
          </ul>
          <p>{t('results.generation.mismatchAdvice')}</p>
        </div>
      )}
    </>
  );
}
