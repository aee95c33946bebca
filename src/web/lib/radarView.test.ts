import { describe, expect, it } from 'vitest';
import {
  NO_FILTER,
  blipMatches,
  choiceFromSearch,
  choiceQuery,
  fileSlug,
  indexOrNull,
  isFiltering,
  legendGroups,
  legendOrder,
  matchingIds,
  nextInOrder,
  parseViewBox,
  pngSize,
  radarViewPath,
  searchForChoice,
  sortBlips,
  spreadSegments,
  svgDataUrl,
  technologyPath,
  type RadarChoice,
  type TRadarBlip,
  type TRadarView,
} from './radarView.js';

const blip = (patch: Partial<TRadarBlip> & Pick<TRadarBlip, 'id' | 'number'>): TRadarBlip => ({
  name: `Teknologi ${patch.id}`,
  sector: 0,
  ring: 0,
  movement: 'unchanged',
  relevance: null,
  description: '',
  x: 0,
  y: 0,
  ...patch,
});

const view: Pick<TRadarView, 'sectors' | 'rings'> = {
  sectors: [
    { id: 'data', name: 'Data' },
    { id: 'robotter', name: 'Robotter' },
    { id: 'tom', name: 'Tom sektor' },
  ],
  rings: [
    { id: 'klar', name: 'Klar', color: '#00703c' },
    { id: 'afproev', name: 'Afprøv', color: '#1a6eb5' },
    { id: 'hold-oeje', name: 'Hold øje', color: '#8a5a00' },
  ],
};

const blips: TRadarBlip[] = [
  blip({
    id: 'ai',
    number: 1,
    name: 'Kunstig intelligens (AI)',
    abbreviation: 'AI',
    sector: 0,
    ring: 0,
    movement: 'new',
    relevanceMean: 4.2,
  }),
  blip({ id: 'bi', number: 2, name: 'Business intelligence', sector: 0, ring: 2, movement: 'moved-in', relevanceMean: 3 }),
  blip({ id: 'rpa', number: 3, name: 'Softwarerobotter (RPA)', sector: 1, ring: 0, movement: 'moved-out', organisations: 12 }),
  blip({ id: 'cafe', number: 4, name: 'Café-robot', sector: 1, ring: 1, organisations: 7, relevanceMean: 4.2 }),
];

describe('addresses and the choice of radar', () => {
  it('writes and reads the choice in Danish words', () => {
    const choices: RadarChoice[] = [{ radar: 'joint' }, { radar: 'own' }, { radar: 'area', area: 'social-og-sundhed' }];
    for (const choice of choices) {
      const search = new URLSearchParams(searchForChoice(choice));
      expect(choiceFromSearch(search, ['social-og-sundhed'])).toEqual(choice);
    }
    expect(radarViewPath('o1', 'e1', { radar: 'area', area: 'social-og-sundhed' })).toBe(
      '/org/o1/radar/udgaver/e1/radar?visning=omraade&omraade=social-og-sundhed',
    );
    expect(radarViewPath('o1', 'e1')).toBe('/org/o1/radar/udgaver/e1/radar');
    expect(technologyPath('o1', 'e1', 't 1')).toBe('/org/o1/radar/udgaver/e1/teknologier/t%201');
  });

  it('falls back to the joint radar for an unknown or missing area or view', () => {
    expect(choiceFromSearch(new URLSearchParams('visning=omraade&omraade=ukendt'), ['a'])).toEqual({ radar: 'joint' });
    expect(choiceFromSearch(new URLSearchParams('visning=omraade'), ['a'])).toEqual({ radar: 'joint' });
    expect(choiceFromSearch(new URLSearchParams('visning=noget'), ['a'])).toEqual({ radar: 'joint' });
    expect(choiceFromSearch(new URLSearchParams(''), [])).toEqual({ radar: 'joint' });
  });

  it('gives the API the area only for an area radar', () => {
    expect(choiceQuery({ radar: 'joint' })).toEqual({ radar: 'joint' });
    expect(choiceQuery({ radar: 'area', area: 'x' })).toEqual({ radar: 'area', area: 'x' });
  });
});

describe('filters', () => {
  it('matches names and abbreviations without regard to case or accents', () => {
    expect(blipMatches(blips[0]!, { ...NO_FILTER, query: 'ai' })).toBe(true);
    expect(blipMatches(blips[3]!, { ...NO_FILTER, query: 'cafe' })).toBe(true);
    expect(blipMatches(blips[2]!, { ...NO_FILTER, query: 'ROBOT' })).toBe(true);
    expect(blipMatches(blips[1]!, { ...NO_FILTER, query: 'robot' })).toBe(false);
  });

  it('matches a number exactly', () => {
    expect([...matchingIds(blips, { ...NO_FILTER, query: '3' })]).toEqual(['rpa']);
    expect([...matchingIds(blips, { ...NO_FILTER, query: ' 30 ' })]).toEqual([]);
  });

  it('filters by sector, ring and movement together', () => {
    expect([...matchingIds(blips, { ...NO_FILTER, sector: 1 })]).toEqual(['rpa', 'cafe']);
    expect([...matchingIds(blips, { ...NO_FILTER, sector: 1, ring: 0 })]).toEqual(['rpa']);
    expect([...matchingIds(blips, { ...NO_FILTER, movement: 'changed' })]).toEqual(['ai', 'bi', 'rpa']);
    expect([...matchingIds(blips, { ...NO_FILTER, movement: 'moved' })]).toEqual(['bi', 'rpa']);
    expect([...matchingIds(blips, { ...NO_FILTER, movement: 'new' })]).toEqual(['ai']);
    expect([...matchingIds(blips, { ...NO_FILTER, movement: 'unchanged' })]).toEqual(['cafe']);
  });

  it('knows when a filter is set', () => {
    expect(isFiltering(NO_FILTER)).toBe(false);
    expect(isFiltering({ ...NO_FILTER, query: '  ' })).toBe(false);
    expect(isFiltering({ ...NO_FILTER, ring: 0 })).toBe(true);
    expect(indexOrNull('')).toBeNull();
    expect(indexOrNull('2')).toBe(2);
    expect(indexOrNull('-1')).toBeNull();
  });
});

describe('legend', () => {
  it('groups by sector, then ring, leaving out empty groups', () => {
    const groups = legendGroups(view, blips);
    expect(groups.map((g) => [g.name, g.count, g.rings.map((r) => [r.name, r.blips.map((b) => b.number)])])).toEqual([
      [
        'Data',
        2,
        [
          ['Klar', [1]],
          ['Hold øje', [2]],
        ],
      ],
      [
        'Robotter',
        2,
        [
          ['Klar', [3]],
          ['Afprøv', [4]],
        ],
      ],
    ]);
  });

  it('orders by sector and ring before number', () => {
    const shuffled = [blip({ id: 'z', number: 9, sector: 0, ring: 1 }), blip({ id: 'y', number: 10, sector: 0, ring: 0 })];
    expect(legendOrder(shuffled).map((b) => b.id)).toEqual(['y', 'z']);
  });

  it('moves through the order with arrows, Home and End, round the ends', () => {
    const order = ['a', 'b', 'c'];
    expect(nextInOrder(order, 'a', 'ArrowRight')).toBe('b');
    expect(nextInOrder(order, 'c', 'ArrowDown')).toBe('a');
    expect(nextInOrder(order, 'a', 'ArrowLeft')).toBe('c');
    expect(nextInOrder(order, 'b', 'ArrowUp')).toBe('a');
    expect(nextInOrder(order, 'b', 'Home')).toBe('a');
    expect(nextInOrder(order, 'a', 'End')).toBe('c');
    expect(nextInOrder(order, 'x', 'ArrowRight')).toBe('a');
    expect(nextInOrder(order, 'a', 'Enter')).toBeNull();
    expect(nextInOrder([], 'a', 'Home')).toBeNull();
  });
});

describe('table sorting', () => {
  it('sorts by name with the locale and keeps unknown values last', () => {
    expect(sortBlips(blips, 'name', 'ascending', 'da').map((b) => b.id)).toEqual(['bi', 'cafe', 'ai', 'rpa']);
    expect(sortBlips(blips, 'organisations', 'descending', 'da').map((b) => b.id)).toEqual(['rpa', 'cafe', 'ai', 'bi']);
    expect(sortBlips(blips, 'organisations', 'ascending', 'da').map((b) => b.id)).toEqual(['cafe', 'rpa', 'ai', 'bi']);
  });

  it('breaks ties by number', () => {
    expect(sortBlips(blips, 'relevance', 'descending', 'da').map((b) => b.id)).toEqual(['ai', 'cafe', 'bi', 'rpa']);
    expect(sortBlips(blips, 'movement', 'ascending', 'da').map((b) => b.id)).toEqual(['ai', 'bi', 'rpa', 'cafe']);
  });
});

describe('spread of answers', () => {
  it('makes segments of the options with answers', () => {
    const segments = spreadSegments([{ count: 2 }, { count: 0 }, { count: 6 }]);
    expect(segments).toEqual([
      { index: 0, count: 2, from: 0, share: 0.25 },
      { index: 2, count: 6, from: 0.25, share: 0.75 },
    ]);
    expect(spreadSegments([{ count: 0 }])).toEqual([]);
    expect(spreadSegments([])).toEqual([]);
  });
});

describe('export helpers', () => {
  it('reads the viewBox of the root element', () => {
    expect(parseViewBox('<svg xmlns="http://www.w3.org/2000/svg" viewBox="-600 -550.5 1200 1101" role="img">')).toEqual({
      x: -600,
      y: -550.5,
      width: 1200,
      height: 1101,
    });
    expect(parseViewBox('<svg viewBox="0 0 0 10">')).toBeNull();
    expect(parseViewBox('<svg>')).toBeNull();
  });

  it('sizes the PNG by its longer side', () => {
    expect(pngSize({ x: 0, y: 0, width: 1200, height: 1000 }, 2400)).toEqual({ width: 2400, height: 2000 });
    expect(pngSize({ x: 0, y: 0, width: 500, height: 1000 }, 2000)).toEqual({ width: 1000, height: 2000 });
    expect(pngSize(null, 800)).toEqual({ width: 800, height: 800 });
  });

  it('makes a data: address that keeps the markup', () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg"><text>Æ & ø #1</text></svg>';
    const url = svgDataUrl(svg);
    expect(url.startsWith('data:image/svg+xml;charset=utf-8,')).toBe(true);
    expect(decodeURIComponent(url.slice(url.indexOf(',') + 1))).toBe(svg);
  });

  it('makes file names from titles', () => {
    expect(fileSlug('Fælles radar – Social og sundhed 2026')).toBe('faelles-radar-social-og-sundhed-2026');
    expect(fileSlug('Café Ørsted Å')).toBe('cafe-oersted-aa');
    expect(fileSlug('!!!')).toBe('radar');
  });
});
