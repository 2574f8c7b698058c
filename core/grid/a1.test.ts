import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { a1, columnLetters, parseA1, parseRangeA1, rangeA1 } from './a1';

describe('A1 addresses', () => {
  it.each([
    [0, 'A'],
    [25, 'Z'],
    [26, 'AA'],
    [701, 'ZZ'],
    [702, 'AAA'],
    [16383, 'XFD'],
  ])('column %i is %s', (c, s) => expect(columnLetters(c)).toBe(s));

  it('address ↔ coordinates round-trip for every cell of an Excel sheet', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_048_575 }), fc.integer({ min: 0, max: 16_383 }), (row, col) => {
        expect(parseA1(a1(row, col))).toEqual({ row, col });
      }),
    );
  });

  it('ranges, absolute references and junk', () => {
    expect(parseRangeA1('$C$3:A1')).toEqual({ r0: 0, c0: 0, r1: 2, c1: 2 });
    expect(rangeA1({ r0: 3, c0: 1, r1: 6, c1: 12 })).toBe('B4:M7');
    expect(rangeA1({ r0: 3, c0: 1, r1: 3, c1: 1 })).toBe('B4');
    expect(parseA1('A0')).toBeUndefined();
    expect(parseA1('1A')).toBeUndefined();
  });
});
