/** Reads every sheet's data range in one batch per sheet: values, display text (percentages only), merges. */
import type { CellRange, CellValue, SheetGrid } from '../../core/grid/types';
import { guarded } from './errors';

const ERROR_CODES = new Set(['#REF!', '#N/A', '#DIV/0!', '#VALUE!', '#NAME?', '#NUM!', '#NULL!', '#ERROR!']);

function cell(v: unknown): CellValue {
  if (v === '' || v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'boolean') return v;
  if (v instanceof Date || Object.prototype.toString.call(v) === '[object Date]') {
    const d = v as Date;
    return `${String(d.getDate()).padStart(2, '0')}/${String(d.getMonth() + 1).padStart(2, '0')}/${d.getFullYear()}`;
  }
  const s = String(v);
  return ERROR_CODES.has(s) ? { error: s } : s;
}

/** "B3:D5" → 0-based range. */
function rangeOf(a1: string): CellRange | undefined {
  const m = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/.exec(a1.split('!').pop() ?? '');
  if (!m) return undefined;
  const col = (s: string) => [...s].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const r0 = Number(m[2]) - 1;
  const c0 = col(m[1]!);
  return { r0, c0, r1: m[4] ? Number(m[4]) - 1 : r0, c1: m[3] ? col(m[3]) : c0 };
}

export function readSheet(sheet: GoogleAppsScript.Spreadsheet.Sheet): SheetGrid {
  const range = sheet.getDataRange();
  const raw = range.getValues();
  const shown = range.getDisplayValues();
  const merged = range.getMergedRanges();
  const values: CellValue[][] = raw.map((row) => row.map(cell));
  let display: (string | undefined)[][] | undefined;
  shown.forEach((row, i) =>
    row.forEach((text, j) => {
      if (!text.includes('%')) return;
      display ??= [];
      (display[i] ??= [])[j] = text;
    }),
  );
  const merges = merged.map((m) => rangeOf(m.getA1Notation())).filter((m): m is CellRange => m !== undefined);
  const empty = values.length === 1 && values[0]!.every((v) => v === null);
  const grid: SheetGrid = { name: sheet.getName(), values: empty ? [] : values, merges, originRow: 0, originCol: 0 };
  if (display) grid.display = display;
  return grid;
}

export function baoCaoReadWorkbook(): { sheets: SheetGrid[] } {
  return guarded(() => ({ sheets: SpreadsheetApp.getActive().getSheets().map(readSheet) }));
}
