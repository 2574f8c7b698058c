/**
 * .csv / .tsv / .txt: delimited text, read line by line so a file is never held twice (bytes, then one
 * decoded string, then papaparse's copy of every cell).
 *
 * Files are read as they were saved, and what had to be guessed is said (Workbook.notes):
 * - line ends: CRLF, LF and CR may be mixed (a file edited on two machines); each one ends a line;
 * - encoding: UTF-8, UTF-16 (BOM), or Windows-1258 — decided line by line, so one pasted line in another
 *   code page does not garble the rest; the lines read as Windows-1258 are named.
 * Fields are split by papaparse (RFC 4180 quoting, malformed quotes recovered as spreadsheet programs do);
 * a line without a quote character is split at its delimiters directly, which is what papaparse would do.
 */
import Papa from 'papaparse';
import { detachedPrefix, latin1, utf8OrUndefined } from './bytes';
import { gridFromHost } from '../core/grid/host-values';
import type { ReadNote, Workbook } from '../core/grid/types';
import { cutNote, MAX_CELL_CHARS } from './cell-limit';
import { fail } from './errors';
import { startsWith } from './sniff';
import { TextSample } from './tcvn3';

type Decoder = { decode(input: Uint8Array): string; readonly encoding: string };

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

/** How a code page is called to the user. */
function codePageName(d: Decoder): string {
  return d.encoding === 'windows-1258' ? 'Windows-1258 (tiếng Việt)' : d.encoding === 'windows-1252' ? 'Windows-1252' : d.encoding;
}

/** One line of the file: its text, what ended it ('' for the last), and whether it was read in the legacy code page. */
interface Line {
  text: string;
  end: string;
  legacy: boolean;
  /** A legacy line's bytes, for the TCVN3 test. */
  bytes?: Uint8Array;
}

const LF = 0x0a;
const CR = 0x0d;

/**
 * The lines of a byte file in an ASCII-compatible encoding, each decoded on its own: UTF-8 when its bytes are
 * UTF-8, else the legacy code page. `from` skips a BOM. Blocks of lines that are UTF-8 as a whole (nearly every
 * file) are decoded at once; only a block that is not is looked at line by line.
 */
function eachByteLine(b: Uint8Array, from: number, onLine: (line: Line) => void): void {
  const buf = b;
  let pos = from;
  while (pos < buf.length) {
    const end = blockEnd(buf, pos);
    const text = utf8OrUndefined(buf.subarray(pos, end));
    if (text !== undefined) eachTextLine(text, onLine);
    else eachLineOfBytes(buf, pos, end, onLine);
    pos = end;
  }
}

const BLOCK = 1 << 20;

/** Where a block that starts at `pos` ends: just after a line end, about a megabyte on (or at the file's end). */
function blockEnd(buf: Uint8Array, pos: number): number {
  const n = buf.length;
  if (n - pos <= BLOCK) return n;
  const lf = buf.lastIndexOf(LF, pos + BLOCK - 1);
  if (lf >= pos) return lf + 1;
  // A CR at the block's edge may be the first half of a CRLF.
  const cr = buf.lastIndexOf(CR, pos + BLOCK - 1);
  if (cr >= pos) return buf[cr + 1] === LF ? cr + 2 : cr + 1;
  // One line longer than a block: the block is that line.
  const stop = Math.min(indexOrEnd(buf, LF, pos + BLOCK), indexOrEnd(buf, CR, pos + BLOCK));
  if (stop >= n) return n;
  return buf[stop] === CR && buf[stop + 1] === LF ? stop + 2 : stop + 1;
}

/** The lines of bytes [pos, end), each read as UTF-8 when it is and in the legacy code page when it is not. */
function eachLineOfBytes(buf: Uint8Array, pos: number, end: number, onLine: (line: Line) => void): void {
  const legacy = getLegacyDecoder();
  let nextCr = -1;
  let nextLf = -1;
  while (pos < end) {
    if (nextCr < pos) nextCr = indexOrEnd(buf, CR, pos);
    if (nextLf < pos) nextLf = indexOrEnd(buf, LF, pos);
    const stop = Math.min(nextCr, nextLf, end);
    const { term, next } = lineEnd(stop, end, buf[stop] === CR, buf[stop + 1] === LF);
    const bytes = buf.subarray(pos, stop);
    const text = utf8OrUndefined(bytes);
    if (text !== undefined) onLine({ text, end: term, legacy: false });
    else onLine({ text: legacy.decode(bytes), end: term, legacy: true, bytes });
    pos = next;
  }
}

/** The line end found at `stop` (a CR, or an LF, or the end) and where the next line starts. */
function lineEnd(stop: number, end: number, isCr: boolean, lfAfter: boolean): { term: string; next: number } {
  if (stop >= end) return { term: '', next: end };
  if (isCr && lfAfter) return { term: '\r\n', next: stop + 2 };
  return { term: isCr ? '\r' : '\n', next: stop + 1 };
}

function indexOrEnd(buf: Uint8Array, byte: number, from: number): number {
  const i = buf.indexOf(byte, from);
  return i < 0 ? buf.length : i;
}

/** The lines of a decoded text, split at CRLF, LF or CR. */
function eachTextLine(text: string, onLine: (line: Line) => void): void {
  const n = text.length;
  let pos = 0;
  // The next CR and LF at or after pos: each searched once per occurrence, never rescanned (a file may hold none of one).
  let nextCr = -1;
  let nextLf = -1;
  while (pos < n) {
    if (nextCr < pos) nextCr = textIndexOrEnd(text, '\r', pos);
    if (nextLf < pos) nextLf = textIndexOrEnd(text, '\n', pos);
    const stop = Math.min(nextCr, nextLf);
    const { term, next } = lineEnd(stop, n, stop === nextCr, nextLf === stop + 1);
    onLine({ text: text.slice(pos, stop), end: term, legacy: false });
    pos = next;
  }
}

function textIndexOrEnd(text: string, ch: string, from: number): number {
  const i = text.indexOf(ch, from);
  return i < 0 ? text.length : i;
}

function eachLine(b: Uint8Array, onLine: (line: Line) => void): void {
  if (startsWith(b, [0xff, 0xfe])) eachTextLine(new TextDecoder('utf-16le').decode(b), onLine);
  else if (startsWith(b, [0xfe, 0xff])) eachTextLine(new TextDecoder('utf-16be').decode(b), onLine);
  else eachByteLine(b, startsWith(b, [0xef, 0xbb, 0xbf]) ? 3 : 0, onLine);
}

const DELIMITERS = [',', ';', '\t', '|'];
const SHARED_MAX_CHARS = 12;
const SHARED_MAX = 200_000;
const SAMPLE_CHARS = 256 * 1024;

/**
 * papaparse's own guess, made on the first lines with blank lines skipped: counted as one-field rows they
 * defeat the guess (report exports often start with a title and a blank line). Vietnamese Excel exports
 * often use ";".
 */
function guessDelimiter(sample: string): string {
  const probe = Papa.parse<string[]>(sample, {
    header: false,
    preview: 10,
    skipEmptyLines: 'greedy',
    delimitersToGuess: DELIMITERS,
  });
  const d = probe.meta.delimiter;
  return DELIMITERS.includes(d) ? d : ',';
}

function quoteCount(s: string): number {
  let n = 0;
  for (let i = s.indexOf('"'); i >= 0; i = s.indexOf('"', i + 1)) n++;
  return n;
}

/** Rows named by their 1-based number, at most ten, the rest counted. */
function rowList(rows: number[]): string {
  const shown = rows.slice(0, 10).map((r) => String(r + 1));
  return rows.length > 10 ? `${shown.join(', ')} và ${rows.length - 10} dòng khác` : shown.join(', ');
}

export function readCsv(bytes: Uint8Array, name: string, ext: string): Workbook {
  const dot = name.lastIndexOf('.');
  const sheetName = dot > 0 ? name.slice(0, dot) : name;
  // The first lines, for the delimiter's guess and the TCVN3 test, before any row is split.
  const head: Line[] = [];
  let headChars = 0;
  const rows: string[][] = [];
  let delimiter: string | undefined;
  // A record whose quoted field spans lines: its lines so far, and its count of quote characters.
  let pending: string[] = [];
  let quotes = 0;
  const legacyRows: number[] = [];
  let legacyInRecord = false;
  let nonAsciiLines = 0;
  let legacyLines = 0;
  let chars = 0;

  // Short texts ("0", "16", "1.012", "x") repeat down a table: each is kept once, so a million rows hold a few
  // thousand strings rather than ten million (memory, and the garbage collector's time, follow the count).
  const shared = new Map<string, string>();
  const cut: [number, number][] = [];
  const keep = (row: string[]) => {
    for (let i = 0; i < row.length; i++) {
      const s = row[i]!;
      if (s.length > SHARED_MAX_CHARS) {
        if (s.length > MAX_CELL_CHARS) {
          // A copy, not a slice: a slice would keep the whole line alive.
          row[i] = detachedPrefix(s, MAX_CELL_CHARS);
          cut.push([rows.length, i]);
        }
        continue;
      }
      const k = shared.get(s);
      if (k !== undefined) row[i] = k;
      else if (shared.size < SHARED_MAX) shared.set(s, s);
    }
    rows.push(row);
  };
  const split = (record: string) => {
    if (record.indexOf('"') < 0) {
      keep(record.split(delimiter!));
      return;
    }
    const parsed = Papa.parse<string[]>(record, { header: false, dynamicTyping: false, skipEmptyLines: false, delimiter: delimiter!, newline: '\n' });
    // Malformed quoting is recovered the way spreadsheet programs do, so papaparse's errors are not fatal.
    for (const r of parsed.data) keep(r);
  };
  const take = (line: Line) => {
    chars += line.text.length;
    if (line.legacy) {
      legacyInRecord = true;
      legacyLines++;
    }
    if (line.legacy || /[^\x00-\x7f]/.test(line.text)) nonAsciiLines++;
    const q = quoteCount(line.text);
    if (pending.length === 0 && q % 2 === 0) {
      if (legacyInRecord) legacyRows.push(rows.length);
      legacyInRecord = false;
      split(line.text);
      return;
    }
    // Inside a quoted field the line end is part of the field, kept as the file has it.
    pending.push(line.text, line.end);
    quotes += q;
    if (quotes % 2 === 0 || line.end === '') {
      pending.pop();
      if (legacyInRecord) legacyRows.push(rows.length);
      legacyInRecord = false;
      split(pending.join(''));
      pending = [];
      quotes = 0;
    }
  };

  eachLine(bytes, (line) => {
    if (delimiter !== undefined) {
      take(line);
      return;
    }
    head.push(line);
    headChars += line.text.length + 1;
    if (headChars < SAMPLE_CHARS) return;
    delimiter = startRows(head, ext);
    for (const l of head) take(l);
  });
  if (delimiter === undefined) {
    delimiter = startRows(head, ext);
    for (const l of head) take(l);
  }
  if (pending.length > 0) split(pending.join(''));
  if (chars === 0 && rows.every((r) => r.length === 1 && r[0] === '')) throw fail('empty-file', name);
  if (tcvn3(head)) throw fail('tcvn3', name);

  // The line end that closes the file is not an extra row.
  let n = rows.length;
  while (n > 0 && rows[n - 1]!.length === 1 && rows[n - 1]![0] === '') n--;
  rows.length = n;

  const notes: ReadNote[] = [];
  if (legacyRows.length > 0) {
    const page = codePageName(getLegacyDecoder());
    notes.push({
      sheet: sheetName,
      row: legacyRows[0]!,
      col: 0,
      message:
        legacyLines === nonAsciiLines
          ? `Tệp không lưu theo bảng mã UTF-8; đã đọc theo bảng mã ${page}. Nếu chữ hiện sai, hãy mở bằng Excel và lưu lại dạng «CSV UTF-8» rồi thử lại.`
          : `Dòng ${rowList(legacyRows)} có chữ không lưu theo bảng mã UTF-8 như phần còn lại của tệp (thường do dán từ tệp khác); đã đọc các dòng này theo bảng mã ${page} — hãy xem lại chữ ở các dòng đó.`,
    });
  }
  for (const [row, col] of cut) if (row < rows.length) notes.push(cutNote(sheetName, row, col));
  // The rows go to gridFromHost as they are: no padding (rows stay as long as the file made them)
  // and no second copy ('' becomes null in place).
  const wb: Workbook = { sheets: [gridFromHost({ name: sheetName, values: rows, merges: [] }, { reuseRows: true })] };
  if (notes.length > 0) wb.notes = notes;
  return wb;
}

/** The delimiter, from the first lines (a .tsv is tab-separated whatever its lines look like). */
function startRows(head: readonly Line[], ext: string): string {
  if (ext === 'tsv') return '\t';
  return guessDelimiter(head.map((l) => l.text).join('\n'));
}

/**
 * Whether the text is TCVN3. Lines that are not UTF-8 are looked at one byte per character (Latin-1), which is
 * how a TCVN3 font maps them: windows-1258 would turn some of them into Vietnamese letters ("tiÕp" into
 * "tiƠp") and hide the mistake.
 */
function tcvn3(head: readonly Line[]): boolean {
  const sample = new TextSample(SAMPLE_CHARS);
  for (const l of head) {
    sample.add(l.bytes ? latin1(l.bytes) : l.text);
    if (sample.full) break;
  }
  return sample.looksTcvn3();
}
