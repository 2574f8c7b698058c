import type { CellRange } from '../grid/types';
import type { FormId } from '../catalogue/forms';

export interface MappedColumn {
  col: number;
  /** The header texts from top to bottom, as the user wrote them, joined with " › ". */
  header: string;
  /** Concept id in the table's form; undefined for a column the form does not know. */
  concept?: string;
  /** Set when another column already carries this meaning; the later one is not used. */
  duplicateOf?: number;
}

export type RowKind = 'data' | 'total' | 'group' | 'section' | 'blank';

export interface TableRow {
  row: number;
  kind: RowKind;
  /** The row's label as written (field, level or "Tổng cộng"). */
  label: string;
  /** For total and group rows: the rows whose sum they state. */
  covers?: number[];
  /** How deep its numbering is ("I" 1, "1" 2, "1.1" 3, "a" 10, "-" 11), when it has one: groups and their members. */
  depth?: number | undefined;
}

/** An identity printed in the numbering row ("3=4+5"): total column = Σ sign × part column. */
export interface StatedIdentity {
  text: string;
  total: number;
  parts: { col: number; sign: 1 | -1 }[];
}

/** A rate the numbering row states ("9=7/6"): rate column = Σ numerator columns / Σ denominator columns. */
export interface StatedRatio {
  text: string;
  rate: number;
  num: number[];
  den: number[];
}

export interface DetectedTable {
  sheet: string;
  form: FormId;
  /** Header top-left to the last table row, sheet coordinates. */
  range: CellRange;
  headerRows: { first: number; last: number };
  numberingRow?: number;
  columns: MappedColumn[];
  rows: TableRow[];
  stated: StatedIdentity[];
  statedRatios: StatedRatio[];
  /** Numbering tokens whose formula is not understood (or names a column the row does not number): col → text. */
  statedUnknown: { col: number; text: string }[];
  /** Rows are levels of government (cấp huyện, cấp xã …) rather than fields. */
  byLevel: boolean;
  /** Rows are periods (months, quarters): a total over them adds flows, not stocks. */
  byPeriod: boolean;
}

/** Column index of each concept the table carries (first column wins). */
export function conceptColumns(t: DetectedTable): Map<string, number> {
  const m = new Map<string, number>();
  for (const c of t.columns) if (c.concept && c.duplicateOf === undefined && !m.has(c.concept)) m.set(c.concept, c.col);
  return m;
}
