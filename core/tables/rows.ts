/** Row-level reading of a sheet: which rows are blank, numeric, text, or a column-numbering row. */
import { heldIndexes, type SheetView } from '../grid/sheet-view';
import { isCellError, type CellValue } from '../grid/types';
import { isDashText, readCount, readRate, splitNoteMark } from '../numbers';

export type RowClass = 'blank' | 'numbering' | 'numeric' | 'text';

export interface RowInfo {
  cls: RowClass;
  /** Non-empty cells (a merged area counts once: only its top-left cell holds a value). */
  filled: number;
  firstCol: number;
  lastCol: number;
}

/** How a single cell looks: part of the figures, words, or nothing. */
export type CellLook = 'empty' | 'numeric' | 'text' | 'dash';

const STARTS_WITH_LETTER = /^\p{L}/u;

export function lookOf(v: CellValue): CellLook {
  if (v === null || v === undefined) return 'empty';
  if (typeof v === 'number') return 'numeric';
  if (typeof v === 'boolean') return 'text';
  if (isCellError(v)) return 'numeric'; // an error value sits where a figure should be
  const s = v.trim();
  if (s === '') return 'empty';
  // "x", "không": a figure that does not apply, as a dash. Other words ("Xã số 1", "Tổng cộng"): no count, rate,
  // dash or marked figure starts with a letter.
  if (s.length <= 5 && isDashText(s)) return 'dash';
  if (STARTS_WITH_LETTER.test(s)) return 'text';
  const c = readCount(s);
  if (c.kind === 'dash') return 'dash';
  if (c.kind === 'count') return 'numeric';
  if (c.kind === 'invalid' && (c.problem === 'misplaced-separator' || c.problem === 'negative' || c.problem === 'percent')) {
    return 'numeric';
  }
  const r = readRate(s);
  if (r.kind === 'rate') return 'numeric';
  const marked = splitNoteMark(s);
  if (marked && lookOf(marked.figure) === 'numeric') return 'numeric';
  return 'text';
}

export function classifyRows(view: SheetView): RowInfo[] {
  const out: RowInfo[] = [];
  for (let r = view.firstRow; r < view.endRow; r++) {
    const vals = view.rowValues(r);
    let filled = 0;
    let numeric = 0;
    let firstCol = -1;
    let lastCol = -1;
    const held = heldIndexes(vals);
    const n = held ? held.length : vals.length;
    for (let k = 0; k < n; k++) {
      const j = held ? held[k]! : k;
      const look = lookOf(vals[j] ?? null);
      if (look === 'empty') continue;
      filled++;
      if (look === 'numeric') numeric++;
      const c = view.firstCol + j;
      if (firstCol < 0) firstCol = c;
      lastCol = c;
    }
    let cls: RowClass;
    if (filled === 0) cls = 'blank';
    else if (numberingOf(vals) !== undefined) cls = 'numbering';
    else if (numeric >= 2 || (numeric >= 1 && filled <= 3)) cls = 'numeric';
    else cls = 'text';
    out.push({ cls, filled, firstCol, lastCol });
  }
  return out;
}

export interface NumberingToken {
  n: number;
  /** "3=4+5": the first sum the column equals (kept for the identities), with its signs. */
  formula?: { n: number; sign: 1 | -1 }[];
  /** "9=11+12+13=14+15": every sum of a chained equality, the first being `formula`. */
  sums?: { n: number; sign: 1 | -1 }[][];
  /** "(9)=(7)/(6)", "(9)=(8+7)/(6)x100": a rate of the form, numerator and denominator columns. */
  ratio?: { num: number[]; den: number[] };
  /** "=" followed by what no rule here understands: the column is still numbered, its formula said, not checked. */
  unknown?: true;
  text: string;
}

const TOKEN = /^\(?\s*(\d{1,3})\s*\)?\s*(?:=\s*(.+))?$/;
const TERM = /^\(?\s*(\d{1,3})\s*\)?$/;
const LETTER = /^\(?[A-E]\)?$/;
/** "x100", "*100", "×100", "%": a rate written as a percent. */
const TIMES_100 = /(?:[x×*]\s*100\s*%?|%)$/i;

/** "4+5-6", "(4)+(5)", "(4+5)": the column numbers with their signs, or undefined. */
function sumOf(text: string): { n: number; sign: 1 | -1 }[] | undefined {
  let t = text.replace(/\s+/g, '');
  if (/^\([^()]*\)$/.test(t)) t = t.slice(1, -1);
  const out: { n: number; sign: 1 | -1 }[] = [];
  for (const p of t.split(/(?=[+-])/)) {
    if (p === '') return undefined;
    const sign: 1 | -1 = p.startsWith('-') ? -1 : 1;
    const m = TERM.exec(p.replace(/^[+-]/, ''));
    if (!m) return undefined;
    out.push({ n: Number(m[1]), sign });
  }
  return out.length ? out : undefined;
}

export function parseNumberingToken(text: string): NumberingToken | undefined {
  const m = TOKEN.exec(text.trim());
  if (!m) return undefined;
  const n = Number(m[1]);
  const tok: NumberingToken = { n, text: text.trim() };
  if (!m[2]) return tok;
  const rhs = m[2].replace(/\s+/g, '');
  if (rhs.includes('/')) {
    const [a, b, ...rest] = rhs.replace(TIMES_100, '').split('/');
    const num = a === undefined ? undefined : sumOf(a);
    const den = b === undefined ? undefined : sumOf(b);
    if (rest.length === 0 && num && den && num.every((x) => x.sign === 1) && den.every((x) => x.sign === 1))
      tok.ratio = { num: num.map((x) => x.n), den: den.map((x) => x.n) };
    else tok.unknown = true;
    return tok;
  }
  const sums = rhs.split('=').map(sumOf);
  if (sums.some((x) => x === undefined)) {
    tok.unknown = true;
    return tok;
  }
  tok.sums = sums as { n: number; sign: 1 | -1 }[][];
  tok.formula = tok.sums[0];
  return tok;
}

/**
 * The tokens of a column-numbering row ("1 2 3=4+5 …", "(1) (2) … (13)", "A B 1 2 …"), keyed by
 * column offset in the row, or undefined when the row is not one: at least three tokens, every
 * non-empty cell a token, numbers rising one by one.
 */
export function numberingOf(vals: readonly CellValue[]): Map<number, NumberingToken> | undefined {
  // Made at the first token: most rows are not numbering rows, and are ruled out at their first cell.
  let tokens: Map<number, NumberingToken> | undefined;
  let prev = -1;
  let count = 0;
  const held = heldIndexes(vals);
  const n = held ? held.length : vals.length;
  for (let k = 0; k < n; k++) {
    const j = held ? held[k]! : k;
    const v = vals[j];
    if (v === null || v === undefined) continue;
    let text: string;
    if (typeof v === 'number') {
      if (!Number.isInteger(v)) return undefined;
      text = String(v);
    } else if (typeof v === 'string') {
      text = v.trim();
      if (text === '') continue;
    } else return undefined;
    if (LETTER.test(text) && count === 0) continue; // "A", "B" over the label columns
    const tok = parseNumberingToken(text);
    if (!tok) return undefined;
    if (prev >= 0 && tok.n !== prev + 1) return undefined;
    if (prev < 0 && tok.n > 3) return undefined;
    prev = tok.n;
    (tokens ??= new Map()).set(j, tok);
    count++;
  }
  return count >= 3 ? tokens : undefined;
}
