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
import { latin1 } from './bytes';
import { gridFromHost, type HostSheet } from '../core/grid/host-values';
import type { CellRange, Workbook } from '../core/grid/types';
import { cutNote, MAX_CELL_CHARS } from './cell-limit';
import { fail, htmlWithoutTable } from './errors';
import { headText, isHtmlText, isSpreadsheetXml, startsWith } from './sniff';

export { headText, isHtmlText, isSpreadsheetXml };
import { TextSample, looksLikeTcvn3 } from './tcvn3';

// ---------------------------------------------------------------------------
// What the bytes are

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
  /** That code page was guessed (the page declares none and is not UTF-8): said to the user. */
  guessed?: string;
}

export function decodeHtml(b: Uint8Array): DecodedHtml {
  if (startsWith(b, [0xef, 0xbb, 0xbf])) return { text: new TextDecoder('utf-8').decode(b), legacy: false };
  if (startsWith(b, [0xff, 0xfe])) return { text: new TextDecoder('utf-16le').decode(b), legacy: false };
  if (startsWith(b, [0xfe, 0xff])) return { text: new TextDecoder('utf-16be').decode(b), legacy: false };
  // The <meta> is ASCII in every charset that matters here, so a Latin-1 look at the head finds it.
  const head = latin1(b.subarray(0, 8192));
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
    return { text: legacy.decode(b), legacy: true, guessed: legacy.encoding };
  }
}

// ---------------------------------------------------------------------------
// Tables

interface Cell {
  text: string;
  colspan: number;
  rowspan: number;
  /** The cell held more text than a spreadsheet cell can: only the first MAX_CELL_CHARS were kept. */
  cut?: true;
}

/** Excel's columns, A to XFD: no table is wider. */
const MAX_COLUMNS = 16_384;

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
  let cell: Cell | undefined;
  // The open cell's text as it comes, kept apart so a closed cell holds only its text and spans.
  let parts: string[] = [];
  let size = 0;
  // Short texts ("0", "12", "x") repeat down an export: each kept once (see csv.ts).
  const shared = new Map<string, string>();
  let row: Cell[] | undefined;
  let hidden = 0;
  /** Consecutive block boundaries collapse into one line break; breaks are only added once text exists. */
  const addBreak = () => {
    if (cell && parts.length > 0 && parts[parts.length - 1] !== BR) add(BR);
  };
  /** Text into the open cell, up to a spreadsheet cell's limit (white space is collapsed later: a margin is kept). */
  const add = (text: string) => {
    if (!cell) return;
    const room = 2 * MAX_CELL_CHARS - size;
    if (room <= 0) {
      cell.cut = true;
      return;
    }
    const part = text.length > room ? text.slice(0, room) : text;
    parts.push(part);
    size += part.length;
  };
  const closeCell = () => {
    if (!cell) return;
    let text = shownText(parts.length === 1 ? parts[0]! : parts.join(''));
    parts = [];
    size = 0;
    if (text.length > MAX_CELL_CHARS) {
      text = text.slice(0, MAX_CELL_CHARS);
      cell.cut = true;
    }
    if (text.length <= 12) {
      const k = shared.get(text);
      if (k !== undefined) text = k;
      else if (shared.size < 200_000) shared.set(text, text);
    }
    cell.text = text;
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
            const c: Cell = { text: '', colspan: spanOf(attrs.colspan, 1000), rowspan: spanOf(attrs.rowspan, 65534) };
            row.push(c);
            cell = c;
            return;
          }
          case 'br':
            add(BR);
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
        if (hidden === 0) add(text);
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

/**
 * One table placed from sheet row `top`, the way browsers place cells (a cell skips the columns rowspans from
 * above hold), in time linear in its cells. Spans are held to the table's real extent, so a hostile file cannot
 * make a small page a huge grid:
 * - a colspan to the most cells a row of the page holds (an export's title table spans the data table's
 *   columns), and the table to the widest of its rows of colspans so bounded (and to Excel's 16 384 columns);
 * - a rowspan to the table's last row;
 * - a row whose cells do not fit beside the rowspans from above (rows that each open rowspan=65534 make a
 *   staircase as wide as the table is long) ends those rowspans above it instead.
 * Values are set at their column only: a row is sparse where the page is.
 */
function placeTable(t: Table, cellsWide: number, top: number, values: unknown[][], merges: CellRange[], cut: [number, number][]): number {
  const height = t.rows.length;
  let width = 1;
  for (const row of t.rows) {
    let own = 0;
    for (const cell of row) own += Math.min(cell.colspan, cellsWide);
    width = Math.max(width, own);
  }
  width = Math.min(width, MAX_COLUMNS);
  // busy[c]: the merge whose rowspan holds column c, while it lasts (its r1 is the last row it holds).
  const busy: (CellRange | undefined)[] = new Array(width).fill(undefined);
  let held = 0;
  const endsAt = new Map<number, number>();
  for (let r = 0; r < height; r++) {
    const row = t.rows[r]!;
    const y = top + r;
    held -= endsAt.get(y - 1) ?? 0;
    // Each cell needs a column; a colspan is clipped at the right edge, as a browser clips it at the table's.
    if (held + row.length > width) {
      // The row does not fit beside what is held from above: those rowspans end on the row before.
      for (let c = 0; c < width; c++) {
        const m = busy[c];
        if (m && m.r1 >= y) {
          endsAt.set(m.r1, (endsAt.get(m.r1) ?? 0) - 1);
          m.r1 = y - 1;
          busy[c] = undefined;
        }
      }
      held = 0;
      endsAt.delete(y - 1);
    }
    const out: unknown[] = (values[y] ??= []);
    let c = 0;
    for (const cell of row) {
      while (c < width && busy[c] && busy[c]!.r1 >= y) c++;
      if (c >= width) break; // nothing of the row is left to place
      const rs = Math.min(cell.rowspan, height - r);
      const cs = Math.min(cell.colspan, width - c);
      out[c] = cell.text;
      if (cell.cut) cut.push([y, c]);
      if (rs > 1 || cs > 1) {
        const m = { r0: y, c0: c, r1: y + rs - 1, c1: c + cs - 1 };
        merges.push(m);
        if (rs > 1) {
          for (let j = c; j < c + cs; j++) busy[j] = m;
          held += cs;
          endsAt.set(m.r1, (endsAt.get(m.r1) ?? 0) + cs);
        }
      }
      c += cs;
    }
  }
  return height;
}

/** The page's innermost tables as one HostSheet. */
export function htmlToHost(html: string, sheetName: string): HostSheet & { cut: [number, number][] } {
  const tables = parseTables(html).filter((t) => t.rows.length > 0);
  const values: unknown[][] = [];
  const merges: CellRange[] = [];
  const cut: [number, number][] = [];
  let cellsWide = 1;
  for (const t of tables) for (const row of t.rows) cellsWide = Math.max(cellsWide, row.length);
  let top = 0;
  for (const t of tables) {
    if (top > 0) {
      values[top] = []; // one blank row between tables
      top++;
    }
    top += placeTable(t, cellsWide, top, values, merges, cut);
  }
  for (let i = 0; i < values.length; i++) values[i] ??= [];
  // Trailing empty cells (a row ending in empty merged parts) make no width.
  for (const row of values) {
    let n = row.length;
    while (n > 0 && (row[n - 1] === undefined || row[n - 1] === null || row[n - 1] === '')) n--;
    row.length = n;
  }
  return { name: sheetName, values, merges, cut };
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
    const raw = latin1(bytes.subarray(0, 512 * 1024));
    if (looksLikeTcvn3(raw.replace(/<[^>]*>/g, ' '))) throw fail('tcvn3', name);
  }
  const grid = gridFromHost(host, { reuseRows: true });
  if (grid.values.length === 0) throw htmlWithoutTable(name);
  const wb: Workbook = { sheets: [grid] };
  const notes = host.cut.map(([row, col]) => cutNote(grid.name, row, col));
  if (decoded.guessed) {
    notes.unshift({
      sheet: grid.name,
      row: grid.originRow ?? 0,
      col: 0,
      message: `Trang không ghi bảng mã và không lưu theo UTF-8; đã đọc theo bảng mã ${decoded.guessed === 'windows-1258' ? 'Windows-1258 (tiếng Việt)' : decoded.guessed}. Nếu chữ hiện sai, hãy xuất lại tệp từ phần mềm.`,
    });
  }
  if (notes.length > 0) wb.notes = notes;
  return wb;
}
