/**
 * Tables of figures offices published, laid out as an office's sheet would hold them, each with its source: shared by
 * the tests that read them (the report's truth, the PDF read back). Titles are the test's own.
 */
import type { CellValue } from '../../core';

const titled = (title: readonly string[], rows: CellValue[][]): CellValue[][] => [...title.map((t) => [t]), ...(title.length ? [[]] : []), ...rows];

/**
 * Kon Tum, toàn tỉnh quý I/2023 (Cổng TTĐT tỉnh Kon Tum, 18/03/2023, https://www.kontum.gov.vn/pages/detail/46988/),
 * "15/12/2022–14/3/2023": the figures by level with their online share.
 */
export const konTumRows = (title: readonly string[]): CellValue[][] =>
  titled(title, [
    ['Cấp', 'Tổng số hồ sơ tiếp nhận', 'Trong đó trực tuyến'],
    ['Các sở, ban ngành cấp tỉnh', 23233, 6596],
    ['Cấp huyện', 6776, 2521],
    ['Cấp xã', 26030, 3399],
    ['Toàn tỉnh', 56039, 12516],
  ]);

/**
 * Lâm Đồng, toàn tỉnh quý I/2020 (Báo Lâm Đồng, 18/03/2020,
 * https://baolamdong.vn/doi-song/202003/tren-7600-ho-so-bi-qua-han-trong-quy-i-2993657/), counted 01/12/2019–29/02/2020;
 * "Đúng và trước hạn" in one column; `rates` adds the printed rate beside it.
 */
export const lamDongRows = (title: readonly string[], rates = true): CellValue[][] =>
  titled(
    title,
    [
      ['Cấp', 'Tiếp nhận', 'Đã giải quyết', 'Đúng và trước hạn', 'Tỷ lệ đúng và trước hạn', 'Quá hạn', 'Đang giải quyết'],
      ['Cấp tỉnh', 54575, 51780, 51072, '98,63%', 708, 2800],
      ['Cấp huyện', 340060, 329596, 323911, '98,28%', 5685, 3405],
      ['Cấp xã', 264610, 261896, 260612, '99,51%', 1284, 967],
      ['Toàn tỉnh', 659245, 643272, 635593, '98,81%', 7677, 7172],
    ].map((row) => (rates ? row : row.filter((_v, i) => i !== 4))),
  );

/** A month's row of the by-period table: received = carried + new, resolved = early + on time + late, pending split. */
export const periodRow = (label: string, ky: number, moi: number, truoc: number, dung: number, qua: number, trong: number, dqua: number): CellValue[] => [
  label,
  ky + moi,
  ky,
  moi,
  truoc + dung + qua,
  truoc,
  dung,
  qua,
  trong + dqua,
  trong,
  dqua,
];

export const PERIOD_HEADER: CellValue[] = [
  'Kỳ báo cáo',
  'Tổng số tiếp nhận',
  'Kỳ trước chuyển qua',
  'Mới tiếp nhận',
  'Đã giải quyết',
  'Trước hạn',
  'Đúng hạn',
  'Quá hạn',
  'Đang giải quyết',
  'Trong hạn',
  'Quá hạn',
];

/**
 * Lấp Vò cấp huyện, quý I/2024: March holds the seed's figures (308 = 65 + 243; 225 = 198 + 22 + 5; 83 = 82 + 1), January
 * and February built so that each month's pending is the next month's carried-over; the quarter closes them (flows
 * summed, kỳ trước of January, đang giải quyết of March).
 */
export const lapVoQuarterRows = (): CellValue[][] => [
  PERIOD_HEADER,
  periodRow('Tháng 1/2024', 60, 230, 180, 30, 10, 68, 2),
  periodRow('Tháng 2/2024', 70, 215, 190, 25, 5, 64, 1),
  periodRow('Tháng 3/2024', 65, 243, 198, 22, 5, 82, 1),
  ['Quý I/2024', 748, 60, 688, 665, 568, 77, 20, 83, 82, 1],
];

/**
 * Quảng Nam, data of the Văn phòng UBND tỉnh, 19/8/2024 (https://quangnam.gov.vn/print/58228.html): the Bộ chỉ số 766's
 * groups with their maxima, "80,1 điểm" beside "13.2/18" in the same paragraph (both decimal marks).
 */
export const quangNamPoints = (): CellValue[][] => [
  ['Nhóm chỉ số', 'Điểm', 'Tối đa'],
  ['Công khai, minh bạch', '13.2', 18],
  ['Tiến độ giải quyết', '18.4', 20],
  ['DVC trực tuyến', '7.7', 12],
  ['Thanh toán trực tuyến', '7.6', 10],
  ['Mức độ hài lòng', '17.6', 18],
  ['Số hóa hồ sơ', '15.6', 22],
  ['Tổng (tỉnh Quảng Nam)', '80,1', 100],
];
