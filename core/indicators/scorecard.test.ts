import { describe, expect, it } from 'vitest';
import type { CellValue } from '../grid/types';
import { checkWorkbook } from '../workbook';
import { computeIndicators } from './compute';
import { computeScorecard } from './scorecard';
import { sheet, workbook } from '../../test/helpers/grid';

function score(...rows: CellValue[][][]) {
  const r = checkWorkbook(workbook(...rows.map((x, i) => sheet(`S${i}`, x))));
  return computeScorecard(r.tables, computeIndicators(r.tables)).map((s) => [s.id, s.scope, s.points, s.text]);
}

describe('Bộ chỉ số 766 from the sheet', () => {
  it('2.1 from early + on time + pending in time over received; 3.3 full marks from 50% online', () => {
    expect(
      score([
        [
          'Cấp',
          'Tiếp nhận',
          'Trong kỳ',
          'Kỳ trước',
          'Trực tuyến',
          'Đã giải quyết',
          'Trước hạn',
          'Đúng hạn',
          'Quá hạn',
          'Đang giải quyết',
          'Trong hạn',
          'Quá hạn',
        ],
        ['Cấp xã', 200, 180, 20, 60, 150, 100, 40, 10, 50, 45, 5],
      ]),
    ).toEqual([
      ['766-2.1', 'Cấp xã', 18.5, '18,5 / 20 điểm (ước tính)'], // (100 + 40 + 45) / 200 = 92,5% × 20
      // Over the dossiers received in the period, as the portal counts (domain-spec §8.3): 60 / 180 = 33,33%, full at 50%.
      ['766-3.3', 'Cấp xã', 4, '4 / 6 điểm (ước tính)'],
    ]);
  });

  it('5.2 full marks when there is no feedback; 3.6 from the printed payment rate', () => {
    expect(
      score(
        [
          ['Nội dung', 'Tổng số PAKN', 'Xử lý đúng hạn'],
          ['Tháng 3', 0, 0],
        ],
        [
          ['Chỉ tiêu', 'Kết quả'],
          ['Tỷ lệ thanh toán trực tuyến', '47,71%'],
        ],
      ),
    ).toEqual([
      ['766-5.2', 'Tháng 3', 6, '6 / 6 điểm (ước tính)'],
      ['766-3.6', 'Tỷ lệ thanh toán trực tuyến', 2.86, '2,86 / 6 điểm (ước tính)'],
    ]);
  });

  it('5.2 counts the PAKN still within their deadline; with some pending and no split, no estimate is made', () => {
    // 40 received: 30 on time, 2 late, 8 pending of which 6 within their deadline: (30 + 6) / 40 = 90% × 6 = 5,4.
    const rows: CellValue[][] = [
      ['Nội dung', 'Tổng số PAKN', 'Đã xử lý', 'Xử lý đúng hạn', 'Chậm trễ', 'Đang xử lý', null],
      [null, null, null, null, null, 'Tổng số', 'Trong hạn'],
      ['Tháng 3', 40, 32, 30, 2, 8, 6],
    ];
    const r = checkWorkbook(workbook(sheet('S', rows, { merges: ['A1:A2', 'B1:B2', 'C1:C2', 'D1:D2', 'E1:E2', 'F1:G1'] })));
    expect(r.tables[0]!.measures.map((m) => m.concept)).toContain('pakn-dang-trong-han');
    expect(computeScorecard(r.tables, computeIndicators(r.tables)).map((s) => [s.id, s.scope, s.points, s.text])).toEqual([
      ['766-5.2', 'Tháng 3', 5.4, '5,4 / 6 điểm (ước tính)'],
    ]);
    expect(
      score([
        ['Nội dung', 'Tổng số PAKN', 'Đã xử lý', 'Xử lý đúng hạn', 'Đang xử lý'],
        ['Tháng 3', 40, 32, 30, 8],
      ]),
    ).toEqual([]);
  });
});
