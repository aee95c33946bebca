import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLanguage } from '../../hooks/useLanguage.js';
import { sortBlips, type SortDirection, type SortKey, type TRadarBlip, type TRadarView } from '../../lib/radarView.js';
import { relevanceText, useMovementText } from './BlipDetails.js';
import { spreadText } from './SpreadBar.js';

/**
 * The radar as a table with the same numbers as the picture: the text alternative of the chart.
 * Columns sort with the buttons in their headings (aria-sort says which and which way).
 */
export function RadarTable({
  view,
  blips,
  caption,
  blipHref,
  relevanceMax,
}: {
  view: TRadarView;
  blips: readonly TRadarBlip[];
  caption: string;
  blipHref?: ((blip: TRadarBlip) => string | null) | undefined;
  relevanceMax?: number | undefined;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const movementText = useMovementText();
  const [sort, setSort] = useState<{ key: SortKey; direction: SortDirection }>({ key: 'number', direction: 'ascending' });
  const rows = sortBlips(blips, sort.key, sort.direction, language === 'da' ? 'da-DK' : 'en-GB');
  const showRelevance = view.blips.some((b) => b.relevanceMean !== undefined || b.relevance !== null);
  const showOrganisations = view.blips.some((b) => b.organisations !== undefined);
  const showSpread = view.blips.some((b) => (b.spread?.length ?? 0) > 0);
  const of = (value: string, max: number) => t('radarView.details.relevanceOf', { value, max });

  const columns: { key: SortKey | null; label: string; numeric?: boolean }[] = [
    { key: 'number', label: t('radarView.table.number'), numeric: true },
    { key: 'name', label: t('radarView.table.name') },
    { key: 'sector', label: t('radarView.table.sector') },
    { key: 'ring', label: t('radarView.table.ring') },
    { key: 'movement', label: t('radarView.table.movement') },
    ...(showRelevance ? [{ key: 'relevance' as const, label: t('radarView.table.relevance'), numeric: true }] : []),
    ...(showOrganisations ? [{ key: 'organisations' as const, label: t('radarView.table.organisations'), numeric: true }] : []),
    ...(showSpread ? [{ key: null, label: t('radarView.table.spread') }] : []),
  ];

  const toggle = (key: SortKey) =>
    setSort((s) => ({ key, direction: s.key === key && s.direction === 'ascending' ? 'descending' : 'ascending' }));

  return (
    <table className="table table--zebra table--compact table-md-responsive-headers pj-table pj-radar-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          {columns.map((c) => (
            <th
              key={c.label}
              scope="col"
              className={c.numeric ? 'pj-num' : undefined}
              aria-sort={c.key && sort.key === c.key ? sort.direction : undefined}
            >
              {c.key ? (
                <button type="button" className="pj-sort-button" onClick={() => toggle(c.key!)}>
                  {c.label}
                  <span className="pj-sort-mark" aria-hidden="true">
                    {sort.key === c.key ? (sort.direction === 'ascending' ? '▲' : '▼') : '↕'}
                  </span>
                </button>
              ) : (
                c.label
              )}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((blip) => {
          const href = blipHref?.(blip) ?? null;
          return (
            <tr key={blip.id}>
              <td data-title={t('radarView.table.number')} className="pj-num">
                {blip.number}
              </td>
              <th scope="row" data-title={t('radarView.table.name')} className="pj-break">
                {href ? <Link to={href}>{blip.name}</Link> : blip.name}
                {blip.own ? <span className="pj-cell-sub">{t('radarView.details.own')}</span> : null}
              </th>
              <td data-title={t('radarView.table.sector')}>{view.sectors[blip.sector]?.name ?? '–'}</td>
              <td data-title={t('radarView.table.ring')}>
                {view.rings[blip.ring]?.name ?? '–'}
                {blip.manual ? <span className="pj-cell-sub">{t('radarView.details.manual')}</span> : null}
              </td>
              <td data-title={t('radarView.table.movement')}>{movementText(view, blip)}</td>
              {showRelevance ? (
                <td data-title={t('radarView.table.relevance')} className="pj-num">
                  {relevanceText(blip, language, relevanceMax, of)}
                </td>
              ) : null}
              {showOrganisations ? (
                <td data-title={t('radarView.table.organisations')} className="pj-num">
                  {blip.organisations ?? '–'}
                </td>
              ) : null}
              {showSpread ? <td data-title={t('radarView.table.spread')}>{spreadText(blip.spread)}</td> : null}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
