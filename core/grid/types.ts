/**
 * The plain data every host hands the core: one grid per sheet, values as the host gives them.
 * Nothing here knows about Google Sheets, Excel or files.
 */

/** A spreadsheet error value such as `#REF!`, `#N/A`, `#DIV/0!`. */
export interface CellError {
  error: string;
}

/** A cell value as the host gives it. `null` is an empty cell. */
export type CellValue = number | string | boolean | null | CellError;

/** A rectangle of cells, 0-based and inclusive, relative to the sheet (not to the grid origin). */
export interface CellRange {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

export interface SheetGrid {
  name: string;
  /** Row-major values of the used range; `values[i][j]` is the cell at sheet row `originRow + i`, column `originCol + j`. */
  values: CellValue[][];
  /** Display text where the host has it (same shape as `values`; missing rows/cells mean "no display text"). */
  display?: (string | undefined)[][];
  /** Merged areas, in sheet coordinates. */
  merges: CellRange[];
  /** Sheet row of `values[0]` (0-based). Defaults to 0. */
  originRow?: number;
  /** Sheet column of `values[i][0]` (0-based). Defaults to 0. */
  originCol?: number;
  /**
   * Cells holding a formula whose result the file does not store (written by a program that does not
   * calculate), as [row, col] in sheet coordinates. Their value is null here; it is not a 0.
   */
  uncached?: [number, number][];
  /** Cells whose value is a formula's stored result (what the spreadsheet shows), [row, col] in sheet coordinates. */
  formulas?: [number, number][];
}

/**
 * Something a file reader had to repair or guess to read the file (a line in another code page, bytes cut
 * short, a span too wide): said to the user as a warning at the cell it concerns, never silently.
 */
export interface ReadNote {
  sheet: string;
  /** 0-based sheet coordinates of the cell the note concerns. */
  row: number;
  col: number;
  /** One Vietnamese sentence. */
  message: string;
}

export interface Workbook {
  sheets: SheetGrid[];
  /** What the reader repaired or guessed; absent when the file was read as it is. */
  notes?: ReadNote[];
}

export function isCellError(v: unknown): v is CellError {
  return typeof v === 'object' && v !== null && typeof (v as CellError).error === 'string';
}
