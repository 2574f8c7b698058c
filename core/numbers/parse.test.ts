import { describe, expect, it } from 'vitest';
import type { CellValue } from '../grid/types';
import { readCount, readRate, type CountReading, type RateReading } from './parse';

const count = (value: number): CountReading => ({ kind: 'count', value, fromText: true });
const countNum = (value: number): CountReading => ({ kind: 'count', value, fromText: false });
const bad = (problem: string, text: string, likely?: number): CountReading =>
  (likely === undefined ? { kind: 'invalid', problem, text } : { kind: 'invalid', problem, text, likely }) as CountReading;

describe('readCount: text cells', () => {
  const cases: [string, CountReading][] = [
    // the issue examples
    ['1.886', count(1886)],
    ['1 886', count(1886)],
    ['1,886', count(1886)],
    [' 308 ', count(308)],
    ['-', { kind: 'dash' }],
    ['', { kind: 'empty' }],
    ['05', count(5)],
    ['97,38%', bad('percent', '97,38%')],
    ['97.38%', bad('percent', '97.38%')],
    ['0,9738', bad('fraction', '0,9738')],
    ['151.10', bad('misplaced-separator', '151.10')],
    ['5.9123', bad('misplaced-separator', '5.9123')],
    ['abc', bad('text', 'abc')],
    ['12%', bad('percent', '12%')],
    // plain digits, leading zeros, sign
    ['308', count(308)],
    ['0', count(0)],
    ['00', count(0)],
    ['+5', count(5)],
    ['+ 1.886', count(1886)],
    // empty and dashes
    ['   ', { kind: 'empty' }],
    ['\u00A0\t\u202F\u2009', { kind: 'empty' }],
    ['–', { kind: 'dash' }],
    ['—', { kind: 'dash' }],
    ['−', { kind: 'dash' }],
    [' - ', { kind: 'dash' }],
    // trimming of the space kinds clerks paste
    ['\u00A01.886\u00A0', count(1886)],
    ['\t308\n', count(308)],
    ['\u202F05\u2009', count(5)],
    // thousands groups, one separator kind
    ['1.234.567', count(1234567)],
    ['1,234,567', count(1234567)],
    ['1 234 567', count(1234567)],
    ['1\u00A0886', count(1886)],
    ['1\u202F886', count(1886)],
    ['1\u2009886', count(1886)],
    ['26.336', count(26336)],
    ['51.530', count(51530)],
    ['1.000', count(1000)],
    ['1,000', count(1000)],
    // a decimal part of zeros
    ['1.886,00', count(1886)],
    ['308,0', count(308)],
    ['1,886.00', count(1886)],
    ['1 886,00', count(1886)],
    ['0.000', count(0)],
    ['308,00', count(308)],
    ['1.234.567,000', count(1234567)],
    // fractions and misplaced separators
    ['0,5', bad('fraction', '0,5')],
    ['0.25', bad('fraction', '0.25')],
    ['0,500', bad('fraction', '0,500')],
    ['1.23.456', bad('misplaced-separator', '1.23.456')],
    ['12,3', bad('misplaced-separator', '12,3')],
    ['1,5', bad('misplaced-separator', '1,5')],
    ['12.3', bad('misplaced-separator', '12.3')],
    ['1.886,5', bad('misplaced-separator', '1.886,5')],
    ['1.886.00', bad('misplaced-separator', '1.886.00')],
    ['1.234,567', bad('misplaced-separator', '1.234,567')],
    ['1.886,000.5', bad('misplaced-separator', '1.886,000.5')],
    ['1,886.000,00', bad('misplaced-separator', '1,886.000,00')],
    ['1.886,886', bad('misplaced-separator', '1.886,886')],
    ['01.886', bad('misplaced-separator', '01.886')],
    ['1  886', bad('misplaced-separator', '1  886')],
    ['1 88', bad('misplaced-separator', '1 88')],
    ['1.', bad('misplaced-separator', '1.')],
    ['.5', bad('misplaced-separator', '.5')],
    ['1,,886', bad('misplaced-separator', '1,,886')],
    // negatives: the digits are still checked
    ['-3', bad('negative', '-3')],
    ['−3', bad('negative', '−3')],
    ['–3', bad('negative', '–3')],
    ['- 1.886', bad('negative', '- 1.886')],
    ['-1.23.456', bad('negative', '-1.23.456')],
    ['-abc', bad('text', '-abc')],
    ['--3', bad('text', '--3')],
    // percent needs a number before it
    [' 12 % ', bad('percent', ' 12 % ')],
    ['-12%', bad('percent', '-12%')],
    ['%', bad('text', '%')],
    ['abc%', bad('text', 'abc%')],
    // words for "does not apply": read as a dash, never a problem by themselves
    ['không', { kind: 'dash' }],
    [' x ', { kind: 'dash' }],
    ['X', { kind: 'dash' }],
    ['n/a', { kind: 'dash' }],
    // text
    ['không có', bad('text', 'không có')],
    ['12 hồ sơ', bad('text', '12 hồ sơ')],
    ['+', bad('text', '+')],
    ['1e3', bad('text', '1e3')],
    ['12a', bad('text', '12a')],
    ['#REF!', bad('text', '#REF!')],
    ['１２', bad('text', '１２')],
  ];
  it.each(cases)('%j', (input, expected) => {
    expect(readCount(input)).toEqual(expected);
  });

  it('reports the string as typed, ignoring a display text', () => {
    expect(readCount(' 1.5 ', 'shown')).toEqual(bad('misplaced-separator', ' 1.5 '));
    expect(readCount('1.886', '1886')).toEqual(count(1886));
  });
});

describe('readCount: number, boolean, error and empty cells', () => {
  const cases: [CellValue | undefined, string | undefined, CountReading][] = [
    [null, undefined, { kind: 'empty' }],
    [undefined, undefined, { kind: 'empty' }],
    [null, '0', { kind: 'empty' }],
    [0, undefined, countNum(0)],
    [-0, undefined, countNum(0)],
    [308, undefined, countNum(308)],
    [1886, '1.886', countNum(1886)],
    [26336, undefined, countNum(26336)],
    [1e12, undefined, countNum(1e12)],
    [-3, undefined, bad('negative', '-3')],
    [-3, '(3)', bad('negative', '(3)')],
    [-2.5, undefined, bad('negative', '-2.5')],
    // what "1.886" becomes in an English-locale sheet
    [1.886, undefined, bad('decimal-thousands', '1.886', 1886)],
    [1.886, '1.886', bad('decimal-thousands', '1.886', 1886)],
    [1.5, undefined, bad('decimal-thousands', '1.5', 1500)],
    [5.91, undefined, bad('decimal-thousands', '5.91', 5910)],
    [2.75, undefined, bad('decimal-thousands', '2.75', 2750)],
    [1.1, undefined, bad('decimal-thousands', '1.1', 1100)],
    [999.999, undefined, bad('decimal-thousands', '999.999', 999999)],
    [1, undefined, countNum(1)],
    [1.8860000000000001, '1.886', bad('decimal-thousands', '1.886', 1886)], // float noise (e.g. from a formula)
    [0.5, undefined, bad('fraction', '0.5')],
    [0.999, undefined, bad('fraction', '0.999')],
    [5.9123, undefined, bad('fraction', '5.9123')],
    [1000.5, undefined, bad('fraction', '1000.5')],
    [1.2345, '1.23', bad('fraction', '1.23')],
    [0.1 + 0.2, undefined, bad('fraction', '0.30000000000000004')],
    // Not finite, or past 2^53 − 1: as a spreadsheet shows it, or as the host showed it.
    [Number.NaN, undefined, bad('text', '#NUM!')],
    [Number.POSITIVE_INFINITY, undefined, bad('text', '#NUM!')],
    [Number.NEGATIVE_INFINITY, undefined, bad('text', '#NUM!')],
    [1e308, undefined, bad('too-large', '1E+308')],
    [2 ** 53 + 1, undefined, bad('too-large', '9,00719925474099E+15')],
    [2 ** 53 + 1, '9007199254740993', bad('too-large', '9007199254740993')],
    [true, undefined, bad('boolean', 'TRUE')],
    [false, undefined, bad('boolean', 'FALSE')],
    [true, 'ĐÚNG', bad('boolean', 'ĐÚNG')],
    [{ error: '#REF!' }, undefined, bad('error-value', '#REF!')],
    [{ error: '#N/A' }, undefined, bad('error-value', '#N/A')],
    [{ error: '#DIV/0!' }, '#DIV/0!', bad('error-value', '#DIV/0!')],
    [{ error: '#VALUE!' }, 'shown', bad('error-value', '#VALUE!')],
  ];
  it.each(cases)('%j (display %j)', (value, display, expected) => {
    expect(readCount(value, display)).toEqual(expected);
  });

  it('gives no `likely` outside decimal-thousands', () => {
    expect(readCount(0.5)).not.toHaveProperty('likely');
    expect(readCount('151.10')).not.toHaveProperty('likely');
  });
});

const rate = (percent: number, decimals: number): RateReading => ({ kind: 'rate', percent, decimals });
const badRate = (problem: string, text: string): RateReading => ({ kind: 'invalid', problem, text }) as RateReading;

describe('readRate: text cells', () => {
  const cases: [string, RateReading][] = [
    ['97,38%', rate(97.38, 2)],
    ['97.38%', rate(97.38, 2)],
    ['97,38 %', rate(97.38, 2)],
    ['74,78%', rate(74.78, 2)],
    ['57,3%', rate(57.3, 1)],
    ['100%', rate(100, 0)],
    ['100,0%', rate(100, 1)],
    ['0%', rate(0, 0)],
    ['0,5%', rate(0.5, 1)],
    [' 88,05% ', rate(88.05, 2)],
    ['\u00A092,49%\u00A0', rate(92.49, 2)],
    ['+50%', rate(50, 0)],
    // without '%': <= 1 is a fraction, > 1 a percent
    ['0,9738', rate(97.38, 2)],
    ['0.9738', rate(97.38, 2)],
    ['0,5', rate(50, 0)],
    ['0,573', rate(57.3, 1)],
    ['1', rate(100, 0)],
    ['1,0', rate(100, 0)],
    ['0', rate(0, 0)],
    ['0,12345', rate(12.345, 3)],
    ['97,38', rate(97.38, 2)],
    ['57.3', rate(57.3, 1)],
    ['100', rate(100, 0)],
    ['1,5', rate(1.5, 1)],
    // empty and dash
    ['', { kind: 'empty' }],
    ['  \t', { kind: 'empty' }],
    ['-', { kind: 'dash' }],
    ['—', { kind: 'dash' }],
    // invalid
    ['150%', badRate('over-100', '150%')],
    ['100,01%', badRate('over-100', '100,01%')],
    ['101', badRate('over-100', '101')],
    ['-5%', badRate('negative', '-5%')],
    ['−0,5', badRate('negative', '−0,5')],
    ['abc', badRate('text', 'abc')],
    ['-abc', badRate('text', '-abc')],
    ['%', badRate('text', '%')],
    ['97,38%%', badRate('text', '97,38%%')],
    ['1.000,5%', badRate('text', '1.000,5%')],
    ['12 %trong', badRate('text', '12 %trong')],
  ];
  it.each(cases)('%j', (input, expected) => {
    expect(readRate(input)).toEqual(expected);
  });
});

describe('readRate: number, boolean, error and empty cells', () => {
  const cases: [CellValue | undefined, string | undefined, RateReading][] = [
    [null, undefined, { kind: 'empty' }],
    [undefined, '', { kind: 'empty' }],
    // a '%' in the display: the value is a fraction, decimals as displayed
    [0.9738, '97.38%', rate(97.38, 2)],
    [0.9738, '97,4%', rate(97.38, 1)],
    [0.9738, '97 %', rate(97.38, 0)],
    [1, '100%', rate(100, 0)],
    [0.7478510028653295, '74.79%', rate(74.7851002865, 2)],
    [1.5, '150%', badRate('over-100', '150%')],
    [-0.05, '-5%', badRate('negative', '-5%')],
    // no display '%': <= 1 fraction, > 1 percent; decimals from the shortest form of the percent
    [0.9738, undefined, rate(97.38, 2)],
    [0.573, undefined, rate(57.3, 1)],
    [0.5, undefined, rate(50, 0)],
    [1, undefined, rate(100, 0)],
    [0, undefined, rate(0, 0)],
    [97.38, undefined, rate(97.38, 2)],
    [97.38000000000001, undefined, rate(97.38, 2)],
    [57.3, '57.3', rate(57.3, 1)],
    [100, undefined, rate(100, 0)],
    [100.00000000001, undefined, rate(100, 0)], // float noise above 100 is 100
    [100.1, undefined, badRate('over-100', '100.1')],
    [250, '250', badRate('over-100', '250')],
    [-0.1, undefined, badRate('negative', '-0.1')],
    [-3, 'x', badRate('negative', 'x')],
    [Number.NaN, undefined, badRate('text', '#NUM!')],
    [Number.POSITIVE_INFINITY, undefined, badRate('text', '#NUM!')],
    [1e308, undefined, badRate('over-100', '1E+308')],
    [true, undefined, badRate('boolean', 'TRUE')],
    [{ error: '#DIV/0!' }, '#DIV/0!', badRate('error-value', '#DIV/0!')],
    [{ error: '#N/A' }, undefined, badRate('error-value', '#N/A')],
    [{ error: '#REF!' }, undefined, badRate('error-value', '#REF!')],
  ];
  it.each(cases)('%j (display %j)', (value, display, expected) => {
    expect(readRate(value, display)).toEqual(expected);
  });

  it('strips float noise from the percent', () => {
    const r = readRate(0.9738, '97.38%');
    expect(r.kind === 'rate' && r.percent).toBe(97.38);
    const s = readRate(0.07, '7%');
    expect(s.kind === 'rate' && s.percent).toBe(7); // 0.07 * 100 = 7.000000000000001
  });
});
