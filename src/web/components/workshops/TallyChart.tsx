import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../hooks/useLanguage.js';
import { formatNumber } from '../../lib/format.js';
import { scalePosition, type TallyRows } from '../../lib/workshops.js';
import { MeanBar, ScaleKey, StackedBar } from './scale.js';

/**
 * The console's live tally: per area its mean, and below it each statement's answers as a bar
 * split 1–5 with mean and count. The bars are decorative; each row says its numbers in words.
 */
export function TallyChart({ rows, scaleNames }: { rows: TallyRows; scaleNames: string[] }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const mean = (v: number | null) => formatNumber(v, language);
  return (
    <div className="pj-tally-chart">
      <ScaleKey names={scaleNames} />
      {rows.dimensions.map((d) => (
        <section key={d.dimensionId} className="pj-tally-area" aria-labelledby={`tally-area-${d.dimensionId}`}>
          <div className="pj-tally-area-head">
            <h4 className="h5" id={`tally-area-${d.dimensionId}`}>
              {d.title}
            </h4>
            <p className="pj-tally-figures">{t('workshops.tally.meanAndN', { mean: mean(d.mean), n: d.n })}</p>
          </div>
          <MeanBar position={scalePosition(d.mean)} />
          <ol className="pj-tally-items-list no-max-width">
            {rows.items
              .filter((i) => i.dimensionId === d.dimensionId)
              .map((item) => (
                <li key={item.itemId} value={item.number}>
                  <p className="pj-tally-statement">
                    <span className="pj-tally-number">{item.number}.</span> {item.text}
                  </p>
                  <div className="pj-tally-bar-row">
                    <StackedBar counts={item.counts} />
                    <span className="pj-tally-figures">{t('workshops.tally.meanAndN', { mean: mean(item.mean), n: item.n })}</span>
                  </div>
                  <p className="sr-only">{t('workshops.tally.distribution', { counts: item.counts.join(', ') })}</p>
                </li>
              ))}
          </ol>
        </section>
      ))}
    </div>
  );
}
