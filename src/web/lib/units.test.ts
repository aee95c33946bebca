import { describe, expect, it } from 'vitest';
import type { TUnit } from '../../contracts/organisations.js';
import { flattenTree, subtreeIds, unitTree } from './units.js';

const unit = (id: string, name: string, parentId: string | null = null): TUnit => ({
  id,
  name,
  parentId,
  createdAt: '2026-01-01T00:00:00.000Z',
});

describe('unit tree', () => {
  const units = [
    unit('b', 'Børn og Unge'),
    unit('s', 'Skoler', 'b'),
    unit('a', 'Arbejdsmarked'),
    unit('d', 'Dagtilbud', 'b'),
    unit('x', 'Vuggestuer', 'd'),
  ];

  it('nests units under their parents, sorted by name', () => {
    const tree = unitTree(units);
    expect(tree.map((n) => n.unit.name)).toEqual(['Arbejdsmarked', 'Børn og Unge']);
    expect(flattenTree(tree).map((n) => `${n.depth}:${n.unit.name}`)).toEqual([
      '0:Arbejdsmarked',
      '0:Børn og Unge',
      '1:Dagtilbud',
      '2:Vuggestuer',
      '1:Skoler',
    ]);
  });

  it('knows which units cannot become the new parent of a unit', () => {
    const boern = unitTree(units)[1]!;
    expect([...subtreeIds(boern)].sort()).toEqual(['b', 'd', 's', 'x']);
  });

  it('puts a unit whose parent is unknown at the top, and survives a cycle', () => {
    expect(unitTree([unit('o', 'Forældreløs', 'zz')]).map((n) => n.unit.name)).toEqual(['Forældreløs']);
    expect(flattenTree(unitTree([unit('p', 'P', 'q'), unit('q', 'Q', 'p')]))).toEqual([]);
  });
});
