/**
 * Reads a spreadsheet file (.xlsx/.xlsm through exceljs, .csv/.tsv/.txt through papaparse) into the
 * plain grids the core works on. Read-only: the input file is opened for reading and never written.
 * Every failure surfaces as a WorkbookReadError with one Vietnamese sentence the user can act on.
 */
import { promises as fsp } from 'node:fs';
import ExcelJS from 'exceljs';
import type { Cell, Row, Worksheet } from 'exceljs';
import Papa from 'papaparse';
import { parseRangeA1 } from '../core/grid/a1';
import type { CellRange, CellValue, SheetGrid, Workbook } from '../core/grid/types';

export type ReadErrorCode =
  | 'not-found'
  | 'is-directory'
  | 'empty-file'
  | 'unsupported-type'
  | 'legacy-or-encrypted'
  | 'not-xlsx'
  | 'corrupt'
  | 'too-large'
  | 'no-sheets';

export class WorkbookReadError extends Error {
  constructor(
    public readonly code: ReadErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'WorkbookReadError';
  }
}

export interface ReadOptions {
  /** Largest file accepted, in bytes (default 200 MB). */
  maxBytes?: number;
}

const DEFAULT_MAX_BYTES = 200 * 1024 * 1024;

// ---------------------------------------------------------------------------
// Entry points

export async function readWorkbookFile(path: string, opts?: ReadOptions): Promise<Workbook> {
  const name = baseName(path);
  const maxBytes = opts?.maxBytes ?? DEFAULT_MAX_BYTES;
  let stat;
  try {
    stat = await fsp.stat(path);
  } catch (e) {
    throw accessError(e, name);
  }
  if (stat.isDirectory()) throw fail('is-directory', name);
  if (!stat.isFile()) throw fail('unsupported-type', name);
  if (stat.size === 0) throw fail('empty-file', name);
  // Checked before reading so a huge file is refused without loading it into memory.
  if (stat.size > maxBytes) throw tooLarge(name, stat.size, maxBytes);
  let bytes: Buffer;
  try {
    bytes = await fsp.readFile(path, { flag: 'r' });
  } catch (e) {
    throw accessError(e, name);
  }
  return readWorkbookBytes(bytes, path, opts);
}

export async function readWorkbookBytes(bytes: Uint8Array, fileName: string, opts?: ReadOptions): Promise<Workbook> {
  const name = baseName(fileName);
  const ext = extension(name);
  const maxBytes = opts?.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.length === 0) throw fail('empty-file', name);
  if (bytes.length > maxBytes) throw tooLarge(name, bytes.length, maxBytes);
  try {
    return await readKnownSize(bytes, name, ext);
  } catch (e) {
    // The caller only ever sees our errors: anything else thrown by the libraries means unreadable content.
    if (e instanceof WorkbookReadError) throw e;
    throw fail('corrupt', name);
  }
}

async function readKnownSize(bytes: Uint8Array, name: string, ext: string): Promise<Workbook> {
  // Content decides first (people rename files), the extension only settles what content cannot.
  const kind = sniff(bytes);
  switch (kind) {
    case 'zip':
      return readZip(bytes, name, ext);
    case 'cfb':
      if (FOREIGN_EXT[ext]) throw unsupported(name, FOREIGN_EXT[ext]);
      throw fail('legacy-or-encrypted', name);
    case 'pdf':
      throw unsupported(name, 'tài liệu PDF');
    case 'image':
      throw unsupported(name, 'tệp ảnh');
    case 'archive':
      throw unsupported(name, 'tệp nén');
    case 'binary':
      // Bytes that are no spreadsheet under a spreadsheet's name: the file is damaged or mislabelled.
      if (XLSX_EXT.has(ext)) throw fail('corrupt', name);
      throw unsupported(name, FOREIGN_EXT[ext]);
    case 'text':
      if (XLSX_EXT.has(ext)) throw fail('not-xlsx', name);
      if (ext === 'xls') throw unsupported(name, looksLikeHtml(bytes) ? 'trang HTML được đặt đuôi .xls' : undefined, true);
      if (FOREIGN_EXT[ext] || OTHER_SHEET_EXT[ext]) throw unsupported(name, FOREIGN_EXT[ext] ?? OTHER_SHEET_EXT[ext], !!OTHER_SHEET_EXT[ext]);
      return readCsv(bytes, name, ext);
  }
}

// ---------------------------------------------------------------------------
// Errors

function q(name: string): string {
  return `"${name}"`;
}

function fail(code: ReadErrorCode, name: string, detail?: string): WorkbookReadError {
  const f = q(name);
  switch (code) {
    case 'not-found':
      return new WorkbookReadError(code, `Không tìm thấy tệp ${f}; hãy kiểm tra lại đường dẫn.`);
    case 'is-directory':
      return new WorkbookReadError(code, `${f} là một thư mục, không phải tệp; hãy chỉ ra tệp .xlsx hoặc .csv cần kiểm tra.`);
    case 'empty-file':
      return new WorkbookReadError(code, `Tệp ${f} rỗng, không có dữ liệu để đọc.`);
    case 'unsupported-type':
      return new WorkbookReadError(code, `Tệp ${f} không phải bảng tính được hỗ trợ; hãy dùng tệp .xlsx, .xlsm hoặc .csv.`);
    case 'legacy-or-encrypted':
      return new WorkbookReadError(
        code,
        `Tệp ${f} được bảo vệ bằng mật khẩu hoặc là tệp Excel 97-2003 (.xls); hãy bỏ mật khẩu / lưu lại thành .xlsx rồi thử lại.`,
      );
    case 'not-xlsx':
      return new WorkbookReadError(
        code,
        `Tệp ${f} có đuôi .${extension(name)} nhưng không phải sổ tính Excel (có thể là tệp văn bản bị đổi tên); hãy mở bằng Excel và lưu lại thành .xlsx rồi thử lại.`,
      );
    case 'corrupt':
      return new WorkbookReadError(
        code,
        `Tệp ${f} không phải sổ tính Excel hợp lệ hoặc đã bị hỏng${detail ?? ''}; hãy mở bằng Excel, lưu lại thành .xlsx rồi thử lại.`,
      );
    case 'too-large':
      return new WorkbookReadError(code, `Tệp ${f} quá lớn${detail ?? ''}; hãy tách bớt dữ liệu sang tệp khác rồi thử lại.`);
    case 'no-sheets':
      return new WorkbookReadError(code, `Sổ tính ${f} không có trang tính nào để đọc.`);
  }
}

/** `label` names what the file really is; `sheetLike` marks spreadsheet formats we cannot read yet. */
function unsupported(name: string, label: string | undefined, sheetLike = false): WorkbookReadError {
  if (!label) return fail('unsupported-type', name);
  const f = q(name);
  return new WorkbookReadError(
    'unsupported-type',
    sheetLike
      ? `Tệp ${f} là ${label}, định dạng này chưa được hỗ trợ; hãy mở bằng Excel và lưu lại thành .xlsx rồi thử lại.`
      : `Tệp ${f} là ${label}, không phải bảng tính; hãy dùng tệp .xlsx, .xlsm hoặc .csv.`,
  );
}

function tooLarge(name: string, size: number, max: number): WorkbookReadError {
  return fail('too-large', name, ` (${formatSize(size)}, giới hạn ${formatSize(max)})`);
}

function formatSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  const mb = bytes / (1024 * 1024);
  // Vietnamese decimal comma; one decimal is enough to compare with the limit.
  const s = mb >= 10 || Number.isInteger(mb) ? String(Math.round(mb)) : mb.toFixed(1).replace('.', ',');
  return `${s} MB`;
}

function accessError(e: unknown, name: string): WorkbookReadError {
  const code = (e as NodeJS.ErrnoException | null)?.code;
  if (code === 'EISDIR') return fail('is-directory', name);
  if (code === 'ENOENT' || code === 'ENOTDIR') return fail('not-found', name);
  // The API has no separate code for "cannot open": reported as not-found, with the real reason.
  return new WorkbookReadError(
    'not-found',
    code === 'EACCES' || code === 'EPERM' || code === 'EBUSY'
      ? `Không mở được tệp ${q(name)}: không có quyền đọc hoặc tệp đang bị chương trình khác khóa.`
      : `Không mở được tệp ${q(name)}${code ? ` (mã lỗi ${code})` : ''}.`,
  );
}

// ---------------------------------------------------------------------------
// File type

const XLSX_EXT = new Set(['xlsx', 'xlsm', 'xltx', 'xltm']);

/** Extensions of well-known non-spreadsheet files, with what to call them. */
const FOREIGN_EXT: Record<string, string | undefined> = {
  pdf: 'tài liệu PDF',
  doc: 'tài liệu Word',
  docx: 'tài liệu Word',
  docm: 'tài liệu Word',
  dotx: 'tài liệu Word',
  rtf: 'tài liệu văn bản RTF',
  odt: 'tài liệu OpenDocument',
  ppt: 'bản trình chiếu PowerPoint',
  pptx: 'bản trình chiếu PowerPoint',
  odp: 'bản trình chiếu OpenDocument',
  html: 'trang HTML',
  htm: 'trang HTML',
  xml: 'tệp XML',
  json: 'tệp JSON',
  msg: 'thư điện tử',
  eml: 'thư điện tử',
  zip: 'tệp nén',
  rar: 'tệp nén',
  '7z': 'tệp nén',
  gz: 'tệp nén',
  jpg: 'tệp ảnh',
  jpeg: 'tệp ảnh',
  png: 'tệp ảnh',
  gif: 'tệp ảnh',
  bmp: 'tệp ảnh',
};

/** Spreadsheet formats exceljs cannot read. */
const OTHER_SHEET_EXT: Record<string, string | undefined> = {
  ods: 'bảng tính OpenDocument (.ods)',
  xlsb: 'sổ tính nhị phân Excel (.xlsb)',
  numbers: 'bảng tính Apple Numbers',
};

type Kind = 'zip' | 'cfb' | 'pdf' | 'image' | 'archive' | 'binary' | 'text';

function startsWith(b: Uint8Array, sig: readonly number[], at = 0): boolean {
  if (b.length < at + sig.length) return false;
  for (let i = 0; i < sig.length; i++) if (b[at + i] !== sig[i]) return false;
  return true;
}

function sniff(b: Uint8Array): Kind {
  if (b[0] === 0x50 && b[1] === 0x4b && (b[2] === 3 || b[2] === 5 || b[2] === 7) && (b[3] === 4 || b[3] === 6 || b[3] === 8)) {
    return 'zip';
  }
  if (startsWith(b, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'cfb';
  if (startsWith(b, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'pdf'; // %PDF-
  if (
    startsWith(b, [0x89, 0x50, 0x4e, 0x47]) || // PNG
    startsWith(b, [0xff, 0xd8, 0xff]) || // JPEG
    startsWith(b, [0x47, 0x49, 0x46, 0x38]) // GIF8
  ) {
    return 'image';
  }
  if (
    startsWith(b, [0x52, 0x61, 0x72, 0x21]) || // Rar!
    startsWith(b, [0x37, 0x7a, 0xbc, 0xaf]) || // 7z
    startsWith(b, [0x1f, 0x8b]) // gzip
  ) {
    return 'archive';
  }
  if (startsWith(b, [0xff, 0xfe]) || startsWith(b, [0xfe, 0xff])) return 'text'; // UTF-16 BOM: NUL bytes are expected
  // Text files never hold NUL bytes; looking at the head is enough to tell.
  const n = Math.min(b.length, 64 * 1024);
  for (let i = 0; i < n; i++) if (b[i] === 0) return 'binary';
  return 'text';
}

function looksLikeHtml(b: Uint8Array): boolean {
  const head = new TextDecoder('utf-8').decode(b.subarray(0, 1024)).trimStart().toLowerCase();
  return head.startsWith('<');
}

function baseName(path: string): string {
  const parts = path.split(/[\\/]/);
  return parts[parts.length - 1] || path;
}

function extension(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
}

// ---------------------------------------------------------------------------
// Zip directory (to tell a workbook from any other zip before exceljs sees it)

/**
 * Names of the entries in a zip's central directory; 'truncated' when the end record is missing
 * (a download cut short); undefined when the directory is unreadable here (exceljs gets the last word).
 */
function zipEntryNames(b: Uint8Array): Set<string> | 'truncated' | undefined {
  const dv = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const len = b.length;
  let eocd = -1;
  // The end record is 22 bytes plus a comment of at most 65535 bytes, at the very end.
  for (let i = len - 22; i >= 0 && i >= len - 22 - 0xffff; i--) {
    if (dv.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return 'truncated';
  let count = dv.getUint16(eocd + 10, true);
  let offset = dv.getUint32(eocd + 16, true);
  if ((count === 0xffff || offset === 0xffffffff) && eocd >= 20 && dv.getUint32(eocd - 20, true) === 0x07064b50) {
    // Zip64: the real numbers live in the zip64 end record.
    const rec = Number(dv.getBigUint64(eocd - 12, true));
    if (rec + 56 > len || dv.getUint32(rec, true) !== 0x06064b50) return undefined;
    count = Number(dv.getBigUint64(rec + 32, true));
    offset = Number(dv.getBigUint64(rec + 48, true));
  }
  const names = new Set<string>();
  const dec = new TextDecoder('utf-8');
  let p = offset;
  for (let k = 0; k < count; k++) {
    if (p + 46 > len || dv.getUint32(p, true) !== 0x02014b50) return undefined;
    const nameLen = dv.getUint16(p + 28, true);
    const extraLen = dv.getUint16(p + 30, true);
    const commentLen = dv.getUint16(p + 32, true);
    if (p + 46 + nameLen > len) return undefined;
    let entry = dec.decode(b.subarray(p + 46, p + 46 + nameLen));
    if (entry.startsWith('/')) entry = entry.slice(1); // exceljs strips it too
    names.add(entry);
    p += 46 + nameLen + extraLen + commentLen;
  }
  return names;
}

// ---------------------------------------------------------------------------
// .xlsx / .xlsm

async function readZip(bytes: Uint8Array, name: string, ext: string): Promise<Workbook> {
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

// ---------------------------------------------------------------------------
// .csv / .tsv / .txt

type Decoder = { decode(input: Uint8Array): string };

let legacyDecoder: Decoder | undefined;

/** windows-1258 (Vietnamese) needs full ICU, which official Node builds have; 1252 is the fallback. */
function getLegacyDecoder(): Decoder {
  if (!legacyDecoder) {
    try {
      legacyDecoder = new TextDecoder('windows-1258');
    } catch {
      legacyDecoder = new TextDecoder('windows-1252');
    }
  }
  return legacyDecoder;
}

function decodeText(b: Uint8Array): string {
  // TextDecoder drops the BOM itself.
  if (startsWith(b, [0xff, 0xfe])) return new TextDecoder('utf-16le').decode(b);
  if (startsWith(b, [0xfe, 0xff])) return new TextDecoder('utf-16be').decode(b);
  if (startsWith(b, [0xef, 0xbb, 0xbf])) return new TextDecoder('utf-8').decode(b);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(b);
  } catch {
    return getLegacyDecoder().decode(b);
  }
}

const DELIMITERS = [',', ';', '\t', '|'];

/**
 * papaparse's own guess, made on a sample with blank lines skipped: counted as one-field rows they
 * defeat the guess (report exports often start with a title and a blank line), yet the real parse
 * must keep them. Vietnamese Excel exports often use ";".
 */
function guessDelimiter(text: string): string {
  const probe = Papa.parse<string[]>(text.slice(0, 256 * 1024), {
    header: false,
    preview: 10,
    skipEmptyLines: 'greedy',
    delimitersToGuess: DELIMITERS,
  });
  const d = probe.meta.delimiter;
  return DELIMITERS.includes(d) ? d : ',';
}

function readCsv(bytes: Uint8Array, name: string, ext: string): Workbook {
  const text = decodeText(bytes);
  if (text.length === 0) throw fail('empty-file', name);
  const parsed = Papa.parse<string[]>(text, {
    header: false,
    dynamicTyping: false,
    // Blank lines stay rows so row numbers match the file.
    skipEmptyLines: false,
    delimiter: ext === 'tsv' ? '\t' : guessDelimiter(text),
  });
  // Malformed quoting is recovered by papaparse the way spreadsheet programs do, so its errors are not fatal.
  const data = parsed.data;
  let n = data.length;
  // The newline that ends the last line is not an extra row.
  while (n > 0) {
    const last = data[n - 1];
    if (last && last.length === 1 && last[0] === '') n--;
    else break;
  }
  let width = 0;
  for (let i = 0; i < n; i++) {
    const len = data[i]?.length ?? 0;
    if (len > width) width = len;
  }
  const values: CellValue[][] = new Array<CellValue[]>(n);
  for (let i = 0; i < n; i++) {
    const src = data[i] ?? [];
    const out = new Array<CellValue>(width);
    for (let j = 0; j < width; j++) {
      const s = src[j];
      out[j] = s === undefined || s === '' ? null : s;
    }
    values[i] = out;
  }
  const dot = name.lastIndexOf('.');
  const sheetName = dot > 0 ? name.slice(0, dot) : name;
  return { sheets: [{ name: sheetName, values, merges: [], originRow: 0, originCol: 0 }] };
}
