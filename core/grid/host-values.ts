/**
 * What a spreadsheet host hands over (raw values, shown text, number formats, merged addresses) turned into
 * the grid the core reads. Shared by the Google and Excel adapters so both read a sheet the same way as the
 * .xlsx reader does: error values as errors, dates as dd/mm/yyyy, percentages with the text the user sees.
 */
import { parseRangeA1 } from './a1';
import { heldIndexes } from './sheet-view';
import type { CellRange, CellValue, SheetGrid } from './types';

export const ERROR_VALUES: ReadonlySet<string> = new Set([
  '#REF!',
  '#N/A',
  '#DIV/0!',
  '#VALUE!',
  '#NAME?',
  '#NUM!',
  '#NULL!',
  '#ERROR!',
  '#SPILL!',
  '#CALC!',
  '#GETTING_DATA',
  '#BUSY!',
  '#BLOCKED!',
  '#CONNECT!',
  '#FIELD!',
  '#UNKNOWN!',
]);

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

export function dmy(year: number, month: number, day: number): string {
  return `${pad2(day)}/${pad2(month)}/${String(year).padStart(4, '0')}`;
}

/** Excel's serial date (1900 system, with its phantom 29/02/1900) as dd/mm/yyyy. */
export function serialDate(serial: number): string {
  const d = new Date(Date.UTC(1899, 11, 30) + Math.floor(serial) * 86_400_000);
  return dmy(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** A number format that shows a date: d or y outside quotes, brackets and escapes ("m" alone may be minutes). */
export function isDateFormat(format: string | undefined): boolean {
  if (!format || /^general$/i.test(format) || format === '@') return false;
  const bare = format.replace(/"[^"]*"|\[[^\]]*\]|\\.|_.|\*./g, '');
  return /[dy]/i.test(bare) && !bare.includes('%');
}

/** One raw host value as a grid value. `shownAsDate` says the host formats this number as a date. */
export function hostValue(v: unknown, shownAsDate = false): CellValue {
  if (v === '' || v === null || v === undefined) return null;
  if (typeof v === 'number') return shownAsDate && Number.isFinite(v) ? serialDate(v) : v;
  if (typeof v === 'boolean') return v;
  if (v instanceof Date || Object.prototype.toString.call(v) === '[object Date]') {
    const d = v as Date;
    return Number.isNaN(d.getTime()) ? null : dmy(d.getFullYear(), d.getMonth() + 1, d.getDate());
  }
  const s = String(v);
  return ERROR_VALUES.has(s) ? { error: s } : s;
}

/** The merged areas of an address list such as "'Kết quả'!A1:B2, 'Kết quả'!C3" (sheet names dropped). */
export function parseAreas(address: string): CellRange[] {
  const out: CellRange[] = [];
  let part = '';
  let quoted = false;
  const flush = () => {
    const ref = part.slice(part.lastIndexOf('!') + 1).trim();
    const r = ref ? parseRangeA1(ref) : undefined;
    if (r) out.push(r);
    part = '';
  };
  for (const ch of address) {
    if (ch === "'") quoted = !quoted;
    if (ch === ',' && !quoted) flush();
    else part += ch;
  }
  flush();
  return out;
}

export interface HostSheet {
  name: string;
  /** Raw values of the used range, row-major. */
  values: unknown[][];
  /** The text each cell shows, when the host gives it. */
  text?: string[][];
  /** Number formats, when the host gives them (Excel: dates arrive as serial numbers). */
  formats?: string[][];
  merges: CellRange[];
  originRow?: number;
  originCol?: number;
  /** Formula cells with no stored result, [row, col] in sheet coordinates (see SheetGrid.uncached). */
  uncached?: [number, number][];
  /** Formula cells read by their stored result (see SheetGrid.formulas). */
  formulas?: [number, number][];
}

/** The grid of one sheet; display text is kept only where the core needs it (percentages, dates). */
export function gridFromHost(h: HostSheet, opts: { reuseRows?: boolean } = {}): SheetGrid {
  let display: (string | undefined)[][] | undefined;
  // `reuseRows`: the caller owns the arrays and will not read them again, so each row is converted where it
  // lies instead of copied (a 60 MB CSV's rows are a hundred megabytes). An empty row is kept as it is (a
  // reader may hand the same empty array for every blank row).
  const convert = (row: unknown[], i: number): CellValue[] => {
    if (row.length === 0) return row as CellValue[];
    // A wide row may be sparse (a cell in A and one in XFD): only the cells it holds are visited, and its
    // holes stay holes (read as empty), so memory follows the cells, not the width.
    const held = heldIndexes(row);
    const out: CellValue[] = opts.reuseRows ? (row as CellValue[]) : held ? [] : new Array<CellValue>(row.length);
    const put = (j: number) => {
      const raw = row[j];
      const asDate = typeof raw === 'number' && isDateFormat(h.formats?.[i]?.[j]);
      const v = hostValue(raw, asDate);
      const shown = h.text?.[i]?.[j];
      // Percentages and dates keep their text; so does a number no count can be (past 2^53 − 1, or not finite), whose
      // digits as the host shows them are the figure's, not the nearest double's.
      const keep =
        shown?.includes('%') || (typeof v === 'number' && !(Math.abs(v) <= Number.MAX_SAFE_INTEGER)) ? shown : asDate && typeof v === 'string' ? v : undefined;
      if (keep !== undefined) ((display ??= [])[i] ??= [])[j] = keep;
      out[j] = v;
    };
    if (held) {
      for (const j of held) put(j);
      out.length = row.length;
    } else for (let j = 0; j < row.length; j++) put(j);
    return out;
  };
  const values: CellValue[][] = opts.reuseRows ? (h.values as CellValue[][]) : new Array<CellValue[]>(h.values.length);
  for (let i = 0; i < h.values.length; i++) values[i] = convert(h.values[i]!, i);
  const empty = values.length === 0 || (values.length === 1 && values[0]!.every((v) => v === null));
  const grid: SheetGrid = { name: h.name, values: empty ? [] : values, merges: h.merges, originRow: h.originRow ?? 0, originCol: h.originCol ?? 0 };
  if (display && !empty) grid.display = display;
  if (h.uncached?.length) grid.uncached = h.uncached;
  if (h.formulas?.length) grid.formulas = h.formulas;
  return grid;
}
