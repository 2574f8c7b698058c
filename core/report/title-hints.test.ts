import { describe, expect, it } from 'vitest';
import { sheet, workbook } from '../../test/helpers/grid';
import { missingSettings, settingsFromWorkbook } from './index';
import { agencyFromTitles, agencyOf, namedPeriodFromTitles, periodFromTitles } from './title-hints';
import { readTitles } from '../tables/titles';

describe('the issuing body from a sheet title', () => {
  it('reads the ways clerks write it, in the capitals the header prints', () => {
    expect(agencyOf('UBND XÃ PHÚ HỰU')).toBe('ỦY BAN NHÂN DÂN XÃ PHÚ HỰU');
    expect(agencyOf('Ủy ban nhân dân huyện Lấp Vò')).toBe('ỦY BAN NHÂN DÂN HUYỆN LẤP VÒ');
    expect(agencyOf('  UBND   phường 1 ')).toBe('ỦY BAN NHÂN DÂN PHƯỜNG 1');
    expect(agencyOf('Uỷ ban nhân dân thị trấn Mỹ Thọ')).toBe('ỦY BAN NHÂN DÂN THỊ TRẤN MỸ THỌ');
    // Not a body: a sentence mentioning one, a title, a bare "UBND".
    expect(agencyOf('Báo cáo của UBND xã Phú Hựu')).toBeUndefined();
    expect(agencyOf('BẢNG THỐNG KÊ HỒ SƠ THÁNG 10/2025')).toBeUndefined();
    expect(agencyOf('UBND')).toBeUndefined();
  });

  it('is taken from the top rows of the sheets, once; two different bodies give none', () => {
    const table = [
      ['Cấp', 'Tổng số tiếp nhận', 'Đã giải quyết', 'Đang giải quyết'],
      ['Cấp xã', 10, 8, 2],
    ];
    const titled = (name: string, agency: string) => sheet(name, [[null, agency], ['BÁO CÁO THÁNG 10/2025'], [], ...table]);
    expect(agencyFromTitles(readTitles(workbook(titled('Số liệu', 'UBND XÃ PHÚ HỰU'))))).toEqual({
      coQuanBanHanh: 'ỦY BAN NHÂN DÂN XÃ PHÚ HỰU',
      cell: 'Số liệu!B1',
    });
    expect(agencyFromTitles(readTitles(workbook(titled('A', 'UBND XÃ PHÚ HỰU'), titled('B', 'UBND xã Phú Hựu'))))?.coQuanBanHanh).toBe(
      'ỦY BAN NHÂN DÂN XÃ PHÚ HỰU',
    );
    expect(agencyFromTitles(readTitles(workbook(titled('A', 'UBND XÃ PHÚ HỰU'), titled('B', 'UBND XÃ TÂN PHÚ'))))).toBeUndefined();
    expect(agencyFromTitles(readTitles(workbook(sheet('S', table))))).toBeUndefined();
    // A department's sheet: the UBND above it is not the issuer.
    expect(agencyFromTitles(readTitles(workbook(sheet('S', [['UBND TỈNH ĐỒNG THÁP'], ['SỞ TƯ PHÁP'], [], ...table]))))).toBeUndefined();
    expect(agencyFromTitles(readTitles(workbook(sheet('S', [['UBND XÃ AN LONG'], ['SỐ LIỆU TTHC THÁNG 10/2025'], [], ...table]))))?.coQuanBanHanh).toBe(
      'ỦY BAN NHÂN DÂN XÃ AN LONG',
    );
  });

  it('fills the settings only where the settings sheet names no body, and says so', () => {
    const data = sheet('Số liệu', [['UBND XÃ PHÚ HỰU'], ['Cấp', 'Tổng số tiếp nhận', 'Đã giải quyết', 'Đang giải quyết'], ['Cấp xã', 10, 8, 2]]);
    const fromTitle = settingsFromWorkbook(workbook(data));
    expect(fromTitle.settings.coQuanBanHanh).toBe('ỦY BAN NHÂN DÂN XÃ PHÚ HỰU');
    expect(fromTitle.settings.tenDonVi).toBe('Ủy ban nhân dân xã Phú Hựu');
    expect(fromTitle.fromTitles).toEqual([{ field: 'coQuanBanHanh', label: 'Cơ quan ban hành', value: 'ỦY BAN NHÂN DÂN XÃ PHÚ HỰU', cell: 'Số liệu!A1' }]);
    const own = settingsFromWorkbook(workbook(data, sheet('Thông tin báo cáo', [['Cơ quan ban hành', 'ỦY BAN NHÂN DÂN XÃ TÂN PHÚ']])));
    expect(own.settings.coQuanBanHanh).toBe('ỦY BAN NHÂN DÂN XÃ TÂN PHÚ');
    expect(own.fromTitles).toEqual([]);
  });
});

describe('the period from a sheet title', () => {
  const table = [
    ['Đơn vị', 'Tổng số tiếp nhận', 'Đã giải quyết', 'Đang giải quyết'],
    ['UBND xã An Long', 10, 8, 2],
  ];
  const titled = (title: string) => workbook(sheet('Xuất', [['BÁO CÁO TÌNH HÌNH GIẢI QUYẾT HỒ SƠ'], [title], ...table]));

  const days = (title: string) => periodFromTitles(readTitles(titled(title)));

  it('takes the days a title states, as the one-stop software prints them', () => {
    expect(periodFromTitles(readTitles(titled('Từ ngày 15/09/2025 đến ngày 14/10/2025')))).toEqual({
      kyTu: '15/09/2025',
      kyDen: '14/10/2025',
      cell: 'Xuất!A2',
    });
    expect(days('(từ 1/7/2025 - 30/9/2025)')?.kyDen).toBe('30/09/2025');
    expect(days('TỪ NGÀY 01/01/2025 ĐẾN NGÀY 31/12/2025')?.kyTu).toBe('01/01/2025');
    expect(periodFromTitles(readTitles(titled('Từ ngày 14/10/2025 đến ngày 15/09/2025')))).toBeUndefined();
    expect(periodFromTitles(readTitles(titled('Từ ngày 32/13/2025 đến ngày 14/10/2025')))).toBeUndefined();
  });

  it("takes the period a title names without its days: which days is the report kind's rule, not the title's", () => {
    expect(periodFromTitles(readTitles(titled('THÁNG 10/2025')))).toBeUndefined();
    expect(namedPeriodFromTitles(readTitles(titled('THÁNG 10/2025')))).toEqual({ named: { type: 'thang', year: 2025, index: 10 }, cell: 'Xuất!A2' });
    expect(namedPeriodFromTitles(readTitles(titled('QUÝ I/2024')))).toMatchObject({ named: { type: 'quy', year: 2024, index: 1 } });
    // Nested: "NĂM 2024" above "Tháng 3 năm 2024" is the month; a month and another quarter disagree: nothing.
    const two = (a: string, b: string) => namedPeriodFromTitles(readTitles(workbook(sheet('S', [[a], [b], ...table]))));
    expect(two('KẾT QUẢ NĂM 2024', 'Tháng 3 năm 2024')).toMatchObject({ named: { type: 'thang', index: 3 }, cell: 'S!A2' });
    expect(two('Quý II năm 2024', 'Tháng 3 năm 2024')).toBeUndefined();
    const r = settingsFromWorkbook(titled('THÁNG 10/2025'));
    expect([r.settings.kyTu, r.settings.kyDen, r.named]).toEqual(['', '', { period: { type: 'thang', year: 2025, index: 10 }, cell: 'Xuất!A2' }]);
  });

  it('fills the period the settings leave empty, and says so; a unit named in a table row is no title', () => {
    const r = settingsFromWorkbook(titled('Từ ngày 15/09/2025 đến ngày 14/10/2025'));
    expect([r.settings.kyTu, r.settings.kyDen]).toEqual(['15/09/2025', '14/10/2025']);
    expect(r.fromTitles).toEqual([{ field: 'ky', label: 'Kỳ báo cáo', value: '15/09/2025 – 14/10/2025', cell: 'Xuất!A2' }]);
    // "UBND xã An Long" is a row of the table (a figure beside it): not the issuing body.
    expect(r.settings.coQuanBanHanh).toBe('');
  });
});

describe('missingSettings', () => {
  it('names the blanks the văn thư would fill by hand; a công văn needs no period', () => {
    const { settings } = settingsFromWorkbook(workbook(sheet('S', [['x']])));
    expect(missingSettings(settings, false).map((f) => f.key)).toEqual(['coQuanBanHanh', 'diaDanh', 'kyTu', 'kyDen', 'nguoiKy']);
    expect(missingSettings(settings, true).map((f) => f.key)).toEqual(['coQuanBanHanh', 'diaDanh', 'nguoiKy']);
    const full = { ...settings, coQuanBanHanh: 'ỦY BAN NHÂN DÂN XÃ A', diaDanh: 'A', kyTu: '15/9/2025', kyDen: '14/10/2025', nguoiKy: 'Nguyễn Văn A' };
    expect(missingSettings(full, false)).toEqual([]);
  });
});
