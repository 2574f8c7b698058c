/**
 * The tables stage: every sheet's grid read once into plain `Table` values — where each table is, what
 * each line means, which records are data, subtotals and totals, and what number each cell holds and how
 * it was read. Nothing after this stage looks at the grid again.
 */
import { rangeA1 } from '../grid/a1';
import { SheetView } from '../grid/sheet-view';
import type { CellRange, CellValue, SheetGrid, Workbook } from '../grid/types';
import { formById, type ColumnKind } from '../catalogue/forms';
import { readCount, readRate, splitNoteMark } from '../numbers';
import { readPoints, readSigned } from '../numbers/points';
import { isSettingsSheet } from './settings-sheet';
import { detectTables } from './detect';
import { lookOf } from './rows';
import type { DetectedTable, RowKind } from './types';
import {
  numberOf,
  type HeaderCell,
  type Orientation,
  type Measure,
  type ReadValue,
  type RecordRole,
  type SetAside,
  type Table,
  type TableRecord,
  type TableValue,
} from './table';

export { SETTINGS_SHEET, isSettingsSheet } from './settings-sheet';

export interface ReadOptions {
  /** Called after each sheet, for progress bars on long work. */
  onProgress?: (done: number, total: number, sheet: string) => void;
}

export function readTables(wb: Workbook, opts: ReadOptions = {}): Table[] {
  const out: Table[] = [];
  wb.sheets.forEach((grid, i) => {
    // One at a time, not push(...): a spread of many items as arguments overflows the stack.
    if (!isSettingsSheet(grid.name)) for (const t of readSheetTables(grid)) out.push(t);
    opts.onProgress?.(i + 1, wb.sheets.length, grid.name);
  });
  return out;
}

/**
 * Transposed tables are short (a few dozen measures, as rows) and at most as wide as a province has units:
 * a sheet with more rows is a list, not turned over to look for one (that would cost a list of ten thousand
 * rows seconds, for nothing).
 */
const MAX_TRANSPOSE_ROWS = 300;
const MAX_TRANSPOSE_COLS = 1_000;

export function readSheetTables(grid: SheetGrid): Table[] {
  const view = new SheetView(grid);
  const cells = cellSets(grid);
  const tables = detectTables(view).map((d) => toTable(d, view, cells, 'rows'));
  // Measures as rows, periods or levels as columns: the same reading on the sheet turned over.
  let width = 0;
  for (const r of grid.values) if (r.length > width) width = r.length;
  if (grid.values.length <= MAX_TRANSPOSE_ROWS && width <= MAX_TRANSPOSE_COLS) {
    const turned = transpose(grid, width);
    const turnedView = new SheetView(turned);
    const turnedCells = cellSets(turned);
    for (const d of detectTables(turnedView)) {
      const t = toTable(withoutTitleLines(d, turnedView), turnedView, turnedCells, 'columns');
      if (!tables.some((x) => overlaps(x.range, t.range))) tables.push(t);
    }
    tables.sort((a, b) => a.range.r0 - b.range.r0 || a.range.c0 - b.range.c0);
  }
  return tables;
}

/**
 * On the sheet turned over, the title rows above a table ("UBND XÃ …", "THEO DÕI … NĂM 2025") become its first
 * columns: a heading and nothing under it. They are titles, not duplicate label columns: the table starts after them.
 */
function withoutTitleLines(d: DetectedTable, view: SheetView): DetectedTable {
  const records = d.rows.filter((r) => r.kind !== 'blank');
  const empty = (col: number) => records.every((r) => lookOf(view.value(r.row, col)) === 'empty');
  let drop = 0;
  while (drop < d.columns.length - 1 && empty(d.columns[drop]!.col)) drop++;
  if (drop === 0) return d;
  const first = new Map<string, number>();
  const columns = d.columns.slice(drop).map((c) => {
    const { duplicateOf: _, ...col } = c;
    if (!col.concept) return col;
    const at = first.get(col.concept);
    if (at === undefined) {
      first.set(col.concept, col.col);
      return col;
    }
    return { ...col, duplicateOf: at };
  });
  return { ...d, columns, range: { ...d.range, c0: columns[0]!.col } };
}

function overlaps(a: CellRange, b: CellRange): boolean {
  return a.r0 <= b.r1 && b.r0 <= a.r1 && a.c0 <= b.c1 && b.c0 <= a.c1;
}

/** The sheet turned over its diagonal: rows become columns; merges, shown text and formula cells follow. */
function transpose(g: SheetGrid, width: number): SheetGrid {
  const h = g.values.length;
  const values: CellValue[][] = [];
  for (let j = 0; j < width; j++) {
    const row: CellValue[] = new Array<CellValue>(h);
    for (let i = 0; i < h; i++) row[i] = g.values[i]![j] ?? null;
    values.push(row);
  }
  const out: SheetGrid = {
    name: g.name,
    values,
    merges: g.merges.map((m) => ({ r0: m.c0, c0: m.r0, r1: m.c1, c1: m.r1 })),
    originRow: g.originCol ?? 0,
    originCol: g.originRow ?? 0,
  };
  if (g.display) {
    const display: (string | undefined)[][] = [];
    g.display.forEach((row, i) =>
      row?.forEach((d, j) => {
        if (d !== undefined) (display[j] ??= [])[i] = d;
      }),
    );
    out.display = display;
  }
  if (g.uncached) out.uncached = g.uncached.map(([r, c]) => [c, r]);
  if (g.formulas) out.formulas = g.formulas.map(([r, c]) => [c, r]);
  return out;
}

const ROLE: Record<Exclude<RowKind, 'blank'>, RecordRole> = { data: 'data', group: 'subtotal', total: 'total', section: 'section' };

/**
 * A detected table as plain data. For a table found on the turned-over sheet ('columns'), the detector's rows
 * are sheet columns and its columns sheet rows: lines stay as they are, the range is turned back.
 */
/** The formula cells of a sheet, keyed row × 16384 + col: those with no stored result, and those read by it. */
interface CellSets {
  uncached: Set<number>;
  formulas: Set<number>;
}

function cellSets(g: SheetGrid): CellSets {
  const key = ([r, c]: [number, number]) => r * 16384 + c;
  return { uncached: new Set((g.uncached ?? []).map(key)), formulas: new Set((g.formulas ?? []).map(key)) };
}

function toTable(d: DetectedTable, view: SheetView, cells: CellSets, orientation: Orientation): Table {
  const form = formById(d.form);
  const kindOf = (concept: string | undefined): ColumnKind | undefined => (concept ? form.concepts.find((c) => c.id === concept)?.kind : undefined);
  const ratioCols = new Set(d.statedRatios.map((r) => r.rate));
  const measures: Measure[] = d.columns.map((c) => {
    const m: Measure = { line: c.col, header: c.header };
    if (c.concept) {
      m.concept = c.concept;
      const kind = kindOf(c.concept);
      if (kind) m.kind = kind;
    } else if (ratioCols.has(c.col)) m.kind = 'rate'; // named by the numbering line's "9=7/6", whatever its heading
    if (c.duplicateOf !== undefined) m.duplicateOf = c.duplicateOf;
    return m;
  });
  const records: TableRecord[] = [];
  for (const r of d.rows) {
    if (r.kind === 'blank') continue;
    const role: RecordRole = r.kind === 'data' && d.byLevel ? 'level' : ROLE[r.kind];
    const rec: TableRecord = { line: r.row, label: r.label, role };
    if (r.covers) rec.covers = [...r.covers];
    records.push(rec);
  }

  const setAside: SetAside[] = [];
  const missing: [number, number][] = [];
  const values: TableValue[][] = measures.map((m) =>
    records.map((rec) => {
      const key = rec.line * 16384 + m.line;
      if (cells.uncached.has(key)) {
        missing.push([rec.line, m.line]);
        return { problem: 'uncached-formula' };
      }
      // Words stay words; every other line is read as figures (a line no rule knows may still be named by the numbering line).
      const words = m.duplicateOf === undefined && (m.kind === 'label' || m.kind === 'ordinal' || m.kind === 'note');
      const kind = m.duplicateOf === undefined && m.kind ? m.kind : 'count';
      if (words) return shownText(view.shown(rec.line, m.line));
      const v = readFigure(view.value(rec.line, m.line), view.display(rec.line, m.line), kind);
      // A formula's result is what the clerk sees; say so, unless the figure already says how it was read.
      if (cells.formulas.has(key)) {
        if (typeof v === 'number') return { n: v, how: 'formula' };
        if (v !== null && typeof v === 'object' && v.how === undefined && v.n !== undefined) return { ...v, how: 'formula' };
      }
      return v;
    }),
  );
  measures.forEach((m, i) => {
    if (m.duplicateOf !== undefined) setAside.push({ reason: 'cot-trung', line: m.line });
    else if (
      !m.concept &&
      !ratioCols.has(m.line) &&
      (m.header !== '' || records.some((r, ri) => r.role !== 'section' && r.role !== 'subtotal' && numberOf(values[i]![ri]!) !== undefined))
    ) {
      setAside.push({ reason: 'cot-khong-nhan-dien', line: m.line });
    }
  });
  for (const u of d.statedUnknown) setAside.push({ reason: 'danh-so-khong-hieu', line: u.col, text: u.text });
  if (missing.length) {
    const cells = orientation === 'rows' ? missing : missing.map(([r, c]) => [c, r] as [number, number]);
    setAside.push({ reason: 'cong-thuc-chua-tinh', cells: cells.sort((a, b) => a[0] - b[0] || a[1] - b[1]) });
  }
  const range = orientation === 'rows' ? { ...d.range } : { r0: d.range.c0, c0: d.range.r0, r1: d.range.c1, c1: d.range.r1 };

  const table: Table = {
    sheet: d.sheet,
    range,
    address: rangeA1(range),
    orientation,
    form: d.form,
    byLevel: d.byLevel,
    byPeriod: d.byPeriod,
    header: { first: d.headerRows.first, last: d.headerRows.last, cells: headerCells(d, view) },
    measures,
    records,
    values,
    stated: d.stated.map((s) => ({ text: s.text, total: s.total, parts: s.parts.map((p) => ({ line: p.col, sign: p.sign })) })),
    setAside,
  };
  if (d.statedRatios.length) table.statedRates = d.statedRatios.map((r) => ({ text: r.text, rate: r.rate, num: [...r.num], den: [...r.den] }));
  if (d.numberingRow !== undefined) {
    const texts = measures.map((m) => shownText(view.value(d.numberingRow!, m.line)) ?? '');
    table.numbering = { line: d.numberingRow, texts };
  }
  return table;
}

function shownText(v: CellValue): string | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'object') return v.error;
  const s = String(v).trim();
  return s === '' ? null : s;
}

function looksLikeRate(v: CellValue, d: string | undefined): boolean {
  if (typeof v === 'string') return v.includes('%');
  return typeof d === 'string' && d.includes('%');
}

/** One figure cell, read as its measure says: a count, a rate, or (a "Kết quả" list) whichever it looks like. */
export function readFigure(v: CellValue, d: string | undefined, kind: ColumnKind): TableValue {
  const read = readPlain(v, d, kind);
  // "1.234(*)", "5.678¹": the number before the note mark, the mark kept for the message.
  if (typeof v === 'string' && read !== null && typeof read === 'object' && read.problem === 'text') {
    const marked = splitNoteMark(v);
    const inner = marked ? readPlain(marked.figure, undefined, kind) : undefined;
    const n = inner === undefined ? undefined : numberOf(inner);
    if (marked && n !== undefined) {
      const out: ReadValue = typeof inner === 'object' && inner !== null ? { ...inner } : { n };
      return { ...out, how: 'note-mark', mark: marked.mark, text: v.trim() };
    }
    // "97,38%(1)" in a count line: the problem is the figure's, not the mark's.
    if (marked && inner !== null && typeof inner === 'object' && inner.problem && inner.problem !== 'text')
      return { ...inner, mark: marked.mark, text: v.trim() };
  }
  return read;
}

/** Points and comparisons: decimals as printed, never a count's problems (a points "16,64" is not 16.640). */
function readNotCount(v: CellValue, d: string | undefined, kind: 'points' | 'comparison'): TableValue {
  const r = kind === 'points' ? readPoints(v, d) : readSigned(v, d);
  switch (r.kind) {
    case 'empty':
      return null;
    case 'dash':
      return { how: 'dash', text: String(v).trim() };
    case 'invalid':
      return { problem: 'text', text: r.text, ...(typeof v === 'string' ? { how: 'text' as const } : {}) };
    case 'value': {
      const out: ReadValue = { n: r.n === 0 ? 0 : r.n, decimals: r.decimals };
      if (r.percent) out.percent = true;
      if (typeof v === 'string') {
        out.how = 'text';
        out.text = v.trim();
      }
      return out;
    }
  }
}

function readPlain(v: CellValue, d: string | undefined, kind: ColumnKind): TableValue {
  if (kind === 'points' || kind === 'comparison') return readNotCount(v, d, kind);
  // The common case first: a whole number cell in a count line, nothing shown differently.
  if (kind === 'count' && d === undefined && typeof v === 'number' && Number.isSafeInteger(v) && v >= 0) return v === 0 ? 0 : v;
  const typed = typeof v === 'string' ? { text: v.trim() } : {};
  // A value that cannot be read says whether the clerk typed it as text (shown as typed) or the sheet holds a number.
  const howTyped: { how?: 'text' } = typeof v === 'string' ? { how: 'text' } : {};
  if (kind === 'rate' || (kind === 'value' && looksLikeRate(v, d))) {
    const r = readRate(v, d);
    switch (r.kind) {
      case 'empty':
        return null;
      case 'dash':
        return { how: 'dash', text: String(v).trim() };
      case 'invalid':
        return { problem: r.problem, text: r.text, ...howTyped };
      case 'rate': {
        const out: ReadValue = { n: r.percent === 0 ? 0 : r.percent, decimals: r.decimals, percent: true, ...typed };
        if (typeof v === 'string') out.how = 'text';
        else if (d?.includes('%')) {
          out.how = 'percent-shown';
          out.text = d;
        }
        return out;
      }
    }
  }
  const c = readCount(v, d);
  switch (c.kind) {
    case 'empty':
      return null;
    case 'dash':
      return { how: 'dash', text: String(v).trim() };
    case 'invalid':
      return c.likely !== undefined ? { problem: c.problem, text: c.text, likely: c.likely, ...howTyped } : { problem: c.problem, text: c.text, ...howTyped };
    case 'count':
      // Text that is just the digits ("308" in a CSV) says nothing a number does not: kept as a number.
      if (c.fromText && typed.text !== String(c.value)) return { n: c.value, how: 'text', ...typed };
      return c.value === 0 ? 0 : c.value;
  }
}

/** The header band as the sheet draws it: a merged area written once, at its top-left, with its spans inside the table. */
function headerCells(d: DetectedTable, view: SheetView): HeaderCell[][] {
  const c0 = d.columns[0]!.col;
  const c1 = d.columns[d.columns.length - 1]!.col;
  const header: HeaderCell[][] = [];
  const covered = new Set<number>();
  for (let r = d.headerRows.first; r <= d.headerRows.last; r++) {
    const row: HeaderCell[] = [];
    for (let c = c0; c <= c1; c++) {
      if (covered.has(r * 16384 + c)) continue;
      const m = view.mergeOf(r, c);
      if (m && (m.r0 !== r || m.c0 !== c) && m.r0 >= d.headerRows.first && m.c0 >= c0) continue;
      const cell: HeaderCell = { text: shownText(view.value(r, c)) ?? '' };
      if (m && m.r0 === r && m.c0 === c) {
        const colSpan = Math.min(m.c1, c1) - c + 1;
        const rowSpan = Math.min(m.r1, d.headerRows.last) - r + 1;
        if (colSpan > 1) cell.colSpan = colSpan;
        if (rowSpan > 1) cell.rowSpan = rowSpan;
        for (let rr = r; rr < r + rowSpan; rr++) for (let cc = c; cc < c + colSpan; cc++) covered.add(rr * 16384 + cc);
      }
      row.push(cell);
    }
    header.push(row);
  }
  return header;
}
