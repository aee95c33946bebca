import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TPicture, TPlanRow, TSnapshot } from '../../contracts/live.js';
import { WORKSHOP_CONTENT } from './workshopContent.js';
import {
  applyFrame,
  areaPlans,
  byDots,
  emptyRow,
  mergeRoot,
  mergeTargets,
  noteGroups,
  notesDraftOf,
  periodParts,
  planDateText,
  ranksByDots,
  sameNotes,
  sameSelection,
  selectionChecks,
  selectionOf,
  toggleSelected,
  validSelection,
  type PictureNote,
} from './workshops.js';

const note = (id: string, patch: Partial<PictureNote> = {}): PictureNote => ({
  id,
  category: 'strength',
  text: `Seddel ${id}`,
  mine: false,
  hidden: false,
  mergedInto: null,
  dots: null,
  selected: null,
  ...patch,
});

const cell = (value: string) => ({ value, version: value ? 1 : 0, by: null, at: null });
const row = (id: string, areaId: string, position: number, values: Partial<Record<keyof TPlanRow['cells'], string>> = {}): TPlanRow => ({
  id,
  areaId,
  position,
  cells: {
    focusArea: cell(values.focusArea ?? ''),
    activity: cell(values.activity ?? ''),
    resources: cell(values.resources ?? ''),
    start: cell(values.start ?? ''),
    end: cell(values.end ?? ''),
    responsible: cell(values.responsible ?? ''),
  },
});

describe('the notes of the common picture on the console', () => {
  it('ranks by dots only while voting and selecting', () => {
    expect([ranksByDots('collect'), ranksByDots('show'), ranksByDots('vote'), ranksByDots('select')]).toEqual([false, false, true, true]);
  });

  it('puts the most dots first and keeps the written order among equals', () => {
    const notes = [
      note('a', { dots: 1 }),
      note('b', { dots: 3 }),
      note('c', { dots: 1 }),
      note('d', { dots: null }),
      note('e', { dots: 3 }),
    ];
    expect(byDots(notes).map((n) => n.id)).toEqual(['b', 'e', 'a', 'c', 'd']);
    expect(notes.map((n) => n.id)).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('follows merges of merges to the note that stands, and stops at a loop or a missing note', () => {
    const byId = new Map(
      [
        note('a'),
        note('b', { mergedInto: 'a' }),
        note('c', { mergedInto: 'b' }),
        note('x', { mergedInto: 'y' }),
        note('y', { mergedInto: 'x' }),
      ].map((n) => [n.id, n]),
    );
    expect(mergeRoot('c', byId)).toBe('a');
    expect(mergeRoot('a', byId)).toBe('a');
    expect(['x', 'y']).toContain(mergeRoot('x', byId));
    expect(mergeRoot('gone', byId)).toBe('gone');
    expect(mergeRoot('z', new Map([['z', note('z', { mergedInto: 'nowhere' })]]))).toBe('z');
  });

  it('groups a category’s notes with the ones merged into them, hidden ones included', () => {
    const notes = [
      note('a', { dots: 2 }),
      note('b', { mergedInto: 'a', dots: 0 }),
      note('c', { hidden: true, dots: 0 }),
      note('d', { dots: 5 }),
      note('e', { mergedInto: 'b', dots: 0 }),
      note('f', { category: 'challenge', dots: 9 }),
    ];
    const written = noteGroups(notes, 'strength', false);
    expect(written.map((g) => [g.note.id, g.merged.map((m) => m.id)])).toEqual([
      ['a', ['b', 'e']],
      ['c', []],
      ['d', []],
    ]);
    expect(noteGroups(notes, 'strength', true).map((g) => g.note.id)).toEqual(['d', 'a', 'c']);
    expect(noteGroups(notes, 'challenge', false).map((g) => g.note.id)).toEqual(['f']);
  });

  it('shows a note merged into another category on its own, marked as merged', () => {
    const notes = [note('a', { category: 'challenge' }), note('b', { mergedInto: 'a' })];
    expect(noteGroups(notes, 'strength', false).map((g) => [g.note.id, g.note.mergedInto])).toEqual([['b', 'a']]);
    expect(noteGroups(notes, 'challenge', false)[0]!.merged).toEqual([]);
  });

  it('offers to merge into the other shown notes of the same category only', () => {
    const notes = [note('a'), note('b'), note('c', { hidden: true }), note('d', { mergedInto: 'a' }), note('e', { category: 'focus' })];
    expect(mergeTargets(notes, notes[0]!).map((n) => n.id)).toEqual(['b']);
    expect(mergeTargets(notes, notes[2]!).map((n) => n.id)).toEqual(['a', 'b']);
  });
});

describe('the leadership’s selection', () => {
  it('reads the stored selection in its order, leaving out notes hidden or merged since', () => {
    const notes = [
      note('a', { selected: 1 }),
      note('b', { selected: 0 }),
      note('c', { selected: 2, hidden: true }),
      note('d', { category: 'focus', selected: 0 }),
      note('e', { category: 'challenge', selected: 0, mergedInto: 'f' }),
      note('f', { category: 'challenge' }),
    ];
    expect(selectionOf(notes)).toEqual({ strength: ['b', 'a'], challenge: [], focus: ['d'] });
  });

  it('drops from a draft what can no longer be selected, or sits in another category', () => {
    const notes = [note('a'), note('b', { hidden: true }), note('c', { category: 'focus' })];
    expect(validSelection({ strength: ['a', 'b', 'c', 'gone'], challenge: ['a'], focus: ['c'] }, notes)).toEqual({
      strength: ['a'],
      challenge: [],
      focus: ['c'],
    });
  });

  it('ticks a note onto the end, unticks it, and adds nothing beyond the maximum', () => {
    expect(toggleSelected(['a'], 'b', 3)).toEqual(['a', 'b']);
    expect(toggleSelected(['a', 'b'], 'a', 3)).toEqual(['b']);
    expect(toggleSelected(['a', 'b', 'c'], 'd', 3)).toEqual(['a', 'b', 'c']);
    expect(toggleSelected(['a', 'b', 'c'], 'b', 3)).toEqual(['a', 'c']);
  });

  it('never holds a note twice or more than the maximum, whatever is ticked', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f')), fc.integer({ min: 1, max: 5 }), (clicks, max) => {
        let list: string[] = [];
        for (const id of clicks) list = toggleSelected(list, id, max);
        expect(list.length).toBeLessThanOrEqual(max);
        expect(new Set(list).size).toBe(list.length);
      }),
    );
  });

  it('says per category how many are missing or too many against the template’s 3, 3 and 3–5', () => {
    const checks = selectionChecks(
      { strength: ['a', 'b'], challenge: ['c', 'd', 'e'], focus: ['f', 'g', 'h', 'i', 'j', 'k'] },
      WORKSHOP_CONTENT.categories,
    );
    expect(checks).toEqual([
      { category: 'strength', count: 2, min: 3, max: 3, missing: 1, excess: 0 },
      { category: 'challenge', count: 3, min: 3, max: 3, missing: 0, excess: 0 },
      { category: 'focus', count: 6, min: 3, max: 5, missing: 0, excess: 1 },
    ]);
    const empty = selectionChecks({ strength: [], challenge: [], focus: [] }, WORKSHOP_CONTENT.categories);
    expect(empty.map((c) => c.missing)).toEqual([3, 3, 3]);
  });

  it('compares selections by order', () => {
    const a = { strength: ['a', 'b'], challenge: [], focus: ['c'] };
    expect(sameSelection(a, { strength: ['a', 'b'], challenge: [], focus: ['c'] })).toBe(true);
    expect(sameSelection(a, { strength: ['b', 'a'], challenge: [], focus: ['c'] })).toBe(false);
    expect(sameSelection(a, { strength: ['a'], challenge: [], focus: ['c'] })).toBe(false);
  });
});

describe('the area plans', () => {
  const areas = [
    { id: 'x', name: 'Børn og Unge' },
    { id: 'y', name: 'Teknik og Miljø' },
  ];

  it('lists every area in the workshop’s order with its members and rows in order; rows of unknown areas last', () => {
    const plans = {
      rows: [row('r2', 'x', 1), row('r1', 'x', 0), row('r3', 'gone', 0)],
      members: { x: 3, gone: 1 },
    };
    expect(areaPlans(plans, areas).map((p) => [p.areaId, p.name, p.members, p.rows.map((r) => r.id)])).toEqual([
      ['x', 'Børn og Unge', 3, ['r1', 'r2']],
      ['y', 'Teknik og Miljø', 0, []],
      ['gone', null, 1, ['r3']],
    ]);
    expect(areaPlans(null, areas).map((p) => p.rows.length)).toEqual([0, 0]);
  });

  it('knows a row nobody has written in', () => {
    expect(emptyRow(row('r', 'x', 0, { activity: '  ' }))).toBe(true);
    expect(emptyRow(row('r', 'x', 0, { responsible: 'Anna' }))).toBe(false);
  });

  it('writes plan dates as people read them and leaves other text as written', () => {
    expect(planDateText('2027-03-01', 'da')).toBe('01.03.2027');
    expect(planDateText('2027-03-01', 'en')).toBe('01 Mar 2027');
    expect(planDateText(' efter sommerferien ', 'da')).toBe('efter sommerferien');
    expect(planDateText('2027-13-01', 'da')).toBe('2027-13-01');
    expect(planDateText('', 'da')).toBe('');
    expect(periodParts('2027-01-01', 'Q3 2027', 'da')).toEqual({ from: '01.01.2027', to: 'Q3 2027' });
  });
});

describe('the notes of the common plans', () => {
  const themes = WORKSHOP_CONTENT.planThemes.map((t) => t.id);

  it('has a text for every theme, keeping texts of themes it does not know', () => {
    const draft = notesDraftOf({ themes: { signalvaerdi: 'Stærkt', gammel: 'x' }, owners: 'Anna', conclusion: '' }, themes);
    expect(Object.keys(draft.themes).sort()).toEqual([...themes, 'gammel'].sort());
    expect(draft.themes.signalvaerdi).toBe('Stærkt');
    expect(draft.themes.ambitionsniveau).toBe('');
    expect(notesDraftOf(null, themes).owners).toBe('');
  });

  it('counts text as the same when only the spaces the server trims differ', () => {
    const stored = notesDraftOf({ themes: { ambitionsniveau: 'Høj' }, owners: 'Anna', conclusion: '' }, themes);
    expect(sameNotes({ ...stored, owners: 'Anna \n' }, stored)).toBe(true);
    expect(sameNotes({ ...stored, themes: { ...stored.themes, ambitionsniveau: 'Lav' } }, stored)).toBe(false);
    expect(sameNotes({ themes: {}, owners: 'Anna', conclusion: '' }, stored)).toBe(false);
  });
});

describe('the live state of the picture and the plans', () => {
  const picture = (phase: TPicture['phase'], notes: PictureNote[]): TPicture => ({
    phase,
    dotsPerParticipant: 5,
    notes,
    myDots: {},
    contributors: 2,
  });

  it('replaces the picture and the plans with what a delta carries', () => {
    const base = {
      type: 'snapshot',
      revision: 3,
      serverTime: '2026-03-01T09:00:00.000Z',
      picture: picture('show', [note('a')]),
      plans: null,
    } as unknown as TSnapshot;
    const state = applyFrame(null, base, 0);
    const next = applyFrame(state, { type: 'delta', revision: 4, picture: picture('show', [note('a'), note('b')]) }, 0)!;
    expect(next.snapshot.picture?.notes.map((n) => n.id)).toEqual(['a', 'b']);
    const withPlans = applyFrame(next, { type: 'delta', revision: 5, plans: { rows: [row('r', 'x', 0)], members: { x: 2 } } }, 0)!;
    expect(withPlans.snapshot.plans?.members).toEqual({ x: 2 });
    expect(withPlans.snapshot.picture?.notes).toHaveLength(2);
  });
});
