import { useTranslation } from 'react-i18next';
import { indexOrNull, isFiltering, isMovementFilter, NO_FILTER, type RadarFilter, type TRadarView } from '../../lib/radarView.js';
import { SelectField, TextField } from '../fields.js';

/** Search and filters of a radar: text, sector, ring and movement. What does not match is dimmed. */
export function RadarFilters({
  view,
  idPrefix,
  filter,
  onChange,
}: {
  view: TRadarView;
  idPrefix: string;
  filter: RadarFilter;
  onChange: (filter: RadarFilter) => void;
}) {
  const { t } = useTranslation();
  const anyMovement = view.blips.some((b) => b.movement !== 'unchanged');
  const filtering = isFiltering(filter);

  return (
    <div className="pj-filter pj-radar-filters pj-radar-controls" role="search" aria-label={t('radarView.filters.label')}>
      <TextField
        id={`${idPrefix}search`}
        name="search"
        type="search"
        label={t('radarView.filters.search')}
        hint={t('radarView.filters.searchHint')}
        value={filter.query}
        onChange={(e) => onChange({ ...filter, query: e.target.value })}
        autoComplete="off"
        spellCheck={false}
      />
      <SelectField
        id={`${idPrefix}sector`}
        name="sector"
        label={t('radarView.filters.sector')}
        value={filter.sector === null ? '' : String(filter.sector)}
        onChange={(e) => onChange({ ...filter, sector: indexOrNull(e.target.value) })}
        options={[
          { value: '', label: t('radarView.filters.allSectors') },
          ...view.sectors.map((s, i) => ({ value: String(i), label: s.name })),
        ]}
      />
      <SelectField
        id={`${idPrefix}ring`}
        name="ring"
        label={t('radarView.filters.ring')}
        value={filter.ring === null ? '' : String(filter.ring)}
        onChange={(e) => onChange({ ...filter, ring: indexOrNull(e.target.value) })}
        options={[
          { value: '', label: t('radarView.filters.allRings') },
          ...view.rings.map((r, i) => ({ value: String(i), label: r.name })),
        ]}
      />
      {anyMovement || filter.movement !== 'all' ? (
        <SelectField
          id={`${idPrefix}movement`}
          name="movement"
          label={t('radarView.filters.movement')}
          value={filter.movement}
          onChange={(e) => onChange({ ...filter, movement: isMovementFilter(e.target.value) ? e.target.value : 'all' })}
          options={[
            { value: 'all', label: t('radarView.filters.movementAll') },
            { value: 'changed', label: t('radarView.filters.movementChanged') },
            { value: 'new', label: t('radarView.filters.movementNew') },
            { value: 'moved', label: t('radarView.filters.movementMoved') },
            { value: 'unchanged', label: t('radarView.filters.movementUnchanged') },
          ]}
        />
      ) : null}
      {filtering ? (
        <button type="button" className="button button-tertiary" onClick={() => onChange(NO_FILTER)}>
          {t('radarView.filters.reset')}
        </button>
      ) : null}
    </div>
  );
}
