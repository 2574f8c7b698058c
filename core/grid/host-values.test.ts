import { describe, expect, it } from 'vitest';
import { gridFromHost, hostValue, isDateFormat, parseAreas, serialDate } from './host-values';

describe('host values', () => {
  it('maps empties, errors, dates and booleans the way the .xlsx reader does', () => {
    expect(hostValue('')).toBeNull();
    expect(hostValue('#DIV/0!')).toEqual({ error: '#DIV/0!' });
    expect(hostValue('#SPILL!')).toEqual({ error: '#SPILL!' });
    expect(hostValue('1.886')).toBe('1.886');
    expect(hostValue(45383, true)).toBe('01/04/2024');
    expect(hostValue(new Date(2024, 2, 31))).toBe('31/03/2024');
    expect(hostValue(true)).toBe(true);
  });

  it('knows a date format from a number or percent format', () => {
    for (const f of ['dd/mm/yyyy', 'd-mmm-yy', '[$-42A]dd/mm/yyyy', 'yyyy"年"']) expect(isDateFormat(f), f).toBe(true);
    for (const f of ['General', '@', '#,##0', '0.00%', '[Red]0', '"ngày"0', 'mm:ss', undefined]) expect(isDateFormat(f), String(f)).toBe(false);
    expect(serialDate(45383.75)).toBe('01/04/2024'); // the time of day does not move the date
    expect(serialDate(61)).toBe('01/03/1900');
  });

  it('splits an address list, quoted sheet names with commas included', () => {
    expect(parseAreas("'Kết quả, TTHC'!A1:B2, 'Kết quả, TTHC'!$C$3")).toEqual([
      { r0: 0, c0: 0, r1: 1, c1: 1 },
      { r0: 2, c0: 2, r1: 2, c1: 2 },
    ]);
    expect(parseAreas('B3:D5')).toEqual([{ r0: 2, c0: 1, r1: 4, c1: 3 }]);
    expect(parseAreas('')).toEqual([]);
  });

  it('keeps display text for percentages and dates only, and an all-empty sheet as no rows', () => {
    const g = gridFromHost({
      name: 'S',
      values: [[0.9778, 5, 45383]],
      text: [['97,78%', '5', '01/04/2024']],
      formats: [['0.00%', 'General', 'dd/mm/yyyy']],
      merges: [],
      originRow: 3,
    });
    expect(g.values).toEqual([[0.9778, 5, '01/04/2024']]);
    expect(g.display).toEqual([['97,78%', undefined, '01/04/2024']]);
    expect(g.originRow).toBe(3);
    expect(gridFromHost({ name: 'E', values: [['']], merges: [] }).values).toEqual([]);
  });

  it('keeps the text a host shows for a number no count can be: its digits, not the nearest double', () => {
    const g = gridFromHost({ name: 'S', values: [[9007199254740992, 7]], text: [['9007199254740993', '7']], merges: [] });
    expect(g.display).toEqual([['9007199254740993']]);
  });
});
