/** "Kiểm tra số liệu" over read tables: every check of every table, one finding per cause, as plain data. */
import type { Finding } from '../catalogue/findings';
import { tableSummary, type Table, type TableSummary } from '../tables/table';
import { checkTable } from './check-table';
import { TableContext } from '../tables/context';
import type { ReadNote } from '../grid/types';
import { readNoteFindings } from './read-notes';

export interface CheckOptions {
  /** At most this many findings are listed; the result says when the list is partial. */
  maxFindings?: number;
  /** Called after each sheet, for progress bars on long work. */
  onProgress?: (done: number, total: number, sheet: string) => void;
  /** What the file's reader repaired or guessed (Workbook.notes): listed as warnings with the findings. */
  notes?: readonly ReadNote[];
}

export interface FindingsSummary {
  errors: number;
  warnings: number;
  total: number;
  truncated: boolean;
}

export interface TablesCheck {
  findings: Finding[];
  summary: FindingsSummary;
}

/** The findings of the tables, sheet by sheet (in `sheetOrder`), errors first, then by cell. */
export function checkTables(tables: Table[], sheetOrder: string[] = [], opts: Pick<CheckOptions, 'maxFindings' | 'notes'> = {}): TablesCheck {
  const max = opts.maxFindings ?? 1000;
  let all: Finding[] = readNoteFindings(opts.notes);
  for (const t of tables) {
    // One at a time: spreading a hundred thousand findings into push() overflows the stack.
    for (const f of checkTable(new TableContext(t))) all.push(f);
  }
  const order = new Map(sheetOrder.map((s, i) => [s, i]));
  all.sort(
    (a, b) =>
      (order.get(a.sheet) ?? 0) - (order.get(b.sheet) ?? 0) ||
      (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1) ||
      a.row - b.row ||
      a.col - b.col,
  );
  const errors = all.filter((f) => f.severity === 'error').length;
  const total = all.length;
  const truncated = total > max;
  if (truncated) all = all.slice(0, max);
  return { findings: all, summary: { errors, warnings: total - errors, total, truncated } };
}

export type { TableSummary };
export { tableSummary };
