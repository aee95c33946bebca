import '../../styles/radar.css';
import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { MOVEMENTS } from '../../../domain/radar/model.js';
import { renderMovementSymbol } from '../../../domain/radar/svg.js';
import {
  isFiltering,
  legendGroups,
  legendOrder,
  matchingIds,
  NO_FILTER,
  type RadarFilter,
  type TRadarBlip,
  type TRadarView,
} from '../../lib/radarView.js';
import { StatusRegion } from '../Alert.js';
import { BlipDetails, Heading, type HeadingLevel } from './BlipDetails.js';
import { RadarFilters } from './RadarFilters.js';
import { RadarLegend } from './RadarLegend.js';
import { RadarSvg, revealRadarBlip } from './RadarSvg.js';
import { RadarTable } from './RadarTable.js';
import { PHONE_QUERY, useMediaQuery } from './useMediaQuery.js';

export interface RadarChartProps {
  view: TRadarView;
  /** Prefix of every id inside the chart, unique on the page (e.g. "faelles-"), so two radars can share a page. */
  idPrefix: string;
  /** Level of the chart's own headings: 2 when it stands directly under the page's h1, 3 inside a section. */
  headingLevel?: 2 | 3;
  /** A blip's page; when given, a click or Enter on a blip opens it. Without it, a blip only shows its details. */
  blipHref?: (blip: TRadarBlip) => string | null;
  /** The highest value of the relevance scale, to write mean relevance as »4,2 af 5«. */
  relevanceMax?: number;
}

type Mode = 'radar' | 'table';

/**
 * A laid-out radar with everything needed to read it: search and filters, the picture (with
 * details of the blip under the pointer or the focus), the legend, the same numbers as a table,
 * what the rings mean and which technologies are left out under the anonymity threshold. On a
 * phone the legend becomes lists to tap; in print the picture, legend and table all come out.
 */
export function RadarChart({ view, idPrefix, headingLevel = 2, blipHref, relevanceMax }: RadarChartProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const phone = useMediaQuery(PHONE_QUERY);
  const [filter, setFilter] = useState<RadarFilter>(NO_FILTER);
  const [mode, setMode] = useState<Mode>('radar');
  const [selected, setSelected] = useState<string | null>(null);
  const [preview, setPreview] = useState<string | null>(null);
  const figureRef = useRef<HTMLDivElement>(null);
  const sub = (headingLevel + 1) as HeadingLevel;

  const filtering = isFiltering(filter);
  const matching = useMemo(() => matchingIds(view.blips, filter), [view.blips, filter]);
  const shownBlips = useMemo(() => view.blips.filter((b) => matching.has(b.id)), [view.blips, matching]);
  const order = useMemo(() => legendOrder(shownBlips).map((b) => b.id), [shownBlips]);
  const groups = useMemo(() => legendGroups(view, shownBlips), [view, shownBlips]);
  const byId = useMemo(() => new Map(view.blips.map((b) => [b.id, b])), [view.blips]);
  const hrefOf = useCallback((blip: TRadarBlip) => blipHref?.(blip) ?? null, [blipHref]);

  const shown = byId.get(preview ?? selected ?? '') ?? null;

  const activate = (id: string) => {
    const blip = byId.get(id);
    if (!blip) return;
    const href = hrefOf(blip);
    if (href) navigate(href);
    else setSelected(id);
  };

  const selectFromLegend = (id: string | null) => {
    setSelected(id);
    if (id && !phone) revealRadarBlip(figureRef.current, id);
  };

  const detailsFor = (blip: TRadarBlip, compact: boolean) => (
    <BlipDetails view={view} blip={blip} href={hrefOf(blip)} headingLevel={sub} relevanceMax={relevanceMax} compact={compact} />
  );

  const anyRelevance = view.blips.some((b) => b.relevance !== null);
  const ringsWithText = view.rings.filter((r) => r.description);
  const suppressed = view.suppressed ?? [];

  return (
    <div className="pj-radar-chart">
      <RadarFilters view={view} idPrefix={idPrefix} filter={filter} onChange={setFilter} />
      <div className="pj-radar-mode pj-radar-controls" role="group" aria-label={t('radarView.mode.label')}>
        <button type="button" className="button button-secondary" aria-pressed={mode === 'radar'} onClick={() => setMode('radar')}>
          {t('radarView.mode.radar')}
        </button>
        <button type="button" className="button button-secondary" aria-pressed={mode === 'table'} onClick={() => setMode('table')}>
          {t('radarView.mode.table')}
        </button>
      </div>
      <StatusRegion className="pj-radar-count">
        <p className="pj-result-count">
          {filtering
            ? t('radarView.filters.count', { shown: shownBlips.length, count: view.blips.length })
            : t('radarView.filters.countAll', { count: view.blips.length })}
        </p>
      </StatusRegion>

      <div className="pj-radar-graphic" hidden={mode !== 'radar'}>
        <div className="pj-radar-figure" ref={figureRef}>
          <RadarSvg
            view={view}
            idPrefix={idPrefix}
            order={order}
            matching={matching}
            filtering={filtering}
            selectedId={selected}
            onPreview={setPreview}
            onActivate={activate}
          />
          {shown || !phone ? (
            // Beside the radar the frame takes the radar's height and scrolls, so that details of
            // any length never move the page under the pointer.
            <div className="pj-radar-details-frame pj-radar-controls" role="region" aria-label={t('radarView.details.label')} tabIndex={0}>
              <div className="pj-radar-details">
                {shown ? (
                  detailsFor(shown, false)
                ) : (
                  <p className="pj-muted">{blipHref ? t('radarView.details.hintOpen') : t('radarView.details.hint')}</p>
                )}
              </div>
            </div>
          ) : null}
        </div>
        <MovementKey view={view} anyRelevance={anyRelevance} />

        <section className="pj-radar-legend-section" aria-labelledby={`${idPrefix}legend-heading`}>
          <Heading level={headingLevel} id={`${idPrefix}legend-heading`} className="h3">
            {t('radarView.legend.heading')}
          </Heading>
          <p className="pj-muted pj-radar-controls">{phone ? t('radarView.legend.introPhone') : t('radarView.legend.intro')}</p>
          <RadarLegend
            groups={groups}
            idPrefix={idPrefix}
            headingLevel={sub}
            selectedId={selected}
            phone={phone}
            onSelect={selectFromLegend}
            renderDetails={(blip) => detailsFor(blip, true)}
          />
        </section>
      </div>

      <div className="pj-radar-tabular" hidden={mode !== 'table'}>
        <RadarTable
          view={view}
          blips={shownBlips}
          caption={t('radarView.table.caption', { title: view.subtitle ? `${view.title} – ${view.subtitle}` : view.title })}
          blipHref={blipHref ? hrefOf : undefined}
          relevanceMax={relevanceMax}
        />
      </div>

      {ringsWithText.length > 0 ? (
        <section className="pj-radar-rings-section" aria-labelledby={`${idPrefix}rings-heading`}>
          <Heading level={headingLevel} id={`${idPrefix}rings-heading`} className="h3">
            {t('radarView.rings.heading')}
          </Heading>
          <dl className="pj-radar-rings">
            {view.rings.map((ring) =>
              ring.description ? (
                <div key={ring.id}>
                  <dt>
                    <svg className="pj-swatch" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
                      <circle cx="8" cy="8" r="7" fill={ring.color} />
                    </svg>
                    {ring.name}
                  </dt>
                  <dd>{ring.description}</dd>
                </div>
              ) : null,
            )}
          </dl>
        </section>
      ) : null}

      {suppressed.length > 0 ? (
        <section className="pj-radar-suppressed" aria-labelledby={`${idPrefix}suppressed-heading`}>
          <Heading level={headingLevel} id={`${idPrefix}suppressed-heading`} className="h3">
            {t('radarView.suppressed.heading', { count: suppressed.length })}
          </Heading>
          <p>{t('radarView.suppressed.intro', { threshold: view.threshold ?? 5 })}</p>
          <ul className={suppressed.length > 8 ? 'pj-radar-suppressed-list is-long' : 'pj-radar-suppressed-list'}>
            {suppressed.map((s) => (
              <li key={s.id}>{s.name}</li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}

/** What the shapes and sizes of the blips mean; the shapes are drawn by the same renderer as the radar. */
function MovementKey({ view, anyRelevance }: { view: TRadarView; anyRelevance: boolean }) {
  const { t } = useTranslation();
  const symbols = useMemo(() => Object.fromEntries(MOVEMENTS.map((m) => [m, renderMovementSymbol(m, '#454545', 18)])), []);
  const present = new Set(view.blips.map((b) => b.movement));
  const movements = MOVEMENTS.filter((m) => present.has(m) || m === 'unchanged');
  return (
    <div className="pj-legend pj-radar-key">
      <ul>
        {movements.map((m) => (
          <li key={m}>
            <span className="pj-radar-key-symbol" aria-hidden="true" dangerouslySetInnerHTML={{ __html: symbols[m] ?? '' }} />
            {t(`radarView.key.${m}`)}
          </li>
        ))}
      </ul>
      {anyRelevance ? <p className="pj-legend-note">{t('radarView.key.size')}</p> : null}
    </div>
  );
}
