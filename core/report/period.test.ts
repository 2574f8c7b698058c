import { describe, expect, it } from 'vitest';
import { daysOfText, namedPeriodOfText, periodDays, periodName, periodOfDays, periodWord } from './period';

describe('the period a report covers', () => {
  it('reads the period a title names, in the ways offices write it', () => {
    expect(namedPeriodOfText('BÁO CÁO KẾT QUẢ GIẢI QUYẾT TTHC THÁNG 7 NĂM 2025')).toEqual({ type: 'thang', year: 2025, index: 7 });
    expect(namedPeriodOfText('Tháng 07/2025')).toEqual({ type: 'thang', year: 2025, index: 7 });
    expect(namedPeriodOfText('THÁNG 10-2025')).toEqual({ type: 'thang', year: 2025, index: 10 });
    expect(namedPeriodOfText('QUÝ I/2024')).toEqual({ type: 'quy', year: 2024, index: 1 });
    expect(namedPeriodOfText('Quý IV năm 2023')).toEqual({ type: 'quy', year: 2023, index: 4 });
    expect(namedPeriodOfText('quý 3 năm 2024')).toEqual({ type: 'quy', year: 2024, index: 3 });
    expect(namedPeriodOfText('Báo cáo 6 tháng đầu năm 2025')).toEqual({ type: '6-thang', year: 2025 });
    expect(namedPeriodOfText('KẾT QUẢ 9 THÁNG NĂM 2024')).toEqual({ type: '9-thang', year: 2024 });
    expect(namedPeriodOfText('TÌNH HÌNH GIẢI QUYẾT TTHC NĂM 2020')).toEqual({ type: 'nam', year: 2020 });
    // Nothing a period: a month without its year, a number that is no year, a unit's name.
    expect(namedPeriodOfText('Tháng 7')).toBeUndefined();
    expect(namedPeriodOfText('Tháng 13 năm 2025')).toBeUndefined();
    expect(namedPeriodOfText('UBND XÃ PHÚ HỰU')).toBeUndefined();
    expect(namedPeriodOfText('Kèm theo Quyết định số 15 năm 1890')).toBeUndefined();
  });

  it('reads the days a title states, only real days in order', () => {
    expect(daysOfText('Từ ngày 15/09/2025 đến ngày 14/10/2025')).toEqual({ from: '2025-09-15', to: '2025-10-14' });
    expect(daysOfText('(từ 15/2/2024 - 12/3/2024)')).toEqual({ from: '2024-02-15', to: '2024-03-12' });
    expect(daysOfText('Từ ngày 31/02/2024 đến ngày 14/3/2024')).toBeUndefined();
    expect(daysOfText('Từ ngày 15/03/2024 đến ngày 14/02/2024')).toBeUndefined();
  });

  it('counts a named period by the rule: 15 to 14 for periodic reports, calendar months for the Bộ chỉ số', () => {
    expect(periodDays({ type: 'thang', year: 2025, index: 7 }, 'dinh-ky')).toEqual({ from: '2025-06-15', to: '2025-07-14' });
    expect(periodDays({ type: 'thang', year: 2025, index: 1 }, 'dinh-ky')).toEqual({ from: '2024-12-15', to: '2025-01-14' });
    expect(periodDays({ type: 'thang', year: 2024, index: 2 }, 'lich')).toEqual({ from: '2024-02-01', to: '2024-02-29' });
    // Bộ Nội vụ: quý I 15/12–14/3, 6 tháng 15/12–14/6, quý III 15/6–14/9, năm 15/12–14/12 (domain-spec §8.2).
    expect(periodDays({ type: 'quy', year: 2024, index: 1 }, 'dinh-ky')).toEqual({ from: '2023-12-15', to: '2024-03-14' });
    expect(periodDays({ type: 'quy', year: 2024, index: 3 }, 'dinh-ky')).toEqual({ from: '2024-06-15', to: '2024-09-14' });
    expect(periodDays({ type: '6-thang', year: 2025 }, 'dinh-ky')).toEqual({ from: '2024-12-15', to: '2025-06-14' });
    expect(periodDays({ type: '9-thang', year: 2025 }, 'lich')).toEqual({ from: '2025-01-01', to: '2025-09-30' });
    expect(periodDays({ type: 'nam', year: 2020 }, 'dinh-ky')).toEqual({ from: '2019-12-15', to: '2020-12-14' });
    expect(periodDays({ type: 'nam', year: 2020 }, 'lich')).toEqual({ from: '2020-01-01', to: '2020-12-31' });
  });

  it('names a span of days by what it is', () => {
    // Lấp Vò's March 2024 report: 15/02–12/3, cut before the 14th.
    expect(periodOfDays('2024-02-15', '2024-03-12')).toMatchObject({ type: 'thang', year: 2024, index: 3 });
    expect(periodOfDays('2024-03-01', '2024-03-31')).toMatchObject({ type: 'thang', year: 2024, index: 3 });
    expect(periodOfDays('2023-12-15', '2024-03-14')).toMatchObject({ type: 'quy', year: 2024, index: 1 });
    expect(periodOfDays('2024-01-01', '2024-03-31')).toMatchObject({ type: 'quy', year: 2024, index: 1 });
    expect(periodOfDays('2024-12-15', '2025-06-14')).toMatchObject({ type: '6-thang', year: 2025 });
    expect(periodOfDays('2025-01-01', '2025-09-30')).toMatchObject({ type: '9-thang', year: 2025 });
    expect(periodOfDays('2019-12-15', '2020-12-14')).toMatchObject({ type: 'nam', year: 2020 });
    expect(periodOfDays('2020-01-01', '2020-12-31')).toMatchObject({ type: 'nam', year: 2020 });
    // Spans that are none of those: said by their days.
    expect(periodOfDays('2024-03-04', '2024-03-08')).toMatchObject({ type: 'khoang' });
    expect(periodOfDays('2024-01-01', '2024-02-29')).toMatchObject({ type: 'khoang' });
    expect(periodOfDays('2024-04-01', '2024-09-30')).toMatchObject({ type: 'khoang' });
  });

  it('writes each period as the reports do', () => {
    expect(periodName({ type: 'thang', year: 2024, index: 3 })).toBe('tháng 3 năm 2024');
    expect(periodName({ type: 'thang', year: 2024, index: 2 })).toBe('tháng 02 năm 2024');
    expect(periodName({ type: 'quy', year: 2024, index: 1 })).toBe('quý I năm 2024');
    expect(periodName({ type: '6-thang', year: 2025 })).toBe('6 tháng đầu năm 2025');
    expect(periodName({ type: '9-thang', year: 2025 })).toBe('9 tháng đầu năm 2025');
    expect(periodName({ type: 'nam', year: 2020 })).toBe('năm 2020');
    expect(periodName({ type: 'khoang', year: 2024, from: '2024-03-04', to: '2024-03-08' })).toBe('từ ngày 04/3/2024 đến ngày 08/3/2024');
    expect(['thang', 'quy', 'nam', 'khoang'].map((t) => periodWord(t as 'thang'))).toEqual(['tháng', 'quý', 'năm', 'kỳ']);
  });
});
