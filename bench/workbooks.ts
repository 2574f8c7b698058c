/**
 * The benchmark workbooks: the "Kết quả TTHC" table of templates/lap-vo-thang-03-2024.xlsx at scale.
 *
 * Layout (sheet "Kết quả TTHC", column A empty, like the template):
 *   row 1   title, merged B1:M1
 *   row 2   period, merged B2:M2
 *   row 3   blank
 *   row 4-5 header: Cấp (B4:B5) | Số hồ sơ tiếp nhận (C4:F4) over Tổng số, Kỳ trước chuyển qua,
 *           Trong kỳ, Trong đó: trực tuyến | Số hồ sơ đã giải quyết (G4:J4) over Tổng số, Sớm hạn,
 *           Đúng hạn, Trễ hạn | Số hồ sơ đang giải quyết (K4:M4) over Tổng số, Chưa đến hạn, Quá hạn
 *   row 6…  one data row per unit: a label ("Xã số 17") and 11 counts
 *   last    "Tổng cộng" with the column sums
 * so the table is 12 columns wide (B:M). Every data row is consistent — received = carried + new
 * = resolved + pending, resolved = early + on time + late, pending = within + overdue, online ≤ new —
 * so a correct checker reports no finding and the time measured is the time of checking, not of
 * writing messages.
 *
 * The figures come from a fixed-seed generator, row by row, so the workbook of 10.000 rows is the
 * first 10.000 rows of the one of 100.000, and the in-memory grid (`tthcGrid`) equals what
 * readers/ reads back from the file (`writeTthcWorkbook`).
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { CellRange, CellValue, SheetGrid, Workbook } from '../core/grid/types';

export const TTHC_SHEET = 'Kết quả TTHC';
/** Table width: the label column and 11 counts. */
export const TTHC_COLUMNS = 12;
/** 1-based sheet column of the table's first column (B). */
const START_COL = 2;
/** 1-based sheet row of the header's first row. */
const HEADER_ROW = 4;
const FIRST_DATA_ROW = HEADER_ROW + 2;

const TITLE = 'KẾT QUẢ TIẾP NHẬN VÀ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH';
const PERIOD = '(Số liệu sinh tự động cho đo hiệu năng)';
const GROUPS: { text: string; span: number }[] = [
  { text: 'Số hồ sơ tiếp nhận', span: 4 },
  { text: 'Số hồ sơ đã giải quyết', span: 4 },
  { text: 'Số hồ sơ đang giải quyết', span: 3 },
];
const LEAVES = [
  'Tổng số',
  'Kỳ trước chuyển qua',
  'Trong kỳ',
  'Trong đó: trực tuyến',
  'Tổng số',
  'Sớm hạn',
  'Đúng hạn',
  'Trễ hạn',
  'Tổng số',
  'Chưa đến hạn',
  'Quá hạn',
];
const WIDTHS = [18, 10, 11, 10, 11, 10, 9, 9, 9, 10, 10, 9];

// ---------------------------------------------------------------------------------------------
// Figures

/** A small fast PRNG (mulberry32); the figures only need to look varied, not be random. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Calls `emit` with each data row's label and 11 counts, then returns the column sums.
 * The counts array is reused between calls: copy it to keep it.
 */
export function forEachTthcRow(rows: number, emit: (label: string, counts: number[], index: number) => void): number[] {
  const next = rng(0x0cc4c);
  const int = (max: number) => Math.floor(next() * (max + 1));
  const sums = new Array<number>(11).fill(0);
  const c = new Array<number>(11).fill(0);
  for (let i = 0; i < rows; i++) {
    const carried = int(120);
    const fresh = int(2400);
    const online = int(fresh);
    const received = carried + fresh;
    const resolved = int(received);
    const pending = received - resolved;
    const early = int(resolved);
    const onTime = int(resolved - early);
    const late = resolved - early - onTime;
    const within = int(pending);
    const overdue = pending - within;
    c[0] = received;
    c[1] = carried;
    c[2] = fresh;
    c[3] = online;
    c[4] = resolved;
    c[5] = early;
    c[6] = onTime;
    c[7] = late;
    c[8] = pending;
    c[9] = within;
    c[10] = overdue;
    for (let j = 0; j < 11; j++) sums[j]! += c[j]!;
    emit(`Xã số ${i + 1}`, c, i);
  }
  return sums;
}

export const TOTAL_LABEL = 'Tổng cộng';

/**
 * `count` typing slips spread evenly over the data rows (row index → column index in `counts` → the value typed),
 * of the kinds Scholtus (2009) names in turn: two adjacent digits swapped, the last digit doubled, the last digit
 * dropped, the tens digit typed one up. Planted after the column sums are taken, so the total row is right and each
 * slip breaks its row's identities and its column.
 */
export function plannedTypos(rows: number, count: number): Map<number, { col: number; slip: (x: number) => number }> {
  const out = new Map<number, { col: number; slip: (x: number) => number }>();
  const kinds: ((s: string) => string)[] = [
    (s) => (s.length >= 2 && s.at(-2) !== s.at(-1) ? s.slice(0, -2) + s.at(-1)! + s.at(-2)! : `${s}${s.at(-1)!}`),
    (s) => `${s}${s.at(-1)!}`,
    (s) => (s.length >= 2 ? s.slice(0, -1) : `1${s}`),
    (s) => String(Number(s) + 10),
  ];
  for (let k = 0; k < count; k++) {
    const kind = kinds[k % kinds.length]!;
    out.set(Math.floor(((k + 0.5) * rows) / count), { col: [1, 2, 5, 6, 7, 9, 10][k % 7]!, slip: (x) => Number(kind(String(x))) });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// In memory: the grids readWorkbookFile returns for the file, without the file

/** Merged areas in 0-based sheet coordinates. */
function merges(): CellRange[] {
  const c0 = START_COL - 1;
  const c1 = c0 + TTHC_COLUMNS - 1;
  const h = HEADER_ROW - 1;
  const out: CellRange[] = [
    { r0: 0, c0, r1: 0, c1 },
    { r0: 1, c0, r1: 1, c1 },
    { r0: h, c0, r1: h + 1, c1: c0 },
  ];
  let c = c0 + 1;
  for (const g of GROUPS) {
    out.push({ r0: h, c0: c, r1: h, c1: c + g.span - 1 });
    c += g.span;
  }
  return out;
}

function headerRows(): CellValue[][] {
  const blankRow = (): CellValue[] => new Array<CellValue>(TTHC_COLUMNS).fill(null);
  const title = blankRow();
  title[0] = TITLE;
  const period = blankRow();
  period[0] = PERIOD;
  const top = blankRow();
  top[0] = 'Cấp';
  let j = 1;
  for (const g of GROUPS) {
    top[j] = g.text;
    j += g.span;
  }
  const leaves: CellValue[] = [null, ...LEAVES];
  return [title, period, blankRow(), top, leaves];
}

/** The benchmark workbook as the core's plain grids (one sheet), built directly in memory. */
export function tthcGrid(rows: number, typos = 0): Workbook {
  const values: CellValue[][] = headerRows();
  const planned = plannedTypos(rows, typos);
  const sums = forEachTthcRow(rows, (label, counts, i) => {
    const row: CellValue[] = [label, ...counts];
    const t = planned.get(i);
    if (t) row[1 + t.col] = t.slip(counts[t.col]!);
    values.push(row);
  });
  values.push([TOTAL_LABEL, ...sums]);
  const sheet: SheetGrid = { name: TTHC_SHEET, values, merges: merges(), originRow: 0, originCol: START_COL - 1 };
  return { sheets: [sheet] };
}

// ---------------------------------------------------------------------------------------------
// On disk: the streaming writer, so 100.000 rows are written in seconds and little memory

const THIN: Partial<ExcelJS.Border> = { style: 'thin' };
const BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const FONT: Partial<ExcelJS.Font> = { name: 'Times New Roman', size: 12 };
const BOLD: Partial<ExcelJS.Font> = { ...FONT, bold: true };

export interface WriteOptions {
  /** Progress callback, called every `progressEvery` rows. */
  onProgress?: (rowsWritten: number) => void;
  progressEvery?: number;
  /**
   * The three "Tổng số" columns as formulas (=D6+E6, =H6+I6+J6, =L6+M6) with their results cached,
   * and the total row as SUM formulas, as a clerk's sheet has them.
   */
  formulas?: boolean;
  /** Zip parts stored, not deflated: the sheet XML's full size on disk. */
  stored?: boolean;
  /** Typing slips planted in data cells (plannedTypos). */
  typos?: number;
}

/**
 * Writes the benchmark workbook with `rows` data rows to `path`. Cells are styled like the template
 * (Times New Roman, borders on every table cell, bold header and total row, wrapped merged header),
 * because a clerk's file is and reading styles is part of what exceljs does for every cell.
 */
export async function writeTthcWorkbook(path: string, rows: number, opts: WriteOptions = {}): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: path,
    useSharedStrings: true,
    useStyles: true,
    ...(opts.stored ? { zip: { store: true } } : {}),
  });
  const ws = wb.addWorksheet(TTHC_SHEET, { pageSetup: { orientation: 'landscape' } });
  ws.getColumn(1).width = 3;
  WIDTHS.forEach((w, j) => {
    ws.getColumn(START_COL + j).width = w;
  });

  const lastCol = START_COL + TTHC_COLUMNS - 1;
  const colLetter = (c: number) => String.fromCharCode(64 + c);
  const span = (r: number) => `${colLetter(START_COL)}${r}:${colLetter(lastCol)}${r}`;

  // Titles.
  const title = ws.getCell(1, START_COL);
  title.value = TITLE;
  title.font = { ...BOLD, size: 14 };
  title.alignment = { horizontal: 'center' };
  ws.mergeCells(span(1));
  const period = ws.getCell(2, START_COL);
  period.value = PERIOD;
  period.font = { ...FONT, italic: true };
  period.alignment = { horizontal: 'center' };
  ws.mergeCells(span(2));

  // Header: borders on every cell of the band (merged ones too, as Excel draws them).
  const headerStyle = (cell: ExcelJS.Cell) => {
    cell.font = BOLD;
    cell.border = BORDER;
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  };
  for (let r = HEADER_ROW; r <= HEADER_ROW + 1; r++) for (let c = START_COL; c <= lastCol; c++) headerStyle(ws.getCell(r, c));
  ws.getCell(HEADER_ROW, START_COL).value = 'Cấp';
  ws.mergeCells(HEADER_ROW, START_COL, HEADER_ROW + 1, START_COL);
  let c = START_COL + 1;
  for (const g of GROUPS) {
    ws.getCell(HEADER_ROW, c).value = g.text;
    ws.mergeCells(HEADER_ROW, c, HEADER_ROW, c + g.span - 1);
    c += g.span;
  }
  LEAVES.forEach((text, j) => {
    ws.getCell(HEADER_ROW + 1, START_COL + 1 + j).value = text;
  });
  ws.getRow(HEADER_ROW).height = 33;
  ws.getRow(HEADER_ROW + 1).height = 48;
  for (let r = 1; r < FIRST_DATA_ROW; r++) ws.getRow(r).commit();

  // One style object per kind of cell, shared by all such cells: the writer caches a style's id by
  // object identity, so the style XML is built once instead of once per cell (3× faster writing).
  const style = (font: Partial<ExcelJS.Font>): Partial<ExcelJS.Style> => ({ numFmt: 'General', font, border: BORDER });
  const dataStyle = style(FONT);
  const totalStyle = style(BOLD);
  const every = opts.progressEvery ?? 20_000;
  const col = (j: number) => colLetter(START_COL + 1 + j);
  // Index in `counts` of each "Tổng số" column → the counts it adds up.
  const PARTS: Record<number, number[]> = { 0: [1, 2], 4: [5, 6, 7], 8: [9, 10] };
  const writeRow = (r: number, label: string, counts: readonly number[], st: Partial<ExcelJS.Style>, total = false) => {
    const row = ws.getRow(r);
    const first = row.getCell(START_COL);
    first.value = label;
    first.style = st;
    for (let j = 0; j < counts.length; j++) {
      const cell = row.getCell(START_COL + 1 + j);
      const parts = PARTS[j];
      if (opts.formulas && total) cell.value = { formula: `SUM(${col(j)}${FIRST_DATA_ROW}:${col(j)}${r - 1})`, result: counts[j]! };
      else if (opts.formulas && parts) cell.value = { formula: parts.map((k) => `${col(k)}${r}`).join('+'), result: counts[j]! };
      else cell.value = counts[j]!;
      cell.style = st;
    }
    row.commit();
  };
  const planned = plannedTypos(rows, opts.typos ?? 0);
  const sums = forEachTthcRow(rows, (label, counts, i) => {
    const t = planned.get(i);
    if (t) {
      const typed = [...counts];
      typed[t.col] = t.slip(counts[t.col]!);
      writeRow(FIRST_DATA_ROW + i, label, typed, dataStyle);
    } else writeRow(FIRST_DATA_ROW + i, label, counts, dataStyle);
    if (opts.onProgress && (i + 1) % every === 0) opts.onProgress(i + 1);
  });
  writeRow(FIRST_DATA_ROW + rows, TOTAL_LABEL, sums, totalStyle, true);
  ws.commit();
  await wb.commit();
}

// ---------------------------------------------------------------------------------------------
// As a CSV: the by-field form a clerk exports

/** A by-field table as text, ";"-separated with "." thousands, every row consistent. */
export function writeBigCsv(dir: string, rows: number): string {
  const file = path.join(dir, `big-${rows}.csv`);
  const lines = ['STT;Lĩnh vực;Tổng số;Kỳ trước;Mới tiếp nhận;Đã giải quyết;Trước hạn;Đúng hạn;Quá hạn;Đang giải quyết;Trong hạn;Quá hạn'];
  for (let i = 1; i <= rows; i++) {
    const moi = 1000 + (i % 900);
    const ky = 10 + (i % 30);
    const da = moi - 5;
    const dang = ky + 5;
    lines.push(
      [i, `Lĩnh vực ${i}`, (ky + moi).toLocaleString('de-DE'), ky, moi.toLocaleString('de-DE'), da.toLocaleString('de-DE'), da - 3, 2, 1, dang, dang, 0].join(
        ';',
      ),
    );
  }
  writeFileSync(file, lines.join('\n') + '\n');
  return file;
}
