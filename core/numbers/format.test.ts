import { describe, expect, it } from 'vitest';
import { formatCount, formatPercent, formatRatio, printedUnit, ratioPercent, roundHalfUp, sheetNumberText } from './format';

describe('formatCount', () => {
  // figures as printed in the reference reports (shared/reference/seed-figures.md)
  const cases: [number, string][] = [
    [1886, '1.886'],
    [51530, '51.530'],
    [47658, '47.658'],
    [3872, '3.872'],
    [26336, '26.336'],
    [25168, '25.168'],
    [10038, '10.038'],
    [308, '308'],
    [0, '0'],
    [-0, '0'],
    [5, '5'],
    [999, '999'],
    [1000, '1.000'],
    [1234567, '1.234.567'],
    [1e12, '1.000.000.000.000'],
    [Number.MAX_SAFE_INTEGER, '9.007.199.254.740.991'],
    [-1234, '-1.234'],
    [-5, '-5'],
    [1234.5, '1.234,5'],
    [0.25, '0,25'],
    [-1886.75, '-1.886,75'],
  ];
  it.each(cases)('%j -> %j', (n, s) => {
    expect(formatCount(n)).toBe(s);
  });

  const padded: [number, string][] = [
    [5, '05'],
    [0, '00'],
    [2, '02'],
    [3, '03'],
    [9, '09'],
    [12, '12'],
    [10, '10'],
    [1886, '1.886'],
    [-3, '-3'],
  ];
  it.each(padded)('pad: %j -> %j', (n, s) => {
    expect(formatCount(n, { pad: true })).toBe(s);
  });

  it('pads nothing without the option', () => {
    expect(formatCount(5, { pad: false })).toBe('5');
    expect(formatCount(5, {})).toBe('5');
  });

  it('writes a number with no exact count as a spreadsheet shows it: never "NaN", "Infinity", "1e+308" nor …992', () => {
    expect(formatCount(Number.NaN)).toBe('#NUM!');
    expect(formatCount(Number.POSITIVE_INFINITY)).toBe('#NUM!');
    expect(formatCount(Number.NEGATIVE_INFINITY)).toBe('#NUM!');
    expect(formatCount(1e308)).toBe('1E+308');
    expect(formatCount(1e21)).toBe('1E+21');
    // 2^53 + 1 is no double: the nearest is 2^53, whose digits ("…992") would pass for the figure typed.
    expect(formatCount(2 ** 53 + 1)).toBe('9,00719925474099E+15');
    expect(formatCount(-1.5e300)).toBe('-1,5E+300');
  });
});

describe('sheetNumberText', () => {
  it('a safe number as JavaScript writes it; any other as a spreadsheet shows it', () => {
    expect(sheetNumberText(308)).toBe('308');
    expect(sheetNumberText(0.5)).toBe('0.5');
    expect(sheetNumberText(Number.NaN)).toBe('#NUM!');
    expect(sheetNumberText(1e16)).toBe('1E+16');
    expect(sheetNumberText(2 ** 53 + 1)).toBe('9,00719925474099E+15');
  });
});

describe('formatPercent', () => {
  const cases: [number, string][] = [
    [97.38, '97,38%'],
    [89.38, '89,38%'],
    [57.301, '57,3%'],
    [57.3, '57,3%'],
    [100, '100%'],
    [0, '0%'],
    [-0, '0%'],
    [74.785, '74,79%'],
    [74.78510028653295, '74,79%'],
    [92.48593052590724, '92,49%'],
    [99.97615384615, '99,98%'],
    [47.71, '47,71%'],
    [88.05, '88,05%'],
    [80.6, '80,6%'],
    [50.0, '50%'],
    [99.995, '100%'],
    [0.004, '0%'],
    [0.005, '0,01%'],
    [1.005, '1,01%'],
    [12.3449, '12,34%'],
    [1234.5, '1.234,5%'],
    [-5.555, '-5,56%'],
  ];
  it.each(cases)('%j -> %j', (p, s) => {
    expect(formatPercent(p)).toBe(s);
  });

  it('honours maxDecimals', () => {
    expect(formatPercent(74.785, { maxDecimals: 1 })).toBe('74,8%');
    expect(formatPercent(74.785, { maxDecimals: 0 })).toBe('75%');
    expect(formatPercent(74.785, { maxDecimals: 3 })).toBe('74,785%');
    expect(formatPercent(57.30149, { maxDecimals: 4 })).toBe('57,3015%');
    expect(formatPercent(57.3, { maxDecimals: 4 })).toBe('57,3%');
  });
});

describe('formatRatio', () => {
  const cases: [number, number, string][] = [
    [47658, 51530, '92,49%'],
    [261, 349, '74,79%'],
    [1083, 1890, '57,3%'],
    [25162, 25168, '99,98%'],
    [3, 3, '100%'],
    [0, 5, '0%'],
    [1, 3, '33,33%'],
    [2, 3, '66,67%'],
    [1, 8, '12,5%'],
    [1, 200, '0,5%'],
    [1, 20000, '0,01%'], // exactly half of the last unit: up
    [1, 20001, '0%'], // just below half
    [196, 209, '93,78%'],
    [1688, 1690, '99,88%'],
    [9147, 10038, '91,12%'],
    [220, 225, '97,78%'],
    [5, 2, '250%'],
    [123, 1, '12.300%'],
    [-1, 3, '-33,33%'],
    [1, -8, '-12,5%'],
    [-1, 20001, '0%'],
    [1.5, 3, '50%'],
    [0.1, 0.3, '33,33%'],
  ];
  it.each(cases)('%j / %j -> %j', (n, d, s) => {
    expect(formatRatio(n, d)).toBe(s);
  });

  it('is undefined without a denominator or with non-finite figures', () => {
    expect(formatRatio(5, 0)).toBeUndefined();
    expect(formatRatio(0, 0)).toBeUndefined();
    expect(formatRatio(Number.NaN, 3)).toBeUndefined();
    expect(formatRatio(1, Number.POSITIVE_INFINITY)).toBeUndefined();
  });

  it('honours maxDecimals', () => {
    expect(formatRatio(261, 349, { maxDecimals: 0 })).toBe('75%');
    expect(formatRatio(261, 349, { maxDecimals: 1 })).toBe('74,8%');
    expect(formatRatio(261, 349, { maxDecimals: 4 })).toBe('74,7851%');
    expect(formatRatio(1, 3, { maxDecimals: 6 })).toBe('33,333333%');
  });
});

describe('ratioPercent', () => {
  it('divides, or is undefined for a zero denominator', () => {
    expect(ratioPercent(47658, 51530)).toBeCloseTo(92.48593052590724, 12);
    expect(ratioPercent(3, 3)).toBe(100);
    expect(ratioPercent(1, 8)).toBe(12.5);
    expect(ratioPercent(0, 7)).toBe(0);
    expect(ratioPercent(1, 0)).toBeUndefined();
    expect(ratioPercent(0, 0)).toBeUndefined();
  });
});

describe('roundHalfUp', () => {
  const cases: [number, number, number][] = [
    [74.785, 2, 74.79],
    [1.005, 2, 1.01],
    [1.004999, 2, 1],
    [2.675, 2, 2.68], // 2.67499999999999982236431605997495353221893310546875 in binary
    [1.45, 1, 1.5],
    [0.5, 0, 1],
    [1.5, 0, 2],
    [2.5, 0, 3],
    [0.49999, 0, 0],
    [97.38000000000001, 2, 97.38],
    [57.301, 2, 57.3],
    [100, 2, 100],
    [0, 2, 0],
    [-1.005, 2, -1.01],
    [-0.001, 2, 0],
    [0.0005, 3, 0.001],
    [0.00004, 3, 0],
    [0.0000005, 6, 0.000001],
    [1234.5, -2, 1200],
    [1250, -2, 1300],
    [1e21, 2, 1e21],
    [123456.789, 1, 123456.8],
  ];
  it.each(cases)('roundHalfUp(%j, %j) === %j', (x, d, r) => {
    expect(roundHalfUp(x, d)).toBe(r);
  });

  it('never returns -0', () => {
    expect(Object.is(roundHalfUp(-0.001, 2), 0)).toBe(true);
    expect(Object.is(roundHalfUp(-0, 2), 0)).toBe(true);
  });

  it('passes non-finite values through', () => {
    expect(roundHalfUp(Number.NaN, 2)).toBeNaN();
    expect(roundHalfUp(Number.POSITIVE_INFINITY, 2)).toBe(Number.POSITIVE_INFINITY);
  });
});

describe('printedUnit', () => {
  it('is one unit of the last printed digit', () => {
    expect(printedUnit(0)).toBe(1);
    expect(printedUnit(1)).toBe(0.1);
    expect(printedUnit(2)).toBe(0.01);
    expect(printedUnit(3)).toBe(0.001);
  });

  it('is the tolerance that lets 74,78% pass for 74,785…% and 37,76% fail for 37,20%', () => {
    const exact = ratioPercent(261, 349) ?? Number.NaN; // 74.785...
    expect(Math.abs(exact - 74.78) <= printedUnit(2)).toBe(true);
    expect(Math.abs(37.2 - 37.76) <= printedUnit(2)).toBe(false);
  });
});
