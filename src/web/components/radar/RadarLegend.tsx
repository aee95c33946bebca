import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { renderMovementSymbol } from '../../../domain/radar/svg.js';
import type { LegendSector, TRadarBlip } from '../../lib/radarView.js';
import { Heading, type HeadingLevel } from './BlipDetails.js';

/**
 * The radar's legend: »number name« grouped by sector, then ring, in CSS columns so that a radar
 * of a hundred technologies or more stays readable. Each entry is a button. On a wide screen it
 * marks the blip in the radar (and its details show beside the radar); on a phone, where the
 * legend is the main way in, it opens the technology's details right under its name.
 */
export function RadarLegend({
  groups,
  idPrefix,
  headingLevel,
  selectedId,
  phone,
  onSelect,
  renderDetails,
}: {
  groups: LegendSector[];
  idPrefix: string;
  headingLevel: HeadingLevel;
  selectedId: string | null;
  phone: boolean;
  onSelect: (id: string | null) => void;
  renderDetails: (blip: TRadarBlip) => ReactNode;
}) {
  const { t } = useTranslation();
  const sub = Math.min(4, headingLevel + 1) as HeadingLevel;
  // One symbol per movement and ring colour, drawn once.
  const symbols = useMemo(() => {
    const cache = new Map<string, string>();
    for (const sector of groups)
      for (const ring of sector.rings)
        for (const blip of ring.blips) {
          const key = `${blip.movement}|${ring.color}`;
          if (!cache.has(key)) cache.set(key, renderMovementSymbol(blip.movement, ring.color, 16));
        }
    return cache;
  }, [groups]);

  if (groups.length === 0) return <p className="pj-muted">{t('radarView.legend.none')}</p>;

  return (
    <div className={phone ? 'pj-radar-legend is-phone' : 'pj-radar-legend'}>
      {groups.map((sector) => (
        <section key={sector.sector} className="pj-radar-legend-sector" aria-labelledby={`${idPrefix}sector-${sector.sector}`}>
          <Heading level={sub} id={`${idPrefix}sector-${sector.sector}`} className="pj-radar-legend-heading">
            {sector.name} <span className="pj-radar-legend-count">({sector.count})</span>
          </Heading>
          {sector.rings.map((ring) => {
            const ringId = `${idPrefix}sector-${sector.sector}-ring-${ring.ring}`;
            return (
              <div key={ring.ring} className="pj-radar-legend-ring">
                <p id={ringId} className="pj-radar-legend-ring-name">
                  {ring.name}
                </p>
                <ul aria-labelledby={ringId} className="pj-radar-legend-list">
                  {ring.blips.map((blip) => {
                    const selected = blip.id === selectedId;
                    const detailsId = `${idPrefix}legend-details-${blip.number}`;
                    return (
                      <li key={blip.id}>
                        <button
                          type="button"
                          className={selected ? 'pj-radar-legend-entry is-selected' : 'pj-radar-legend-entry'}
                          aria-pressed={phone ? undefined : selected}
                          aria-expanded={phone ? selected : undefined}
                          aria-controls={phone && selected ? detailsId : undefined}
                          onClick={() => onSelect(selected ? null : blip.id)}
                        >
                          <span
                            className="pj-radar-legend-symbol"
                            aria-hidden="true"
                            // A small SVG from the shared renderer: presentation attributes only.
                            dangerouslySetInnerHTML={{ __html: symbols.get(`${blip.movement}|${ring.color}`) ?? '' }}
                          />
                          <span className="pj-radar-number">{blip.number}</span>
                          <span className="pj-radar-legend-name">
                            {blip.name}
                            {blip.movement !== 'unchanged' ? (
                              <span className="sr-only">, {t(`radarView.movement.${blip.movement}`)}</span>
                            ) : null}
                          </span>
                        </button>
                        {phone && selected ? (
                          <div id={detailsId} className="pj-radar-legend-details">
                            {renderDetails(blip)}
                          </div>
                        ) : null}
                      </li>
                    );
                  })}
                </ul>
              </div>
            );
          })}
        </section>
      ))}
    </div>
  );
}
