import { describe, expect, it } from 'vitest';
import { parseDate, realDate } from './dates';

describe('realDate', () => {
  it('takes the days that exist, as the clerk writes them', () => {
    expect(realDate('15/03/2024')).toEqual({ d: 15, m: 3, y: 2024 });
    expect(realDate('29/2/2024')).toEqual({ d: 29, m: 2, y: 2024 });
  });
  it('refuses a day no calendar has, which parseDate alone would take', () => {
    expect(parseDate('31/02/2024')).toEqual({ d: 31, m: 2, y: 2024 });
    expect(realDate('31/02/2024')).toBeUndefined();
    expect(realDate('29/2/2023')).toBeUndefined();
    expect(realDate('15/13/2024')).toBeUndefined();
    expect(realDate('2024-03-15')).toBeUndefined();
    expect(realDate('15/03/24')).toBeUndefined();
  });
});
