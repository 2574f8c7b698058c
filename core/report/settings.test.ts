import { describe, expect, it } from 'vitest';
import { readSettingsSheet, sentenceName, splitList, withDefaults } from './settings';
import { distribution, documentNumber, placeDate } from './compose';
import { sheet } from '../../test/helpers/grid';

describe('the settings sheet', () => {
  it('reads labels however they are written, lists one per line or split by ";", and names what it does not know', () => {
    const { settings, unknown } = readSettingsSheet(
      sheet('Thông tin báo cáo', [
        ['Thông tin', 'Giá trị'],
        ['CƠ QUAN BAN HÀNH', 'ỦY BAN NHÂN DÂN XÃ MỸ AN'],
        ['Số, ký hiệu:', '5/BC-UBND'],
        ['Kính gửi', 'UBND tỉnh Đồng Tháp; Sở Nội vụ'],
        ['Nơi nhận', '- Như trên;\n- Lưu: VT.'],
        ['Người ký', 'Nguyễn Văn A'],
        ['Khó khăn, vướng mắc', 'Thiếu máy quét.'],
        ['Số có hai chữ số', 'Không'],
        ['Màu giấy', 'trắng'],
      ]),
    );
    expect(settings).toEqual({
      coQuanBanHanh: 'ỦY BAN NHÂN DÂN XÃ MỸ AN',
      soKyHieu: '5/BC-UBND',
      kinhGui: ['UBND tỉnh Đồng Tháp', 'Sở Nội vụ'],
      noiNhan: ['Như trên', 'Lưu: VT'],
      nguoiKy: 'Nguyễn Văn A',
      soCoHaiChuSo: false,
      vanBan: { 'kho-khan': 'Thiếu máy quét.' },
    });
    expect(unknown).toEqual(['Màu giấy']);
  });

  it('defaults: TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH, the number left blank, the name in sentences derived', () => {
    const s = withDefaults({ coQuanBanHanh: 'VĂN PHÒNG HĐND VÀ UBND HUYỆN CHÂU THÀNH' });
    expect([s.quyenHan, s.coQuanKyThay, s.chucVu, s.soKyHieu]).toEqual(['TM.', 'ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', '/BC-UBND']);
    expect(s.tenDonVi).toBe('Văn phòng HĐND và UBND huyện Châu Thành');
  });

  it.each([
    ['ỦY BAN NHÂN DÂN HUYỆN LẤP VÒ', 'Ủy ban nhân dân huyện Lấp Vò'],
    ['ỦY BAN NHÂN DÂN XÃ TÂN HỘI TRUNG', 'Ủy ban nhân dân xã Tân Hội Trung'],
    ['ỦY BAN NHÂN DÂN THÀNH PHỐ SA ĐÉC', 'Ủy ban nhân dân thành phố Sa Đéc'],
  ])('%s in a sentence is "%s"', (caps, name) => expect(sentenceName(caps)).toBe(name));

  it('splits lists and drops their bullets and end marks', () => {
    expect(splitList('- Như trên;\n- CT, các PCT UBND huyện;\n\n- Lưu: VT, H.')).toEqual(['Như trên', 'CT, các PCT UBND huyện', 'Lưu: VT, H']);
  });
});

describe('what the decree fixes in the header and the foot', () => {
  it('"Số:" with a blank for the văn thư, or the number padded below 10', () => {
    expect(documentNumber('/BC-UBND')).toBe('Số:      /BC-UBND');
    expect(documentNumber('5/BC-UBND')).toBe('Số: 05/BC-UBND');
    expect(documentNumber('125/BC-UBND')).toBe('Số: 125/BC-UBND');
  });

  it('the date: day below 10 and months 1, 2 padded; blanks where the day is not set', () => {
    const base = withDefaults({ diaDanh: 'Tháp Mười' });
    expect(placeDate({ ...base, ngay: '5/1/2024' })).toBe('Tháp Mười, ngày 05 tháng 01 năm 2024');
    expect(placeDate({ ...base, ngay: '29/6/2019' })).toBe('Tháp Mười, ngày 29 tháng 6 năm 2019');
    expect(placeDate({ ...base, kyDen: '30/11/2023' })).toBe('Tháp Mười, ngày      tháng 11 năm 2023');
    // Without a place, the dots where the văn thư writes it (issue 20 §3).
    expect(placeDate(withDefaults({}))).toBe('……………, ngày      tháng      năm      ');
  });

  it('Nơi nhận: "- Như trên;" first when there is a Kính gửi, "- Lưu: VT." last, ";" between', () => {
    const s = withDefaults({ noiNhan: ['CT, các PCT UBND huyện'] });
    expect(distribution(s, ['Sở Nội vụ'])).toEqual(['- Như trên;', '- CT, các PCT UBND huyện;', '- Lưu: VT.']);
    expect(distribution(s, [])).toEqual(['- CT, các PCT UBND huyện;', '- Lưu: VT.']);
  });
});
