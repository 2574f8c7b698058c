/** Row-level reading of a sheet: which rows are blank, numeric, text, or a column-numbering row. */
import type { SheetView } from '../grid/sheet-view';
import { isCellError, type CellValue } from '../grid/types';
import { readCount, readRate, splitNoteMark } from '../numbers';

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
  // Words ("Xã số 1", "Tổng cộng"): no count, rate, dash or marked figure starts with a letter.
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
    for (let j = 0; j < vals.length; j++) {
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
  /** Right-hand side of "3=4+5": the referenced column numbers with their signs. */
  formula?: { n: number; sign: 1 | -1 }[];
  text: string;
}

const TOKEN = /^\(?\s*(\d{1,3})\s*\)?\s*(?:=\s*(.+))?$/;
const TERM = /^\(?\s*(\d{1,3})\s*\)?$/;
const LETTER = /^\(?[A-E]\)?$/;

export function parseNumberingToken(text: string): NumberingToken | undefined {
  const m = TOKEN.exec(text.trim());
  if (!m) return undefined;
  const n = Number(m[1]);
  if (!m[2]) return { n, text: text.trim() };
  const formula: { n: number; sign: 1 | -1 }[] = [];
  const parts = m[2].replace(/\s+/g, '').split(/(?=[+-])/);
  for (const p of parts) {
    const sign: 1 | -1 = p.startsWith('-') ? -1 : 1;
    const t = TERM.exec(p.replace(/^[+-]/, ''));
    if (!t) return undefined;
    formula.push({ n: Number(t[1]), sign });
  }
  return formula.length ? { n, formula, text: text.trim() } : undefined;
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
  for (let j = 0; j < vals.length; j++) {
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
