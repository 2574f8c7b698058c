/**
 * Exact decimal views of floating-point numbers, shared by parsing and formatting.
 * Internal to core/numbers: no Node or DOM APIs, no BigInt literals (keeps older bundle targets working).
 */

/** value = (negative ? -1 : 1) * digits * 10^exp; `digits` has no leading or trailing zeros ("0" for zero, exp 0). */
export interface Decimal {
  negative: boolean;
  digits: string;
  exp: number;
}

/**
 * The decimal a float stands for, read through `toPrecision(precision)` so float noise
 * (97.38000000000001, 1.8860000000000001) disappears instead of counting as extra digits.
 */
export function decimalOf(x: number, precision = 15): Decimal {
  const s = x.toPrecision(precision);
  const negative = s.startsWith('-');
  const body = negative ? s.slice(1) : s;
  const [mantissa = '0', expPart] = body.split('e');
  const [intPart = '0', fracPart = ''] = mantissa.split('.');
  let digits = (intPart + fracPart).replace(/^0+/, '');
  let exp = (expPart === undefined ? 0 : Number(expPart)) - fracPart.length;
  if (digits === '') return { negative: false, digits: '0', exp: 0 };
  const trailing = /0+$/.exec(digits);
  if (trailing) {
    digits = digits.slice(0, digits.length - trailing[0].length);
    exp += trailing[0].length;
  }
  return { negative, digits, exp };
}

/** Digits after the decimal point in the shortest form of `x` at `precision` significant digits. */
export function decimalsOf(x: number, precision = 15): number {
  return Math.max(0, -decimalOf(x, precision).exp);
}

/** Splits a decimal into its integer digits (no sign, no grouping) and fraction digits (trailing zeros already gone). */
export function plainParts(d: Decimal): { int: string; frac: string } {
  if (d.exp >= 0) return { int: d.digits === '0' ? '0' : d.digits + '0'.repeat(d.exp), frac: '' };
  const fracLen = -d.exp;
  if (d.digits.length > fracLen) {
    return { int: d.digits.slice(0, d.digits.length - fracLen), frac: d.digits.slice(d.digits.length - fracLen) };
  }
  return { int: '0', frac: '0'.repeat(fracLen - d.digits.length) + d.digits };
}

/** "26336" -> "26.336": Vietnamese thousands separator. */
export function groupThousands(intDigits: string): string {
  return intDigits.replace(/\B(?=(\d{3})+$)/g, '.');
}
