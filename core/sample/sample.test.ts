import { describe, expect, it } from 'vitest';
import { checkWorkbook } from '../workbook';
import { freeSheetName, warmUpWorkbook } from './sample';

describe('freeSheetName', () => {
  it('takes the base name when free, else the first free "(n)"', () => {
    expect(freeSheetName(['Trang tính1'])).toBe('Mẫu số liệu');
    expect(freeSheetName(['Mẫu số liệu'])).toBe('Mẫu số liệu (2)');
    expect(freeSheetName(['mẫu số liệu', 'Mẫu số liệu (2)'])).toBe('Mẫu số liệu (3)');
  });
});

describe('warmUpWorkbook', () => {
  it('is one table of the units and their total, with exactly the one wrong cell it was given', () => {
    const r = checkWorkbook(warmUpWorkbook(300));
    expect(r.tables).toHaveLength(1);
    expect(r.tables[0]!.records.filter((x) => x.role !== 'total')).toHaveLength(300);
    expect(r.tables[0]!.records.at(-1)!.role).toBe('total');
    // Unit 151 (row 153): đúng hạn one too many (the total row adding it up): that cell, with its value.
    expect(r.findings.map((f) => [f.cell, f.actual, f.expected])).toEqual([['F153', '11', '10']]);
  });
});
