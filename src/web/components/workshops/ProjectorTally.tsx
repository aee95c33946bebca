import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../hooks/useLanguage.js';
import { formatNumber } from '../../lib/format.js';
import { scalePosition, type TallyRows } from '../../lib/workshops.js';
import { MeanBar, ScaleKey, StackedBar } from './scale.js';
import { TallyTables } from './TallyTables.js';

/**
 * The revealed tally on the projector, readable from the back of the room: the mean of each area
 * as a bar on the 1–5 scale, and each statement's answers as a bar split 1–5. The same numbers
 * are in tables for screen readers.
 */
export function ProjectorTally({ rows, scaleNames }: { rows: TallyRows; scaleNames: string[] }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const mean = (v: number | null) => formatNumber(v, language);
  return (
    <div className="pj-proj-results">
      <section className="pj-proj-panel" aria-labelledby="proj-areas-heading">
        <h2 id="proj-areas-heading" className="pj-proj-panel-heading">
          {t('workshops.projector.areasHeading')}
        </h2>
        <div aria-hidden="true">
          <ul className="pj-proj-areas no-max-width">
            {rows.dimensions.map((d) => (
              <li key={d.dimensionId}>
                <span className="pj-proj-area-name">{d.title}</span>
                <span className="pj-proj-area-bar">
                  <MeanBar position={scalePosition(d.mean)} />
                  <span className="pj-proj-mean">{mean(d.mean)}</span>
                </span>
              </li>
            ))}
          </ul>
          <p className="pj-proj-scale-note">{t('workshops.projector.meanNote')}</p>
        </div>
      </section>
      <section className="pj-proj-panel" aria-labelledby="proj-items-heading">
        <h2 id="proj-items-heading" className="pj-proj-panel-heading">
          {t('workshops.projector.itemsHeading')}
        </h2>
        <div aria-hidden="true">
          <ol className="pj-proj-items no-max-width">
            {rows.items.map((item) => (
              <li key={item.itemId}>
                <span className="pj-proj-item-number">{item.number}</span>
                <span className="pj-proj-item-text">{item.text}</span>
                <span className="pj-proj-item-bar">
                  <StackedBar counts={item.counts} />
                </span>
                <span className="pj-proj-mean">{mean(item.mean)}</span>
              </li>
            ))}
          </ol>
          <ScaleKey names={scaleNames} className="pj-proj-key" />
        </div>
      </section>
      <div className="sr-only">
        <TallyTables rows={rows} scaleNames={scaleNames} idPrefix="projector-tally" />
      </div>
    </div>
  );
}
