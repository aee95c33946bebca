import { layoutRadar, type PlacedBlip } from '../../src/domain/radar/layout.js';
import { MOVEMENTS } from '../../src/domain/radar/model.js';
import { RING_COLORS, type RadarView, type RadarViewBlip } from '../../src/domain/radar/view.js';

/**
 * A radar of `count` blips over 4 sectors and 4 rings, placed by the real layout, for the
 * renderers' tests: `blip` adds or overrides fields per blip, `edit` adjusts the finished blip.
 */
export function sampleRadarView(
  count: number,
  blip: (placed: PlacedBlip, i: number) => Partial<RadarViewBlip>,
  edit: (blip: RadarViewBlip, i: number) => RadarViewBlip = (b) => b,
  view: Partial<RadarView> = {},
): RadarView {
  const raw = Array.from({ length: count }, (_, i) => ({ id: `tech-${String(i).padStart(2, '0')}`, sector: i % 4, ring: (i >> 2) % 4 }));
  const layout = layoutRadar({ sectors: 4, rings: 4 }, raw);
  const blips = layout.blips.map((p, i) =>
    edit(
      {
        id: p.id,
        name: `Teknologi ${i + 1}`,
        number: i + 1,
        sector: p.sector,
        ring: p.ring,
        movement: MOVEMENTS[i % MOVEMENTS.length]!,
        relevance: null,
        description: '',
        x: p.x,
        y: p.y,
        ...blip(p, i),
      },
      i,
    ),
  );
  return {
    kind: 'joint',
    title: 'Teknologiradar',
    subtitle: 'Udgave 2026',
    lang: 'da',
    sectors: ['Data', 'Automatisering', 'Brugerflader', 'Infrastruktur'].map((name, i) => ({ id: `s${i}`, name })),
    rings: ['Klar', 'Afprøv', 'Undersøg', 'Afvent'].map((name, i) => ({ id: `r${i}`, name, color: RING_COLORS[i]! })),
    blips,
    blipRadius: layout.blipRadius,
    source: 'Kommunernes Teknologiradar',
    ...view,
  };
}
