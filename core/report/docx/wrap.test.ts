import { describe, expect, it } from 'vitest';
import { textWidthTwips } from './units';
import { balanceLines } from './wrap';

/** The text column of an A4 page with the default margins (210 − 30 − 15 mm), twips. */
const COLUMN = 11906 - 1701 - 850;
const bold = { bold: true };

describe('balanceLines', () => {
  it('keeps a title that fits on one line', () => {
    expect(balanceLines('Tình hình giải quyết thủ tục hành chính tháng 3 năm 2024', COLUMN, 14, bold)).toEqual([
      'Tình hình giải quyết thủ tục hành chính tháng 3 năm 2024',
    ]);
  });

  it('never leaves "năm 2024" or "3 năm 2024" alone on the last line, nor breaks "tháng / 3"', () => {
    const text = 'Tăng cường trách nhiệm và nâng cao hiệu quả công tác cải cách TTHC tháng 3 năm 2024';
    for (const width of [COLUMN, COLUMN * 0.8, COLUMN * 0.6, COLUMN * 0.45]) {
      const lines = balanceLines(text, width, 14, bold);
      expect(lines.join(' ')).toBe(text);
      expect(lines.length).toBeGreaterThan(1);
      const last = lines[lines.length - 1]!;
      expect(last).not.toMatch(/^(3 )?năm 2024$/);
      expect(last.split(' ').length).toBeGreaterThanOrEqual(3);
      for (const line of lines) {
        expect(line).not.toMatch(/ tháng$/);
        expect(line).not.toMatch(/^năm 2024/);
        expect(textWidthTwips(line, 14, bold)).toBeLessThanOrEqual(width);
      }
    }
  });

  it('does not break "phương / hướng": breaks before "và" or "năm", at the phrase', () => {
    const text = 'Tình hình, kết quả thực hiện công tác cải cách hành chính năm 2020 và phương hướng, nhiệm vụ năm 2021';
    for (const width of [COLUMN, COLUMN * 0.6]) {
      const lines = balanceLines(text, width, 14, bold);
      expect(lines.join(' ')).toBe(text);
      for (const line of lines) {
        expect(line).not.toMatch(/ phương$/);
        expect(line).not.toMatch(/ năm$/);
      }
    }
    expect(balanceLines(text, COLUMN, 14, bold)).toEqual([
      'Tình hình, kết quả thực hiện công tác cải cách hành chính',
      'năm 2020 và phương hướng, nhiệm vụ năm 2021',
    ]);
  });

  it('makes the lines even rather than filling the first', () => {
    const text = 'Kết quả thực hiện nhiệm vụ cải cách hành chính, cải cách thủ tục hành chính và cơ chế một cửa quý I năm 2024';
    const lines = balanceLines(text, COLUMN, 14, bold);
    expect(lines).toHaveLength(2);
    const [a, b] = lines.map((l) => textWidthTwips(l, 14, bold)) as [number, number];
    expect(Math.abs(a - b)).toBeLessThan(COLUMN * 0.4);
  });

  it('gives the text as one line when a single word is wider than the column, and nothing for blank text', () => {
    expect(balanceLines('Một từ-rất-dài-không-thể-ngắt-được-ở-đâu-cả-trong-cột', 1000, 14, bold)).toHaveLength(1);
    expect(balanceLines('   ', COLUMN, 14, bold)).toEqual([]);
  });
});
