import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatCount, formatPercent, formatRatio, ratioPercent, roundHalfUp } from './format';
import { readCount, readRate } from './parse';

const counts = fc.oneof(fc.integer({ min: 0, max: 10_000 }), fc.bigInt({ min: BigInt(0), max: BigInt(1_000_000_000_000) }).map(Number));

/** Independent oracle for Vietnamese grouping: digits from the right in threes, joined by ".". */
function grouped(n: number): string {
  const s = String(n);
  const parts: string[] = [];
  for (let end = s.length; end > 0; end -= 3) parts.unshift(s.slice(Math.max(0, end - 3), end));
  return parts.join('.');
}

describe('counts survive formatting and reading back', () => {
  it('readCount(formatCount(n)) is n for every count 0..1e12', () => {
    fc.assert(
      fc.property(counts, (n) => {
        const s = formatCount(n);
        expect(s).toBe(grouped(n));
        expect(readCount(s)).toEqual({ kind: 'count', value: n, fromText: true });
      }),
    );
  });

  it('padded counts read back too', () => {
    for (let n = 0; n <= 9; n++) {
      expect(formatCount(n, { pad: true })).toBe(`0${n}`);
      expect(readCount(formatCount(n, { pad: true }))).toEqual({ kind: 'count', value: n, fromText: true });
    }
    fc.assert(
      fc.property(counts, (n) => {
        expect(readCount(formatCount(n, { pad: true }))).toEqual({ kind: 'count', value: n, fromText: true });
      }),
    );
  });

  it('the other thousands separators and plain digits read the same', () => {
    fc.assert(
      fc.property(counts, fc.constantFrom(',', ' ', '\u00A0', '\u202F', '\u2009'), (n, sep) => {
        const expected = { kind: 'count', value: n, fromText: true };
        expect(readCount(formatCount(n).split('.').join(sep))).toEqual(expected);
        expect(readCount(String(n))).toEqual(expected);
        expect(readCount(` ${formatCount(n)},00 `)).toEqual(expected);
      }),
    );
  });

  it('a whole number cell is a count, as is', () => {
    fc.assert(
      fc.property(counts, (n) => {
        expect(readCount(n)).toEqual({ kind: 'count', value: n, fromText: false });
      }),
    );
  });
});

/** k hundredths of a percent as printed: at most two decimals, trailing zeros dropped. */
function printedDecimals(k: number): number {
  if (k % 100 === 0) return 0;
  return k % 10 === 0 ? 1 : 2;
}

describe('rates survive formatting and reading back', () => {
  const hundredths = fc.integer({ min: 0, max: 10_000 });

  it('readRate(formatPercent(p)) gives p and its printed decimals for every p = k/100 in [0, 100]', () => {
    fc.assert(
      fc.property(hundredths, (k) => {
        const p = k / 100;
        const s = formatPercent(p);
        const int = Math.floor(k / 100);
        const frac = String(k % 100)
          .padStart(2, '0')
          .replace(/0+$/, '');
        expect(s).toBe(`${int}${frac ? `,${frac}` : ''}%`);
        expect(readRate(s)).toEqual({ kind: 'rate', percent: p, decimals: printedDecimals(k) });
      }),
    );
  });

  it('a fraction cell displayed with "%" reads as the same rate', () => {
    fc.assert(
      fc.property(hundredths, (k) => {
        const p = k / 100;
        const display = formatPercent(p).replace(',', '.');
        expect(readRate(k / 10_000, display)).toEqual({ kind: 'rate', percent: p, decimals: printedDecimals(k) });
      }),
    );
  });
});

/** The exact half-up rate n/d at two decimals, in integers, written as a report prints it. */
function exactRate(n: number, d: number): string {
  const N = BigInt(n);
  const D = BigInt(d);
  const hundredthsOfPercent = (N * BigInt(20_000) + D) / (BigInt(2) * D); // floor(n*10000/d + 1/2)
  const int = hundredthsOfPercent / BigInt(100);
  const frac = (hundredthsOfPercent % BigInt(100)).toString().padStart(2, '0').replace(/0+$/, '');
  return `${int.toString()}${frac ? `,${frac}` : ''}%`;
}

describe('formatRatio rounds exactly', () => {
  const ratios = fc.integer({ min: 1, max: 10_000_000 }).chain((d) => fc.tuple(fc.integer({ min: 0, max: d }), fc.constant(d)));

  it('agrees with exact integer rounding and with formatPercent(roundHalfUp(ratioPercent))', () => {
    fc.assert(
      fc.property(ratios, ([n, d]) => {
        const expected = exactRate(n, d);
        expect(formatRatio(n, d)).toBe(expected);
        expect(formatPercent(roundHalfUp(ratioPercent(n, d) ?? Number.NaN, 2))).toBe(expected);
      }),
      { numRuns: 2000 },
    );
  });

  it('rounds exact halves up (n/d = m + 0.5 hundredths of a percent)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9_999 }), fc.integer({ min: 1, max: 500 }), (m, c) => {
        const n = (2 * m + 1) * c;
        const d = 20_000 * c;
        const expected = exactRate(n, d);
        expect(expected).toBe(formatPercent((m + 1) / 100)); // rounded up, not down to m/100
        expect(formatRatio(n, d)).toBe(expected);
        expect(formatPercent(roundHalfUp(ratioPercent(n, d) ?? Number.NaN, 2))).toBe(expected);
      }),
    );
  });
});

describe('readCount and readRate never throw', () => {
  const numericIsh = fc.string({
    unit: fc.constantFrom('0', '1', '5', '9', '.', ',', ' ', '\u00A0', '\u202F', '-', '+', '%', '−', 'a', '\t'),
    maxLength: 14,
  });

  it('on arbitrary strings, and a count is always a whole number >= 0', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.string(), numericIsh), (s) => {
        const c = readCount(s);
        if (c.kind === 'count') {
          expect(Number.isInteger(c.value) && c.value >= 0).toBe(true);
          expect(c.fromText).toBe(true);
        }
        if (c.kind === 'invalid') expect(c.text).toBe(s);
        const r = readRate(s);
        if (r.kind === 'rate') expect(r.percent >= 0 && r.percent <= 100).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('on arbitrary doubles: a count exactly when whole, >= 0 and exact (at most 2^53 - 1)', () => {
    fc.assert(
      fc.property(fc.double(), fc.option(fc.string(), { nil: undefined }), (x, display) => {
        const c = readCount(x, display);
        const whole = Number.isSafeInteger(x) && x >= 0;
        expect(c.kind).toBe(whole ? 'count' : 'invalid');
        if (c.kind === 'invalid' && Number.isInteger(x) && x > Number.MAX_SAFE_INTEGER) expect(c.problem).toBe('too-large');
        if (c.kind === 'invalid' && c.problem === 'decimal-thousands') {
          expect(x >= 1 && x < 1000).toBe(true);
          expect(c.likely).toBe(Math.round(x * 1000));
        }
        const r = readRate(x, display);
        if (r.kind === 'rate') expect(r.percent >= 0 && r.percent <= 100).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });
});
