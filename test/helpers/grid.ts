/** Builds plain grids for tests: rows of values, merges and the table's origin written in A1. */
import { parseA1, parseRangeA1 } from '../../core/grid/a1';
import type { CellRange, CellValue, SheetGrid, Workbook } from '../../core/grid/types';

export function sheet(name: string, rows: CellValue[][], opts: { merges?: string[]; origin?: string; display?: (string | undefined)[][] } = {}): SheetGrid {
  const origin = opts.origin ? parseA1(opts.origin) : { row: 0, col: 0 };
  if (!origin) throw new Error(`bad origin ${opts.origin}`);
  const merges: CellRange[] = (opts.merges ?? []).map((m) => {
    const r = parseRangeA1(m);
    if (!r) throw new Error(`bad merge ${m}`);
    return r;
  });
  const g: SheetGrid = { name, values: rows, merges, originRow: origin.row, originCol: origin.col };
  if (opts.display) g.display = opts.display;
  return g;
}

export function workbook(...sheets: SheetGrid[]): Workbook {
  return { sheets };
}
