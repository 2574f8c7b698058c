/** Sheet-coordinate access to a SheetGrid, with merged areas resolved to their top-left cell. */
import type { CellRange, CellValue, SheetGrid } from './types';

// Keys pack (row, col) into one number; 16 384 columns is Excel's limit.
const COLS = 16384;
const MAX_MERGE_CELLS = 200_000;

/** Rows wider than this may be sparse (a cell in A and one in XFD) and are walked by the cells they hold. */
export const SPARSE_FROM = 256;
const PROBES = 16;

/**
 * The indexes a wide row holds, ascending, or undefined for a row to walk index by index: a sparse row is
 * visited in time and memory proportional to its cells, not its width. `for…in` visits only the indexes an
 * array holds, in ascending order.
 */
export function heldIndexes(vals: readonly unknown[]): number[] | undefined {
  if (vals.length <= SPARSE_FROM) return undefined;
  // A wide row that is mostly filled (a host's getValues gives every cell) is walked by index: listing its keys would
  // cost a string per cell. Either walk is right (a hole reads as empty); only the cost differs, so a look at a few
  // places is enough to choose.
  let held = 0;
  for (let k = 0; k < PROBES; k++) if (Math.floor(((k + 0.5) * vals.length) / PROBES) in vals) held++;
  if (held * 2 > PROBES) return undefined;
  const out: number[] = [];
  for (const k in vals) out.push(Number(k));
  return out;
}

export class SheetView {
  readonly name: string;
  readonly firstRow: number;
  readonly firstCol: number;
  /** One past the last row / column of the used range. */
  readonly endRow: number;
  readonly endCol: number;
  readonly merges: readonly CellRange[];
  private readonly grid: SheetGrid;
  private readonly mergeAt = new Map<number, CellRange>();

  constructor(grid: SheetGrid) {
    this.grid = grid;
    this.name = grid.name;
    this.firstRow = grid.originRow ?? 0;
    this.firstCol = grid.originCol ?? 0;
    let width = 0;
    for (const row of grid.values) if (row.length > width) width = row.length;
    this.endRow = this.firstRow + grid.values.length;
    this.endCol = this.firstCol + width;
    // Merged areas are few and small; a "merge everything" area is no header cell: it is left out
    // (from lookups and from the list), so it costs no memory and widens no table.
    this.merges = (grid.merges ?? []).filter((m) => (m.r1 - m.r0 + 1) * (m.c1 - m.c0 + 1) <= MAX_MERGE_CELLS);
    for (const m of this.merges) {
      for (let r = m.r0; r <= m.r1; r++) for (let c = m.c0; c <= m.c1; c++) this.mergeAt.set(r * COLS + c, m);
    }
  }

  value(row: number, col: number): CellValue {
    const r = this.grid.values[row - this.firstRow];
    if (!r) return null;
    const v = r[col - this.firstCol];
    return v === undefined ? null : v;
  }

  display(row: number, col: number): string | undefined {
    const d = this.grid.display;
    if (!d) return undefined;
    return d[row - this.firstRow]?.[col - this.firstCol];
  }

  /** The merged area containing the cell, if any. */
  mergeOf(row: number, col: number): CellRange | undefined {
    return this.mergeAt.get(row * COLS + col);
  }

  /** The value shown at a cell: a cell inside a merged area shows the area's top-left value. */
  shown(row: number, col: number): CellValue {
    const m = this.mergeAt.get(row * COLS + col);
    return m ? this.value(m.r0, m.c0) : this.value(row, col);
  }

  /** The raw row array (no merges), for fast scans. */
  rowValues(row: number): readonly CellValue[] {
    return this.grid.values[row - this.firstRow] ?? [];
  }
}
