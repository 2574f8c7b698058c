/**
 * The spreadsheet formats exceljs cannot read — Excel 97-2003 (.xls, BIFF8/BIFF5), OpenDocument (.ods),
 * Excel binary (.xlsb) and XML Spreadsheet 2003 — through SheetJS CE (the registry's `@e965/xlsx`).
 * Each worksheet becomes a HostSheet for gridFromHost, like every other reader.
 */
import type * as XLSX from '@e965/xlsx';
import { detachedPrefix } from './bytes';
import { loadSheetjs } from './sheetjs-lib';
import { gridFromHost, isDateFormat, type HostSheet } from '../core/grid/host-values';
import { heldIndexes, SPARSE_FROM } from '../core/grid/sheet-view';
import type { CellRange, ReadNote, Workbook } from '../core/grid/types';
import { cutNote, MAX_CELL_CHARS } from './cell-limit';
import { fail, tooLargeForFormat, WorkbookReadError } from './errors';
import { repackZip, ZipPartError, type ZipEntry } from './zip';
import { TextSample } from './tcvn3';

const MB = 1024 * 1024;

let loaded: Promise<typeof XLSX> | undefined;

/**
 * SheetJS takes a third of a second to load: loaded the first time a file needs it, so a .xlsx or a .csv never pays
 * for it (the web page loads it as a script of its own, web/sheetjs-lib.ts). Old .xls files store their text in the
 * Windows code page they were written with (1258 for Vietnamese).
 */
function sheetjs(): Promise<typeof XLSX> {
  loaded ??= loadSheetjs().then(({ xlsx, cptable }) => {
    xlsx.set_cptable(cptable);
    return xlsx;
  });
  return loaded;
}

const READ_OPTIONS: XLSX.ParsingOptions = {
  type: 'array',
  dense: true,
  cellNF: true,
  cellText: true,
  cellDates: false,
  cellFormula: false,
  sheetStubs: false,
  WTF: false,
};

/** What an OLE/CFB container (the Office 97-2003 file format) holds. */
export type CfbContent = 'workbook' | 'encrypted' | 'word' | 'powerpoint' | 'other' | 'damaged';

/**
 * What the container holds and, for a workbook, the size of its Workbook stream (what SheetJS parses).
 */
export async function cfbContent(bytes: Uint8Array): Promise<CfbContent> {
  return (await cfbLook(bytes)).content;
}

export async function cfbLook(bytes: Uint8Array): Promise<{ content: CfbContent; workbookBytes: number }> {
  const sheet = await sheetjs();
  let names: Set<string>;
  let workbookBytes = 0;
  try {
    const cfb = sheet.CFB.read(bytes, { type: 'array' }) as { FullPaths?: string[]; FileIndex?: { name: string; size: number }[] };
    names = new Set((cfb.FullPaths ?? []).map((p) => p.replace(/\/$/, '').split('/').pop()!.toLowerCase()));
    for (const f of cfb.FileIndex ?? []) {
      const n = f.name.toLowerCase();
      if (n === 'workbook' || n === 'book') workbookBytes = Math.max(workbookBytes, f.size);
    }
  } catch {
    return { content: 'damaged', workbookBytes };
  }
  return { content: contentOf(names), workbookBytes };
}

function contentOf(names: ReadonlySet<string>): CfbContent {
  // An encrypted .xlsx/.docx is a CFB holding the encrypted package; an encrypted .xls is found while reading.
  if (names.has('encryptioninfo') || names.has('encryptedpackage')) return 'encrypted';
  if (names.has('workbook') || names.has('book')) return 'workbook';
  if (names.has('worddocument')) return 'word';
  if (names.has('powerpoint document')) return 'powerpoint';
  return 'other';
}

/** A SheetJS failure as the reader's error: a password is the one thing the user can act on. */
export function sheetjsError(e: unknown, name: string): WorkbookReadError {
  if (e instanceof WorkbookReadError) return e;
  const msg = e instanceof Error ? e.message : String(e);
  if (/password|encrypt/i.test(msg)) return fail('legacy-or-encrypted', name);
  return fail('corrupt', name);
}

/** Error codes of BIFF/XLSB cells, for a cell that has no shown text. */
const ERROR_TEXT: Record<number, string> = {
  0x00: '#NULL!',
  0x07: '#DIV/0!',
  0x0f: '#VALUE!',
  0x17: '#REF!',
  0x1d: '#NAME?',
  0x24: '#NUM!',
  0x2a: '#N/A',
  0x2b: '#GETTING_DATA',
};

function hasFormat(z: unknown): z is string {
  return typeof z === 'string' && z !== 'General';
}

/** One worksheet as the host would hand it over: only the cells present, ragged rows, sheet coordinates. */
export function sheetToHost(ws: XLSX.WorkSheet, name: string, sample?: TextSample, date1904 = false, cut?: [number, number][]): HostSheet {
  const data = (ws['!data'] ?? []) as (XLSX.CellObject | undefined)[][];
  const merges: CellRange[] = ((ws['!merges'] ?? []) as XLSX.Range[]).map((m) => ({ r0: m.s.r, c0: m.s.c, r1: m.e.r, c1: m.e.c }));
  // Per sheet row: the values by sheet column, and the last column holding something.
  const rows = new Map<number, { vals: unknown[]; last: number }>();
  let text: string[][] | undefined;
  let formats: string[][] | undefined;
  const uncached: [number, number][] = [];
  let minR = Infinity;
  let maxR = -1;
  let minC = Infinity;
  for (let r = 0; r < data.length; r++) {
    const src = data[r];
    if (!src) continue;
    // SheetJS's dense rows have holes where there are no cells: a row with a cell in A and one in XFD is walked by its two cells.
    const held = heldIndexes(src);
    const n = held ? held.length : src.length;
    for (let k = 0; k < n; k++) {
      const c = held ? held[k]! : k;
      const cell = src[c];
      if (!cell) continue;
      let v: unknown;
      if (cell.t === 'z') continue;
      if (cell.v === undefined) {
        // A formula whose result the file does not store, or that SheetJS cannot decode (with cellFormula off
        // it does not say the cell is a formula: a cell with no value and no stub type is one). A cell
        // that only carries a comment or a link is no formula.
        if (cell.f === undefined && (cell.c !== undefined || cell.l !== undefined)) continue;
        uncached.push([r, c]);
        v = null;
      } else if (cell.t === 'e') {
        v = cell.w?.startsWith('#') ? cell.w : (ERROR_TEXT[cell.v as number] ?? '#VALUE!');
      } else if (cell.t === 's') {
        v = cell.v;
        if (v === '') continue;
        if ((v as string).length > MAX_CELL_CHARS) {
          v = detachedPrefix(v as string, MAX_CELL_CHARS);
          cut?.push([r, c]);
        }
        if (sample) sample.add(v as string);
      } else {
        v = cell.v;
      }
      let row = rows.get(r);
      if (!row) rows.set(r, (row = { vals: [], last: -1 }));
      row.vals[c] = v;
      if (c > row.last) row.last = c;
      if (r < minR) minR = r;
      if (r > maxR) maxR = r;
      if (c < minC) minC = c;
      if (cell.t === 'n' && hasFormat(cell.z)) {
        // gridFromHost decides from the format whether the number is a date; percentages keep their text.
        (((formats ??= [])[r] ??= []) as string[])[c] = cell.z;
        // Serial numbers of the 1904 date system (old Mac workbooks) counted from 1900 instead.
        if (date1904 && isDateFormat(cell.z)) row.vals[c] = (v as number) + 1462;
        if (cell.z.includes('%') && cell.w !== undefined) (((text ??= [])[r] ??= []) as string[])[c] = cell.w;
      }
    }
  }
  // An empty merged area still belongs to the used range, as in the .xlsx reader.
  for (const m of merges) {
    if (m.r0 < minR) minR = m.r0;
    if (m.r1 > maxR) maxR = m.r1;
    if (m.c0 < minC) minC = m.c0;
  }
  if (maxR < 0) return { name, values: [], merges };
  const values: unknown[][] = [];
  let shiftedText: string[][] | undefined;
  let shiftedFormats: string[][] | undefined;
  for (let r = minR; r <= maxR; r++) {
    const row = rows.get(r);
    let out: unknown[] = [];
    if (row && row.last - minC < SPARSE_FROM) {
      for (let c = minC; c <= row.last; c++) {
        const v = row.vals[c];
        out.push(v === undefined ? null : v);
      }
    } else if (row) {
      // A wide row keeps its holes (read as empty): memory follows its cells, not its width.
      out = [];
      for (const c of heldIndexes(row.vals) ?? row.vals.keys()) if (row.vals[c] !== undefined) out[c - minC] = row.vals[c];
      out.length = row.last - minC + 1;
    }
    values.push(out);
    const f = formats?.[r];
    if (f) (shiftedFormats ??= [])[r - minR] = minC === 0 ? f : f.slice(minC);
    const t = text?.[r];
    if (t) (shiftedText ??= [])[r - minR] = minC === 0 ? t : t.slice(minC);
  }
  const host: HostSheet = { name, values, merges, originRow: minR, originCol: minC };
  if (shiftedFormats) host.formats = shiftedFormats;
  if (shiftedText) host.text = shiftedText;
  if (uncached.length) host.uncached = uncached;
  return host;
}

/**
 * SheetJS writes its doubts to the console ("ODS number format may be incorrect" for every LibreOffice
 * format it half understands): the clerk's terminal gets one line per problem from us, not the library's.
 */
function quietly<T>(f: () => T): T {
  const saved = { error: console.error, warn: console.warn, log: console.log };
  console.error = console.warn = console.log = () => {};
  try {
    return f();
  } finally {
    Object.assign(console, saved);
  }
}

export async function readSheetjs(bytes: Uint8Array, name: string): Promise<Workbook> {
  const sheet = await sheetjs();
  let wb: XLSX.WorkBook;
  try {
    wb = quietly(() => sheet.read(bytes, READ_OPTIONS));
  } catch (e) {
    throw sheetjsError(e, name);
  }
  const sample = new TextSample();
  const hosts: HostSheet[] = [];
  const notes: ReadNote[] = [];
  for (const sheetName of wb.SheetNames) {
    const ws = wb.Sheets[sheetName];
    if (!ws) continue;
    const date1904 = !!wb.Workbook?.WBProps?.date1904;
    const cut: [number, number][] = [];
    hosts.push(sheetToHost(ws, sheetName, sample.full ? undefined : sample, date1904, cut));
    for (const [row, col] of cut) notes.push(cutNote(sheetName, row, col));
  }
  if (hosts.length === 0) throw fail('no-sheets', name);
  if (sample.looksTcvn3()) throw fail('tcvn3', name);
  const sheets = hosts.map((h) => gridFromHost(h, { reuseRows: true }));
  return notes.length > 0 ? { sheets, notes } : { sheets };
}

/**
 * What SheetJS reads of an .ods or an .xlsb: its XML and binary parts; never pictures, thumbnails, embedded
 * objects, printer settings or macros.
 */
function sheetjsPart(name: string): boolean {
  if (/(?:^|\/)(?:media|Pictures|Thumbnails|embeddings|printerSettings|ObjectReplacements)\//i.test(name)) return false;
  if (/vbaProject\.bin$/i.test(name)) return false;
  return name === 'mimetype' || /\.(?:xml|bin|rels)$/i.test(name);
}

/** The parts SheetJS reads of an .ods or .xlsb may inflate to this much, all together (see the caps below). */
export const SHEETJS_ZIP_BUDGET = 40 * MB;

/**
 * SheetJS holds a whole workbook as objects, many times the size of what it parses (measured, Node 20: an .xls
 * Workbook stream of 15 MB peaks at 600 MB, XML Spreadsheet 2003 at 55 times its size, an .xlsb sheet part at 15
 * times, an .ods content.xml at 11 times). These caps keep every file read through it within 1 GB; past them the
 * file is refused in one line, with the way out (save it as .xlsx, which is read part by part).
 */
export const XLS_WORKBOOK_MAX = 24 * MB;
export const XML2003_MAX = 16 * MB;

/**
 * An .ods or .xlsb: SheetJS would inflate every entry of the zip, a bomb included, so the parts it reads are
 * inflated first through the capped reader (zip.ts) and handed over as a stored zip.
 */
export async function readSheetjsZip(bytes: Uint8Array, dir: ReadonlyMap<string, ZipEntry>, name: string): Promise<Workbook> {
  let packed: Uint8Array;
  try {
    packed = repackZip(bytes, dir, sheetjsPart, SHEETJS_ZIP_BUDGET);
  } catch (e) {
    if (e instanceof ZipPartError && e.reason === 'too-large') {
      throw tooLargeForFormat(name, dir.has('xl/workbook.bin') ? '.xlsb' : '.ods', e.cap, e.cap, true);
    }
    if (e instanceof ZipPartError && e.reason === 'encrypted') throw fail('legacy-or-encrypted', name);
    throw fail('corrupt', name);
  }
  return readSheetjs(packed, name);
}
