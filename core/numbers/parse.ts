/**
 * Reading counts and rates from cells as Vietnamese offices type them: numbers, or text such as
 * "1.886", "1,886", "1 886", "97,38%", " 308 ", "-", "". Every reading says plainly why a cell cannot be a count.
 *
 * The project's rules for ambiguous cells:
 * - A count is a whole number >= 0; it cannot be fractional, so "1,886" and "1.886" are both 1886.
 * - Text is trimmed of spaces, NBSP (U+00A0), narrow NBSP (U+202F), thin space (U+2009), tabs and newlines.
 * - '' is empty; '-', '–', '—' (and '−') alone are a dash: clerks write it for "none"; so are the words for "does not
 *   apply": 'x' (a form's shaded cell), 'không', 'n/a'.
 * - A leading '+' is allowed; a leading '-', '−' or '–' before a number is 'negative' ("-abc" stays 'text').
 * - Thousands groups use one kind of separator throughout: "1.234.567", "1,234,567", "1 234 567"
 *   (the space kinds count as one kind). The first group has no leading zero, so "0,500" is not 500.
 * - A decimal part of zeros after a valid count is accepted: "1.886,00", "308,0", "1,886.00"; the decimal mark
 *   must differ from the grouping separator ("1.886.00" is misplaced).
 * - A non-zero decimal part after 0 ("0,5") is a 'fraction': "0" cannot start a thousands group. Any other
 *   digits-and-separators text ("151.10", "5.9123", "1.23.456", "1,5", "1.886,5") is 'misplaced-separator'.
 * - Text ending in '%' over a number is 'percent'; any other text is 'text'.
 * - A number cell that is not whole, 1 <= x < 1000, with 1..3 decimals is 'decimal-thousands': it is what
 *   "1.886" becomes when typed in an English-locale sheet (likely 1886; 1.5 -> 1500, 5.91 -> 5910).
 *   Decimals are counted on the shortest decimal (toPrecision(15)), so float noise does not hide the pattern.
 * - A count above Number.MAX_SAFE_INTEGER is 'too-large': sums of it would not be exact.
 * - Other non-whole numbers are 'fraction'; NaN and Infinity are 'text'; TRUE/FALSE 'boolean'; #REF! etc. 'error-value'.
 * - The value decides; `display` (the host's display text) is only reported as `text` of an invalid reading. Without
 *   it, a number that is no exact count is reported as a spreadsheet shows it ("#NUM!", "1E+308": `sheetNumberText`).
 *   A string value is what the user typed, so it is both parsed and reported as is.
 *
 * Rates (a rate cannot pass 100%):
 * - Text: decimal mark "," or "." (no thousands separators: a rate is at most 100). With '%' the number is the
 *   percent and `decimals` its printed decimals. Without '%' a number <= 1 is a fraction ("0,9738" -> 97.38%,
 *   "1" -> 100%) and a number > 1 is already a percent ("97,38" -> 97.38%).
 * - Numbers: a '%' in `display` means the value is a fraction (0.9738 -> 97.38) with decimals read from the display;
 *   otherwise the same <= 1 / > 1 rule, decimals from the shortest form of the percent (toPrecision(12)).
 * - The percent is rounded to 10 decimals (float noise); below 0 is 'negative', above 100 + 1e-9 is 'over-100',
 *   and noise just above 100 is read as 100.
 */
import { isCellError, type CellValue } from '../grid/types';
import { decimalsOf } from './decimal';
import { roundHalfUp, sheetNumberText } from './format';

export type CountProblem =
  | 'error-value' // the cell holds #REF!, #N/A, #DIV/0!, #VALUE! ...
  | 'boolean' // TRUE/FALSE
  | 'text' // not a number at all ("không", "abc", "12 hồ sơ")
  | 'negative' // -3, "-3"
  | 'fraction' // a non-whole number that is not 'decimal-thousands', e.g. 0.5 (number), "0,5"
  | 'misplaced-separator' // text whose "." / "," / space groups are not valid thousands groups: "151.10", "5.9123"
  | 'decimal-thousands' // a NUMBER cell 1 <= x < 1000 with 1..3 decimals, e.g. 1.886 (likely 1886)
  | 'percent' // "12%" typed in a count column
  | 'too-large'; // beyond 2^53 − 1: no count of dossiers is, and sums of it would not be exact

export type CountReading =
  | { kind: 'empty' }
  | { kind: 'dash' }
  | { kind: 'count'; value: number; fromText: boolean }
  | { kind: 'invalid'; problem: CountProblem; text: string; likely?: number };

export type RateProblem = 'error-value' | 'boolean' | 'text' | 'negative' | 'over-100';

export type RateReading =
  | { kind: 'empty' }
  | { kind: 'dash' }
  | { kind: 'rate'; percent: number; decimals: number }
  | { kind: 'invalid'; problem: RateProblem; text: string };

// JS \s already covers space, tab, newline, NBSP, thin space, narrow NBSP; add zero-width space and BOM.
const EDGE_SPACE = /^[\s\u200B\uFEFF]+|[\s\u200B\uFEFF]+$/g;
const DASHES = new Set(['-', '\u2013', '\u2014', '\u2212']); // - – — −
/** Written where a figure does not apply ("x" in a form's shaded cell, "không", "n/a"): read as a dash, never a problem. */
const NOT_APPLICABLE = new Set(['x', '×', 'không', 'không'.normalize('NFD'), 'khong', 'ko', 'n/a', 'k/a', '/', '...', '…']);

/** A dash, or a word for "does not apply": nothing written, counted as 0 in sums. Asked of every cell: cheap first. */
export function isDashText(s: string): boolean {
  const c = s.charCodeAt(0);
  if (c >= 48 && c <= 57) return false; // a digit: a figure, the common case
  const t = c === 32 || c === 9 || c === 160 ? trimCell(s) : s;
  if (t.length > 6) return false;
  return DASHES.has(t) || NOT_APPLICABLE.has(t) || NOT_APPLICABLE.has(t.toLowerCase());
}
const MINUS = new Set(['-', '\u2212', '\u2013']); // - − – before a number

const PLAIN = /^\d+$/;
const GROUPED_DOT = /^[1-9]\d{0,2}(?:\.\d{3})+$/;
const GROUPED_COMMA = /^[1-9]\d{0,2}(?:,\d{3})+$/;
// Space, NBSP, thin space and narrow NBSP all separate thousands.
const GROUPED_SPACE = /^[1-9]\d{0,2}(?:[ \u00A0\u2009\u202F]\d{3})+$/;
/** Digits and separators only (at least one digit). */
const NUMERIC_ISH = /^[\d., \u00A0\u2009\u202F]*\d[\d., \u00A0\u2009\u202F]*$/;
const LAST_MARK = /^(.*\d)([.,])(\d+)$/;

function trimCell(s: string): string {
  return s.replace(EDGE_SPACE, '');
}

function shown(value: number | boolean, display: string | undefined): string {
  if (display !== undefined && display !== '') return display;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return sheetNumberText(value);
}

/** Splits a leading sign off trimmed text. */
function splitSign(s: string): { negative: boolean; body: string } {
  const first = s.charAt(0);
  if (first === '+') return { negative: false, body: trimCell(s.slice(1)) };
  if (MINUS.has(first)) return { negative: true, body: trimCell(s.slice(1)) };
  return { negative: false, body: s };
}

/** The integer part before a decimal mark: plain digits, or groups whose separator is not the mark. */
function integerPart(s: string, mark: string): number | undefined {
  if (PLAIN.test(s)) return Number(s);
  if (mark !== '.' && GROUPED_DOT.test(s)) return Number(s.replace(/\D/g, ''));
  if (mark !== ',' && GROUPED_COMMA.test(s)) return Number(s.replace(/\D/g, ''));
  if (GROUPED_SPACE.test(s)) return Number(s.replace(/\D/g, ''));
  return undefined;
}

type BodyReading = { ok: true; value: number } | { ok: false; problem: 'fraction' | 'misplaced-separator' | 'text' };

/** Reads unsigned, trimmed text as a count. */
function countBody(s: string): BodyReading {
  if (PLAIN.test(s)) return { ok: true, value: Number(s) };
  if (GROUPED_DOT.test(s) || GROUPED_COMMA.test(s) || GROUPED_SPACE.test(s)) {
    return { ok: true, value: Number(s.replace(/\D/g, '')) };
  }
  if (!NUMERIC_ISH.test(s)) return { ok: false, problem: 'text' };
  const m = LAST_MARK.exec(s);
  if (m) {
    const [, intText = '', mark = '', frac = ''] = m;
    const int = integerPart(intText, mark);
    if (int !== undefined) {
      if (/^0+$/.test(frac)) return { ok: true, value: int };
      if (/^0+$/.test(intText)) return { ok: false, problem: 'fraction' };
    }
  }
  return { ok: false, problem: 'misplaced-separator' };
}

function readCountText(raw: string): CountReading {
  const s = trimCell(raw);
  if (s === '') return { kind: 'empty' };
  if (isDashText(s)) return { kind: 'dash' };
  const { negative, body } = splitSign(s);
  if (body.endsWith('%')) {
    const num = trimCell(body.slice(0, -1));
    return { kind: 'invalid', problem: NUMERIC_ISH.test(num) ? 'percent' : 'text', text: raw };
  }
  const r = countBody(body);
  if (negative) return { kind: 'invalid', problem: r.ok || r.problem !== 'text' ? 'negative' : 'text', text: raw };
  if (r.ok) {
    if (!Number.isSafeInteger(r.value)) return { kind: 'invalid', problem: 'too-large', text: raw };
    return { kind: 'count', value: r.value, fromText: true };
  }
  return { kind: 'invalid', problem: r.problem, text: raw };
}

function readCountNumber(v: number, display: string | undefined): CountReading {
  const text = shown(v, display);
  if (!Number.isFinite(v)) return { kind: 'invalid', problem: 'text', text };
  if (v < 0) return { kind: 'invalid', problem: 'negative', text };
  if (Number.isInteger(v)) {
    if (!Number.isSafeInteger(v)) return { kind: 'invalid', problem: 'too-large', text };
    return { kind: 'count', value: v === 0 ? 0 : v, fromText: false };
  }
  const decimals = decimalsOf(v, 15);
  if (v >= 1 && v < 1000 && decimals >= 1 && decimals <= 3) {
    return { kind: 'invalid', problem: 'decimal-thousands', text, likely: Math.round(v * 1000) };
  }
  return { kind: 'invalid', problem: 'fraction', text };
}

/** Reads a cell as a count of dossiers, feedback items, ...: a whole number >= 0. */
export function readCount(value: CellValue | undefined, display?: string): CountReading {
  if (value === null || value === undefined) return { kind: 'empty' };
  if (typeof value === 'string') return readCountText(value);
  if (typeof value === 'number') return readCountNumber(value, display);
  if (typeof value === 'boolean') return { kind: 'invalid', problem: 'boolean', text: shown(value, display) };
  if (isCellError(value)) return { kind: 'invalid', problem: 'error-value', text: value.error };
  return { kind: 'invalid', problem: 'text', text: display ?? String(value) };
}

/** Accepts a computed percent: negative / over 100 checks, noise cleanup. */
function rateOf(percent: number, decimals: number, text: string): RateReading {
  const p = roundHalfUp(percent, 10);
  if (p < 0) return { kind: 'invalid', problem: 'negative', text };
  if (p > 100 + 1e-9) return { kind: 'invalid', problem: 'over-100', text };
  return { kind: 'rate', percent: Math.min(p, 100), decimals };
}

const RATE_NUMBER = /^(\d+)(?:[.,](\d+))?$/;

function readRateText(raw: string): RateReading {
  const s = trimCell(raw);
  if (s === '') return { kind: 'empty' };
  if (isDashText(s)) return { kind: 'dash' };
  const { negative, body } = splitSign(s);
  const hasPercent = body.endsWith('%');
  const num = hasPercent ? trimCell(body.slice(0, -1)) : body;
  const m = RATE_NUMBER.exec(num);
  if (!m) return { kind: 'invalid', problem: 'text', text: raw };
  if (negative) return { kind: 'invalid', problem: 'negative', text: raw };
  const [, int = '0', frac = ''] = m;
  const n = Number(`${int}.${frac}`);
  if (hasPercent || n > 1) return rateOf(n, frac.length, raw);
  // A fraction: shift the decimal point two places in the digits themselves, so no float error enters.
  return rateOf(Number(`${int}${frac}e${2 - frac.length}`), Math.max(0, frac.length - 2), raw);
}

function readRateNumber(v: number, display: string | undefined): RateReading {
  const text = shown(v, display);
  if (!Number.isFinite(v)) return { kind: 'invalid', problem: 'text', text };
  if (display?.includes('%')) {
    const m = /[.,](\d+)\s*%/.exec(display);
    return rateOf(v * 100, m?.[1]?.length ?? 0, text);
  }
  const percent = roundHalfUp(v <= 1 ? v * 100 : v, 10);
  return rateOf(percent, decimalsOf(percent, 12), text);
}

/** Reads a cell as a rate in percent (0..100), remembering how many decimals were printed. */
export function readRate(value: CellValue | undefined, display?: string): RateReading {
  if (value === null || value === undefined) return { kind: 'empty' };
  if (typeof value === 'string') return readRateText(value);
  if (typeof value === 'number') return readRateNumber(value, display);
  if (typeof value === 'boolean') return { kind: 'invalid', problem: 'boolean', text: shown(value, display) };
  if (isCellError(value)) return { kind: 'invalid', problem: 'error-value', text: value.error };
  return { kind: 'invalid', problem: 'text', text: display ?? String(value) };
}
