import type { TUnit } from '../../contracts/organisations.js';

export interface UnitNode {
  unit: TUnit;
  depth: number;
  children: UnitNode[];
}

/** Builds the unit tree from the flat list (sorted by name at each level). */
export function unitTree(units: TUnit[]): UnitNode[] {
  const byParent = new Map<string | null, TUnit[]>();
  const ids = new Set(units.map((u) => u.id));
  for (const unit of units) {
    const parent = unit.parentId && ids.has(unit.parentId) ? unit.parentId : null;
    const list = byParent.get(parent) ?? [];
    list.push(unit);
    byParent.set(parent, list);
  }
  const build = (parent: string | null, depth: number, seen: Set<string>): UnitNode[] =>
    (byParent.get(parent) ?? [])
      .filter((u) => !seen.has(u.id))
      .sort((a, b) => a.name.localeCompare(b.name, 'da'))
      .map((unit) => ({ unit, depth, children: build(unit.id, depth + 1, new Set([...seen, unit.id])) }));
  return build(null, 0, new Set());
}

/** The tree flattened in display order, for select options. */
export function flattenTree(nodes: UnitNode[]): UnitNode[] {
  return nodes.flatMap((n) => [n, ...flattenTree(n.children)]);
}

/** The unit and everything below it: none of them can become its new parent. */
export function subtreeIds(node: UnitNode): Set<string> {
  const ids = new Set<string>([node.unit.id]);
  for (const child of node.children) for (const id of subtreeIds(child)) ids.add(id);
  return ids;
}
