import { describe, expect, it } from 'vitest';
import { freeSheetName } from './sample';

describe('freeSheetName', () => {
  it('takes the base name when free, else the first free "(n)"', () => {
    expect(freeSheetName(['Trang tính1'])).toBe('Mẫu số liệu');
    expect(freeSheetName(['Mẫu số liệu'])).toBe('Mẫu số liệu (2)');
    expect(freeSheetName(['mẫu số liệu', 'Mẫu số liệu (2)'])).toBe('Mẫu số liệu (3)');
  });
});
