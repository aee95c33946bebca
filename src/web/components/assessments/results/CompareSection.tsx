import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { getRoundComparison, type TRoundComparison } from '../../../../contracts/assessments.js';
import type { TInstrument } from '../../../../domain/instruments/schema.js';
import { callOp } from '../../../api/client.js';
import { useAsync } from '../../../hooks/useAsync.js';
import { orgPath } from '../../../hooks/useCurrentOrg.js';
import { useLanguage } from '../../../hooks/useLanguage.js';
import { tx } from '../../../lib/assessments.js';
import { formatDate, formatNumber, formatShort } from '../../../lib/format.js';
import { Alert } from '../../Alert.js';
import { Loading } from '../../Loading.js';
import { EChart, GRID_COLOUR, SERIES_COLOURS, SYMBOLS, TEXT_COLOUR, type ChartOption } from './EChart.js';

/** Earlier rounds of the same questionnaire, units against each other, and other organisations. */
export function CompareSection({
  orgId,
  roundId,
  instrument,
  isAdmin,
}: {
  orgId: string;
  roundId: string;
  instrument: TInstrument;
  isAdmin: boolean;
}) {
  const { t } = useTranslation();
  const comparison = useAsync((signal) => callOp(getRoundComparison, { params: { orgId, roundId }, signal }), [orgId, roundId]);
  return (
    <section className="pj-section" aria-labelledby="compare-heading">
      <h2 id="compare-heading" className="h3">
        {t('results.compare.heading')}
      </h2>
      {comparison.status === 'loading' ? <Loading /> : null}
      {comparison.status === 'failed' ? (
        <Alert variant="error" heading={t('results.compare.failed')}>
          <p>{comparison.error.message}</p>
          <button type="button" className="button button-secondary" onClick={() => void comparison.reload()}>
            {t('common.tryAgain')}
          </button>
        </Alert>
      ) : null}
      {comparison.status === 'ready' ? (
        <>
          <Trend data={comparison.data} roundId={roundId} instrument={instrument} />
          <Units data={comparison.data} instrument={instrument} />
          <Benchmark data={comparison.data} roundId={roundId} instrument={instrument} orgId={orgId} isAdmin={isAdmin} />
        </>
      ) : null}
    </section>
  );
}

function useFormatters(instrument: TInstrument) {
  const { language } = useLanguage();
  const generation = instrument.scoring.method === 'generation';
  return {
    language,
    generation,
    value: (v: number | null | undefined) => (generation ? formatShort(v, language) : formatNumber(v, language)),
    dimension: (id: string) => tx(instrument.dimensions.find((d) => d.id === id)?.title, language),
    axis: generation ? { min: 1, max: 4, interval: 1 } : { min: 0, max: 100, interval: 25 },
  };
}

/** Column headings for the overall figure and each dimension. */
function FigureHeads({ instrument }: { instrument: TInstrument }) {
  const { t } = useTranslation();
  const f = useFormatters(instrument);
  return (
    <>
      <th scope="col">{f.generation ? t('results.compare.overallStep') : t('results.compare.overall')}</th>
      {instrument.dimensions.map((d) => (
        <th scope="col" key={d.id}>
          {f.dimension(d.id)}
        </th>
      ))}
    </>
  );
}

/** The overall figure and each dimension's, as cells under FigureHeads. */
function FigureCells({
  instrument,
  figures,
}: {
  instrument: TInstrument;
  figures: { overall: number | null; dimensions: Record<string, number | null | undefined> };
}) {
  const { t } = useTranslation();
  const f = useFormatters(instrument);
  return (
    <>
      <td data-title={t('results.compare.overall')} className="pj-num">
        {f.value(figures.overall)}
      </td>
      {instrument.dimensions.map((d) => (
        <td key={d.id} data-title={f.dimension(d.id)} className="pj-num">
          {f.value(figures.dimensions[d.id])}
        </td>
      ))}
    </>
  );
}

function Trend({ data, roundId, instrument }: { data: TRoundComparison; roundId: string; instrument: TInstrument }) {
  const { t } = useTranslation();
  const f = useFormatters(instrument);
  const rounds = data.trend;
  const dims = instrument.dimensions.map((d) => d.id);
  const option = useMemo<ChartOption>(() => {
    const labels = rounds.map((r) => `${r.title}\n${formatDate(r.date, f.language)}`);
    const line = (name: string, values: (number | null)[], i: number) => ({
      type: 'line' as const,
      name,
      data: values,
      connectNulls: false,
      symbol: SYMBOLS[i % SYMBOLS.length],
      symbolSize: 9,
      lineStyle: { width: i === 0 ? 4 : 2, type: i === 0 ? ('solid' as const) : i % 2 ? ('dashed' as const) : ('dotted' as const) },
      color: SERIES_COLOURS[i % SERIES_COLOURS.length],
    });
    return {
      legend: { top: 0, left: 0, textStyle: { color: TEXT_COLOUR } },
      grid: { left: 8, right: 24, top: 72, bottom: 8, containLabel: true },
      xAxis: {
        type: 'category',
        data: labels,
        axisLabel: { color: TEXT_COLOUR, interval: 0, width: 110, overflow: 'truncate', lineHeight: 18 },
      },
      yAxis: { type: 'value', ...f.axis, axisLabel: { color: TEXT_COLOUR }, splitLine: { lineStyle: { color: GRID_COLOUR } } },
      series: [
        line(
          f.generation ? t('results.compare.overallStep') : t('results.compare.overall'),
          rounds.map((r) => (r.hidden ? null : r.overall)),
          0,
        ),
        ...dims.map((d, i) =>
          line(
            f.dimension(d),
            rounds.map((r) => (r.hidden ? null : (r.dimensions[d] ?? null))),
            i + 1,
          ),
        ),
      ],
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [data, f.language]);

  return (
    <>
      <h3 className="h4">{t('results.compare.trendHeading')}</h3>
      {rounds.length < 2 ? (
        <p>{t('results.compare.trendNone')}</p>
      ) : (
        <>
          <EChart
            option={option}
            height={360}
            label={t('results.compare.trendLabel', {
              rounds: rounds.map((r) => `${r.title}: ${r.hidden ? t('results.compare.hiddenShort') : f.value(r.overall)}`).join('; '),
            })}
          />
          <table className="table table--compact table-md-responsive-headers pj-table pj-figures">
            <caption>{t('results.compare.trendCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('results.compare.round')}</th>
                <th scope="col">{t('results.compare.date')}</th>
                <th scope="col">{t('results.columns.n')}</th>
                <FigureHeads instrument={instrument} />
              </tr>
            </thead>
            <tbody>
              {rounds.map((r) => (
                <tr key={r.roundId} className={r.roundId === roundId ? 'pj-current-row' : undefined}>
                  <th scope="row" data-title={t('results.compare.round')}>
                    {r.title}
                    {r.roundId === roundId ? <span className="pj-cell-sub">{t('results.compare.thisRound')}</span> : null}
                  </th>
                  <td data-title={t('results.compare.date')}>{formatDate(r.date, f.language)}</td>
                  <td data-title={t('results.columns.n')} className="pj-num">
                    {r.respondents}
                  </td>
                  {r.hidden ? (
                    <td data-title={t('results.compare.overall')} colSpan={dims.length + 1}>
                      {t('results.compare.hiddenRound', { threshold: data.threshold })}
                    </td>
                  ) : (
                    <FigureCells instrument={instrument} figures={r} />
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </>
  );
}

function Units({ data, instrument }: { data: TRoundComparison; instrument: TInstrument }) {
  const { t } = useTranslation();
  const f = useFormatters(instrument);
  const { shown, hidden, unassigned } = data.units;
  const option = useMemo<ChartOption>(
    () => ({
      grid: { left: 8, right: 48, top: 8, bottom: 8, containLabel: true },
      yAxis: {
        type: 'category',
        inverse: true,
        data: shown.map((u) => u.unitName),
        axisLabel: { color: TEXT_COLOUR, width: 130, overflow: 'truncate' },
      },
      xAxis: { type: 'value', ...f.axis, axisLabel: { color: TEXT_COLOUR }, splitLine: { lineStyle: { color: GRID_COLOUR } } },
      series: [
        {
          type: 'bar',
          name: t('results.compare.overall'),
          data: shown.map((u) => u.overall),
          itemStyle: { color: SERIES_COLOURS[0] },
          barMaxWidth: 28,
          label: { show: true, position: 'right', color: TEXT_COLOUR, formatter: (p: { value: unknown }) => f.value(p.value as number) },
        },
      ],
    }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [data, f.language],
  );

  return (
    <>
      <h3 className="h4">{t('results.compare.unitsHeading')}</h3>
      {shown.length === 0 && hidden.length === 0 ? <p>{t('results.compare.unitsNone')}</p> : null}
      {shown.length > 0 ? (
        <>
          <EChart
            option={option}
            height={Math.max(120, shown.length * 48 + 40)}
            label={t('results.compare.unitsLabel', { units: shown.map((u) => `${u.unitName} ${f.value(u.overall)}`).join('; ') })}
          />
          <table className="table table--compact table-md-responsive-headers pj-table pj-figures">
            <caption>{t('results.compare.unitsCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('results.compare.unit')}</th>
                <th scope="col">{t('results.columns.n')}</th>
                <FigureHeads instrument={instrument} />
              </tr>
            </thead>
            <tbody>
              {shown.map((u) => (
                <tr key={u.unitId}>
                  <th scope="row" data-title={t('results.compare.unit')}>
                    {u.unitName}
                  </th>
                  <td data-title={t('results.columns.n')} className="pj-num">
                    {u.respondents}
                  </td>
                  <FigureCells instrument={instrument} figures={u} />
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : null}
      {hidden.length > 0 ? (
        <p>
          {t('results.compare.unitsHidden', { threshold: data.threshold })} {hidden.map((u) => u.unitName).join(', ')}.
        </p>
      ) : null}
      {unassigned > 0 ? <p>{t('results.compare.unassigned', { count: unassigned })}</p> : null}
    </>
  );
}

function Benchmark({
  data,
  roundId,
  instrument,
  orgId,
  isAdmin,
}: {
  data: TRoundComparison;
  roundId: string;
  instrument: TInstrument;
  orgId: string;
  isAdmin: boolean;
}) {
  const { t } = useTranslation();
  const f = useFormatters(instrument);
  const b = data.benchmark;
  const ours = data.trend.find((r) => r.roundId === roundId);
  const dims = instrument.dimensions.map((d) => d.id);
  const categories = [...dims.map((d) => f.dimension(d)), t('results.compare.overall')];
  const ourValues = ours && !ours.hidden ? [...dims.map((d) => ours.dimensions[d] ?? null), ours.overall] : dims.map(() => null);
  const theirValues = [...dims.map((d) => b.dimensions[d] ?? null), b.overall];
  const orgType = t(`orgTypes.${b.orgType}` as 'orgTypes.kommune', { defaultValue: b.orgType });
  const sizeBand = b.sizeBand
    ? t(`settings.details.sizeBands.${b.sizeBand}` as 'settings.details.sizeBands.under-1000', { defaultValue: b.sizeBand })
    : '';
  const option = useMemo<ChartOption>(
    () => ({
      legend: { top: 0, left: 0, textStyle: { color: TEXT_COLOUR } },
      grid: { left: 8, right: 24, top: 48, bottom: 8, containLabel: true },
      yAxis: {
        type: 'category',
        inverse: true,
        data: categories,
        axisLabel: { color: TEXT_COLOUR, width: 120, overflow: 'break', fontSize: 13, lineHeight: 16 },
      },
      xAxis: { type: 'value', ...f.axis, axisLabel: { color: TEXT_COLOUR }, splitLine: { lineStyle: { color: GRID_COLOUR } } },
      series: [
        { type: 'bar', name: t('results.compare.ours'), data: ourValues, itemStyle: { color: SERIES_COLOURS[0] }, barMaxWidth: 20 },
        { type: 'bar', name: t('results.compare.others'), data: theirValues, itemStyle: { color: SERIES_COLOURS[4] }, barMaxWidth: 20 },
      ],
    }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [data, f.language],
  );

  return (
    <>
      <h3 className="h4">{t('results.compare.benchmarkHeading')}</h3>
      {!b.available ? (
        <div className="pj-benchmark-off">
          <p>
            {b.reason === 'not_opted_in'
              ? t('results.compare.benchmarkNotOptedIn')
              : b.reason === 'no_size_band'
                ? t('results.compare.benchmarkNoSizeBand')
                : t('results.compare.benchmarkTooFew', { threshold: data.threshold, type: orgType.toLowerCase(), size: sizeBand })}
          </p>
          {b.reason !== 'too_few_organisations' ? (
            isAdmin ? (
              <p>
                <Link to={`${orgPath(orgId, 'indstillinger')}?fane=stamdata`}>{t('results.compare.benchmarkSettingsLink')}</Link>
              </p>
            ) : (
              <p>{t('results.compare.benchmarkAskAdmin')}</p>
            )
          ) : null}
        </div>
      ) : (
        <>
          <p>{t('results.compare.benchmarkIntro', { count: b.organisations ?? 0, type: orgType.toLowerCase(), size: sizeBand })}</p>
          <EChart
            option={option}
            height={categories.length * 56 + 80}
            label={t('results.compare.benchmarkLabel', {
              values: categories.map((c, i) => `${c}: ${f.value(ourValues[i])} / ${f.value(theirValues[i])}`).join('; '),
            })}
          />
          <table className="table table--compact table-md-responsive-headers pj-table pj-figures">
            <caption>{t('results.compare.benchmarkCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('results.columns.dimension')}</th>
                <th scope="col">{t('results.compare.ours')}</th>
                <th scope="col">{t('results.compare.others')}</th>
              </tr>
            </thead>
            <tbody>
              {categories.map((c, i) => (
                <tr key={c}>
                  <th scope="row" data-title={t('results.columns.dimension')}>
                    {c}
                  </th>
                  <td data-title={t('results.compare.ours')} className="pj-num">
                    {f.value(ourValues[i])}
                  </td>
                  <td data-title={t('results.compare.others')} className="pj-num">
                    {f.value(theirValues[i])}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </>
  );
}
