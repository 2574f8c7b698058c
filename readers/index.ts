/**
 * The readers stage: a spreadsheet file's bytes into the plain grids the core works on, the same in Node (the command
 * line, cli/read.ts opens the file) and in the browser (the web page, the file the user picked). No Node API below
 * this folder: bytes in, host values out. Every failure is a WorkbookReadError with one Vietnamese sentence the user
 * can act on.
 */
import { loadTextParsers } from './text-parsers-lib';
import type { ReadNote, SheetGrid, Workbook } from '../core/grid/types';
import { formatCount } from '../core/numbers/format';
import { fail, tooLarge, tooLargeForFormat, unsupported, WorkbookReadError } from './errors';
import { cfbLook, readSheetjs, readSheetjsZip, XLS_WORKBOOK_MAX, XML2003_MAX } from './sheetjs';
import { zipDirectory } from './zip';
import { baseName, extension, FOREIGN_EXT, headText, isHtmlText, isSpreadsheetXml, OTHER_SHEET_EXT, sniff, XLSX_EXT } from './sniff';
import { readZip } from './xlsx';
import { latin1 } from './bytes';

export { WorkbookReadError, type ReadErrorCode } from './errors';
export { looksLikeTcvn3 } from './tcvn3';
export { accessError, fail, tooLarge } from './errors';
export { sniff } from './sniff';

export interface ReadOptions {
  /** Largest file accepted, in bytes (default 200 MB). */
  maxBytes?: number;
  /**
   * Largest text file (CSV, HTML, XML Spreadsheet) accepted, in bytes (default 64 MB). A text file is held
   * whole as parsed cells, about sixteen times its size (a 60 MB CSV peaks near 1 GB): past this it is refused
   * with one line, where a zipped workbook is read part by part and only its sheet parts are capped.
   */
  maxTextBytes?: number;
}

export const DEFAULT_MAX_BYTES = 200 * 1024 * 1024;
export const DEFAULT_MAX_TEXT_BYTES = 64 * 1024 * 1024;

// ---------------------------------------------------------------------------
// Entry points

export async function readWorkbookBytes(bytes: Uint8Array, fileName: string, opts?: ReadOptions): Promise<Workbook> {
  const name = baseName(fileName);
  const ext = extension(name);
  const maxBytes = opts?.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.length === 0) throw fail('empty-file', name);
  if (bytes.length > maxBytes) throw tooLarge(name, bytes.length, maxBytes);
  try {
    return await readKnownSize(bytes, name, ext, opts?.maxTextBytes ?? DEFAULT_MAX_TEXT_BYTES);
  } catch (e) {
    // The caller only ever sees our errors: anything else thrown by the libraries means unreadable content.
    if (e instanceof WorkbookReadError) throw e;
    throw fail('corrupt', name);
  }
}

async function readKnownSize(bytes: Uint8Array, name: string, ext: string, maxTextBytes: number): Promise<Workbook> {
  // Content decides first (people rename files), the extension only settles what content cannot.
  const kind = sniff(bytes);
  if (kind === 'binary') {
    // A text file followed by NUL bytes: a save cut short (the disk filled, the power went) leaves its length
    // written and its tail zeroed. The text is read, and the user told to look at its end.
    const text = withoutTrailingNul(bytes);
    if (text) {
      const wb = await readKnownSize(text, name, ext, maxTextBytes);
      return withNote(wb, (sheet) => ({
        sheet: sheet.name,
        row: (sheet.originRow ?? 0) + Math.max(0, sheet.values.length - 1),
        col: 0,
        message: `Tệp kết thúc bằng ${formatCount(bytes.length - text.length)} byte rỗng (NUL), thường do lần lưu trước bị ngắt giữa chừng; đã bỏ phần đó và đọc phần còn lại — hãy xem dòng cuối của bảng có đủ số liệu không.`,
      }));
    }
  }
  switch (kind) {
    case 'zip':
      return otherZip(bytes, name, ext) ?? readZip(bytes, name, ext);
    case 'cfb':
      return readCfb(bytes, name, ext);
    case 'pdf':
      throw unsupported(name, 'tài liệu PDF');
    case 'image':
      throw unsupported(name, 'tệp ảnh');
    case 'archive':
      throw unsupported(name, 'tệp nén');
    case 'binary':
      // Bytes that are no spreadsheet under a spreadsheet's name: the file is damaged or mislabelled.
      if (XLSX_EXT.has(ext) || ext === 'xls') throw fail('corrupt', name);
      throw unsupported(name, FOREIGN_EXT[ext]);
    case 'text': {
      if (bytes.length > maxTextBytes) throw tooLarge(name, bytes.length, maxTextBytes);
      const head = headText(bytes);
      // The one-stop software's "Xuất Excel" writes an HTML table named .xls; some programs write XML Spreadsheet 2003.
      if (isSpreadsheetXml(head)) {
        if (bytes.length > XML2003_MAX) throw tooLargeForFormat(name, 'XML Spreadsheet 2003', bytes.length, XML2003_MAX);
        return readSheetjs(bytes, name);
      }
      // The HTML and CSV readers (and their parsers) are loaded when a file of theirs comes: --help and a .xlsx never pay.
      if (isHtmlText(head)) {
        await loadTextParsers();
        return (await import('./html')).readHtml(bytes, name);
      }
      if (XLSX_EXT.has(ext)) throw fail('not-xlsx', name);
      if (ext === 'ods' || ext === 'xlsb') throw fail('corrupt', name);
      if (FOREIGN_EXT[ext] || OTHER_SHEET_EXT[ext]) throw unsupported(name, FOREIGN_EXT[ext] ?? OTHER_SHEET_EXT[ext], !!OTHER_SHEET_EXT[ext]);
      // Anything else is delimited text, including the tab-separated text some programs save as .xls.
      await loadTextParsers();
      return (await import('./csv')).readCsv(bytes, name, ext === 'xls' ? 'txt' : ext);
    }
  }
}

/** The bytes before a run of NULs that ends the file, when they are text; undefined otherwise. */
function withoutTrailingNul(bytes: Uint8Array): Uint8Array | undefined {
  let n = bytes.length;
  while (n > 0 && bytes[n - 1] === 0) n--;
  if (n === bytes.length || n === 0) return undefined;
  const head = bytes.subarray(0, n);
  return sniff(head) === 'text' ? head : undefined;
}

/** The workbook with a note about its first sheet added. */
function withNote(wb: Workbook, note: (sheet: SheetGrid) => ReadNote): Workbook {
  const sheet = wb.sheets[0];
  if (!sheet) return wb;
  return { ...wb, notes: [...(wb.notes ?? []), note(sheet)] };
}

const ODS_MIME = 'application/vnd.oasis.opendocument.spreadsheet';

/**
 * Zips that are spreadsheets but not .xlsx: .xlsb (xl/workbook.bin) and OpenDocument (mimetype + content.xml),
 * read with SheetJS; undefined leaves the zip to the .xlsx reader (which also sorts out every other zip).
 */
function otherZip(bytes: Uint8Array, name: string, ext: string): Promise<Workbook> | undefined {
  const names = zipDirectory(bytes);
  if (!(names instanceof Map) || names.has('xl/workbook.xml')) return undefined;
  if (names.has('xl/workbook.bin')) return readSheetjsZip(bytes, names, name);
  if (names.has('mimetype') && names.has('content.xml')) {
    // ODF stores its media type first and uncompressed, so it can be read straight from the head.
    const head = latin1(bytes.subarray(0, 256));
    const isOds = head.includes(ODS_MIME) || (!head.includes('application/vnd.oasis.opendocument.') && (ext === 'ods' || !FOREIGN_EXT[ext]));
    if (isOds) return readSheetjsZip(bytes, names, name);
    if (head.includes('application/vnd.oasis.opendocument.text')) throw unsupported(name, FOREIGN_EXT.odt);
    if (head.includes('application/vnd.oasis.opendocument.presentation')) throw unsupported(name, FOREIGN_EXT.odp);
  }
  return undefined;
}

/** The Office 97-2003 container: an .xls workbook, a password-protected file, or an old Word/PowerPoint file. */
async function readCfb(bytes: Uint8Array, name: string, ext: string): Promise<Workbook> {
  const { content, workbookBytes } = await cfbLook(bytes);
  switch (content) {
    case 'workbook':
      if (workbookBytes > XLS_WORKBOOK_MAX) throw tooLargeForFormat(name, 'Excel 97-2003 (.xls)', workbookBytes, XLS_WORKBOOK_MAX);
      return readSheetjs(bytes, name);
    case 'encrypted':
      throw fail('legacy-or-encrypted', name);
    case 'word':
      throw unsupported(name, FOREIGN_EXT.doc);
    case 'powerpoint':
      throw unsupported(name, FOREIGN_EXT.ppt);
    case 'damaged':
      // Under an .xlsx name a CFB is an encrypted workbook (Excel saves those so); one that does not even
      // open as a container is reported the same way, the password being by far the likelier story.
      if (XLSX_EXT.has(ext)) throw fail('legacy-or-encrypted', name);
      if (FOREIGN_EXT[ext]) throw unsupported(name, FOREIGN_EXT[ext]);
      throw fail('corrupt', name);
    case 'other':
      if (FOREIGN_EXT[ext]) throw unsupported(name, FOREIGN_EXT[ext]);
      if (XLSX_EXT.has(ext)) throw fail('legacy-or-encrypted', name);
      throw fail('unsupported-type', name);
  }
}
