import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../hooks/useLanguage.js';
import { formatNumber } from '../../lib/format.js';
import type { TallyRows } from '../../lib/workshops.js';

/** The tally as numbers: one table per area and one per statement (the text alternative of every tally chart). */
export function TallyTables({ rows, scaleNames, idPrefix }: { rows: TallyRows; scaleNames: string[]; idPrefix: string }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const mean = (v: number | null) => formatNumber(v, language);
  const col = {
    area: t('workshops.tally.columns.area'),
    mean: t('workshops.tally.columns.mean'),
    n: t('workshops.tally.columns.n'),
    number: t('workshops.tally.columns.number'),
    statement: t('workshops.tally.columns.statement'),
  };
  return (
    <div className="pj-tally-tables">
      <table className="table table--compact table-md-responsive-headers pj-table pj-figures pj-tally-areas" id={`${idPrefix}-areas`}>
        <caption>{t('workshops.tally.areasCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{col.area}</th>
            <th scope="col" className="pj-num">
              {col.mean}
            </th>
            <th scope="col" className="pj-num">
              {col.n}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.dimensions.map((d) => (
            <tr key={d.dimensionId}>
              <th scope="row" data-title={col.area}>
                {d.title}
              </th>
              <td data-title={col.mean} className="pj-num">
                {mean(d.mean)}
              </td>
              <td data-title={col.n} className="pj-num">
                {d.n}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <table className="table table--compact table-md-responsive-headers pj-table pj-figures pj-tally-items" id={`${idPrefix}-items`}>
        <caption>{t('workshops.tally.itemsCaption')}</caption>
        <thead>
          <tr>
            <th scope="col" className="pj-num">
              {col.number}
            </th>
            <th scope="col">{col.statement}</th>
            {scaleNames.map((name, i) => (
              <th scope="col" key={name} className="pj-num">
                {i + 1}
                {name.length > 1 ? <span className="sr-only">{name.slice(1)}</span> : null}
              </th>
            ))}
            <th scope="col" className="pj-num">
              {col.n}
            </th>
            <th scope="col" className="pj-num">
              {col.mean}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.items.map((item) => (
            <tr key={item.itemId}>
              <td data-title={col.number} className="pj-num">
                {item.number}
              </td>
              <th scope="row" data-title={col.statement} className="pj-break">
                {item.text}
              </th>
              {item.counts.map((count, i) => (
                <td key={i} data-title={scaleNames[i]} className="pj-num">
                  {count}
                </td>
              ))}
              <td data-title={col.n} className="pj-num">
                {item.n}
              </td>
              <td data-title={col.mean} className="pj-num">
                {mean(item.mean)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
