import { describe, expect, it } from 'vitest';
import { sheet, workbook } from '../../test/helpers/grid';
import { missingSettings, settingsFromWorkbook } from './index';
import { agencyFromTitles, agencyOf } from './title-hints';

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
    expect(agencyFromTitles(workbook(titled('Số liệu', 'UBND XÃ PHÚ HỰU')))).toEqual({ coQuanBanHanh: 'ỦY BAN NHÂN DÂN XÃ PHÚ HỰU', cell: 'Số liệu!B1' });
    expect(agencyFromTitles(workbook(titled('A', 'UBND XÃ PHÚ HỰU'), titled('B', 'UBND xã Phú Hựu')))?.coQuanBanHanh).toBe('ỦY BAN NHÂN DÂN XÃ PHÚ HỰU');
    expect(agencyFromTitles(workbook(titled('A', 'UBND XÃ PHÚ HỰU'), titled('B', 'UBND XÃ TÂN PHÚ')))).toBeUndefined();
    expect(agencyFromTitles(workbook(sheet('S', table)))).toBeUndefined();
  });

  it('fills the settings only where the settings sheet names no body, and says so', () => {
    const data = sheet('Số liệu', [['UBND XÃ PHÚ HỰU'], ['Cấp', 'Tổng số tiếp nhận', 'Đã giải quyết', 'Đang giải quyết'], ['Cấp xã', 10, 8, 2]]);
    const fromTitle = settingsFromWorkbook(workbook(data));
    expect(fromTitle.settings.coQuanBanHanh).toBe('ỦY BAN NHÂN DÂN XÃ PHÚ HỰU');
    expect(fromTitle.settings.tenDonVi).toBe('Ủy ban nhân dân xã Phú Hựu');
    expect(fromTitle.fromTitle?.cell).toBe('Số liệu!A1');
    const own = settingsFromWorkbook(workbook(data, sheet('Thông tin báo cáo', [['Cơ quan ban hành', 'ỦY BAN NHÂN DÂN XÃ TÂN PHÚ']])));
    expect(own.settings.coQuanBanHanh).toBe('ỦY BAN NHÂN DÂN XÃ TÂN PHÚ');
    expect(own.fromTitle).toBeUndefined();
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
