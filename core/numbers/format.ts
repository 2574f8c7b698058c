/**
 * Writing counts and rates the way Vietnamese reports print them: "1.886 hồ sơ", "05 phản ánh", "97,38%".
 * Thousands separator ".", decimal mark ",", rates rounded half-up to at most two decimals, trailing zeros dropped.
 */
import { decimalOf, groupThousands, plainParts } from './decimal';

/**
 * Rounds half away from zero at `decimals` places, deciding on the shortest decimal the float stands for
 * (toPrecision(15)), so 74.785 -> 74.79 and 1.005 -> 1.01 although x*100 is just below the half in binary.
 */
export function roundHalfUp(x: number, decimals: number): number {
  if (!Number.isFinite(x)) return x;
  const places = Math.trunc(decimals);
  const d = decimalOf(x, 15);
  const sign = d.negative ? '-' : '';
  const drop = -d.exp - places; // digits to the right of the rounding position
  let result: number;
  if (drop <= 0) {
    result = Number(`${sign}${d.digits}e${d.exp}`);
  } else if (drop > d.digits.length) {
    result = 0; // below a tenth of the last kept unit
  } else {
    const kept = d.digits.slice(0, d.digits.length - drop) || '0';
    const first = d.digits.charAt(d.digits.length - drop);
    // The first dropped digit alone decides: 5 followed by anything is at least half.
    const q = first >= '5' ? (BigInt(kept) + BigInt(1)).toString() : kept;
    result = Number(`${sign}${q}e${-places}`);
  }
  return result === 0 ? 0 : result; // no "-0"
}

/** 10^-decimals: one unit of the last printed digit (2 -> 0.01), the tolerance when comparing a printed rate. */
export function printedUnit(decimals: number): number {
  return Number(`1e${-Math.trunc(decimals)}`);
}

/**
 * A number that is no exact count, written as a spreadsheet shows it: "#NUM!" for NaN and ±Infinity (what Excel and
 * Google Sheets show for a number they cannot hold), and past 2^53 − 1 in scientific form with the 15 significant
 * digits a spreadsheet keeps ("9,00719925474099E+15", "1E+308"): never "Infinity", "NaN", "1e+308", nor the digits of
 * the nearest double ("…992" for 9007199254740993), which would pass for a figure the clerk typed.
 */
export function sheetNumberText(x: number): string {
  if (!Number.isFinite(x)) return '#NUM!';
  if (Math.abs(x) <= Number.MAX_SAFE_INTEGER) return String(x);
  const [mantissa = '', exp = '0'] = x.toExponential(14).split('e');
  return `${mantissa.replace(/\.?0+$/, '').replace('.', ',')}E${Number(exp) < 0 ? '-' : '+'}${Math.abs(Number(exp))}`;
}

/**
 * 1886 -> "1.886", 26336 -> "26.336", -1234 -> "-1.234"; `pad` writes 0..9 as "00".."09" as the reports do.
 * A non-whole number is written with its decimals ("1.234,5") rather than silently rounded. A number with no exact
 * count to write (not finite, or past 2^53 − 1) is written as `sheetNumberText` does.
 */
export function formatCount(n: number, opts?: { pad?: boolean }): string {
  if (!(Math.abs(n) <= Number.MAX_SAFE_INTEGER)) return sheetNumberText(n);
  if (n === 0) return opts?.pad ? '00' : '0'; // also -0
  if (opts?.pad && Number.isInteger(n) && n > 0 && n <= 9) return `0${n}`;
  const sign = n < 0 ? '-' : '';
  if (Number.isInteger(n)) return sign + groupThousands(BigInt(Math.abs(n)).toString());
  const { int, frac } = plainParts(decimalOf(Math.abs(n), 15));
  return sign + groupThousands(int) + (frac ? `,${frac}` : '');
}

/** 97.38 -> "97,38%", 57.301 -> "57,3%", 100 -> "100%", 74.785 -> "74,79%" (half-up, default two decimals). */
export function formatPercent(percent: number, opts?: { maxDecimals?: number }): string {
  if (!Number.isFinite(percent)) return `${String(percent)}%`;
  const r = roundHalfUp(percent, opts?.maxDecimals ?? 2);
  const d = decimalOf(r, 15);
  const { int, frac } = plainParts(d);
  return (d.negative ? '-' : '') + groupThousands(int) + (frac ? `,${frac}` : '') + '%';
}

/** numerator / denominator as a percent (float); undefined when the denominator is 0. */
export function ratioPercent(numerator: number, denominator: number): number | undefined {
  if (denominator === 0) return undefined;
  return (numerator * 100) / denominator; // one rounding when numerator*100 is exact
}

/** A finite number as an exact scaled integer: value = int / 10^scale (via its shortest decimal). */
function toScaled(x: number): { int: bigint; scale: number } {
  const d = decimalOf(x, 15);
  const mag = BigInt(d.digits);
  const signed = d.negative ? -mag : mag;
  if (d.exp >= 0) return { int: signed * BigInt(10) ** BigInt(d.exp), scale: 0 };
  return { int: signed, scale: -d.exp };
}

/**
 * The rate a report prints for numerator / denominator, rounded half-up in exact integer arithmetic
 * (47658/51530 -> "92,49%", 261/349 -> "74,79%"); undefined when the denominator is 0 or a figure is not finite.
 */
export function formatRatio(numerator: number, denominator: number, opts?: { maxDecimals?: number }): string | undefined {
  if (denominator === 0 || !Number.isFinite(numerator) || !Number.isFinite(denominator)) return undefined;
  const places = Math.max(0, Math.trunc(opts?.maxDecimals ?? 2));
  const ten = BigInt(10);
  const n = toScaled(numerator);
  const d = toScaled(denominator);
  // percent * 10^places = n.int * 10^(d.scale) * 100 * 10^places / (d.int * 10^(n.scale))
  let num = n.int * ten ** BigInt(d.scale + 2 + places);
  let den = d.int * ten ** BigInt(n.scale);
  const zero = BigInt(0);
  const negative = num < zero !== den < zero && num !== zero;
  if (num < zero) num = -num;
  if (den < zero) den = -den;
  let q = num / den;
  if (BigInt(2) * (num % den) >= den) q += BigInt(1); // half away from zero
  const digits = q.toString().padStart(places + 1, '0');
  const int = digits.slice(0, digits.length - places);
  const frac = digits.slice(digits.length - places).replace(/0+$/, '');
  const sign = negative && q !== zero ? '-' : '';
  return sign + groupThousands(int) + (frac ? `,${frac}` : '') + '%';
}
