/** What a file is, from its first bytes and its name: people rename files, so content decides first. */
import { latin1 } from './bytes';
import { zipDirectory } from './zip';

export const XLSX_EXT = new Set(['xlsx', 'xlsm', 'xltx', 'xltm']);

/** Extensions of well-known non-spreadsheet files, with what to call them. */
export const FOREIGN_EXT: Record<string, string | undefined> = {
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

/** Spreadsheet formats no reader here reads (.ods and .xlsb go to SheetJS before the .xlsx reader sees them). */
export const OTHER_SHEET_EXT: Record<string, string | undefined> = {
  ods: 'bảng tính OpenDocument (.ods)',
  xlsb: 'sổ tính nhị phân Excel (.xlsb)',
  numbers: 'bảng tính Apple Numbers',
};

export type Kind = 'zip' | 'cfb' | 'pdf' | 'image' | 'archive' | 'binary' | 'text';

export function startsWith(b: Uint8Array, sig: readonly number[], at = 0): boolean {
  if (b.length < at + sig.length) return false;
  for (let i = 0; i < sig.length; i++) if (b[at + i] !== sig[i]) return false;
  return true;
}

export function sniff(b: Uint8Array): Kind {
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

export function baseName(path: string): string {
  const parts = path.split(/[\\/]/);
  return parts[parts.length - 1] || path;
}

export function extension(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
}

/**
 * Names of the entries in a zip's central directory (see zip.ts); 'truncated' when the end record is
 * missing (a download cut short); undefined when the directory is unreadable.
 */
export function zipEntryNames(b: Uint8Array): Set<string> | 'truncated' | undefined {
  const dir = zipDirectory(b);
  return dir instanceof Map ? new Set(dir.keys()) : dir;
}

/** The names a folder's workbooks come under (content decides the format; these are the names looked at). */
const FOLDER_WORKBOOK_EXT = new Set(['xlsx', 'xlsm', 'xltx', 'xltm', 'xls', 'csv', 'htm', 'html']);

/**
 * Whether a file found in a folder of reports is one (Tổng hợp of a folder, CLI and web page alike): a workbook's
 * name, not an Office lock file ("~$…") nor a hidden one.
 */
export function isFolderWorkbookName(name: string): boolean {
  return FOLDER_WORKBOOK_EXT.has(extension(name)) && !name.startsWith('~$') && !name.startsWith('.');
}

/** The order a folder's reports are read and listed in: by name, as Vietnamese sorts them. */
export const byFileName = (a: string, b: string) => a.localeCompare(b, 'vi');

// ---------------------------------------------------------------------------
// Text files: HTML, XML Spreadsheet 2003, or delimited text

/** How far into the file the first tag must be for the file to count as HTML (after a BOM and blanks). */
const HEAD = 4096;

/** The first characters of a text file, whatever its BOM says, for telling HTML and XML from CSV. */
export function headText(b: Uint8Array): string {
  const n = Math.min(b.byteLength, HEAD);
  const head = b.subarray(0, n);
  if (startsWith(b, [0xff, 0xfe])) return new TextDecoder('utf-16le').decode(head);
  if (startsWith(b, [0xfe, 0xff])) return new TextDecoder('utf-16be').decode(head);
  return latin1(head).replace(/^\u00ef\u00bb\u00bf/, '');
}

/** Excel's XML Spreadsheet 2003 (SpreadsheetML), which some programs also save under .xls. */
export function isSpreadsheetXml(head: string): boolean {
  const h = head.replace(/^\ufeff/, '').trimStart();
  return h.startsWith('<') && /urn:schemas-microsoft-com:office:spreadsheet/i.test(h) && /<(ss:)?Workbook[\s>]/.test(h);
}

/** Whether a text file is an HTML page: it starts with a tag, and an html, body, meta or table tag comes early. */
export function isHtmlText(head: string): boolean {
  const h = head
    .replace(/^\ufeff/, '')
    .trimStart()
    .toLowerCase();
  if (!h.startsWith('<') || isSpreadsheetXml(head)) return false;
  return /<(!doctype\s+html|html|head|body|meta|table)[\s>/]/.test(h);
}
