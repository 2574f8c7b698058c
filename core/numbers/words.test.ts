import { describe, expect, it } from 'vitest';
import { countInWords } from './words';

describe('countInWords', () => {
  it.each([
    [0, 'không'],
    [5, 'năm'],
    [10, 'mười'],
    [15, 'mười lăm'],
    [21, 'hai mươi mốt'],
    [24, 'hai mươi tư'],
    [105, 'một trăm lẻ năm'],
    [1886, 'một nghìn tám trăm tám mươi sáu'],
    [1500, 'một nghìn năm trăm'],
    [1005, 'một nghìn không trăm lẻ năm'],
    [5910, 'năm nghìn chín trăm mười'],
    [51530, 'năm mươi mốt nghìn năm trăm ba mươi'],
    [1000000, 'một triệu'],
  ])('%i → %s', (n, words) => {
    expect(countInWords(n)).toBe(words);
  });
});
