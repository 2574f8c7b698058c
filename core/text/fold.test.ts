import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldKey, hasPhrase, toNfc } from './fold';

const nfd = (s: string): string => s.normalize('NFD');

describe('foldKey', () => {
  const cases: [string, string][] = [
    ['Số hồ sơ đã giải quyết', 'so ho so da giai quyet'],
    ['CỘNG HÕA', 'cong hoa'], // legacy-font "Õ" for "Ò"
    ['CỘNG HÒA', 'cong hoa'],
    ['VĂN PHÕNG', 'van phong'],
    ['phƣơng hƣớng', 'phuong huong'], // U+01A3 for "ư"
    ['PHƢƠNG HƢỚNG', 'phuong huong'], // U+01A2
    ['  Tổng   cộng: ', 'tong cong'],
    ['Trực tuyến\n(mức độ 3)', 'truc tuyen muc do 3'],
    ['ĐÃ GIẢI QUYẾT', 'da giai quyet'],
    ['Ðã giải quyết', 'da giai quyet'], // U+00D0 eth typed for Đ
    ['Trả quá hạn', 'tra qua han'],
    ['Trước hạn', 'truoc han'],
    ['Ơ ơ Ư ư', 'o o u u'],
    ['3=4+5', '3 4 5'],
    ['1 2 3=4+5 4 5 6=7+8', '1 2 3 4 5 4 5 6 7 8'],
    ['Giáo dục- Đào tạo', 'giao duc dao tao'],
    ['Lao động TBXH', 'lao dong tbxh'],
    ['Tỷ lệ (%)', 'ty le'],
    ['Số hóa\u00A0kết quả', 'so hoa ket qua'],
    ['KD khí Hoá lỏng', 'kd khi hoa long'], // old-style "oá" accent placement
    ['Ｔổng ｓố', 'tong so'], // full-width letters
    ['ﬁle', 'file'], // ligature from PDF text
    ['\t\n ', ''],
    ['', ''],
    ['---', ''],
  ];
  it.each(cases)('%j -> %j', (input, key) => {
    expect(foldKey(input)).toBe(key);
  });

  it('gives the same key for NFC and NFD text', () => {
    const s = 'Số hồ sơ đã giải quyết';
    expect(nfd(s)).not.toBe(s);
    expect(foldKey(nfd(s))).toBe('so ho so da giai quyet');
    expect(foldKey(nfd('CỘNG HÕA'))).toBe(foldKey('CỘNG HÒA'));
    expect(foldKey(nfd('Ư'))).toBe('u');
  });

  it('drops the horn that NFD separates from ơ and ư', () => {
    expect(nfd('ơ')).toBe('o\u031B');
    expect(nfd('ư')).toBe('u\u031B');
    expect(foldKey('o\u031B')).toBe('o');
    expect(foldKey('ườ')).toBe('uo');
  });

  it('is idempotent and NFC/NFD-insensitive on any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const k = foldKey(s);
        expect(foldKey(k)).toBe(k);
        expect(foldKey(s.normalize('NFD'))).toBe(k);
        expect(foldKey(s.normalize('NFC'))).toBe(k);
        expect(k).toBe(k.trim());
        expect(k).not.toMatch(/\s\s/);
      }),
      { numRuns: 2000 },
    );
  });

  it('never changes its input', () => {
    const s = nfd('Số hồ sơ');
    const copy = s.slice();
    foldKey(s);
    expect(s).toBe(copy);
  });
});

describe('hasPhrase', () => {
  const cases: [string, string, boolean][] = [
    ['so ho so da giai quyet tong so', 'da giai quyet', true],
    ['trong han', 'han', true],
    ['truoc han', 'truc', false], // whole words only
    ['truoc han', 'truoc', true],
    ['so ho so da giai quyet', 'giai quyet da', false], // order matters
    ['so ho so da giai quyet', 'da quyet', false], // contiguous words
    ['Số hồ sơ đã giải quyết', 'Đã giải quyết', true], // unfolded on both sides
    ['Số hồ sơ đã giải quyết', 'DA GIAI QUYET', true],
    [nfd('Trả đúng hạn'), 'đúng hạn', true],
    ['Trả quá hạn', 'trả đúng hạn', false],
    ['Trực tuyến\n(mức độ 3)', 'mức độ 3', true],
    ['Trực tuyến\n(mức độ 3)', 'muc do', true],
    ['Trực tuyến\n(mức độ 34)', 'muc do 3', false],
    ['phƣơng hƣớng', 'phương hướng', true],
    ['CỘNG HÕA XÃ HỘI', 'cộng hòa', true],
    ['tổng số', '', false], // an empty phrase matches nothing
    ['tổng số', ' : ', false],
    ['', 'han', false],
  ];
  it.each(cases)('hasPhrase(%j, %j) === %j', (haystack, needle, expected) => {
    expect(hasPhrase(haystack, needle)).toBe(expected);
  });

  it('finds every contiguous run of its own words', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('so', 'ho', 'sơ', 'đã', 'giải', 'quyết', 'hạn', 'trước', 'trong'), {
          minLength: 1,
          maxLength: 8,
        }),
        fc.nat(),
        fc.nat(),
        (words, a, b) => {
          const i = a % words.length;
          const j = i + 1 + (b % (words.length - i));
          expect(hasPhrase(words.join(' '), words.slice(i, j).join(' '))).toBe(true);
        },
      ),
    );
  });
});

describe('toNfc', () => {
  it('only changes the normalization form', () => {
    const composed = 'Số hồ sơ đã giải quyết';
    const decomposed = nfd(composed);
    expect(decomposed.length).toBeGreaterThan(composed.length);
    expect(toNfc(decomposed)).toBe(composed);
    expect(toNfc(composed)).toBe(composed);
    expect(nfd(toNfc(decomposed))).toBe(decomposed);
  });

  it('keeps letters, case, diacritics, punctuation and legacy look-alikes', () => {
    expect(toNfc('CỘNG HÕA')).toBe('CỘNG HÕA');
    expect(toNfc('phƣơng  hƣớng: (3=4+5)')).toBe('phƣơng  hƣớng: (3=4+5)');
    expect(toNfc(' Tổng cộng ')).toBe(' Tổng cộng ');
  });
});
