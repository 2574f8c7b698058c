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
      ['766-2.1', 'Cấp xã', 18.5, '18,5 / 20 điểm'], // (100 + 40 + 45) / 200 = 92,5% × 20
      ['766-3.3', 'Cấp xã', 3.6, '3,6 / 6 điểm'], // 60 / 200 = 30%, full at 50%
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
      ['766-5.2', 'Tháng 3', 6, '6 / 6 điểm'],
      ['766-3.6', 'Tỷ lệ thanh toán trực tuyến', 2.86, '2,86 / 6 điểm'],
    ]);
  });
});
