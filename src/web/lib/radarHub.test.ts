import { describe, expect, it } from 'vitest';
import { ZCreateTechnologyBody, ZUpdateEditionBody, type TRadarTechnology } from '../../contracts/radar.js';
import {
  EMPTY_CELL,
  answerOf,
  answerPath,
  answerProgress,
  areaDrafts,
  areaInputs,
  byDanishName,
  cellKey,
  cellsFromAnswers,
  editionActions,
  editionPath,
  emptyPending,
  emptyTechnologyDraft,
  fileProblems,
  filterOrganisations,
  formatDecimal,
  groupBySector,
  inFieldOrder,
  isCellAnswered,
  isPendingEmpty,
  jointRadarPath,
  lookBody,
  lookDraft,
  lookProblems,
  maturityPath,
  mergePending,
  orderedAreas,
  parseDecimal,
  percentOf,
  ownRadarPath,
  radarPath,
  sameAreas,
  statusControls,
  storedRadarPath,
  technologyAnswered,
  technologyBody,
  technologyDraft,
  trlSpan,
} from './radarHub.js';

describe('addresses', () => {
  it('follows the routes of the radar pages', () => {
    expect(radarPath('o1')).toBe('/org/o1/radar');
    expect(editionPath('o1', 'e1')).toBe('/org/o1/radar/udgaver/e1');
    expect(answerPath('o1', 'e1')).toBe('/org/o1/radar/udgaver/e1/svar');
    expect(maturityPath('o1', 'e1')).toBe('/org/o1/radar/udgaver/e1/modenhed');
    expect(jointRadarPath('o1', 'e1')).toBe('/org/o1/radar/udgaver/e1/radar');
    expect(ownRadarPath('o1', 'e1')).toBe('/org/o1/radar/udgaver/e1/egen');
    expect(storedRadarPath('o1', 'r1')).toBe('/org/o1/radar/radarer/r1');
  });
});

describe('editionActions', () => {
  const edition = (status: 'draft' | 'open' | 'closed', coordinating: boolean, participating: boolean) => ({
    status,
    coordinating,
    participating,
  });

  it('offers answering and rating only while the edition is open', () => {
    expect(editionActions(edition('open', true, true), true)).toEqual(['answer', 'maturity', 'radar', 'own', 'manage']);
    expect(editionActions(edition('closed', true, true), true)).toEqual(['radar', 'own', 'manage']);
  });

  it('shows no radars for a draft, and management only to facilitators of the coordinator', () => {
    expect(editionActions(edition('draft', true, true), true)).toEqual(['manage']);
    expect(editionActions(edition('draft', true, true), false)).toEqual([]);
    expect(editionActions(edition('draft', false, true), true)).toEqual([]);
  });

  it('gives a participant that does not coordinate answering and its radars', () => {
    expect(editionActions(edition('open', false, true), false)).toEqual(['answer', 'radar', 'own']);
  });

  it('gives a coordinator that does not answer the maturity rating but no own radar', () => {
    expect(editionActions(edition('open', true, false), false)).toEqual(['maturity', 'radar']);
  });
});

describe('statusControls', () => {
  it('opens a draft, closes an open edition and reopens a closed one', () => {
    expect(statusControls('draft')).toEqual(['open']);
    expect(statusControls('open')).toEqual(['close']);
    expect(statusControls('closed')).toEqual(['reopen']);
  });
});

describe('groupBySector', () => {
  const sectors = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];

  it('keeps the order of the sectors and of the items within them, and leaves out empty sectors', () => {
    const items = [
      { id: 1, sector: 'b' },
      { id: 2, sector: 'a' },
      { id: 3, sector: 'b' },
    ];
    expect(groupBySector(items, sectors).map((g) => [g.sectorId, g.items.map((i) => i.id)])).toEqual([
      ['a', [2]],
      ['b', [1, 3]],
    ]);
  });

  it('never drops an item of an unknown sector: it comes last under its own id', () => {
    const groups = groupBySector(
      [
        { id: 1, sector: 'x' },
        { id: 2, sector: 'c' },
      ],
      sectors,
    );
    expect(groups.map((g) => [g.sectorId, g.sector, g.items.length])).toEqual([
      ['c', { id: 'c' }, 1],
      ['x', null, 1],
    ]);
  });
});

describe('answers', () => {
  const answers = [
    { technologyId: 't1', areaId: 'a1', spread: 'i-drift', relevance: 4 },
    { technologyId: 't1', areaId: 'a2', spread: null, relevance: 2 },
    { technologyId: 't2', areaId: 'a1', spread: 'ved-ikke', relevance: null },
  ];

  it('turns stored answers into cells and back', () => {
    const cells = cellsFromAnswers(answers);
    expect(cells[cellKey('t1', 'a1')]).toEqual({ spread: 'i-drift', relevance: 4 });
    expect(answerOf('t1', 'a1', cells[cellKey('t1', 'a1')]!)).toEqual(answers[0]);
    // »Ved ikke« for relevance is 0, so it comes back after a reload; null is no answer yet.
    expect(cellsFromAnswers([{ technologyId: 't9', areaId: 'a1', spread: 'afproeves', relevance: 0 }])[cellKey('t9', 'a1')]).toEqual({
      spread: 'afproeves',
      relevance: 0,
    });
  });

  it('counts a cell as answered once the spread is given, »Ved ikke« included', () => {
    const cells = cellsFromAnswers(answers);
    expect(isCellAnswered(cells[cellKey('t1', 'a1')])).toBe(true);
    expect(isCellAnswered(cells[cellKey('t1', 'a2')])).toBe(false);
    expect(isCellAnswered(cells[cellKey('t2', 'a1')])).toBe(true);
    expect(isCellAnswered(undefined)).toBe(false);
    expect(isCellAnswered(EMPTY_CELL)).toBe(false);
  });

  it('counts progress over the chosen areas only', () => {
    const cells = cellsFromAnswers(answers);
    expect(answerProgress(['t1', 't2'], ['a1'], cells)).toEqual({ answered: 2, total: 2 });
    expect(answerProgress(['t1', 't2'], ['a1', 'a2'], cells)).toEqual({ answered: 2, total: 4 });
    expect(answerProgress(['t1', 't2'], [], cells)).toEqual({ answered: 0, total: 0 });
  });

  it('calls a technology done when every chosen area is answered', () => {
    const cells = cellsFromAnswers(answers);
    expect(technologyAnswered('t1', ['a1'], cells)).toBe(true);
    expect(technologyAnswered('t1', ['a1', 'a2'], cells)).toBe(false);
    expect(technologyAnswered('t1', [], cells)).toBe(false);
  });

  it('keeps the chosen areas in the edition’s order and drops areas the edition lacks', () => {
    expect(orderedAreas(['c', 'x', 'a'], [{ id: 'a' }, { id: 'b' }, { id: 'c' }])).toEqual(['a', 'c']);
  });
});

describe('pending changes', () => {
  it('lets newer values win per key and keeps the newest extra value', () => {
    const older = { items: { a: 1, b: 2 }, extra: ['x'] };
    const newer = { items: { b: 3 }, extra: undefined };
    expect(mergePending(older, newer)).toEqual({ items: { a: 1, b: 3 }, extra: ['x'] });
    expect(mergePending(older, { items: {}, extra: ['y'] }).extra).toEqual(['y']);
  });

  it('is empty without items and without an extra value', () => {
    expect(isPendingEmpty(emptyPending())).toBe(true);
    expect(isPendingEmpty({ items: {}, extra: ['a'] })).toBe(false);
    expect(isPendingEmpty({ items: { a: 1 }, extra: undefined })).toBe(false);
  });
});

describe('areas of an edition', () => {
  const catalogue = [
    { id: 'skole', name: 'Dagtilbud og skole' },
    { id: 'social', name: 'Social og sundhed' },
  ];

  it('sends catalogue areas with their id and new ones without', () => {
    const drafts = [...areaDrafts(catalogue), { key: 'new-1', name: 'Kultur og fritid' }];
    expect(areaInputs(drafts)).toEqual([
      { id: 'skole', name: 'Dagtilbud og skole' },
      { id: 'social', name: 'Social og sundhed' },
      { name: 'Kultur og fritid' },
    ]);
  });

  it('sends an area left unchanged by its Danish name, so editing in English keeps both names', () => {
    const drafts = areaDrafts([
      { id: 'skole', name: 'Day care and schools', da: 'Dagtilbud og skole' },
      { id: 'social', name: 'Social care and health', da: 'Social og sundhed' },
    ]);
    const renamed = [drafts[0]!, { ...drafts[1]!, name: 'Health' }];
    expect(areaInputs(renamed)).toEqual([
      { id: 'skole', name: 'Dagtilbud og skole' },
      { id: 'social', name: 'Health' },
    ]);
  });

  it('sees unchanged areas as the same, and any rename, removal, addition or reordering as a change', () => {
    const drafts = areaDrafts(catalogue);
    expect(sameAreas(drafts, catalogue)).toBe(true);
    expect(sameAreas([{ ...drafts[0]!, name: 'Dagtilbud og skole ' }, drafts[1]!], catalogue)).toBe(true);
    expect(sameAreas([{ ...drafts[0]!, name: 'Skole' }, drafts[1]!], catalogue)).toBe(false);
    expect(sameAreas([drafts[0]!], catalogue)).toBe(false);
    expect(sameAreas([...drafts, { key: 'n', name: 'Kultur' }], catalogue)).toBe(false);
    expect(sameAreas([drafts[1]!, drafts[0]!], catalogue)).toBe(false);
  });
});

describe('organisations', () => {
  const orgs = [
    { name: 'Østby Kommune', type: 'kommune' },
    { name: 'Fjordby Kommune', type: 'kommune' },
    { name: 'Region Vestkyst', type: 'region' },
    { name: 'Aabenraa Kommune', type: 'kommune' },
  ];

  it('matches every word of the query in the name, ignoring case', () => {
    expect(filterOrganisations(orgs, 'fjord').map((o) => o.name)).toEqual(['Fjordby Kommune']);
    expect(filterOrganisations(orgs, 'KOMMUNE øst').map((o) => o.name)).toEqual(['Østby Kommune']);
    expect(filterOrganisations(orgs, '  ')).toHaveLength(4);
  });

  it('also matches the type label when given', () => {
    expect(filterOrganisations(orgs, 'region', (o) => (o.type === 'region' ? 'Region' : 'Kommune')).map((o) => o.name)).toEqual([
      'Region Vestkyst',
    ]);
  });

  it('sorts names the Danish way, with Æ, Ø and Å (and Aa) last', () => {
    expect([...orgs].sort(byDanishName).map((o) => o.name)).toEqual([
      'Fjordby Kommune',
      'Region Vestkyst',
      'Østby Kommune',
      'Aabenraa Kommune',
    ]);
  });
});

describe('fileProblems', () => {
  it('reads the line from the path and lists the problems in the order of the file', () => {
    expect(
      fileProblems([
        { path: 'line 12', message: 'Ukendt ring' },
        { path: 'file', message: 'Mangler kolonnen name' },
        { path: 'line 3', message: 'Tomt navn' },
        { path: 'line 3', message: 'Ukendt kvadrant' },
      ]),
    ).toEqual([
      { line: null, message: 'Mangler kolonnen name', located: false },
      { line: 3, message: 'Tomt navn', located: false },
      { line: 3, message: 'Ukendt kvadrant', located: false },
      { line: 12, message: 'Ukendt ring', located: false },
    ]);
  });

  it('finds the line inside a longer path', () => {
    expect(fileProblems([{ path: 'text.line 7.ring', message: 'x' }])).toEqual([{ line: 7, message: 'x', located: false }]);
  });

  it('notices a message that already names its line, in Danish or English', () => {
    expect(
      fileProblems([
        { path: 'line 3', message: 'Linje 3, name: Skal udfyldes.' },
        { path: 'line 4', message: 'Line 4, ring: Unknown ring' },
        { path: 'line 5', message: 'Linje 50, ring: anden linje' },
      ]).map((p) => p.located),
    ).toEqual([true, true, false]);
  });
});

describe('trlSpan', () => {
  it('writes a span with an en dash and a single step alone', () => {
    expect(trlSpan({ from: 1, to: 3 })).toBe('TRL 1–3');
    expect(trlSpan({ from: 8, to: 8 })).toBe('TRL 8');
  });
});

describe('technology form', () => {
  const tech: TRadarTechnology = {
    id: 'tech1',
    catalogueKey: 'kunstig-intelligens',
    own: false,
    sector: 'data-og-intelligens',
    name: { da: 'Kunstig intelligens', en: 'Artificial intelligence' },
    abbreviation: 'AI',
    description: { da: 'Programmer, der lærer.', en: 'Programs that learn.' },
    examples: [{ area: 'dagtilbud-og-skole', text: { da: 'Læringsplatforme', en: 'Learning platforms' } }],
    cases: [{ title: 'Chatbot', organisation: 'Fjordby Kommune', url: 'https://example.dk/case', area: 'social-og-sundhed' }],
    archived: false,
    updatedAt: '2026-01-01T00:00:00.000Z',
  };

  it('round-trips a technology through the form into a valid body', () => {
    const body = technologyBody(technologyDraft(tech));
    expect(body).toEqual({
      sector: tech.sector,
      name: tech.name,
      abbreviation: 'AI',
      description: tech.description,
      examples: tech.examples,
      cases: tech.cases,
    });
    expect(ZCreateTechnologyBody.safeParse(body).success).toBe(true);
  });

  it('sends an empty abbreviation as null and leaves out a case’s empty area', () => {
    const draft = {
      ...emptyTechnologyDraft('infrastruktur'),
      nameDa: 'Sensorer',
      nameEn: 'Sensors',
      abbreviation: '  ',
      cases: [{ key: 'c', title: 'Måler', organisation: 'Østby', url: ' https://example.dk ', area: '' }],
    };
    const body = technologyBody(draft);
    expect(body.abbreviation).toBeNull();
    expect(body.cases).toEqual([{ title: 'Måler', organisation: 'Østby', url: 'https://example.dk' }]);
    expect(ZCreateTechnologyBody.safeParse(body).success).toBe(true);
  });
});

describe('inFieldOrder', () => {
  it('orders the problems as the fields are on the page, keeping unknown paths last', () => {
    const failed = { ok: false as const, errors: { technologyIds: 'a', 'areas.4.name': 'b', other: 'c', name: 'd', 'areas.1.name': 'e' } };
    const ordered = inFieldOrder(failed, ['name', 'technologyIds', 'areas']);
    expect(ordered.ok ? [] : Object.keys(ordered.errors)).toEqual(['name', 'technologyIds', 'areas.4.name', 'areas.1.name', 'other']);
  });

  it('leaves a passed validation as it is', () => {
    const passed = { ok: true as const, data: { name: 'x' } };
    expect(inFieldOrder(passed, ['name'])).toBe(passed);
  });
});

describe('the radar look and ring rule', () => {
  const edition = {
    sectors: [
      { id: 'sundhed', name: { da: 'Sundhed', en: 'Health' } },
      { id: 'klima', name: { da: 'Klima', en: 'Climate' } },
    ],
    rings: [
      { id: 'klar', name: { da: 'Klar', en: 'Ready' }, color: '#2E7D32', min: 0.75 },
      { id: 'afproev', name: { da: 'Afprøv', en: 'Trial' }, color: '#1565c0', min: 1 / 3 },
      { id: 'hold', name: { da: 'Hold øje', en: 'Watch' }, color: '#6a1b9a', min: 0 },
    ],
    weights: { maturity: 1, spread: 1.5 },
  };

  it('reads and writes numbers the Danish and the English way', () => {
    expect(formatDecimal(1.5, 'da')).toBe('1,5');
    expect(formatDecimal(1.5, 'en')).toBe('1.5');
    expect(percentOf(0.75, 'da')).toBe('75');
    expect(percentOf(1 / 3, 'da')).toBe('33,33');
    expect(parseDecimal(' 12,5 ')).toBe(12.5);
    expect(parseDecimal('12.5')).toBe(12.5);
    for (const bad of ['', '-1', '1e2', 'abc', '1,2,3']) expect(parseDecimal(bad)).toBeNaN();
  });

  it('sends the edition back unchanged when nothing was edited, even in English', () => {
    for (const language of ['da', 'en'] as const) {
      const body = lookBody(lookDraft(edition, language));
      expect(body).toEqual({
        sectors: [
          { id: 'sundhed', name: 'Sundhed' },
          { id: 'klima', name: 'Klima' },
        ],
        rings: [
          { id: 'klar', name: 'Klar', color: '#2E7D32', min: 0.75 },
          { id: 'afproev', name: 'Afprøv', color: '#1565c0', min: 1 / 3 },
          { id: 'hold', name: 'Hold øje', color: '#6a1b9a', min: 0 },
        ],
        weights: { maturity: 1, spread: 1.5 },
      });
      expect(ZUpdateEditionBody.safeParse(body).success).toBe(true);
      expect(lookProblems(lookDraft(edition, language))).toEqual([]);
    }
  });

  it('builds the body from what was typed: names, colour, percentage and weights', () => {
    const draft = lookDraft(edition, 'da');
    draft.sectors[1]!.name = 'Miljø';
    draft.rings[0] = { ...draft.rings[0]!, name: 'Brug den', color: '#AA0000', percent: '80 %' };
    draft.rings[1] = { ...draft.rings[1]!, percent: '40,5' };
    draft.maturity = '2';
    draft.spread = '0,5';
    const body = lookBody(draft);
    expect(body.sectors[1]).toEqual({ id: 'klima', name: 'Miljø' });
    expect(body.rings[0]).toEqual({ id: 'klar', name: 'Brug den', color: '#aa0000', min: 0.8 });
    expect(body.rings[1]!.min).toBe(0.405);
    expect(body.weights).toEqual({ maturity: 2, spread: 0.5 });
    expect(lookProblems(draft)).toEqual([]);
  });

  it('finds thresholds that do not fall, an outermost ring above 0, bad numbers and weights', () => {
    const draft = lookDraft(edition, 'da');
    draft.rings[1] = { ...draft.rings[1]!, percent: '75' };
    draft.rings[2] = { ...draft.rings[2]!, percent: '10' };
    draft.spread = '0';
    expect(lookProblems(draft)).toEqual([
      { path: 'rings.1.min', problem: 'falling', inner: 75 },
      { path: 'rings.2.min', problem: 'outermost' },
      { path: 'weights.spread', problem: 'weight' },
    ]);
    draft.rings[0] = { ...draft.rings[0]!, percent: '120' };
    draft.rings[1] = { ...draft.rings[1]!, percent: 'halvtreds' };
    draft.rings[2] = { ...draft.rings[2]!, percent: '0' };
    draft.spread = '101';
    expect(lookProblems(draft)).toEqual([
      { path: 'rings.0.min', problem: 'percent' },
      { path: 'rings.1.min', problem: 'percent' },
      { path: 'weights.spread', problem: 'weight' },
    ]);
  });

  it('leaves an empty name to the contract, which refuses it', () => {
    const draft = lookDraft(edition, 'da');
    draft.rings[2] = { ...draft.rings[2]!, name: '  ' };
    const result = ZUpdateEditionBody.safeParse(lookBody(draft));
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['rings', 2, 'name']);
  });
});
