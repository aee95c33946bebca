import { useTranslation } from 'react-i18next';
import type { TRadarCatalogue } from '../../../contracts/radar.js';
import type { OpResponse } from '../../api/client.js';
import type { getRadarTechnologyPage } from '../../../contracts/radar.js';
import { useLanguage } from '../../hooks/useLanguage.js';
import { formatNumber } from '../../lib/format.js';
import { spreadColour, SpreadBar } from './SpreadBar.js';

type TPage = OpResponse<typeof getRadarTechnologyPage>;
type Figures = NonNullable<TPage['joint']>;

export interface FigureRow {
  id: string;
  label: string;
  figures: Figures | null;
  /** The organisation's own answers (not an aggregate; no threshold). */
  own?: boolean;
  /** What to say when there are no figures; »too few answers« by default. */
  empty?: string;
}

/**
 * A technology's figures on the joint radar, each area's radar and from the organisation's own
 * answers: ring, organisations, mean relevance and maturity, and the spread of answers as a small
 * bar. A second table gives the spread's numbers. Rows under the threshold say so.
 */
export function TechnologyFigures({ rows, catalogue, threshold }: { rows: FigureRow[]; catalogue: TRadarCatalogue; threshold: number }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const options = catalogue.spread.options.map((o) => ({ id: o.id, label: o.label[language] }));
  const relevanceMax = Math.max(...catalogue.relevance.levels.map((l) => l.value));
  const maturityMax = Math.max(...catalogue.maturity.levels.map((l) => l.level));
  const ring = (id: string | null) => {
    const found = catalogue.rings.find((r) => r.id === id);
    if (!found) return t('radarView.technology.noRing');
    return (
      <span className="pj-radar-ring-name">
        <svg className="pj-swatch" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
          <circle cx="8" cy="8" r="7" fill={found.color} />
        </svg>
        {found.name[language]}
      </span>
    );
  };
  const mean = (value: number | null, max: number) =>
    value === null ? '–' : t('radarView.details.relevanceOf', { value: formatNumber(value, language, 1), max });
  const spreadOf = (figures: Figures) =>
    options.map((o) => ({ option: o.id, label: o.label, count: figures.spread.find((s) => s.option === o.id)?.count ?? 0 }));
  const col = {
    radar: t('radarView.technology.columns.radar'),
    ring: t('radarView.technology.columns.ring'),
    organisations: t('radarView.technology.columns.organisations'),
    relevance: t('radarView.technology.columns.relevance'),
    maturity: t('radarView.technology.columns.maturity'),
    spread: t('radarView.technology.columns.spread'),
  };
  const tooFew = t('radarView.technology.tooFew', { threshold });

  return (
    <>
      <ul className="pj-scale-key no-max-width pj-radar-spread-legend" aria-label={t('radarView.technology.spreadKey')}>
        {options.map((o, i) => (
          <li key={o.id}>
            <svg className="pj-swatch" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
              <rect width="16" height="16" fill={spreadColour(o.id, i).fill} />
            </svg>
            {o.label}
          </li>
        ))}
      </ul>
      <table className="table table--compact table-md-responsive-headers pj-table pj-figures pj-radar-figures">
        <caption>{t('radarView.technology.figuresCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{col.radar}</th>
            <th scope="col">{col.ring}</th>
            <th scope="col" className="pj-num">
              {col.organisations}
            </th>
            <th scope="col" className="pj-num">
              {col.relevance}
            </th>
            <th scope="col" className="pj-num">
              {col.maturity}
            </th>
            <th scope="col">{col.spread}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} className={row.own ? 'pj-current-row' : undefined}>
              <th scope="row" data-title={col.radar}>
                {row.label}
              </th>
              {row.figures ? (
                <>
                  <td data-title={col.ring}>{ring(row.figures.ring)}</td>
                  <td data-title={col.organisations} className="pj-num">
                    {row.figures.organisations}
                  </td>
                  <td data-title={col.relevance} className="pj-num">
                    {mean(row.figures.relevanceMean, relevanceMax)}
                  </td>
                  <td data-title={col.maturity} className="pj-num">
                    {mean(row.figures.maturityMean, maturityMax)}
                  </td>
                  <td data-title={col.spread} className="pj-radar-figures-bar">
                    <SpreadBar spread={spreadOf(row.figures)} />
                  </td>
                </>
              ) : (
                <td colSpan={5} data-title={col.ring}>
                  {row.empty ?? tooFew}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>

      <table className="table table--compact table-md-responsive-headers pj-table pj-figures pj-radar-spread-table">
        <caption>{t('radarView.technology.spreadCaption', { question: catalogue.spread.question[language] })}</caption>
        <thead>
          <tr>
            <th scope="col">{col.radar}</th>
            {options.map((o) => (
              <th key={o.id} scope="col" className="pj-num">
                {o.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} className={row.own ? 'pj-current-row' : undefined}>
              <th scope="row" data-title={col.radar}>
                {row.label}
              </th>
              {row.figures ? (
                spreadOf(row.figures).map((s) => (
                  <td key={s.option} data-title={s.label} className="pj-num">
                    {s.count}
                  </td>
                ))
              ) : (
                <td colSpan={options.length} data-title={options[0]?.label}>
                  {row.empty ?? tooFew}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
