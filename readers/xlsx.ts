/**
 * .xlsx / .xlsm read by hand: the zip directory is read here, only the parts the grid needs are
 * inflated (workbook, its relationships, shared strings, styles and the worksheets it lists), each in
 * chunks under a size cap. A sheet part is scanned as UTF-8 bytes (readers/xml-bytes.ts), whole when the platform
 * inflated it whole, else piece by piece; only the cells holding text are decoded. Every sheet goes to the core's one
 * converter (`gridFromHost`) as a HostSheet with ragged rows.
 */
import { detachedPrefix } from './bytes';
import { parseRangeA1 } from '../core/grid/a1';
import { gridFromHost, isDateFormat, type HostSheet } from '../core/grid/host-values';
import { heldIndexes, SPARSE_FROM } from '../core/grid/sheet-view';
import type { CellRange, ReadNote, SheetGrid, Workbook } from '../core/grid/types';
import { cutNote, MAX_CELL_CHARS } from './cell-limit';
import { fail, unsupported, WorkbookReadError } from './errors';
import { percentDisplay } from './percent-format';
import { FOREIGN_EXT, OTHER_SHEET_EXT } from './sniff';
import { attr, decodeAttr, decodeText, eachTag, findTag, own, rootPrefix, tagAt } from './xml';
import { bytesAt, bytesOf, findTagBytes, indexOfBytes, rootPrefixBytes, tagAtBytes, textOf } from './xml-bytes';
import { emitInflated, inflateEntry, preInflate, StopInflating, zipDirectory, ZipPartError, type ZipEntry } from './zip';

const MB = 1024 * 1024;

/** How far each part may inflate before the file is refused as too large. */
export interface XlsxLimits {
  /**
   * The worksheet parts, all together: a workbook's grids are held at once, so three sheets of a million rows cost
   * three times one (a 483 MB sheet part of 1.000.000 rows × 12 columns peaks at 0,8 GB).
   */
  sheet: number;
  /** xl/sharedStrings.xml. */
  sharedStrings: number;
  /** workbook.xml, its relationships, styles.xml. */
  part: number;
}

export const XLSX_LIMITS: Readonly<XlsxLimits> = { sheet: 512 * MB, sharedStrings: 256 * MB, part: 64 * MB };

/** Excel's sheet size: rows and columns beyond it are no cells. */
const MAX_ROWS = 1_048_576;
const MAX_COLS = 16_384;

export async function readZip(bytes: Uint8Array, name: string, ext: string, limits: XlsxLimits = XLSX_LIMITS): Promise<Workbook> {
  const dir = zipDirectory(bytes);
  if (dir === 'truncated') throw fail('corrupt', name, ' (tệp có vẻ bị cắt cụt, có thể chưa tải về hoặc sao chép hết)');
  if (!dir) throw fail('corrupt', name);
  if (!dir.has('xl/workbook.xml')) {
    if (dir.has('xl/workbook.bin')) throw unsupported(name, OTHER_SHEET_EXT.xlsb, true);
    if (dir.has('mimetype') && dir.has('content.xml') && (ext === 'ods' || !FOREIGN_EXT[ext])) {
      throw unsupported(name, OTHER_SHEET_EXT.ods, true);
    }
    if (FOREIGN_EXT[ext]) throw unsupported(name, FOREIGN_EXT[ext]);
    if (OTHER_SHEET_EXT[ext]) throw unsupported(name, OTHER_SHEET_EXT[ext], true);
    throw fail('corrupt', name);
  }
  // The parts a workbook is read from (never its media, charts or pivot caches), with the platform's native inflater
  // where it has one.
  const inflated = await preInflate(bytes, dir, (e) => READ_PARTS.test(e.name));
  try {
    return readWorkbook(bytes, dir, name, limits, inflated);
  } catch (e) {
    if (e instanceof WorkbookReadError) throw e;
    if (e instanceof ZipPartError && e.reason === 'too-large') {
      throw fail('too-large', name, ` (phần "${e.entry}" khi giải nén lớn hơn ${sizeText(e.cap)})`);
    }
    // Damaged deflate data, encrypted entries, unknown compression, malformed XML, out-of-range strings.
    throw fail('corrupt', name);
  }
}

function sizeText(bytes: number): string {
  return bytes >= MB ? `${Math.round(bytes / MB)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

class Corrupt extends Error {}

/** Text a scanner must hold at once (one row, one shared string) beyond which the part is refused as too large. */
const MAX_PENDING_CHARS = 32 * MB;

class PendingTooLong extends Error {}

// ---------------------------------------------------------------------------
// Workbook, relationships, styles: small parts, read whole

interface Parts {
  bytes: Uint8Array;
  dir: Map<string, ZipEntry>;
  /** Parts inflated ahead (zip.ts preInflate), by name; each is taken out when read. */
  inflated: Map<string, Uint8Array>;
}

/** The parts readWorkbook reads: the workbook, its relationships, styles, shared strings, the worksheets. */
const READ_PARTS = /^xl\/(?:workbook\.xml|_rels\/workbook\.xml\.rels|styles\.xml|sharedStrings\.xml|worksheets\/[^/]+\.xml)$/;

/**
 * A part's bytes to `onData`: inflated ahead when it was (and let go once read), else through the capped inflater.
 * `whole`: a part inflated at once comes as one piece, not in slices.
 */
function inflatePart(p: Parts, e: ZipEntry, cap: number, onData: (chunk: Uint8Array) => void, whole = false): void {
  const pre = p.inflated.get(e.name);
  p.inflated.delete(e.name);
  if (pre && pre.length > cap) throw new ZipPartError('too-large', e.name, cap);
  if (pre) emitInflated(pre, onData, whole);
  else inflateEntry(p.bytes, e, cap, onData, whole);
}

function partText(p: Parts, path: string, cap: number): string | undefined {
  const e = p.dir.get(path);
  if (!e) return undefined;
  const chunks: Uint8Array[] = [];
  let n = 0;
  inflatePart(p, e, cap, (c) => {
    chunks.push(c);
    n += c.length;
  });
  const all = chunks.length === 1 ? chunks[0]! : new Uint8Array(n);
  if (chunks.length !== 1) {
    let o = 0;
    for (const c of chunks) {
      all.set(c, o);
      o += c.length;
    }
  }
  return new TextDecoder('utf-8').decode(all);
}

interface Rel {
  type: string;
  target: string;
}

function parseRels(xml: string | undefined): Map<string, Rel> {
  const out = new Map<string, Rel>();
  if (!xml) return out;
  const P = rootPrefix(xml) ?? '';
  eachTag(xml, `<${P}Relationship`, 0, xml.length, (s, e) => {
    const id = attr(xml, s, e, 'Id');
    const target = attr(xml, s, e, 'Target');
    if (id === undefined || target === undefined || attr(xml, s, e, 'TargetMode') === 'External') return;
    out.set(decodeAttr(id), { type: decodeAttr(attr(xml, s, e, 'Type') ?? ''), target: decodeAttr(target) });
  });
  return out;
}

/** A relationship target of xl/workbook.xml as a zip entry name ("worksheets/sheet1.xml", "/xl/worksheets/sheet1.xml"). */
export function resolveTarget(target: string): string {
  const t = target.replace(/\\/g, '/');
  const parts = (t.startsWith('/') ? t.slice(1) : `xl/${t}`).split('/');
  const out: string[] = [];
  for (const s of parts) {
    if (s === '..') out.pop();
    else if (s !== '.' && s !== '') out.push(s);
  }
  return out.join('/');
}

interface SheetRef {
  name: string;
  path: string;
}

function workbookSheets(wbXml: string, rels: Map<string, Rel>): SheetRef[] {
  const P = rootPrefix(wbXml);
  if (P === undefined || wbXml.indexOf(`</${P}workbook>`) < 0) throw new Corrupt();
  const out: SheetRef[] = [];
  const sheetsAt = findTag(wbXml, `<${P}sheets`, 0);
  if (sheetsAt < 0) return out;
  const end = wbXml.indexOf(`</${P}sheets>`, sheetsAt);
  eachTag(wbXml, `<${P}sheet`, sheetsAt, end < 0 ? wbXml.length : end, (s, e) => {
    const name = decodeAttr(attr(wbXml, s, e, 'name') ?? '');
    const rid = attr(wbXml, s, e, 'id', true);
    const rel = rid === undefined ? undefined : rels.get(decodeAttr(rid));
    if (!rel) throw new Corrupt();
    // Chart sheets, dialog sheets and macro sheets hold no cells.
    if (!/\/worksheet$/.test(rel.type)) return;
    out.push({ name, path: resolveTarget(rel.target) });
  });
  return out;
}

/** Marks a built-in date format: what matters to the converter is only that it shows a date. */
const DATE_MARK = 'dd/mm/yyyy';

const DATE = 1;
const PERCENT = 2;

interface Styles {
  /** Per cellXfs index: 0 plain, DATE, PERCENT. */
  kind: Uint8Array;
  /** Per cellXfs index: the date or percent format. */
  code: string[];
}

const BUILTIN_PERCENT: Record<number, string> = { 9: '0%', 10: '0.00%' };

function isBuiltinDate(id: number): boolean {
  return (id >= 14 && id <= 22) || (id >= 45 && id <= 47);
}

function parseStyles(xml: string | undefined): Styles {
  const kinds: number[] = [];
  const code: string[] = [];
  if (xml) {
    const P = rootPrefix(xml) ?? '';
    const custom = new Map<number, string>();
    eachTag(xml, `<${P}numFmt`, 0, xml.length, (s, e) => {
      const id = Number(attr(xml, s, e, 'numFmtId'));
      const c = attr(xml, s, e, 'formatCode');
      if (Number.isInteger(id) && c !== undefined) custom.set(id, decodeAttr(c));
    });
    const at = findTag(xml, `<${P}cellXfs`, 0);
    if (at >= 0) {
      const end = xml.indexOf(`</${P}cellXfs>`, at);
      eachTag(xml, `<${P}xf`, at, end < 0 ? xml.length : end, (s, e) => {
        const id = Number(attr(xml, s, e, 'numFmtId') ?? 0);
        const c = custom.get(id);
        let kind = 0;
        let f = '';
        if (c !== undefined) {
          if (isDateFormat(c)) [kind, f] = [DATE, c];
          else if (c.indexOf('%') >= 0) [kind, f] = [PERCENT, c];
        } else if (isBuiltinDate(id)) {
          [kind, f] = [DATE, DATE_MARK];
        } else if (BUILTIN_PERCENT[id]) {
          [kind, f] = [PERCENT, BUILTIN_PERCENT[id]];
        }
        kinds.push(kind);
        code.push(f);
      });
    }
  }
  return { kind: Uint8Array.from(kinds), code };
}

// ---------------------------------------------------------------------------
// Streamed parts: shared strings and sheets, scanned chunk by chunk

/** Text of rich or plain string content in [from, to): every `<t>` concatenated, phonetic runs left out. */
function collectText(buf: string, from: number, to: number, T: string, RPH: string, RPH_CLOSE: string): string {
  let out = '';
  let p = from;
  for (;;) {
    const lt = buf.indexOf('<', p);
    if (lt < 0 || lt >= to) break;
    if (tagAt(buf, lt, T)) {
      const gt = buf.indexOf('>', lt);
      if (gt < 0 || gt >= to) break;
      if (buf.charCodeAt(gt - 1) === 47) {
        p = gt + 1;
        continue;
      }
      let te = buf.indexOf('<', gt + 1);
      if (te < 0 || te > to) te = to;
      out += decodeText(buf.slice(gt + 1, te));
      p = te + 1;
      continue;
    }
    if (tagAt(buf, lt, RPH)) {
      const e = buf.indexOf(RPH_CLOSE, lt);
      if (e < 0 || e >= to) break;
      p = e + RPH_CLOSE.length;
      continue;
    }
    p = lt + 1;
  }
  return out;
}

/**
 * UTF-8 bytes to text piece by piece. An incomplete character at the end of a piece waits for the next;
 * a piece that is all ASCII (every sheet whose text is in the shared strings) is taken as Latin-1, which
 * is the same text at a fraction of the cost of a UTF-8 decode.
 */
export class ChunkDecoder {
  private rest: Uint8Array | undefined;
  private first = true;
  // Each piece is decoded on its own, so a BOM is dropped only at the very start (below), never mid-part.
  private readonly dec = new TextDecoder('utf-8', { ignoreBOM: true });

  decode(chunk: Uint8Array): string {
    let b = chunk;
    if (this.rest) {
      const m = new Uint8Array(this.rest.length + b.length);
      m.set(this.rest);
      m.set(b, this.rest.length);
      b = m;
      this.rest = undefined;
    }
    if (this.first && b.length > 0) {
      if (b.length < 3 && b[0] === 0xef) {
        this.rest = b.slice();
        return '';
      }
      this.first = false;
      if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) b = b.subarray(3);
    }
    // Keep back the lead and continuation bytes of a character the piece does not finish.
    let i = b.length - 1;
    let k = 0;
    while (i >= 0 && k < 3 && (b[i]! & 0xc0) === 0x80) {
      i--;
      k++;
    }
    if (i >= 0) {
      const lead = b[i]!;
      const need = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
      if (i + need > b.length) {
        this.rest = b.slice(i);
        b = b.subarray(0, i);
      }
    }
    return this.dec.decode(b);
  }

  end(): string {
    const r = this.rest;
    this.rest = undefined;
    return r ? this.dec.decode(r) : '';
  }
}

/** Feeds a part's decoded text to `feed` in pieces; `feed` returns true when it has all it needs. */
function streamPart(p: Parts, e: ZipEntry, cap: number, feed: (text: string, last: boolean) => boolean): number {
  const dec = new ChunkDecoder();
  let done = false;
  let inflated = 0;
  try {
    inflatePart(p, e, cap, (chunk) => {
      inflated += chunk.length;
      if (feed(dec.decode(chunk), false)) {
        done = true;
        throw new StopInflating();
      }
    });
    if (!done) feed(dec.end(), true);
  } catch (err) {
    // One row or one string bigger than any real one: refused like a part over its cap.
    if (err instanceof PendingTooLong) throw new ZipPartError('too-large', e.name, cap);
    throw err;
  }
  return inflated;
}

/**
 * Feeds a part's bytes to `feed` (a part inflated whole as one piece), then an empty last piece; `feed` returns true
 * when it has all it needs. Returns how many bytes came out.
 */
function streamPartBytes(p: Parts, e: ZipEntry, cap: number, feed: (bytes: Uint8Array, last: boolean) => boolean): number {
  let done = false;
  let inflated = 0;
  try {
    inflatePart(
      p,
      e,
      cap,
      (chunk) => {
        inflated += chunk.length;
        if (feed(chunk, false)) {
          done = true;
          throw new StopInflating();
        }
      },
      true,
    );
    if (!done) feed(NO_BYTES, true);
  } catch (err) {
    // One row bigger than any real one: refused like a part over its cap.
    if (err instanceof PendingTooLong) throw new ZipPartError('too-large', e.name, cap);
    throw err;
  }
  return inflated;
}

const NO_BYTES: Uint8Array = new Uint8Array(0);

/** What a scanner keeps for the next piece: `rest`, unless nothing in it can matter or it is absurdly long. */
function pending<T extends string | Uint8Array>(rest: T): T {
  if (rest.length > MAX_PENDING_CHARS) throw new PendingTooLong();
  return rest;
}

function readSharedStrings(p: Parts, path: string, cap: number): string[] {
  const out: string[] = [];
  const e = p.dir.get(path);
  if (!e) return out;
  let carry = '';
  let closeFrom = -1;
  let P: string | undefined;
  let SI = '';
  let SI_CLOSE = '';
  let T = '';
  let RPH = '';
  let RPH_CLOSE = '';
  let ended = false;
  streamPart(p, e, cap, (text, last) => {
    const buf = carry ? [carry, text].join('') : text;
    carry = '';
    if (P === undefined) {
      P = rootPrefix(buf);
      if (P === undefined) {
        if (last) throw new Corrupt();
        const lt = buf.indexOf('<');
        carry = lt < 0 ? '' : pending(buf.slice(lt));
        return false;
      }
      SI = `<${P}si`;
      SI_CLOSE = `</${P}si>`;
      T = `<${P}t`;
      RPH = `<${P}rPh`;
      RPH_CLOSE = `</${P}rPh>`;
    }
    let pos = 0;
    for (;;) {
      const i = findTag(buf, SI, pos);
      if (i < 0) {
        if (buf.indexOf(`</${P}sst>`, pos) >= 0) ended = true;
        pos = Math.max(pos, buf.length - SI.length - P.length - 8);
        break;
      }
      const gt = buf.indexOf('>', i);
      if (gt < 0) {
        pos = i;
        break;
      }
      if (buf.charCodeAt(gt - 1) === 47) {
        out.push('');
        pos = gt + 1;
        continue;
      }
      // An item longer than one chunk: resume the search for its end where the last one stopped.
      const end = buf.indexOf(SI_CLOSE, i === 0 && closeFrom > gt ? closeFrom : gt);
      if (end < 0) {
        pos = i;
        closeFrom = Math.max(0, buf.length - i - SI_CLOSE.length);
        break;
      }
      closeFrom = -1;
      out.push(own(collectText(buf, gt + 1, end, T, RPH, RPH_CLOSE)));
      pos = end + SI_CLOSE.length;
    }
    carry = pending(buf.slice(pos));
    // Strings but no end: the part was cut short (an empty <sst/> has neither).
    if (last && !ended && out.length > 0) throw new Corrupt();
    return false;
  });
  return out;
}

/** The one empty row every row without cells shares (the converter keeps it as it is). */
const EMPTY_ROW: unknown[] = [];

/** Elements a worksheet may hold after its merged cells: once one is seen, nothing more is needed. */
const AFTER_MERGES = new Set([
  'phoneticPr',
  'conditionalFormatting',
  'dataValidations',
  'hyperlinks',
  'printOptions',
  'pageMargins',
  'pageSetup',
  'headerFooter',
  'rowBreaks',
  'colBreaks',
  'customProperties',
  'cellWatches',
  'ignoredErrors',
  'smartTags',
  'drawing',
  'legacyDrawing',
  'legacyDrawingHF',
  'drawingHF',
  'picture',
  'oleObjects',
  'controls',
  'webPublishItems',
  'tableParts',
  'extLst',
]);

enum Phase {
  Prolog,
  Rows,
  AfterRows,
  Done,
}

/** Enough characters to tell any tag the scanner looks for from another. */
const LOOKAHEAD = 40;

function isDelim(ch: number): boolean {
  return ch === 62 || ch === 47 || ch <= 32;
}

/** The first index in [p, end) holding char `ch`, or end. */
function skipTo(buf: Uint8Array, p: number, end: number, ch: number): number {
  while (p < end && buf[p] !== ch) p++;
  return p;
}

/** A run of decimal digits in [s, e) as a number (stops at the first other char). */
function digits(buf: Uint8Array, s: number, e: number): number {
  let n = 0;
  for (let k = s; k < e; k++) {
    const d = buf[k]! - 48;
    if (d < 0 || d > 9) break;
    n = n * 10 + d;
  }
  return n;
}

/** Column letters at s ("AB"), as a 1-based number left in `scratchNum`; returns where they end. */
let scratchNum = 0;
function letters(buf: Uint8Array, s: number, e: number): number {
  let c = 0;
  let k = s;
  for (; k < e; k++) {
    const ch = buf[k]! | 32;
    if (ch < 97 || ch > 122) break;
    c = c * 26 + (ch - 96);
  }
  scratchNum = c;
  return k;
}

interface Attrs {
  rS: number;
  rE: number;
  tS: number;
  tE: number;
  sS: number;
  sE: number;
  selfClosing: boolean;
}

/**
 * The attributes r, t and s of a start tag whose name ends at q, as [start, end) positions; returns
 * the position after the tag's ">" (or "/>", then `selfClosing`).
 */
function scanAttrs(buf: Uint8Array, q: number, end: number, a: Attrs): number {
  a.rS = a.rE = a.tS = a.tE = a.sS = a.sE = -1;
  a.selfClosing = false;
  for (;;) {
    let ch = buf[q]!;
    while (ch <= 32) ch = buf[++q]!;
    if (ch === 62) return q + 1;
    if (ch === 47) {
      a.selfClosing = true;
      return q + 2;
    }
    if (!(q < end)) return end + 1;
    const ns = q;
    while (ch !== 61 && ch > 32 && q < end) ch = buf[++q]!;
    const ne = q;
    while (ch !== 61 && q < end) ch = buf[++q]!;
    ch = buf[++q]!;
    while (ch <= 32 && q < end) ch = buf[++q]!;
    const vs = ++q;
    q = skipTo(buf, q, end, ch);
    const ve = q++;
    if (ne - ns === 1) {
      const n = buf[ns];
      if (n === 114) {
        a.rS = vs;
        a.rE = ve;
      } else if (n === 116) {
        a.tS = vs;
        a.tE = ve;
      } else if (n === 115) {
        a.sS = vs;
        a.sE = ve;
      }
    }
  }
}

interface CellParts {
  vS: number;
  vE: number;
  isS: number;
  isE: number;
  hasF: boolean;
}

/** Excel's serial number of an ISO date-time ("2024-03-31", "2024-03-31T08:30:00Z"); undefined when it is none. */
function isoSerial(s: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?)?/.exec(s.trim());
  if (!m) return undefined;
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4] ?? 0), Number(m[5] ?? 0)) + Number(m[6] ?? 0) * 1000;
  if (Number.isNaN(ms)) return undefined;
  return (ms - Date.UTC(1899, 11, 30)) / 86_400_000;
}

export class SheetScanner {
  phase = Phase.Prolog;
  private carry: Uint8Array = NO_BYTES;
  private closeFrom = -1;
  /** The root's namespace prefix, as text and as the length of its bytes. */
  private P: string | undefined;
  private Plen = 0;
  private ROW = NO_BYTES;
  private ROW_CLOSE = NO_BYTES;
  private C_CLOSE = NO_BYTES;
  private IS_CLOSE = NO_BYTES;
  private SHEET_DATA = NO_BYTES;
  private SHEET_DATA_CLOSE = NO_BYTES;
  private MERGE = NO_BYTES;
  private MERGES_CLOSE = NO_BYTES;
  private WS_CLOSE = NO_BYTES;
  // Inline strings are decoded first, then read as text.
  private T = '';
  private RPH = '';
  private RPH_CLOSE = '';

  private prevRow = -1;
  /** Leftmost column of any cell with a value so far; each stored row starts there (its own `rowBase`). */
  private base = -1;
  private readonly rowAt: number[] = [];
  private readonly rowBase: number[] = [];
  private readonly rowVals: unknown[][] = [];
  private readonly fmtAt: number[] = [];
  private readonly fmt: string[] = [];
  private readonly textAt: number[] = [];
  private readonly text: string[] = [];
  readonly uncached: [number, number][] = [];
  readonly formulas: [number, number][] = [];
  readonly merges: CellRange[] = [];
  /** Cells whose text was cut at MAX_CELL_CHARS, [row, col]. */
  readonly cut: [number, number][] = [];
  // The cells of the row being read.
  private readonly tc: number[] = [];
  private readonly tv: unknown[] = [];
  private readonly attrs: Attrs = { rS: -1, rE: -1, tS: -1, tE: -1, sS: -1, sE: -1, selfClosing: false };
  private readonly cell: CellParts = { vS: -1, vE: -1, isS: -1, isE: -1, hasF: false };
  private isDate = false;

  constructor(
    private readonly sst: readonly string[],
    private readonly styles: Styles,
  ) {}

  /**
   * Takes the next piece of the part's bytes; true once the part holds nothing more that is needed. The piece is read
   * before the call returns (an inflater may reuse it); what is left for the next piece is copied.
   */
  feed(chunk: Uint8Array, last: boolean): boolean {
    let buf = chunk;
    if (this.carry.length > 0) {
      buf = new Uint8Array(this.carry.length + chunk.length);
      buf.set(this.carry);
      buf.set(chunk, this.carry.length);
    }
    this.carry = NO_BYTES;
    if (this.P === undefined) {
      const P = rootPrefixBytes(buf);
      if (P === undefined) {
        if (last) throw new Corrupt();
        const lt = buf.indexOf(60);
        this.carry = lt < 0 ? NO_BYTES : pending(buf.slice(lt));
        return false;
      }
      this.setPrefix(P);
    }
    let pos = 0;
    if (this.phase === Phase.Prolog) {
      const i = findTagBytes(buf, this.SHEET_DATA, 0);
      if (i < 0) {
        if (indexOfBytes(buf, this.WS_CLOSE, 0) >= 0) {
          this.phase = Phase.Done;
          return true;
        }
        if (last) throw new Corrupt();
        this.carry = buf.slice(Math.max(0, buf.length - LOOKAHEAD));
        return false;
      }
      const gt = buf.indexOf(62, i);
      if (gt < 0) {
        if (last) throw new Corrupt();
        this.carry = pending(buf.slice(i));
        return false;
      }
      this.phase = buf[gt - 1] === 47 ? Phase.AfterRows : Phase.Rows;
      pos = gt + 1;
    }
    if (this.phase === Phase.Rows) pos = this.rows(buf, pos, last);
    if (this.phase === Phase.AfterRows) pos = this.afterRows(buf, pos, last);
    if (this.phase === Phase.Done) return true;
    if (last) throw new Corrupt(); // the part ends inside the sheet
    this.carry = pending(buf.slice(pos));
    return false;
  }

  private setPrefix(P: string): void {
    this.P = P;
    this.Plen = bytesOf(P).length;
    this.ROW = bytesOf(`<${P}row`);
    this.ROW_CLOSE = bytesOf(`</${P}row>`);
    this.C_CLOSE = bytesOf(`</${P}c>`);
    this.IS_CLOSE = bytesOf(`</${P}is>`);
    this.SHEET_DATA = bytesOf(`<${P}sheetData`);
    this.SHEET_DATA_CLOSE = bytesOf(`</${P}sheetData>`);
    this.MERGE = bytesOf(`<${P}mergeCell`);
    this.MERGES_CLOSE = bytesOf(`</${P}mergeCells>`);
    this.WS_CLOSE = bytesOf(`</${P}worksheet>`);
    this.T = `<${P}t`;
    this.RPH = `<${P}rPh`;
    this.RPH_CLOSE = `</${P}rPh>`;
  }

  /** Rows from `pos`; returns where the unread bytes start. */
  private rows(buf: Uint8Array, pos: number, last: boolean): number {
    for (;;) {
      const i = buf.indexOf(60, pos);
      if (i < 0) return buf.length;
      if (!last && i + LOOKAHEAD > buf.length) return i;
      if (tagAtBytes(buf, i, this.ROW)) {
        const gt = buf.indexOf(62, i);
        if (gt < 0) return i;
        if (buf[gt - 1] === 47) {
          this.rowStart(buf, i, gt);
          pos = gt + 1;
          continue;
        }
        // A row the last piece ended in: read again only once its end has come (searched from where the last search
        // stopped), so a row longer than many pieces is not read over and over.
        if (i === 0 && this.closeFrom >= 0) {
          if (indexOfBytes(buf, this.ROW_CLOSE, Math.max(gt, this.closeFrom), this.ROW_CLOSE.length - 2) < 0) {
            this.closeFrom = Math.max(0, buf.length - this.ROW_CLOSE.length);
            return i;
          }
          this.closeFrom = -1;
        }
        const after = this.row(buf, i, gt);
        if (after < 0) {
          this.closeFrom = Math.max(0, buf.length - i - this.ROW_CLOSE.length);
          return i;
        }
        pos = after;
        continue;
      }
      if (bytesAt(buf, i, this.SHEET_DATA_CLOSE)) {
        this.phase = Phase.AfterRows;
        return i + this.SHEET_DATA_CLOSE.length;
      }
      pos = i + 1;
    }
  }

  /** Merged cells, up to the first element that comes after them. */
  private afterRows(buf: Uint8Array, pos: number, last: boolean): number {
    const Plen = this.Plen;
    for (;;) {
      const i = buf.indexOf(60, pos);
      if (i < 0) return buf.length;
      if (!last && i + LOOKAHEAD > buf.length) return i;
      if (tagAtBytes(buf, i, this.MERGE)) {
        const gt = buf.indexOf(62, i);
        if (gt < 0) return i;
        const tag = textOf(buf, i, gt + 1);
        const ref = attr(tag, 0, tag.length - 1, 'ref');
        const r = ref === undefined ? undefined : parseRangeA1(ref);
        if (r) this.merges.push(r);
        pos = gt + 1;
        continue;
      }
      if (bytesAt(buf, i, this.MERGES_CLOSE) || bytesAt(buf, i, this.WS_CLOSE)) {
        this.phase = Phase.Done;
        return buf.length;
      }
      if (bytesAt(buf, i + 1, this.ROW.subarray(1, 1 + Plen))) {
        let e = i + 1 + Plen;
        while (e < buf.length) {
          const ch = buf[e]!;
          if (ch <= 32 || ch === 62 || ch === 47) break;
          e++;
        }
        if (AFTER_MERGES.has(textOf(buf, i + 1 + Plen, e))) {
          this.phase = Phase.Done;
          return buf.length;
        }
      }
      pos = i + 1;
    }
  }

  /** The sheet row of a `<row …>` start tag. */
  private rowStart(buf: Uint8Array, i: number, gt: number): number {
    const tag = textOf(buf, i, gt + 1);
    const r = attr(tag, 0, tag.length - 1, 'r');
    const n = r === undefined ? NaN : parseInt(r, 10) - 1;
    this.prevRow = n >= 0 ? n : this.prevRow + 1;
    return this.prevRow;
  }

  /**
   * The row whose start tag spans [i, gt], read in one pass up to its `</row>`: returns where that ends, or -1 (and
   * nothing kept) when the bytes end first.
   */
  private row(buf: Uint8Array, i: number, gt: number): number {
    const end = buf.length;
    const undo = this.undoPoint();
    const a = this.attrs;
    scanAttrs(buf, i + this.ROW.length, gt + 1, a);
    const hasR = a.rS >= 0 && a.rE > a.rS;
    let r = hasR ? digits(buf, a.rS, a.rE) - 1 : -1;
    if (r < 0) r = this.prevRow + 1;
    this.prevRow = r;
    const tc = this.tc;
    const tv = this.tv;
    const Plen = this.Plen;
    let col = -1;
    let first = true;
    let p = gt + 1;
    let after: number;
    for (;;) {
      p = skipTo(buf, p, end, 60);
      if (p >= end) return this.undo(undo);
      // Only cells are read; anything else in a row (its extLst) ends it.
      if (buf[p + 1 + Plen] !== 99 || !isDelim(buf[p + 2 + Plen]!)) {
        // A row that never closes (a writer's slip) ends where the next begins, as it did when rows were cut at "</row>".
        if (tagAtBytes(buf, p, this.ROW)) {
          after = p;
          break;
        }
        const close = bytesAt(buf, p, this.ROW_CLOSE) ? p : indexOfBytes(buf, this.ROW_CLOSE, p, this.ROW_CLOSE.length - 2);
        if (close < 0) return this.undo(undo);
        after = close + this.ROW_CLOSE.length;
        break;
      }
      let q = scanAttrs(buf, p + 2 + Plen, end, a);
      if (q > end) return this.undo(undo);
      // Column (and, for a row without r, the row) from the reference; without one, the next column.
      if (a.rS >= 0) {
        const k = letters(buf, a.rS, a.rE);
        col = k > a.rS ? scratchNum - 1 : col + 1;
        if (first && !hasR && k < a.rE) {
          const rr = digits(buf, k, a.rE) - 1;
          if (rr >= 0) r = this.prevRow = rr;
        }
      } else {
        col++;
      }
      first = false;
      const c = this.cell;
      c.vS = c.vE = c.isS = c.isE = -1;
      c.hasF = false;
      if (!a.selfClosing) q = this.children(buf, q, end, Plen, c);
      p = q;
      if (col >= MAX_COLS || r >= MAX_ROWS) continue;
      let v = this.value(buf, a, c);
      if (typeof v === 'string' && v.length > MAX_CELL_CHARS) {
        // More than Excel lets a cell hold (a file written by another program): cut, as a copy, and said.
        v = detachedPrefix(v, MAX_CELL_CHARS);
        this.cut.push([r, col]);
      }
      if (v === null) {
        // A formula whose result was never stored (an empty <v></v> of a t="str" formula is a stored "").
        if (c.hasF && !(c.vS >= 0 && a.tE - a.tS === 3)) this.uncached.push([r, col]);
        continue;
      }
      if (c.hasF) this.formulas.push([r, col]);
      tc.push(col);
      tv.push(v);
      if (typeof v === 'number') {
        const texts = this.text.length;
        this.numberFormat(buf, a, r, col, v);
        // A whole number past 2^53 − 1 reads as the nearest double ("…993" as "…992"): its digits as stored are kept
        // as its text, for the finding that names it.
        if (this.text.length === texts && !(Math.abs(v) <= Number.MAX_SAFE_INTEGER) && c.vE > c.vS) {
          const stored = textOf(buf, c.vS, c.vE);
          if (PLAIN_DIGITS.test(stored)) {
            this.textAt.push(r, col);
            this.text.push(stored);
          }
        }
      }
    }
    if (tc.length === 0) return after;
    let min = tc[0]!;
    let max = min;
    let ascending = true;
    for (let k = 1; k < tc.length; k++) {
      const c = tc[k]!;
      if (c <= tc[k - 1]!) ascending = false;
      if (c < min) min = c;
      if (c > max) max = c;
    }
    if (this.base < 0 || min < this.base) this.base = min;
    const base = this.base;
    // Small gaps are filled with null; a wide one (a cell in A and one in XFD) is left a hole, so the row
    // costs its cells and not its width (core/grid/sheet-view.ts heldIndexes walks it).
    let vals: unknown[];
    if (ascending) {
      vals = [];
      for (let k = 0; k < tc.length; k++) {
        const at = tc[k]! - base;
        if (at - vals.length <= NULL_GAP) while (vals.length < at) vals.push(null);
        vals[at] = tv[k];
      }
    } else if (max - base < SPARSE_FROM) {
      vals = new Array<unknown>(max - base + 1).fill(null);
      for (let k = 0; k < tc.length; k++) vals[tc[k]! - base] = tv[k];
    } else {
      vals = [];
      for (let k = 0; k < tc.length; k++) vals[tc[k]! - base] = tv[k];
    }
    this.rowAt.push(r);
    this.rowBase.push(base);
    this.rowVals.push(vals);
    tc.length = 0;
    tv.length = 0;
    return after;
  }

  /** What a row read in part is undone to. */
  private undoPoint(): number[] {
    return [
      this.prevRow,
      this.uncached.length,
      this.formulas.length,
      this.fmtAt.length,
      this.fmt.length,
      this.textAt.length,
      this.text.length,
      this.cut.length,
    ];
  }

  private undo(u: number[]): -1 {
    this.prevRow = u[0]!;
    this.uncached.length = u[1]!;
    this.formulas.length = u[2]!;
    this.fmtAt.length = u[3]!;
    this.fmt.length = u[4]!;
    this.textAt.length = u[5]!;
    this.text.length = u[6]!;
    this.cut.length = u[7]!;
    this.tc.length = 0;
    this.tv.length = 0;
    return -1;
  }

  /** The cell's children f, v and is from q (after its start tag); returns the position after </c>. */
  private children(buf: Uint8Array, q: number, end: number, Plen: number, c: CellParts): number {
    for (;;) {
      q = skipTo(buf, q, end, 60);
      if (q >= end) return end;
      if (buf[q + 1] === 47) return skipTo(buf, q, end, 62) + 1; // </c>
      const n0 = buf[q + 1 + Plen]!;
      const n1 = buf[q + 2 + Plen]!;
      const g = skipTo(buf, q + 1, end, 62);
      const sc = buf[g - 1] === 47;
      if ((n0 === 118 || n0 === 102) && isDelim(n1)) {
        // <v> or <f>: text up to the next "<", then past its end tag.
        if (n0 === 102) c.hasF = true;
        if (sc) {
          if (n0 === 118) c.vS = c.vE = g;
          q = g + 1;
        } else {
          const ts = g + 1;
          q = skipTo(buf, ts, end, 60);
          if (n0 === 118) {
            c.vS = ts;
            c.vE = q;
          }
          q = skipTo(buf, q, end, 62) + 1;
        }
      } else if (n0 === 105 && n1 === 115) {
        // <is>
        if (sc) {
          c.isS = c.isE = g + 1;
          q = g + 1;
        } else {
          c.isS = g + 1;
          let e = indexOfBytes(buf, this.IS_CLOSE, g);
          if (e < 0 || e > end) e = end;
          c.isE = e;
          q = e + this.IS_CLOSE.length;
        }
      } else {
        const ce = indexOfBytes(buf, this.C_CLOSE, q);
        return ce < 0 || ce > end ? end : ce + this.C_CLOSE.length;
      }
    }
  }

  /** The cell's value for the converter; null for none (empty strings included). */
  private value(buf: Uint8Array, a: Attrs, c: CellParts): unknown {
    const vS = c.vS;
    const vE = c.vE;
    const t0 = a.tS >= 0 && a.tE > a.tS ? buf[a.tS]! : 110; // 'n'
    this.isDate = false;
    if (t0 === 110) {
      if (!(vE > vS)) return null;
      // A number: plain integers by hand, the rest by the engine.
      const neg = buf[vS] === 45;
      const d0 = neg ? vS + 1 : vS;
      if (vE - d0 <= 16 && vE > d0) {
        const x = decimal(buf, d0, vE);
        if (x >= 0) return neg ? -x : x;
      }
      return this.otherNumber(textOf(buf, vS, vE));
    }
    if (t0 === 105) {
      // inlineStr
      if (c.isS >= 0) {
        const xml = textOf(buf, c.isS, c.isE);
        return nonEmpty(own(collectText(xml, 0, xml.length, this.T, this.RPH, this.RPH_CLOSE)));
      }
      return vE > vS ? nonEmpty(decodeText(textOf(buf, vS, vE))) : null;
    }
    if (!(vE > vS)) return null;
    if (t0 === 115) {
      if (a.tE - a.tS === 1) {
        // s: shared string
        const idx = digits(buf, vS, vE);
        return idx < this.sst.length ? nonEmpty(this.sst[idx]!) : null;
      }
      return nonEmpty(decodeText(textOf(buf, vS, vE))); // str
    }
    const s = textOf(buf, vS, vE);
    if (t0 === 98) {
      const b = s.trim();
      return b === '1' || b === 'true';
    }
    if (t0 === 101) return nonEmpty(own(s.trim())); // e: "#REF!"
    if (t0 === 100) {
      const serial = isoSerial(s);
      if (serial === undefined) return nonEmpty(decodeText(s));
      this.isDate = true;
      return serial;
    }
    return this.otherNumber(s);
  }

  private otherNumber(s: string): unknown {
    // "NaN", "Infinity": what some writers store for a number they could not write. A number, not text the clerk
    // typed: the core says it as a spreadsheet shows it (#NUM!), never as "NaN".
    const nf = NOT_FINITE.exec(s);
    if (nf) return nf[2]!.toLowerCase() === 'nan' ? Number.NaN : nf[1] === '-' ? -Infinity : Infinity;
    const x = +s;
    return !Number.isNaN(x) && s.charCodeAt(0) > 32 ? x : nonEmpty(decodeText(s));
  }

  /** Date format or percent text of a number cell. */
  private numberFormat(buf: Uint8Array, a: Attrs, r: number, col: number, v: number): void {
    const xf = a.sS >= 0 ? digits(buf, a.sS, a.sE) : 0;
    const kind = xf < this.styles.kind.length ? this.styles.kind[xf]! : 0;
    if (kind === DATE || this.isDate) {
      this.fmtAt.push(r, col);
      this.fmt.push(kind === DATE ? this.styles.code[xf]! : DATE_MARK);
    } else if (kind === PERCENT) {
      const shown = percentDisplay(v, this.styles.code[xf]);
      if (shown !== undefined) {
        this.textAt.push(r, col);
        this.text.push(shown);
      }
    }
  }

  /** The sheet as the host-side converter takes it. */
  hostSheet(name: string): HostSheet {
    const n = this.rowAt.length;
    if (n === 0) return { name, values: [], merges: this.merges, uncached: this.uncached, formulas: this.formulas };
    // Rows come in order in every file Excel writes; a file that repeats or reorders them is put in order.
    let ordered = true;
    for (let k = 1; k < n; k++) if (this.rowAt[k]! <= this.rowAt[k - 1]!) ordered = false;
    let order: number[] | undefined;
    if (!ordered) order = Array.from({ length: n }, (_, k) => k).sort((a, b) => this.rowAt[a]! - this.rowAt[b]! || a - b);
    const at = (k: number) => (order ? order[k]! : k);
    const minR = this.rowAt[at(0)]!;
    const maxR = this.rowAt[at(n - 1)]!;
    const minC = this.base;
    const values: unknown[][] = new Array<unknown[]>(maxR - minR + 1).fill(EMPTY_ROW);
    for (let k = 0; k < n; k++) {
      const j = at(k);
      let vals = this.rowVals[j]!;
      const shift = this.rowBase[j]! - minC;
      if (shift > 0) vals = shifted(vals, shift);
      const i = this.rowAt[j]! - minR;
      const prev = values[i]!;
      if (prev !== EMPTY_ROW) {
        // The same row twice: the later cells win.
        for (const c of heldIndexes(vals) ?? vals.keys()) if (vals[c] !== null && vals[c] !== undefined) prev[c] = vals[c];
        if (prev.length <= SPARSE_FROM) for (let c = 0; c < prev.length; c++) if (prev[c] === undefined) prev[c] = null;
      } else {
        values[i] = vals;
      }
    }
    this.rowVals.length = 0;
    const sheet: HostSheet = { name, values, merges: this.merges, originRow: minR, originCol: minC, uncached: this.uncached, formulas: this.formulas };
    if (this.fmt.length) sheet.formats = sparse(this.fmtAt, this.fmt, minR, minC);
    if (this.text.length) sheet.text = sparse(this.textAt, this.text, minR, minC);
    return sheet;
  }
}

const PLAIN_DIGITS = /^\d+$/;
const NOT_FINITE = /^\s*([+-]?)(nan|inf|infinity)\s*$/i;

const POW10 = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

/**
 * [s, e) as a number when it is plain digits with at most one "." and at most 15 digits, else -1.
 * The digits make an integer below 2^53 and 10^k is exact, so the one division rounds exactly as
 * parseFloat does.
 */
function decimal(buf: Uint8Array, s: number, e: number): number {
  let n = 0;
  let point = -1;
  for (let k = s; k < e; k++) {
    const d = buf[k]! - 48;
    if (d >= 0 && d <= 9) n = n * 10 + d;
    else if (d === -2 && point < 0) point = k;
    else return -1;
  }
  if (point < 0) return e - s <= 15 ? n : -1;
  if (e - s > 16 || point === s || point === e - 1) return -1;
  return n / POW10[e - point - 1]!;
}

function nonEmpty<T>(v: T): T | null {
  return v === '' ? null : v;
}

/** Rows of strings present only where a cell has one (holes elsewhere). */
/** The row moved `shift` columns right: nulls before it when the row stays narrow, a hole when it does not. */
function shifted(vals: unknown[], shift: number): unknown[] {
  if (shift + vals.length <= SPARSE_FROM) return new Array<unknown>(shift).fill(null).concat(vals);
  const out: unknown[] = [];
  for (const k of heldIndexes(vals) ?? vals.keys()) if (vals[k] !== undefined) out[shift + k] = vals[k];
  out.length = shift + vals.length;
  return out;
}

/** Gaps in a row up to this many cells are filled with null; wider ones are left holes. */
const NULL_GAP = 64;

function sparse(at: number[], items: string[], minR: number, minC: number): string[][] {
  const out: string[][] = [];
  for (let k = 0; k < items.length; k++) (out[at[2 * k]! - minR] ??= [])[at[2 * k + 1]! - minC] = items[k]!;
  return out;
}

// ---------------------------------------------------------------------------

function readWorkbook(bytes: Uint8Array, dir: Map<string, ZipEntry>, name: string, limits: XlsxLimits, inflated: Map<string, Uint8Array>): Workbook {
  const parts: Parts = { bytes, dir, inflated };
  try {
    const wbXml = partText(parts, 'xl/workbook.xml', limits.part) ?? '';
    const rels = parseRels(partText(parts, 'xl/_rels/workbook.xml.rels', limits.part));
    const refs = workbookSheets(wbXml, rels);
    if (refs.length === 0) throw fail('no-sheets', name);
    let sstPath = 'xl/sharedStrings.xml';
    let stylesPath = 'xl/styles.xml';
    for (const rel of rels.values()) {
      if (/\/sharedStrings$/.test(rel.type)) sstPath = resolveTarget(rel.target);
      else if (/\/styles$/.test(rel.type)) stylesPath = resolveTarget(rel.target);
    }
    const styles = parseStyles(partText(parts, stylesPath, limits.part));
    const sst = readSharedStrings(parts, sstPath, limits.sharedStrings);
    const sheets: SheetGrid[] = [];
    const notes: ReadNote[] = [];
    let left = limits.sheet;
    for (const ref of refs) {
      const entry = dir.get(ref.path);
      if (!entry) throw new Corrupt();
      const scanner = new SheetScanner(sst, styles);
      try {
        left -= streamPartBytes(parts, entry, left, (bytes, last) => scanner.feed(bytes, last));
      } catch (e) {
        // Past what is left after the sheets before it: the workbook, not this part, is too large.
        if (e instanceof ZipPartError && e.reason === 'too-large' && left < limits.sheet) {
          throw fail('too-large', name, ` (các trang tính khi giải nén lớn hơn ${sizeText(limits.sheet)})`);
        }
        throw e;
      }
      sheets.push(gridFromHost(scanner.hostSheet(ref.name), { reuseRows: true }));
      for (const [row, col] of scanner.cut) notes.push(cutNote(ref.name, row, col));
    }
    return notes.length > 0 ? { sheets, notes } : { sheets };
  } catch (e) {
    if (e instanceof ZipPartError && e.reason === 'too-large') throw e;
    if (e instanceof WorkbookReadError) throw e;
    throw fail('corrupt', name);
  }
}
