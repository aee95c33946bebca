import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { compareRadars } from '../../../contracts/radar.js';
import type { OpResponse } from '../../api/client.js';
import { useLanguage } from '../../hooks/useLanguage.js';

export type TCompareRow = OpResponse<typeof compareRadars>[number];

/**
 * The organisation's own ring of each technology beside the joint radar's and each area's, so
 * differences stand out; a ring set by hand is marked. Facilitators can place a technology from here.
 */
export function CompareTable({
  rows,
  areas,
  rings,
  technologyHref,
  onPlace,
}: {
  rows: TCompareRow[];
  areas: { id: string; name: string }[];
  rings: { id: string; name: string; color: string }[];
  technologyHref: (technologyId: string) => string;
  /** Given for facilitators: opens the form to place the technology by hand. */
  onPlace?: (technologyId: string) => void;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const none = t('radarView.compare.none');
  const ring = (id: string | null) => {
    const found = rings.find((r) => r.id === id);
    if (!found) return <span className="pj-muted">{none}</span>;
    return (
      <span className="pj-radar-ring-name">
        <svg className="pj-swatch" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
          <circle cx="8" cy="8" r="7" fill={found.color} />
        </svg>
        {found.name}
      </span>
    );
  };
  const col = {
    technology: t('radarView.compare.technology'),
    own: t('radarView.compare.own'),
    joint: t('radarView.compare.joint'),
    actions: t('radarView.compare.actions'),
  };
  const sorted = [...rows].sort((a, b) => a.name[language].localeCompare(b.name[language], language === 'da' ? 'da-DK' : 'en-GB'));

  return (
    <table className="table table--zebra table--compact table-md-responsive-headers pj-table pj-radar-compare">
      <caption>{t('radarView.compare.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{col.technology}</th>
          <th scope="col">{col.own}</th>
          <th scope="col">{col.joint}</th>
          {areas.map((a) => (
            <th key={a.id} scope="col">
              {a.name}
            </th>
          ))}
          {onPlace ? <th scope="col">{col.actions}</th> : null}
        </tr>
      </thead>
      <tbody>
        {sorted.map((row) => {
          const name = row.name[language];
          const differs = row.ownRing !== null && row.jointRing !== null && row.ownRing !== row.jointRing;
          return (
            <tr key={row.technologyId}>
              <th scope="row" data-title={col.technology} className="pj-break">
                <Link to={technologyHref(row.technologyId)}>{name}</Link>
                {row.own ? <span className="pj-cell-sub">{t('radarView.details.own')}</span> : null}
              </th>
              <td data-title={col.own} className={differs ? 'pj-radar-differs' : undefined}>
                {ring(row.ownRing)}
                {row.manual ? <span className="pj-cell-sub">{t('radarView.details.manual')}</span> : null}
                {differs ? <span className="pj-cell-sub">{t('radarView.compare.differs')}</span> : null}
              </td>
              <td data-title={col.joint}>
                {row.own ? <span className="pj-muted">{t('radarView.compare.notJoint')}</span> : ring(row.jointRing)}
              </td>
              {areas.map((a) => (
                <td key={a.id} data-title={a.name}>
                  {row.own ? <span className="pj-muted">–</span> : ring(row.areaRings[a.id] ?? null)}
                </td>
              ))}
              {onPlace ? (
                <td data-title={col.actions}>
                  <button type="button" className="button button-tertiary pj-radar-place" onClick={() => onPlace(row.technologyId)}>
                    {t('radarView.compare.place')}
                    <span className="sr-only"> – {name}</span>
                  </button>
                </td>
              ) : null}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
