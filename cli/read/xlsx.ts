/** .xlsx / .xlsm through exceljs. */
import ExcelJS from 'exceljs';
import type { Cell, Row, Worksheet } from 'exceljs';
import { parseRangeA1 } from '../../core/grid/a1';
import type { CellRange, CellValue, SheetGrid, Workbook } from '../../core/grid/types';
import { fail, unsupported } from './errors';
import { FOREIGN_EXT, OTHER_SHEET_EXT, zipEntryNames } from './sniff';

export async function readZip(bytes: Uint8Array, name: string, ext: string): Promise<Workbook> {
  const names = zipEntryNames(bytes);
  if (names === 'truncated') throw fail('corrupt', name, ' (tệp có vẻ bị cắt cụt, có thể chưa tải về hoặc sao chép hết)');
  if (names && !names.has('xl/workbook.xml')) {
    // exceljs silently returns zero sheets for such zips, so they are sorted out here.
    if (names.has('xl/workbook.bin')) throw unsupported(name, OTHER_SHEET_EXT.xlsb, true);
    if (names.has('mimetype') && names.has('content.xml') && (ext === 'ods' || !FOREIGN_EXT[ext])) {
      throw unsupported(name, OTHER_SHEET_EXT.ods, true);
    }
    if (FOREIGN_EXT[ext]) throw unsupported(name, FOREIGN_EXT[ext]);
    if (OTHER_SHEET_EXT[ext]) throw unsupported(name, OTHER_SHEET_EXT[ext], true);
    throw fail('corrupt', name);
  }

  const wb = new ExcelJS.Workbook();
  try {
    // A view, not a copy: exceljs/JSZip only read the buffer.
    const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    // exceljs's own global `Buffer` declaration does not unify with @types/node's generic Buffer.
    await wb.xlsx.load(view as unknown as Parameters<typeof wb.xlsx.load>[0], LOAD_OPTIONS);
  } catch {
    throw fail('corrupt', name);
  }
  const sheets = wb.worksheets;
  if (sheets.length === 0) {
    if (!names) throw fail('corrupt', name);
    throw fail('no-sheets', name);
  }
  try {
    return { sheets: sheets.map(sheetToGrid) };
  } catch {
    // A workbook exceljs loaded but left in an inconsistent state.
    throw fail('corrupt', name);
  }
}

/**
 * Worksheet parts the grid never uses. Skipping them saves time, and some are where exceljs is fragile:
 * it expands each data-validation range cell by cell (a rule on a whole column costs a million entries)
 * and can throw on drawings it does not understand. Hyperlink cells keep their text from the cell itself.
 */
const LOAD_OPTIONS = {
  ignoreNodes: [
    'dataValidations',
    'conditionalFormatting',
    'extLst',
    'hyperlinks',
    'drawing',
    'picture',
    'tableParts',
    'autoFilter',
    'rowBreaks',
    'pageMargins',
    'pageSetup',
    'printOptions',
    'headerFooter',
    'sheetProtection',
  ],
};

const VT_MERGE = ExcelJS.ValueType.Merge;

type RawMerge = { top: number; left: number; bottom: number; right: number };

/** Merged areas, 0-based. */
function sheetMerges(ws: Worksheet): CellRange[] {
  // `worksheet.model` would rebuild the model of every row just to list merges (costly at 100.000 rows),
  // so the internal map behind it is read directly; the public model is the fallback if exceljs changes.
  const internal = (ws as unknown as { _merges?: Record<string, RawMerge | undefined> })._merges;
  const out: CellRange[] = [];
  if (internal && typeof internal === 'object') {
    let ok = true;
    for (const key of Object.keys(internal)) {
      const m = internal[key];
      if (!m || typeof m.top !== 'number' || typeof m.left !== 'number' || typeof m.bottom !== 'number' || typeof m.right !== 'number') {
        ok = false;
        break;
      }
      out.push({ r0: m.top - 1, c0: m.left - 1, r1: m.bottom - 1, c1: m.right - 1 });
    }
    if (ok) return out;
    out.length = 0;
  }
  for (const ref of ws.model.merges ?? []) {
    const r = parseRangeA1(ref);
    if (r) out.push(r);
  }
  return out;
}

function sheetToGrid(ws: Worksheet): SheetGrid {
  const merges = sheetMerges(ws);
  // Rows indexed by 0-based sheet row; each holds values indexed by 0-based sheet column.
  const rows: (CellValue[] | undefined)[] = [];
  let displayRows: ((string | undefined)[] | undefined)[] | undefined;
  let minR = Infinity;
  let maxR = -1;
  let minC = Infinity;
  let maxC = -1;

  ws.eachRow({ includeEmpty: false }, (row: Row, rowNumber: number) => {
    const r = rowNumber - 1;
    const vals: CellValue[] = new Array<CellValue>(row.cellCount).fill(null);
    let disp: (string | undefined)[] | undefined;
    let rowMin = Infinity;
    let rowMax = -1;
    row.eachCell((cell: Cell, colNumber: number) => {
      const c = colNumber - 1;
      if (c < rowMin) rowMin = c;
      if (c > rowMax) rowMax = c;
      // A merged cell other than the top-left one reports its master's value; the grid keeps it empty.
      if (cell.type === VT_MERGE) return;
      let raw: unknown = cell.value;
      if (typeof raw === 'number') {
        vals[c] = raw;
        const text = percentDisplay(raw, cell.numFmt);
        if (text !== undefined) (disp ??= [])[c] = text;
        return;
      }
      if (typeof raw === 'string') {
        vals[c] = raw;
        return;
      }
      if (raw !== null && typeof raw === 'object' && !(raw instanceof Date) && ('formula' in raw || 'sharedFormula' in raw)) {
        raw = (raw as { result?: unknown }).result;
      }
      if (raw instanceof Date) {
        const text = formatDate(raw);
        vals[c] = text;
        if (text !== null) (disp ??= [])[c] = text;
        return;
      }
      const v = mapPlain(raw);
      vals[c] = v;
      if (typeof v === 'number') {
        const text = percentDisplay(v, cell.numFmt);
        if (text !== undefined) (disp ??= [])[c] = text;
      }
    });
    if (rowMax < 0) return;
    rows[r] = vals;
    if (disp) (displayRows ??= [])[r] = disp;
    if (r < minR) minR = r;
    if (r > maxR) maxR = r;
    if (rowMin < minC) minC = rowMin;
    if (rowMax > maxC) maxC = rowMax;
  });

  // Merged areas belong to the used range even where their cells are empty, so no merge falls outside the grid.
  for (const m of merges) {
    if (m.r0 < minR) minR = m.r0;
    if (m.r1 > maxR) maxR = m.r1;
    if (m.c0 < minC) minC = m.c0;
    if (m.c1 > maxC) maxC = m.c1;
  }

  if (maxR < 0) return { name: ws.name, values: [], merges };

  const height = maxR - minR + 1;
  const width = maxC - minC + 1;
  const values: CellValue[][] = new Array<CellValue[]>(height);
  for (let i = 0; i < height; i++) {
    const src = rows[minR + i];
    if (!src) {
      values[i] = new Array<CellValue>(width).fill(null);
    } else if (minC === 0 && src.length === width) {
      values[i] = src; // the common case: no copy
    } else if (minC === 0 && src.length < width) {
      for (let j = src.length; j < width; j++) src.push(null);
      values[i] = src;
    } else {
      const out = src.slice(minC, maxC + 1);
      for (let j = out.length; j < width; j++) out.push(null);
      values[i] = out;
    }
  }

  const grid: SheetGrid = { name: ws.name, values, merges, originRow: minR, originCol: minC };
  if (displayRows) {
    // Sparse on purpose: rows and cells without display text stay missing.
    const display: (string | undefined)[][] = new Array<(string | undefined)[]>(height);
    for (let i = 0; i < height; i++) {
      const d = displayRows[minR + i];
      if (d) display[i] = minC === 0 ? d : d.slice(minC);
    }
    grid.display = display;
  }
  return grid;
}

/** Values other than numbers, strings and dates (already handled on the hot path). */
function mapPlain(raw: unknown): CellValue {
  switch (typeof raw) {
    case 'number':
    case 'string':
    case 'boolean':
      return raw;
    case 'object': {
      if (raw === null) return null;
      const o = raw as { error?: unknown; richText?: unknown; text?: unknown; hyperlink?: unknown };
      if (typeof o.error === 'string') return { error: o.error };
      if (Array.isArray(o.richText)) return richTextToString(o.richText);
      if ('hyperlink' in o || 'text' in o) {
        const t = o.text;
        if (typeof t === 'string') return t;
        if (t && typeof t === 'object' && Array.isArray((t as { richText?: unknown }).richText)) {
          return richTextToString((t as { richText: unknown[] }).richText);
        }
        return null;
      }
      return null;
    }
    default:
      return null;
  }
}

function richTextToString(runs: unknown[]): string {
  let s = '';
  for (const run of runs) {
    const t = (run as { text?: unknown } | null)?.text;
    if (typeof t === 'string') s += t;
  }
  return s;
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** exceljs builds dates in UTC from the serial number, so the UTC fields are the calendar date Excel shows. */
function formatDate(d: Date): string | null {
  if (Number.isNaN(d.getTime())) return null;
  const y = d.getUTCFullYear();
  return `${pad2(d.getUTCDate())}/${pad2(d.getUTCMonth() + 1)}/${String(y).padStart(4, '0')}`;
}

// ---------------------------------------------------------------------------
// Percent display text

interface PercentFormat {
  minDecimals: number;
  maxDecimals: number;
  grouping: boolean;
}

const percentFormats = new Map<string, PercentFormat | null>();

function parsePercentFormat(fmt: string): PercentFormat | null {
  // Only the first section matters here; quoted text, escapes and [colour]/[locale] tags are not digits.
  const section = (fmt.split(';')[0] ?? '').replace(/"[^"]*"|\\.|\[[^\]]*\]/g, '');
  if (!section.includes('%')) return null;
  const point = section.indexOf('.');
  let minDecimals = 0;
  let maxDecimals = 0;
  if (point >= 0) {
    for (let i = point + 1; i < section.length; i++) {
      const ch = section[i];
      if (ch === '0') {
        minDecimals = ++maxDecimals;
      } else if (ch === '#' || ch === '?') {
        maxDecimals++;
      } else {
        break;
      }
    }
  }
  const intPart = point >= 0 ? section.slice(0, point) : section;
  return { minDecimals, maxDecimals, grouping: /[0#?],[0#?]/.test(intPart) };
}

function percentDisplay(v: number, fmt: string | undefined): string | undefined {
  if (!fmt || fmt.indexOf('%') < 0) return undefined;
  let f = percentFormats.get(fmt);
  if (f === undefined) {
    f = parsePercentFormat(fmt);
    percentFormats.set(fmt, f);
  }
  return f ? formatPercent(v, f) : undefined;
}

/** Formats like Excel: 15 significant digits first, then rounding half away from zero. */
function formatPercent(v: number, f: PercentFormat): string {
  if (!Number.isFinite(v)) return String(v);
  const x = Number((v * 100).toPrecision(15));
  const neg = x < 0;
  const a = Math.abs(x);
  const scale = 10 ** f.maxDecimals;
  const scaled = Math.round(Number((a * scale).toPrecision(15)));
  let intStr: string;
  let frac: string;
  if (Number.isSafeInteger(scaled)) {
    const digits = String(scaled).padStart(f.maxDecimals + 1, '0');
    intStr = digits.slice(0, digits.length - f.maxDecimals);
    frac = digits.slice(digits.length - f.maxDecimals);
  } else {
    const s = a.toFixed(f.maxDecimals);
    const p = s.indexOf('.');
    intStr = p < 0 ? s : s.slice(0, p);
    frac = p < 0 ? '' : s.slice(p + 1);
  }
  // Optional digits (#) are dropped when they are trailing zeros.
  let end = frac.length;
  while (end > f.minDecimals && frac[end - 1] === '0') end--;
  frac = frac.slice(0, end);
  if (f.grouping) intStr = intStr.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${neg ? '-' : ''}${intStr}${frac ? `.${frac}` : ''}%`;
}

