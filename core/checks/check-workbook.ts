/** Finds the tables of every sheet and checks them: the whole of "Kiểm tra số liệu", as plain data. */
import { rangeA1 } from '../grid/a1';
import { SheetView } from '../grid/sheet-view';
import type { Workbook } from '../grid/types';
import { detectTables } from '../detect/detect';
import type { DetectedTable } from '../detect/types';
import { foldKey } from '../text/fold';
import type { Finding } from './catalogue';
import { checkTable } from './check-table';
import { likelyCauses } from './likely-cause';
import { TableContext } from './table-context';

export interface CheckOptions {
  /** At most this many findings are listed; the result says when the list is partial. */
  maxFindings?: number;
  /** Called after each sheet, for progress bars on long work. */
  onProgress?: (done: number, total: number, sheet: string) => void;
}

export interface TableSummary {
  sheet: string;
  range: string;
  form: string;
  rows: number;
}

export interface CheckResult {
  tables: TableSummary[];
  findings: Finding[];
  summary: { errors: number; warnings: number; total: number; truncated: boolean };
  /** The detected tables in full, for indicators, marks and the report. */
  detected: DetectedTable[];
  contexts: TableContext[];
}

/** The report settings sheet holds words, not figures: never read as a table. */
export const SETTINGS_SHEET = 'Thông tin báo cáo';

export function isSettingsSheet(name: string): boolean {
  return foldKey(name) === foldKey(SETTINGS_SHEET);
}

export function checkWorkbook(wb: Workbook, opts: CheckOptions = {}): CheckResult {
  const max = opts.maxFindings ?? 1000;
  const detected: DetectedTable[] = [];
  const contexts: TableContext[] = [];
  let all: Finding[] = [];
  wb.sheets.forEach((grid, i) => {
    if (!isSettingsSheet(grid.name)) {
      const view = new SheetView(grid);
      for (const t of detectTables(view)) {
        const ctx = new TableContext(t, view);
        const { findings, sums } = checkTable(ctx);
        detected.push(t);
        contexts.push(ctx);
        all.push(...findings, ...likelyCauses(ctx, sums));
      }
    }
    opts.onProgress?.(i + 1, wb.sheets.length, grid.name);
  });
  const sheetOrder = new Map(wb.sheets.map((s, i) => [s.name, i]));
  all.sort(
    (a, b) =>
      (sheetOrder.get(a.sheet) ?? 0) - (sheetOrder.get(b.sheet) ?? 0) ||
      (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1) ||
      a.row - b.row ||
      a.col - b.col,
  );
  const errors = all.filter((f) => f.severity === 'error').length;
  const total = all.length;
  const truncated = total > max;
  if (truncated) all = all.slice(0, max);
  return {
    tables: detected.map((t) => ({
      sheet: t.sheet,
      range: rangeA1(t.range),
      form: t.form,
      rows: t.rows.filter((r) => r.kind === 'data').length,
    })),
    findings: all,
    summary: { errors, warnings: total - errors, total, truncated },
    detected,
    contexts,
  };
}
