import { describe, expect, it } from 'vitest';
import type { CellValue } from '../grid/types';
import { checkWorkbook } from '../workbook';
import { computeIndicators, type IndicatorSettings } from './compute';
import { sheet, workbook } from '../../test/helpers/grid';

const _ = null;
function indicators(rows: CellValue[][], settings?: IndicatorSettings) {
  const r = checkWorkbook(workbook(sheet('S', rows)));
  return computeIndicators(r.tables, settings);
}
const pick = (list: ReturnType<typeof indicators>, id: string) =>
  list.filter((i) => i.id === id).map((i) => [i.scope, i.text, i.numerator, i.denominator, i.target, i.met]);

const LEVELS: CellValue[][] = [
  ['Cấp', 'Tiếp nhận', 'Kỳ trước', 'Trong kỳ', 'Trực tuyến', 'Đã giải quyết', 'Trước hạn', 'Đúng hạn', 'Quá hạn', 'Đang giải quyết'],
  ['Cấp tỉnh', 100, 20, 80, 60, 90, 50, 37, 3, 10],
  ['Cấp xã', 0, 0, 0, 0, 0, 0, 0, 0, 0],
];

describe('indicators', () => {
  it('per level for a table by level, each with its numerator and denominator', () => {
    const list = indicators(LEVELS);
    expect(pick(list, 'ty-le-dung-han')).toEqual([
      ['Cấp tỉnh', '96,67%', 87, 90, null, null],
      ['Cấp xã', '—', 0, 0, null, null],
    ]);
    expect(pick(list, 'ty-le-truc-tuyen')[0]).toEqual(['Cấp tỉnh', '75%', 60, 80, 50, true]);
    expect(list.find((i) => i.id === 'ty-le-dung-han' && i.scope === 'Cấp xã')?.value).toBeNull();
  });

  it('online rate over all received when the office counts it that way', () => {
    const list = indicators(LEVELS, { onlineBase: 'tiep-nhan' });
    const online = list.find((i) => i.id === 'ty-le-truc-tuyen' && i.scope === 'Cấp tỉnh')!;
    expect([online.text, online.definition]).toEqual(['60%', 'trực tuyến / tổng số tiếp nhận']);
  });

  it('targets are settings; a ceiling (late rate) is met from below', () => {
    const list = indicators(LEVELS, { targets: { 'ty-le-qua-han': 5, 'ty-le-truc-tuyen': 80 } });
    expect(pick(list, 'ty-le-qua-han')[0]).toEqual(['Cấp tỉnh', '3,33%', 3, 90, 5, true]);
    expect(pick(list, 'ty-le-truc-tuyen')[0]).toEqual(['Cấp tỉnh', '75%', 60, 80, 80, false]);
  });

  it('a table by field: the total row is the scope, or the sum of the rows when there is none', () => {
    const byField: CellValue[][] = [
      ['Lĩnh vực', 'Đã giải quyết', 'Đúng hạn', 'Quá hạn'],
      ['Đất đai', 10, 9, 1],
      ['Hộ tịch', 30, 30, 0],
    ];
    expect(pick(indicators(byField), 'ty-le-dung-han')).toEqual([['Toàn bảng (cộng các dòng)', '97,5%', 39, 40, null, null]]);
    expect(pick(indicators([...byField, [_ as CellValue, 40, 39, 1].map((v, i) => (i === 0 ? 'Tổng cộng' : v))]), 'ty-le-dung-han')).toEqual([
      ['Tổng cộng', '97,5%', 39, 40, null, null],
    ]);
  });

  it('a "Chỉ tiêu | Kết quả | Mục tiêu" list: the row names the indicator, its target column wins', () => {
    const list = indicators([
      ['Chỉ tiêu', 'Kết quả', 'Mục tiêu'],
      ['Tỷ lệ thanh toán trực tuyến', '47,71%', '40%'],
      ['Tỷ lệ hồ sơ trực tuyến', '20%', _],
    ]);
    expect(list.map((i) => [i.id, i.text, i.target, i.met])).toEqual([
      ['ty-le-thanh-toan-truc-tuyen', '47,71%', 40, true],
      ['ty-le-truc-tuyen', '20%', 50, false],
    ]);
  });

  it('a target the office sets (settings, --chi-tieu) wins over the list\'s own "Mục tiêu" column', () => {
    const rows: CellValue[][] = [
      ['Chỉ tiêu', 'Kết quả', 'Mục tiêu'],
      ['Tỷ lệ thanh toán trực tuyến', '47,71%', '40%'],
    ];
    const list = indicators(rows, { targets: { 'ty-le-thanh-toan-truc-tuyen': 50 } });
    expect(list.map((i) => [i.id, i.target, i.met])).toEqual([['ty-le-thanh-toan-truc-tuyen', 50, false]]);
    expect(indicators(rows, { targets: { 'ty-le-thanh-toan-truc-tuyen': null } }).map((i) => i.target)).toEqual([null]);
  });

  it('a cell that cannot be read gives no indicator rather than a wrong one', () => {
    const rows = LEVELS.map((r) => [...r]);
    rows[1]![5] = '9O'; // letter O for zero
    expect(pick(indicators(rows), 'ty-le-dung-han')).toEqual([['Cấp xã', '—', 0, 0, null, null]]);
  });
});
