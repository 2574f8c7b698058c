/**
 * HTML tables: what the one-stop software's "Xuất Excel" writes (an HTML page saved as .xls), and web
 * pages saved as .htm/.html. Browsers and Excel show such a file as its tables; so does this reader.
 *
 * One sheet per file, named after the file. The innermost tables (those holding no table) are laid out
 * top to bottom in document order, one blank row between them, each from column 0: an export that nests
 * its title table and its data table inside an outer layout table reads as the two tables. Cells are text
 * as a browser shows it (entities decoded, <br> and block ends as line breaks, runs of white space as one
 * space, trimmed); colspan/rowspan become merged areas with the value in the top-left cell, placed the way
 * browsers place them (a cell skips the columns taken by rowspans from rows above).
 */
import { Parser } from 'htmlparser2';
import { gridFromHost, type HostSheet } from '../../core/grid/host-values';
import type { CellRange, Workbook } from '../../core/grid/types';
import { fail, htmlWithoutTable } from './errors';
import { startsWith } from './sniff';
import { TextSample, looksLikeTcvn3 } from './tcvn3';

// ---------------------------------------------------------------------------
// What the bytes are

/** How far into the file the first tag must be for the file to count as HTML (after a BOM and blanks). */
const HEAD = 4096;

/** The first characters of a text file, whatever its BOM says, for telling HTML and XML from CSV. */
export function headText(b: Uint8Array): string {
  const n = Math.min(b.byteLength, HEAD);
  const head = b.subarray(0, n);
  if (startsWith(b, [0xff, 0xfe])) return new TextDecoder('utf-16le').decode(head);
  if (startsWith(b, [0xfe, 0xff])) return new TextDecoder('utf-16be').decode(head);
  return Buffer.from(head.buffer, head.byteOffset, head.byteLength)
    .toString('latin1')
    .replace(/^\u00ef\u00bb\u00bf/, '');
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

/** Whether the page holds a table at all. */
export function hasTable(text: string): boolean {
  return /<table[\s>/]/i.test(text);
}

// ---------------------------------------------------------------------------
// Charset: BOM, else the page's own <meta>, else UTF-8 (windows-1258 when the bytes are not UTF-8)

function charsetOf(head: string): string | undefined {
  const m =
    /<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)/i.exec(head) ?? /<meta[^>]+content\s*=\s*["'][^"']*charset\s*=\s*([A-Za-z0-9_.:-]+)/i.exec(head);
  return m?.[1]?.toLowerCase();
}

function tryDecoder(label: string): InstanceType<typeof TextDecoder> | undefined {
  try {
    return new TextDecoder(label);
  } catch {
    return undefined;
  }
}

export interface DecodedHtml {
  text: string;
  /** The bytes were read with a one-byte legacy code page (declared or guessed). */
  legacy: boolean;
}

export function decodeHtml(b: Uint8Array): DecodedHtml {
  if (startsWith(b, [0xef, 0xbb, 0xbf])) return { text: new TextDecoder('utf-8').decode(b), legacy: false };
  if (startsWith(b, [0xff, 0xfe])) return { text: new TextDecoder('utf-16le').decode(b), legacy: false };
  if (startsWith(b, [0xfe, 0xff])) return { text: new TextDecoder('utf-16be').decode(b), legacy: false };
  // The <meta> is ASCII in every charset that matters here, so a Latin-1 look at the head finds it.
  const head = Buffer.from(b.buffer, b.byteOffset, Math.min(b.byteLength, 8192)).toString('latin1');
  const declared = charsetOf(head);
  if (declared && !/^utf-?8$/.test(declared)) {
    const dec = tryDecoder(declared);
    // utf-16 declared without a BOM is usually wrong (the page is ASCII-compatible if we found the meta).
    if (dec && !/^utf-?16/.test(dec.encoding)) return { text: dec.decode(b), legacy: dec.encoding !== 'utf-8' };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(b), legacy: false };
  } catch {
    const legacy = tryDecoder('windows-1258') ?? new TextDecoder('windows-1252');
    return { text: legacy.decode(b), legacy: true };
  }
}

// ---------------------------------------------------------------------------
// Tables

interface Cell {
  text: string;
  colspan: number;
  rowspan: number;
}

interface Table {
  rows: Cell[][];
  /** Holds another table: a layout table, not laid out itself. */
  outer: boolean;
}

/** Line-break placeholder while white space is collapsed. */
const BR = '\u0000';
/** Elements whose start and end break the line inside a cell, as a browser renders them. */
const BLOCK = new Set(['p', 'div', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'address', 'center', 'hr', 'dl', 'dt', 'dd']);
/** Elements whose content is never shown. */
const HIDDEN = new Set(['script', 'style', 'title', 'template', 'noscript', 'xml', 'caption', 'select', 'option', 'textarea', 'object']);

/** Text as shown: runs of white space as one space, line breaks kept, trimmed. */
export function shownText(raw: string): string {
  if (raw.length === 0) return '';
  return (
    raw
      .replace(/[ \t\n\r\f]+/g, ' ')
      .replace(/ ?\u0000 ?/g, BR)
      .split(BR)
      // A line's edges (a &nbsp; before a <br> included) show nothing.
      .map((line) => line.trim())
      .join('\n')
      .trim()
  );
}

function spanOf(v: string | undefined, max: number): number {
  const n = v === undefined ? 1 : parseInt(v, 10);
  if (!Number.isFinite(n) || n < 1) return 1;
  return Math.min(n, max);
}

/** The innermost tables of a page, in document order. */
export function parseTables(html: string): Table[] {
  const done: Table[] = [];
  const open: Table[] = [];
  let cell: (Cell & { parts: string[] }) | undefined;
  let row: Cell[] | undefined;
  let hidden = 0;
  /** Consecutive block boundaries collapse into one line break; breaks are only added once text exists. */
  const addBreak = () => {
    if (cell && cell.parts.length > 0 && cell.parts[cell.parts.length - 1] !== BR) cell.parts.push(BR);
  };
  const closeCell = () => {
    if (!cell) return;
    cell.text = shownText(cell.parts.join(''));
    cell = undefined;
  };
  const closeRow = () => {
    closeCell();
    row = undefined;
  };
  const parser = new Parser(
    {
      onopentag(tag, attrs) {
        if (HIDDEN.has(tag)) {
          hidden++;
          return;
        }
        if (hidden > 0) return;
        switch (tag) {
          case 'table': {
            const parent = open[open.length - 1];
            if (parent) {
              parent.outer = true;
              closeCell();
            }
            open.push({ rows: [], outer: false });
            cell = undefined;
            row = undefined;
            return;
          }
          case 'tr': {
            const t = open[open.length - 1];
            if (!t) return;
            closeRow();
            row = [];
            t.rows.push(row);
            return;
          }
          case 'td':
          case 'th': {
            const t = open[open.length - 1];
            if (!t) return;
            closeCell();
            if (!row) {
              row = [];
              t.rows.push(row);
            }
            const c = { text: '', colspan: spanOf(attrs.colspan, 1000), rowspan: spanOf(attrs.rowspan, 65534), parts: [] as string[] };
            row.push(c);
            cell = c;
            return;
          }
          case 'br':
            if (cell) cell.parts.push(BR);
            return;
          default:
            if (BLOCK.has(tag)) addBreak();
        }
      },
      onclosetag(tag) {
        if (HIDDEN.has(tag)) {
          if (hidden > 0) hidden--;
          return;
        }
        if (hidden > 0) return;
        switch (tag) {
          case 'table': {
            closeRow();
            const t = open.pop();
            if (t && !t.outer) done.push(t);
            // Back in the enclosing table: its open cell (if the inner table sat in one) is not resumed.
            cell = undefined;
            row = undefined;
            return;
          }
          case 'tr':
            closeRow();
            return;
          case 'td':
          case 'th':
            closeCell();
            return;
          default:
            if (BLOCK.has(tag)) addBreak();
        }
      },
      ontext(text) {
        if (hidden === 0 && cell) cell.parts.push(text);
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true, recognizeSelfClosing: true },
  );
  parser.write(html);
  parser.end();
  // end() closes what a page cut short left open; this is only a safety net.
  while (open.length > 0) {
    closeRow();
    const t = open.pop()!;
    if (!t.outer) done.push(t);
  }
  return done;
}

/** One table placed from sheet row `top`: values by row (ragged) and merges; returns the rows it takes. */
function placeTable(t: Table, top: number, values: unknown[][], merges: CellRange[]): number {
  const height = t.rows.length;
  // taken[r] holds the columns of row r already covered by a cell from above (rowspan) or to the left.
  const taken: Set<number>[] = Array.from({ length: height }, () => new Set<number>());
  for (let r = 0; r < height; r++) {
    const out: unknown[] = (values[top + r] ??= []);
    let c = 0;
    for (const cell of t.rows[r]!) {
      while (taken[r]!.has(c)) c++;
      const rs = Math.min(cell.rowspan, height - r);
      const cs = cell.colspan;
      for (let i = r; i < r + rs; i++) for (let j = c; j < c + cs; j++) taken[i]!.add(j);
      while (out.length < c) out.push(null);
      out[c] = cell.text;
      if (rs > 1 || cs > 1) merges.push({ r0: top + r, c0: c, r1: top + r + rs - 1, c1: c + cs - 1 });
      c += cs;
    }
  }
  return height;
}

/** The page's innermost tables as one HostSheet. */
export function htmlToHost(html: string, sheetName: string): HostSheet {
  const tables = parseTables(html).filter((t) => t.rows.length > 0);
  const values: unknown[][] = [];
  const merges: CellRange[] = [];
  let top = 0;
  for (const t of tables) {
    if (top > 0) {
      values[top] = []; // one blank row between tables
      top++;
    }
    top += placeTable(t, top, values, merges);
  }
  for (let i = 0; i < values.length; i++) values[i] ??= [];
  // Trailing empty cells (a row ending in empty merged parts) make no width.
  for (const row of values) {
    let n = row.length;
    while (n > 0 && (row[n - 1] === null || row[n - 1] === '')) n--;
    row.length = n;
  }
  return { name: sheetName, values, merges };
}

export function readHtml(bytes: Uint8Array, name: string): Workbook {
  const decoded = decodeHtml(bytes);
  const text = decoded.text;
  if (!hasTable(text)) throw htmlWithoutTable(name);
  const dot = name.lastIndexOf('.');
  const host = htmlToHost(text, dot > 0 ? name.slice(0, dot) : name);
  const sample = new TextSample();
  for (const row of host.values) {
    for (const v of row) if (typeof v === 'string') sample.add(v);
    if (sample.full) break;
  }
  if (sample.looksTcvn3()) throw fail('tcvn3', name);
  if (decoded.legacy) {
    // Read with a legacy code page: look at the same bytes the way a TCVN3 font maps them.
    const raw = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 512 * 1024)).toString('latin1');
    if (looksLikeTcvn3(raw.replace(/<[^>]*>/g, ' '))) throw fail('tcvn3', name);
  }
  const grid = gridFromHost(host, { reuseRows: true });
  if (grid.values.length === 0) throw htmlWithoutTable(name);
  return { sheets: [grid] };
}
