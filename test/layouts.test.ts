/**
 * Layouts and values clerks really have, each built from figures an office or its portal published
 * (sources cited per case), with the findings that must come out — and the cells that must not be flagged.
 */
import { describe, expect, it } from 'vitest';
import { checkWorkbook, computeIndicators, tableSummary, type CellValue } from '../core';
import { sheet, workbook } from './helpers/grid';

const _ = null;
const run = (rows: CellValue[][], opts: { merges?: string[]; display?: (string | undefined)[][] } = {}) => checkWorkbook(workbook(sheet('S', rows, opts)));
const flat = (r: ReturnType<typeof run>) => r.findings.map((f) => [f.cell, f.rule, f.actual, f.expected]);

/**
 * Thừa Thiên Huế one-stop portal, "Kết quả giải quyết thủ tục hành chính" (domain-spec §7.2.3):
 * Mức độ | Tổng | Đã xử lý | Chưa xử lý | Trước hạn (Tổng, %) | Đúng hạn (Tổng, %) | Trễ hạn (Tổng, %);
 * Mức 1,2: 268763 | 257141 | 11622 | 124907 48,6% | 102770 40% | 19852 7,7%.
 */
const HUE_HEADER: CellValue[][] = [
  ['Mức độ', 'Tổng', 'Đã xử lý', 'Chưa xử lý', 'Trước hạn', _, 'Đúng hạn', _, 'Trễ hạn', _],
  [_, _, _, _, 'Tổng', '%', 'Tổng', '%', 'Tổng', '%'],
];
const HUE_MERGES = ['A1:A2', 'B1:B2', 'C1:C2', 'D1:D2', 'E1:F1', 'G1:H1', 'I1:J1'];

describe('rates each checked by their own definition (Thừa Thiên Huế portal)', () => {
  it('"Trước hạn › %" is early only, "Đúng hạn › %" on time only, "Trễ hạn › %" late: none is flagged', () => {
    const r = run([...HUE_HEADER, ['Mức 1,2', 268763, 257141, 11622, 124907, '48,6%', 102770, '40%', 19852, '7,7%']], { merges: HUE_MERGES });
    expect(r.tables[0]!.measures.map((m) => m.concept)).toEqual([
      'ten', 'tiep-nhan', 'da-giai-quyet', 'dang-giai-quyet', 'truoc-han', 'ty-le-truoc-han', 'dung-han', 'ty-le-dung-han-rieng', 'qua-han', 'ty-le-qua-han',
    ]);
    // The portal counts 9.612 dossiers (trả lại / rút) apart from the three buckets: that sum is flagged, nothing else.
    expect(flat(r)).toEqual([['C3', 'tong-da-giai-quyet', '257.141', '247.529']]);
  });

  it('a wrong early-only rate is flagged with the value of its own definition', () => {
    const r = run([...HUE_HEADER, ['Mức 1,2', 268763, 257141, 11622, 124907, '88,5%', 102770, '40%', 19852, '7,7%']], { merges: HUE_MERGES });
    expect(flat(r)).toContainEqual(['F3', 'ty-le-lech', '88,5%', '48,58%']);
  });

  it('"Tỷ lệ trước hạn, đúng hạn" printed over the dossiers received (not resolved) agrees with a definition in use', () => {
    const rows: CellValue[][] = [
      ['Mức độ', 'Tổng số tiếp nhận', 'Đã giải quyết', 'Đang giải quyết', 'Trước hạn', 'Đúng hạn', 'Quá hạn', 'Tỷ lệ trước hạn, đúng hạn'],
      // (124907 + 102770) / 268763 = 84,71% — over received; over resolved it would be 88,54%.
      ['Mức 1,2', 268763, 257141, 11622, 124907, 102770, 29464, '84,71%'],
    ];
    expect(flat(run(rows))).toEqual([]);
    rows[1]![7] = '80%';
    expect(flat(run(rows))).toEqual([['H2', 'ty-le-lech', '80%', '88,54%']]);
  });
});

describe('values', () => {
  it('note marks after figures are read as the number (Lấp Vò 03/2024 cấp huyện, marked as offices mark them)', () => {
    const rows: CellValue[][] = [
      ['Cấp', 'Tổng số', 'Kỳ trước', 'Mới tiếp nhận', 'Đã giải quyết', 'Đang giải quyết'],
      ['Cấp huyện', '308(*)', '65¹', '243 (**)', '225', '83'],
    ];
    const r = run(rows);
    expect(flat(r)).toEqual([]);
    const t = r.tables[0]!;
    expect(t.values[1]![0]).toEqual({ n: 308, how: 'note-mark', mark: '(*)', text: '308(*)' });
  });

  it('a rate stored as a fraction under a percent format, as text with a space, and with a dot decimal', () => {
    const rows: CellValue[][] = [
      ['Cấp', 'Đã giải quyết', 'Trước hạn', 'Đúng hạn', 'Quá hạn', 'Tỷ lệ trước hạn, đúng hạn'],
      ['Cấp huyện', 225, 198, 22, 5, 0.9778],
      ['Cấp xã', 1722, 1544, 175, 3, '99,83 %'],
      ['Toàn huyện', 1947, 1742, 197, 8, '99.59%'],
    ];
    const r = run(rows, { display: [[], [_, _, _, _, _, '97.78%'] as (string | undefined)[]] });
    expect(flat(r)).toEqual([]);
  });
});

describe('tables side by side', () => {
  it('two tables on the same rows: a second label column starts the second table; each checked on its own', () => {
    // Left: Lấp Vò 03/2024 by level (seed figures); right: the same months' PAKN (seed: 02 phản ánh, 02 đã xử lý).
    const rows: CellValue[][] = [
      ['Cấp', 'Tổng số', 'Đã giải quyết', 'Đang giải quyết', _, 'Nội dung', 'Tổng số PAKN', 'Đã xử lý', 'Đang xử lý'],
      ['Cấp huyện', 308, 225, 83, _, 'Quy định hành chính', 2, 2, 0],
      ['Cấp xã', 1886, 1722, 154, _, 'Hành vi hành chính', 0, 0, 0],
    ];
    const r = run(rows);
    expect(r.tables.map(tableSummary).map((t) => [t.range, t.form, t.rows])).toEqual([
      ['A1:D3', 'tthc', 2],
      ['F1:I3', 'pakn', 2],
    ]);
    // The Lấp Vò cấp xã inconsistency, and only it: the PAKN table's columns are not read as TTHC columns.
    expect(flat(r)).toEqual([['B3', 'can-doi-tiep-nhan', '1.886', '1.876']]);
  });

  it('"STT" repeated after figures starts a new table even without a blank column between', () => {
    const rows: CellValue[][] = [
      ['STT', 'Đơn vị', 'Tiếp nhận', 'Đã giải quyết', 'Đang giải quyết', 'STT', 'Đơn vị', 'Tiếp nhận', 'Đã giải quyết', 'Đang giải quyết'],
      [1, 'Xã Mỹ An', 120, 100, 20, 1, 'Xã Mỹ Hòa', 90, 80, 11],
    ];
    const r = run(rows);
    expect(r.tables.map((t) => t.address)).toEqual(['A1:E2', 'F1:J2']);
    expect(flat(r)).toEqual([['H2', 'can-doi-tiep-nhan', '90', '91']]);
  });
});
