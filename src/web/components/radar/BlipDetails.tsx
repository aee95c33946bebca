import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLanguage } from '../../hooks/useLanguage.js';
import type { Language } from '../../i18n/index.js';
import { formatNumber, formatPercent } from '../../lib/format.js';
import type { TRadarBlip, TRadarView } from '../../lib/radarView.js';
import { SpreadBar } from './SpreadBar.js';

export type HeadingLevel = 2 | 3 | 4;

/** A heading of the given level, for components used both directly under the h1 and inside a section. */
export function Heading({ level, id, className, children }: { level: HeadingLevel; id?: string; className?: string; children: ReactNode }) {
  const Tag = `h${level}` as const;
  return (
    <Tag id={id} className={className}>
      {children}
    </Tag>
  );
}

/** Mean relevance as »4,2 af 5«, or relevance 0–1 as a percentage, or a dash. */
export function relevanceText(
  blip: TRadarBlip,
  language: Language,
  max: number | undefined,
  of: (value: string, max: number) => string,
): string {
  if (blip.relevanceMean !== null && blip.relevanceMean !== undefined) {
    const value = formatNumber(blip.relevanceMean, language, 1);
    return max ? of(value, max) : value;
  }
  if (blip.relevance !== null && Number.isFinite(blip.relevance)) return formatPercent(blip.relevance, language);
  return '–';
}

/** How a blip moved, with the ring it came from when known: »Rykket ind (fra Hold øje)«. */
export function useMovementText() {
  const { t } = useTranslation();
  return (view: TRadarView, blip: TRadarBlip) => {
    const movement = t(`radarView.movement.${blip.movement}`);
    const from = blip.previousRing !== null && blip.previousRing !== undefined ? view.rings[blip.previousRing]?.name : undefined;
    return from && blip.movement !== 'unchanged' && blip.movement !== 'new'
      ? t('radarView.details.movedFrom', { movement, ring: from })
      : movement;
  };
}

/**
 * What is known of one blip: its ring, sector and movement, relevance, how many organisations
 * its place rests on and their answers, its description, and a link to its page.
 */
export function BlipDetails({
  view,
  blip,
  href,
  headingLevel,
  relevanceMax,
  compact = false,
}: {
  view: TRadarView;
  blip: TRadarBlip;
  href?: string | null;
  headingLevel: HeadingLevel;
  relevanceMax?: number;
  /** Under a legend entry on a phone: no heading (the entry names it). */
  compact?: boolean;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const movementText = useMovementText();
  const ring = view.rings[blip.ring];
  const of = (value: string, max: number) => t('radarView.details.relevanceOf', { value, max });
  const spread = blip.spread ?? [];

  return (
    <div className={compact ? 'pj-radar-details-body pj-radar-details-compact' : 'pj-radar-details-body'}>
      {compact ? null : (
        <Heading level={headingLevel} className="h4 pj-radar-details-title">
          <span className="pj-radar-number">{blip.number}</span> {blip.name}
        </Heading>
      )}
      <dl className="pj-radar-details-facts">
        <div>
          <dt>{t('radarView.details.ring')}</dt>
          <dd>
            <span className="pj-radar-ring-name">
              <svg className="pj-swatch" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
                <circle cx="8" cy="8" r="7" fill={ring?.color ?? '#6f6f6f'} />
              </svg>
              {ring?.name ?? '–'}
            </span>
            {blip.manual ? <span className="pj-radar-flag">{t('radarView.details.manual')}</span> : null}
          </dd>
        </div>
        <div>
          <dt>{t('radarView.details.sector')}</dt>
          <dd>{view.sectors[blip.sector]?.name ?? '–'}</dd>
        </div>
        <div>
          <dt>{t('radarView.details.movement')}</dt>
          <dd>{movementText(view, blip)}</dd>
        </div>
        {blip.relevanceMean !== undefined || blip.relevance !== null ? (
          <div>
            <dt>{t('radarView.details.relevance')}</dt>
            <dd>{relevanceText(blip, language, relevanceMax, of)}</dd>
          </div>
        ) : null}
        {blip.organisations !== undefined ? (
          <div>
            <dt>{t('radarView.details.organisations')}</dt>
            <dd className="pj-num">{blip.organisations}</dd>
          </div>
        ) : null}
      </dl>
      {blip.own ? <p className="pj-radar-flag">{t('radarView.details.own')}</p> : null}
      {blip.inactive ? <p className="pj-muted">{t('radarView.details.inactive')}</p> : null}
      {spread.length > 0 ? (
        <div className="pj-radar-details-spread">
          <p className="pj-radar-details-label">{t('radarView.details.spread')}</p>
          <SpreadBar spread={spread} showKey />
        </div>
      ) : null}
      {blip.description ? (
        // Sanitised HTML from the server (the radar's description fragments).
        <div className="pj-radar-description" dangerouslySetInnerHTML={{ __html: blip.description }} />
      ) : null}
      {href ? (
        <p>
          <Link to={href}>{t('radarView.details.open', { name: blip.name })}</Link>
        </p>
      ) : null}
      {!href && blip.link && /^https?:\/\//i.test(blip.link) ? (
        <p>
          <a href={blip.link} rel="noopener noreferrer">
            {t('radarView.details.link')}
            <span className="sr-only"> – {blip.name}</span>
          </a>
        </p>
      ) : null}
    </div>
  );
}
