/**
 * A table as the rest of the core sees it: plain, serialisable data read once from the grid. Checks,
 * indicators, the report and the roll-up take `Table[]` and never go back to the cells.
 *
 * Records are the lines that carry figures (rows of a usual table, columns of a transposed one);
 * measures are the lines that say what each figure is. Every line number is a sheet coordinate
 * (0-based): a record's `line` is a sheet row when `orientation` is 'rows' and a sheet column when it
 * is 'columns', and a measure's the other way round, so a value's cell is always known.
 */
import type { CellRange } from '../grid/types';
import type { ColumnKind, FormId } from '../catalogue/forms';
import type { CountProblem, RateProblem } from '../numbers';

export type Orientation = 'rows' | 'columns';

/** What a record is: figures of one field or unit, of one level of government, a group subtotal, a total, a section title. */
export type RecordRole = 'data' | 'level' | 'subtotal' | 'total' | 'section';

export interface Measure {
  line: number;
  /** The header texts from top to bottom, as the user wrote them, joined with " › ". */
  header: string;
  /** Concept id in the table's form; absent for a line the form does not know. */
  concept?: string;
  kind?: ColumnKind;
  /** Set when an earlier measure already carries this concept: this one is not used. */
  duplicateOf?: number;
}

export interface TableRecord {
  line: number;
  /** As written: a field, a unit, a level, "Tổng cộng", "I. Cấp huyện". */
  label: string;
  role: RecordRole;
  /** Subtotal and total records: the lines of the records whose sum they state. */
  covers?: number[];
}

/** How a figure was read when it was not a plain number cell. */
export type ReadHow =
  | 'text' // typed as text: "1.886", " 308 "
  | 'note-mark' // a note mark after the number: "1.234(*)", "5.678¹"
  | 'percent-shown' // a fraction under a percent format: 0,9738 shown 97,38%
  | 'formula' // a formula's stored result, what the spreadsheet shows
  | 'dash'; // "-": nothing, counted as 0 in sums

/**
 * One figure that is not simply a number cell. `n` is the number read (a count, or a percent for a rate);
 * absent when nothing is written (`how: 'dash'` or blank text) or when the cell cannot be read (`problem`).
 */
export interface ReadValue {
  n?: number;
  /** The cell as it shows, when it was not a plain number. */
  text?: string;
  how?: ReadHow;
  /** A rate: decimals as printed. */
  decimals?: number;
  /** The figure is a percent (a rate, or a "Kết quả" cell holding one). */
  percent?: true;
  /** The note mark that followed the number ("(*)", "¹"). */
  mark?: string;
  problem?: CountProblem | RateProblem | 'uncached-formula';
  /** decimal-thousands: the count the cell likely means. */
  likely?: number;
}

/**
 * A cell of the table: a plain number (a count read from a number cell), null (empty), text (words in a
 * label or note line, or a line no rule knows), or a ReadValue.
 */
export type TableValue = number | string | null | ReadValue;

/** An identity printed in the numbering line ("3=4+5"): total measure = Σ sign × part measure (lines). */
export interface StatedIdentity {
  text: string;
  total: number;
  parts: { line: number; sign: 1 | -1 }[];
}

/** A rate the numbering line states ("9=7/6"): the rate measure = Σ numerator measures / Σ denominator measures (%). */
export interface StatedRate {
  text: string;
  rate: number;
  num: number[];
  den: number[];
}

/** A header cell as the sheet draws it (merged cells kept), for the appendix. */
export interface HeaderCell {
  text: string;
  colSpan?: number;
  rowSpan?: number;
}

/** What the reading left out, and why: each becomes a finding. */
export interface SetAside {
  reason: 'cot-khong-nhan-dien' | 'cot-trung' | 'cong-thuc-chua-tinh' | 'danh-so-khong-hieu';
  /** The measure line (unknown or duplicate line, a numbering formula not understood), or the cells (formulas with no stored result). */
  line?: number;
  cells?: [number, number][];
  /** The numbering line's text that was not understood. */
  text?: string;
}

export interface Table {
  sheet: string;
  /** Header top-left to the last record, sheet coordinates; `address` is the same in A1. */
  range: CellRange;
  address: string;
  orientation: Orientation;
  form: FormId;
  /** Records are levels of government (cấp tỉnh, cấp xã …) rather than fields or units. */
  byLevel: boolean;
  /** Records are periods (Tháng 7, Quý I …): a total over them ("Lũy kế") adds flows, and takes stocks from the first or last period. */
  byPeriod: boolean;
  /** The header band (sheet rows for 'rows', sheet columns for 'columns') and its cells as drawn. */
  header: { first: number; last: number; cells: HeaderCell[][] };
  /** The numbering line ("1 2 3=4+5 …"), its text per measure. */
  numbering?: { line: number; texts: string[] };
  measures: Measure[];
  records: TableRecord[];
  /** values[measure index][record index]. */
  values: TableValue[][];
  stated: StatedIdentity[];
  /** Rates the numbering line states: checked by their own definition. */
  statedRates?: StatedRate[];
  setAside: SetAside[];
}

export const isFigureRole = (r: RecordRole): boolean => r !== 'section';
export const isDataRole = (r: RecordRole): boolean => r === 'data' || r === 'level';

/** The sheet cell [row, col] of a record line and a measure line. */
export function cellOf(t: Pick<Table, 'orientation'>, record: number, measure: number): [number, number] {
  return t.orientation === 'rows' ? [record, measure] : [measure, record];
}

/** The number a value holds, or undefined (empty, dash, text, unreadable). */
export function numberOf(v: TableValue): number | undefined {
  if (typeof v === 'number') return v;
  if (v !== null && typeof v === 'object') return v.n;
  return undefined;
}

/** The table's one-line summary, as `check --json` prints it. */
export interface TableSummary {
  sheet: string;
  range: string;
  form: string;
  rows: number;
  orientation: Orientation;
}

export function tableSummary(t: Table): TableSummary {
  return { sheet: t.sheet, range: t.address, form: t.form, rows: t.records.filter((r) => isDataRole(r.role)).length, orientation: t.orientation };
}
