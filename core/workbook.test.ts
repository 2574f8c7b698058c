import { describe, expect, it } from 'vitest';
import { sheet, workbook } from '../test/helpers/grid';
import { checkWorkbook, onlySheet, sheetsWithResults, tablesForSheet } from './workbook';

const month = (name: string, received: number) =>
  sheet(name, [
    ['Cấp', 'Tổng số tiếp nhận', 'Đã giải quyết', 'Đang giải quyết'],
    ['Cấp xã', received, received - 10, 10],
  ]);
const soHoa = sheet('Số hóa', [
  ['Cấp', 'Số hồ sơ đã giải quyết', 'Số hồ sơ số hóa kết quả giải quyết'],
  ['Cấp xã', 100, 90],
]);
const settings = sheet('Thông tin báo cáo', [['Cơ quan ban hành', 'ỦY BAN NHÂN DÂN XÃ A']]);

describe('a sheet per month', () => {
  const wb = workbook(month('Tháng 7', 120), month('Tháng 8', 130), month('Tháng 9', 140), soHoa, settings);
  const { tables } = checkWorkbook(wb);

  it('lists the sheets holding a results table, in order', () => {
    expect(sheetsWithResults(tables)).toEqual(['Tháng 7', 'Tháng 8', 'Tháng 9']);
  });

  it('a report on one month keeps that month and the sheets that are not months', () => {
    expect(tablesForSheet(tables, 'Tháng 9').map((t) => t.sheet)).toEqual(['Tháng 9', 'Số hóa']);
    expect(tablesForSheet(tables, undefined)).toHaveLength(4);
  });

  it('onlySheet: the named sheet (case and Unicode form aside) and the settings sheet; none for an unknown name', () => {
    expect(onlySheet(wb, 'tháng 9'.normalize('NFD'))!.sheets.map((s) => s.name)).toEqual(['Tháng 9', 'Thông tin báo cáo']);
    expect(onlySheet(wb, 'Tháng 10')).toBeUndefined();
  });
});
