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
      'ten',
      'tiep-nhan',
      'da-giai-quyet',
      'dang-giai-quyet',
      'truoc-han',
      'ty-le-truoc-han',
      'dung-han',
      'ty-le-dung-han-rieng',
      'qua-han',
      'ty-le-qua-han',
    ]);
    // The portal counts 9.612 dossiers (trả lại / rút) apart from the three buckets: that sum is flagged, nothing else.
    // The printed rates agree with 257.141 as the base (124.907 / 257.141 = 48,6%), and it adds up with the pending to
    // the total: no value is proposed for C3; the three buckets are where the dossiers are missing.
    expect(flat(r)).toEqual([['C3', 'tong-da-giai-quyet', '257.141', null]]);
    expect(new Set(r.findings[0]!.candidates)).toEqual(new Set(['E3', 'G3', 'I3']));
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
    const r = run(rows);
    expect(flat(r)).toEqual([]);
    // The indicator says which definition the printed rate agrees with, beside its own (over resolved).
    const onTime = computeIndicators(r.tables).find((i) => i.id === 'ty-le-dung-han')!;
    expect([onTime.text, onTime.definition, onTime.printed]).toEqual([
      '88,54%',
      '(trước hạn + đúng hạn) / đã giải quyết',
      { text: '84,71%', agrees: '(Số giải quyết trước hạn + Số giải quyết đúng hạn) / Tổng số hồ sơ tiếp nhận' },
    ]);
    rows[1]![7] = '80%';
    expect(flat(run(rows))).toEqual([['H2', 'ty-le-lech', '80%', '88,54%']]);
  });

  it('"Tỷ lệ đúng hạn (%)" beside early and on-time counts: an office meaning "not late" (early included) is right too', () => {
    const rows: CellValue[][] = [
      ['Đơn vị', 'Tổng số tiếp nhận', 'Đã giải quyết', 'Đang giải quyết', 'Trước hạn', 'Đúng hạn', 'Quá hạn', 'Tỷ lệ đúng hạn (%)'],
      // (20 + 70) / 92 = 97,83%; on time alone it would be 76,09%.
      ['Văn phòng HĐND-UBND', 100, 92, 8, 20, 70, 2, '97,83'],
      ['Phòng Tư pháp', 50, 45, 5, 10, 35, 0, '77,78'],
    ];
    expect(flat(run(rows))).toEqual([]);
    rows[1]![7] = '95';
    // Neither reading gives 95%: flagged with the on-time-only value, the column's first meaning.
    expect(flat(run(rows))).toEqual([['H2', 'ty-le-lech', '95%', '76,09%']]);
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
    // Received is counted at the door (its weight): the slip is sought in resolved or pending, no value proposed.
    expect(flat(r)).toEqual([['B3', 'can-doi-tiep-nhan', '1.886', null]]);
    expect(r.findings[0]!.candidates).toEqual(['C3', 'D3']);
  });

  it('"STT" repeated after figures starts a new table even without a blank column between', () => {
    const rows: CellValue[][] = [
      ['STT', 'Đơn vị', 'Tiếp nhận', 'Đã giải quyết', 'Đang giải quyết', 'STT', 'Đơn vị', 'Tiếp nhận', 'Đã giải quyết', 'Đang giải quyết'],
      [1, 'Xã Mỹ An', 120, 100, 20, 1, 'Xã Mỹ Hòa', 90, 80, 11],
    ];
    const r = run(rows);
    expect(r.tables.map((t) => t.address)).toEqual(['A1:E2', 'F1:J2']);
    expect(flat(r)).toEqual([['H2', 'can-doi-tiep-nhan', '90', null]]);
    expect(r.findings[0]!.candidates).toEqual(['J2', 'I2']); // 11 for 10 is one digit typed wrong; 80 for 79 is not
  });
});

describe('transposed tables: measures as rows, periods or levels as columns', () => {
  /**
   * Months as columns with a "Lũy kế" column (the Lấp Vò seed's cấp huyện figures for 03/2024 as the
   * last month; the months before built so that each month's pending becomes the next month's carried-over).
   */
  const MONTHS: CellValue[][] = [
    ['Chỉ tiêu', 'Tháng 1', 'Tháng 2', 'Tháng 3', 'Lũy kế'],
    ['Tổng số hồ sơ tiếp nhận', 250, 270, 308, 713], // 40 carried over + 673 new
    ['Số kỳ trước chuyển qua', 40, 50, 65, 40],
    ['Số mới tiếp nhận', 210, 220, 243, 673],
    ['Số hồ sơ đã giải quyết', 200, 205, 225, 630],
    ['Số hồ sơ đang giải quyết', 50, 65, 83, 83],
    ['Tỷ lệ giải quyết trước hạn, đúng hạn', '98%', '97,56%', '97,78%', '97,78%'],
    ['Số giải quyết trước hạn', 150, 160, 198, 508],
    ['Số giải quyết đúng hạn', 46, 40, 22, 108],
    ['Số giải quyết quá hạn', 4, 5, 5, 14],
  ];

  it('is found, its "Lũy kế" adds flows and takes stocks from the first and last month, rates are never summed', () => {
    const r = run(MONTHS);
    expect(r.tables.map(tableSummary)).toEqual([{ sheet: 'S', range: 'A1:E10', form: 'tthc', rows: 3, orientation: 'columns' }]);
    const t = r.tables[0]!;
    expect(t.records.map((x) => [x.label, x.role])).toEqual([
      ['Tháng 1', 'data'],
      ['Tháng 2', 'data'],
      ['Tháng 3', 'data'],
      ['Lũy kế', 'total'],
    ]);
    expect(t.byPeriod).toBe(true);
    // (508 + 108) / 630 = 97,78%: the printed Lũy kế rate agrees; nothing is flagged.
    expect(flat(r)).toEqual([]);
  });

  it('a wrong Lũy kế is flagged at its cell, a stock summed over the months too', () => {
    const rows = MONTHS.map((x) => [...x]);
    rows[4]![4] = 620; // đã giải quyết: 200 + 205 + 225 = 630
    rows[2]![4] = 155; // kỳ trước summed over the months instead of the first month's 40
    const r = run(rows);
    // 155 is the months' sum: were the stock summed, only the row identity would break. It is the first month's 40.
    expect(flat(r).slice(0, 2)).toEqual([
      ['E3', 'nghi-o-sai', '155', '40'],
      ['E5', 'nghi-o-sai', '620', '630'],
    ]);
  });

  it('titles above a turned table are titles, not label columns; its messages name columns and rows the right way round', () => {
    const rows: CellValue[][] = [['UBND XÃ TÂN THÀNH'], ['THEO DÕI KẾT QUẢ GIẢI QUYẾT TTHC NĂM 2024'], [], ...MONTHS.map((x) => [...x])];
    const r = run(rows);
    expect(r.tables.map(tableSummary)).toEqual([{ sheet: 'S', range: 'A4:E13', form: 'tthc', rows: 3, orientation: 'columns' }]);
    expect(flat(r)).toEqual([]);
    rows[8]![4] = 93; // Lũy kế of đang giải quyết: the last month's 83
    const msgs = run(rows).findings.map((f) => `${f.cell} ${f.message}`);
    // E9 is in column E (Lũy kế) and row 9 (đang giải quyết): the table's records are the sheet's columns.
    expect(msgs).toEqual([
      expect.stringMatching(
        /^E9 Ô E9 \(Số hồ sơ đang giải quyết, cột «Lũy kế»\) .*số kỳ cuối \(«Tháng 3»\) của dòng «Số hồ sơ đang giải quyết» \(số này không cộng dồn/,
      ),
    ]);
    expect(msgs.join('\n')).not.toMatch(/dòng «Lũy kế»|cột «Số hồ sơ/);
  });

  it('levels as columns with a province total: every level is a record, the total adds all', () => {
    // Tây Ninh, 23/02/2026 (PLO): cấp xã 1.610 hồ sơ, sở, ngành cấp tỉnh 55 hồ sơ, 100% trực tuyến at province level.
    const rows: CellValue[][] = [
      ['Nội dung', 'Cấp tỉnh', 'Cấp xã', 'Toàn tỉnh'],
      ['Tổng số hồ sơ tiếp nhận', 55, 1610, 1665],
      ['Số tiếp nhận trực tuyến', 55, 1475, 1530],
      ['Số tiếp nhận trực tiếp, bưu chính', 0, 135, 135],
    ];
    const r = run(rows);
    expect(r.tables.map((t) => [t.address, t.orientation, t.byLevel])).toEqual([['A1:D4', 'columns', true]]);
    expect(flat(r)).toEqual([]);
    rows[1]![3] = 1650;
    // The province total and its channels (trực tuyến + trực tiếp, bưu chính = 1.665) both point at D2.
    expect(flat(run(rows))).toEqual([['D2', 'nghi-o-sai', '1.650', '1.665']]);
  });
});

describe('totals on top and group subtotals', () => {
  /**
   * A province list as Đồng Tháp's 102 xã/phường would report it after 01/7/2025 (domain-spec §5: two tiers,
   * units listed under groups): the province total first, then Nhóm I and Nhóm II, each a subtotal of its
   * units. The counts are made up; the layout is the one in use.
   */
  function province(): CellValue[][] {
    const rows: CellValue[][] = [['STT', 'Đơn vị', 'Tổng số tiếp nhận', 'Đã giải quyết', 'Đang giải quyết']];
    const unit = (i: number): CellValue[] => [i, `${i <= 60 ? 'Xã' : 'Phường'} số ${i}`, 100 + i, 90 + i, 10];
    const units = Array.from({ length: 102 }, (_u, k) => unit(k + 1));
    const sum = (list: CellValue[][], c: number) => list.reduce((s, r) => s + (r[c] as number), 0);
    const g1 = units.slice(0, 60);
    const g2 = units.slice(60);
    rows.push(['', 'Toàn tỉnh', sum(units, 2), sum(units, 3), sum(units, 4)]);
    rows.push(['I', 'Nhóm I: các xã', sum(g1, 2), sum(g1, 3), sum(g1, 4)], ...g1);
    rows.push(['II', 'Nhóm II: các phường', sum(g2, 2), sum(g2, 3), sum(g2, 4)], ...g2);
    return rows;
  }

  it('the total on top covers the groups, each group its units: nothing flagged', () => {
    const r = run(province());
    const t = r.tables[0]!;
    expect(t.records.filter((x) => x.role === 'subtotal').map((x) => [x.label, x.covers!.length])).toEqual([
      ['Nhóm I: các xã', 60],
      ['Nhóm II: các phường', 42],
    ]);
    expect(t.records.find((x) => x.role === 'total')!.label).toBe('Toàn tỉnh');
    expect(flat(r)).toEqual([]);
  });

  it('one unit typed wrong breaks its row, its group and the province total: one finding, at the unit', () => {
    const rows = province();
    rows[80]![3] = 170; // Phường số 77: 167 đã giải quyết typed 170
    const r = run(rows);
    expect(flat(r)).toEqual([['D81', 'nghi-o-sai', '170', '167']]);
  });
});

describe('columns no rule knows', () => {
  it('are reported, never guessed, and do not hide a table whose identities are known', () => {
    const rows: CellValue[][] = [
      ['Cấp', 'Mã ĐVHC', 'Tổng số', 'Ghi nhận A', 'Đã giải quyết', 'Ghi nhận B', 'Đang giải quyết', 'Ghi nhận C'],
      ['Cấp huyện', 'H01', 308, 1, 225, 2, 83, 3],
      ['Cấp xã', 'X01', 1886, 4, 1722, 5, 154, 6],
    ];
    const r = run(rows);
    expect(r.tables.map((t) => t.address)).toEqual(['A1:H3']);
    expect(flat(r)).toEqual([
      ['C3', 'can-doi-tiep-nhan', '1.886', null],
      ['B1', 'cot-khong-nhan-dien', null, null],
      ['D1', 'cot-khong-nhan-dien', null, null],
      ['F1', 'cot-khong-nhan-dien', null, null],
      ['H1', 'cot-khong-nhan-dien', null, null],
    ]);
  });
});

describe('received by channel: trực tiếp, trực tuyến and bưu chính apart', () => {
  // A Phòng Văn hóa - Xã hội's quarter: each channel its own column, no "kỳ trước" column.
  const rows: CellValue[][] = [
    [
      'STT',
      'Lĩnh vực',
      'Tiếp nhận trực tiếp',
      'Tiếp nhận trực tuyến',
      'Tiếp nhận qua bưu chính',
      'Tổng số tiếp nhận',
      'Giải quyết đúng hạn',
      'Giải quyết trễ hạn',
    ],
    [1, 'Người có công', 12, 30, 0, 42, 40, 2],
    [2, 'Bảo trợ xã hội', 25, 61, 2, 88, 88, 0],
    [3, 'Trẻ em', 3, 4, 0, 7, 6, 0],
    ['', 'Cộng', 40, 95, 2, 137, 134, 2],
  ];

  it('bưu chính is a channel of its own, not a second "trực tiếp" column; the channels add up to what was received', () => {
    const r = run(rows);
    expect(r.tables[0]!.measures.map((m) => m.concept)).toEqual(['stt', 'ten', 'truc-tiep', 'truc-tuyen', 'buu-chinh', 'tiep-nhan', 'dung-han', 'qua-han']);
    expect(flat(r)).toEqual([]);
    // 69,34% = 95 / (40 + 95 + 2): the online rate counts the postal channel among the dossiers received.
    expect(computeIndicators(r.tables).find((i) => i.id === 'ty-le-truc-tuyen' && i.scope === 'Cộng')?.text).toBe('69,34%');
  });

  it('one channel miscounted: its total cell is named, with the value that mends both sums', () => {
    const wrong = rows.map((x) => [...x]);
    wrong[2]![5] = 89;
    expect(flat(run(wrong))).toEqual([['F3', 'nghi-o-sai', '89', '88']]);
  });
});
