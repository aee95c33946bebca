/**
 * The action plans of the area work, edited by the members of an area group at the same time.
 * Each field of each row has its own version: edits to different rows or fields never touch
 * each other; an edit to a field someone else changed meanwhile still applies (last writer
 * wins) and is reported as stale, so both editors see that the other changed it.
 */
export const PLAN_FIELDS = ['focusArea', 'activity', 'resources', 'start', 'end', 'responsible'] as const;
export type PlanField = (typeof PLAN_FIELDS)[number];

export interface Cell {
  value: string;
  version: number;
  by: string | null;
  at: string | null;
}

export interface PlanRow {
  id: string;
  areaId: string;
  position: number;
  cells: Record<PlanField, Cell>;
}

export function emptyCells(): Record<PlanField, Cell> {
  return Object.fromEntries(PLAN_FIELDS.map((f) => [f, { value: '', version: 0, by: null, at: null }])) as Record<PlanField, Cell>;
}

export class PlanBoard {
  readonly rows = new Map<string, PlanRow>();

  constructor(rows: PlanRow[] = []) {
    for (const r of rows) this.rows.set(r.id, r);
  }

  nextPosition(areaId: string): number {
    let max = -1;
    for (const r of this.rows.values()) if (r.areaId === areaId) max = Math.max(max, r.position);
    return max + 1;
  }

  add(row: PlanRow): void {
    this.rows.set(row.id, row);
  }

  remove(rowId: string): boolean {
    return this.rows.delete(rowId);
  }

  /** Applies an edit; returns the new cell and whether it overwrote someone else's change. */
  edit(rowId: string, field: PlanField, value: string, baseVersion: number, by: string | null, at: string): { cell: Cell; stale: boolean } {
    const row = this.rows.get(rowId);
    if (!row) throw new Error(`unknown row ${rowId}`);
    const before = row.cells[field];
    const stale = before.version !== baseVersion;
    const cell = { value, version: before.version + 1, by, at };
    row.cells[field] = cell;
    return { cell, stale };
  }

  /** Rows of one area (or all), in order. */
  view(areaId: string | null): PlanRow[] {
    return [...this.rows.values()]
      .filter((r) => areaId === null || r.areaId === areaId)
      .sort((a, b) => a.areaId.localeCompare(b.areaId) || a.position - b.position);
  }
}
