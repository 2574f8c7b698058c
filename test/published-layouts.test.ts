/**
 * Layouts clerks really write, each a workbook built from figures an office published (the source cited above each
 * table), with the cells that must and must not be flagged (issue 17 §2). Where a report gave its figures in
 * sentences, the table is laid out as an office's sheet would hold them; nothing is "fixed".
 */
import { describe, expect, it } from 'vitest';
import { checkWorkbook, computeIndicators } from '../core';
import type { CellValue } from '../core';
import { sheet, workbook } from './helpers/grid';
import { chauThanhAppendix } from './helpers/reference';
import { lapVoQuarterRows, periodRow, quangNamPoints } from './helpers/published-tables';

const _ = null;
const run = (rows: CellValue[][], merges: string[] = [], name = 'S') => checkWorkbook(workbook(sheet(name, rows, { merges })));
const flat = (r: ReturnType<typeof run>) => r.findings.map((f) => [f.cell, f.rule, f.actual, f.expected]);

describe('Lâm Đồng, toàn tỉnh quý I/2020 by level, "đúng và trước hạn" in one column', () => {
  // Báo Lâm Đồng, 18/03/2020, "Trên 7.600 hồ sơ bị quá hạn trong quý I" (thống kê của UBND tỉnh; 1/12/2019–29/2/2020):
  // https://baolamdong.vn/doi-song/202003/tren-7600-ho-so-bi-qua-han-trong-quy-i-2993657/
  // Cấp xã's quá hạn and đang giải quyết are not printed: taken from the toàn tỉnh row minus the other levels, which
  // agrees both ways (7.677 − 708 − 5.685 = 1.284 = 261.896 − 260.612).
  const rows: CellValue[][] = [
    ['Cấp', 'Tiếp nhận', 'Đã giải quyết', _, _, _, _, 'Đang giải quyết', _, _],
    [_, _, 'Tổng số', 'Đúng và trước hạn', _, 'Quá hạn', _, 'Tổng số', 'Chưa đến hạn', 'Đã quá hạn'],
    [_, _, _, 'Số hồ sơ', 'Tỷ lệ', 'Số hồ sơ', 'Tỷ lệ', _, _, _],
    ['Cấp tỉnh', 54575, 51780, 51072, '98,63%', 708, '1,37%', 2800, 2672, 128],
    ['Cấp huyện', 340060, 329596, 323911, '98,28%', 5685, '1,7%', 3405, 2436, 969],
    ['Cấp xã', 264610, 261896, 260612, '99,51%', 1284, '0,49%', 967, 842, 125],
    ['Toàn tỉnh', 659245, 643272, 635593, '98,81%', 7677, '1,19%', 7172, 5950, 1222],
  ];
  const merges = ['A1:A3', 'B1:B3', 'C1:G1', 'H1:J1', 'C2:C3', 'D2:E2', 'F2:G2', 'H2:H3', 'I2:I3', 'J2:J3'];

  it('reads "Đúng và trước hạn" as early and on time together, not early alone', () => {
    const r = run(rows, merges);
    expect(r.tables[0]!.measures.map((m) => m.concept)).toEqual([
      'ten',
      'tiep-nhan',
      'da-giai-quyet',
      'truoc-dung-han',
      'ty-le-dung-han',
      'qua-han',
      'ty-le-qua-han',
      'dang-giai-quyet',
      'trong-han',
      'dang-qua-han',
    ]);
    // The on-time rate of each level, from the combined count over resolved: 51.072 / 51.780.
    const rate = computeIndicators(r.tables).filter((i) => i.id === 'ty-le-dung-han');
    expect(rate.map((i) => [i.scope, i.text])).toEqual([
      ['Cấp tỉnh', '98,63%'],
      ['Cấp huyện', '98,28%'],
      ['Cấp xã', '99,51%'],
      ['Toàn tỉnh', '98,81%'],
    ]);
  });

  it('the toàn tỉnh on-time cell is the slip (635.593 for 635.595): its column and its row agree on it', () => {
    const r = run(rows, merges);
    const errors = r.findings.filter((f) => f.severity === 'error');
    expect(errors.map((f) => [f.cell, f.rule, f.actual, f.expected])).toEqual([['D7', 'nghi-o-sai', '635.593', '635.595']]);
    expect(errors[0]!.message).toContain('Có thể đã gõ nhầm 635.595 thành 635.593.');
  });

  it('received = resolved + pending holds at no level (dossiers counted apart): one warning for the table, not four errors', () => {
    const r = run(rows, merges);
    const warn = r.findings.filter((f) => f.severity === 'warning');
    expect(warn.map((f) => [f.cell, f.rule])).toEqual([['B1', 'dang-thuc-khong-giu']]);
    expect(warn[0]!.message).toContain('không đúng ở cả 4 dòng');
    // Every other cell passes: the rates (1,7% printed with one decimal), the pending split, the column sums.
    expect(r.findings).toHaveLength(2);
  });
});

describe('Kon Tum, toàn tỉnh quý I/2023 by level: online share printed per level', () => {
  // Cổng TTĐT tỉnh Kon Tum, 18/03/2023, "Toàn tỉnh tiếp nhận 56.039 hồ sơ giải quyết thủ tục hành chính trong quý I"
  // (15/12/2022–14/3/2023): https://www.kontum.gov.vn/pages/detail/46988/
  const rows: CellValue[][] = [
    ['Cấp', 'Tổng số hồ sơ tiếp nhận', 'Trong đó trực tuyến', 'Tỷ lệ trực tuyến'],
    ['Các sở, ban ngành cấp tỉnh', 23233, 6596, '28,39%'],
    ['Cấp huyện', 6776, 2521, '37,76%'],
    ['Cấp xã', 26030, 3399, '13,05%'],
    ['Toàn tỉnh', 56039, 12516, '22,33%'],
  ];

  it('the one printed rate that no definition gives (37,76% for 2.521 / 6.776 = 37,2%) is flagged; 13,05% (truncated) is not', () => {
    const r = run(rows);
    expect(r.tables[0]!.byLevel).toBe(true);
    expect(flat(r)).toEqual([['D3', 'ty-le-lech', '37,76%', '37,2%']]);
  });

  it('the sums hold: the levels add up to toàn tỉnh in both columns', () => {
    const wrong = rows.map((x) => [...x]);
    wrong[4]![2] = 12561; // toàn tỉnh online 12.516 typed 12.561 (two digits swapped)
    const r = run(wrong);
    // Any level's online count could mend the column, but only the total's also mends its printed rate (22,33%) and
    // breaks no other: one cell, one value; the rate is said with it, not apart.
    expect(flat(r)).toEqual([
      ['D3', 'ty-le-lech', '37,76%', '37,2%'],
      ['C5', 'dong-tong', '12.561', '12.516'],
    ]);
    const f = r.findings[1]!;
    expect(f.message).toContain('Có thể đã gõ nhầm 12.516 thành 12.561.');
    expect(f.message).toContain('Tỷ lệ ghi ở ô D5 cũng khớp khi sửa ô này.');
  });
});

describe("a numbering row states the form's own identities, rates included", () => {
  // Tháp Mười, Bộ chỉ số tháng 11/2023 (test/reference/bao-cao-bo-chi-so-thang-11-2023-thap-muoi.txt; seed-figures.md):
  // đã giải quyết 349 = 280 + 69 + 0 and 1.890 = 1.644 + 246 + 0; số hóa 261 → 74,78% (truncated), 1.083 → 57,3%.
  const rows = (rate: string, numbering = '(8)=(7)/(2)'): CellValue[][] => [
    ['Cấp', 'Đã giải quyết', 'Trước hạn', 'Đúng hạn', 'Trễ hạn', 'Đang giải quyết', 'Số hóa kết quả', 'Tỷ lệ số hóa (%)'],
    ['(1)', '(2)=(3)+(4)+(5)', '(3)', '(4)', '(5)', '(6)', '(7)', numbering],
    ['Huyện', 349, 280, 69, 0, 61, 261, rate],
    ['Xã', 1890, 1644, 246, 0, 169, 1083, '57,3%'],
  ];

  it('"(8)=(7)/(2)" keeps the table (it used to vanish: "không tìm thấy bảng") and its rate holds', () => {
    const r = run(rows('74,78%'));
    expect(r.tables.map((t) => [t.address, t.form])).toEqual([['A1:H4', 'tthc']]);
    expect(r.tables[0]!.statedRates).toEqual([{ text: '(8)=(7)/(2)', rate: 7, num: [6], den: [1] }]);
    expect(r.findings).toEqual([]);
  });

  it("a rate that disagrees with the row's own formula is flagged by that formula", () => {
    const r = run(rows('47,78%'));
    expect(flat(r)).toEqual([['H3', 'ty-le-lech', '47,78%', '74,79%']]);
    expect(r.findings[0]!.message).toContain('theo dòng đánh số cột ((8)=(7)/(2)), tỷ lệ phải bằng 261 / 349 = 74,79%');
  });

  it('a formula the reader does not understand is one warning, never a reason to drop the table', () => {
    const r = run(rows('74,78%', '(8)=(7):(2)'));
    expect(r.tables).toHaveLength(1);
    expect(flat(r)).toEqual([['H2', 'danh-so-khong-hieu', null, null]]);
  });

  it('a chained equality "(2)=(3)+(4)+(5)=(9)+(10)" states two sums', () => {
    const chained: CellValue[][] = [
      ['Cấp', 'Đã giải quyết', 'Trước hạn', 'Đúng hạn', 'Trễ hạn', 'Trực tiếp', 'Trực tuyến'],
      ['(1)', '(2)=(3)+(4)+(5)=(6)+(7)', '(3)', '(4)', '(5)', '(6)', '(7)'],
      ['Huyện', 349, 280, 69, 0, 300, 49],
      ['Xã', 1890, 1644, 246, 0, 1000, 880],
    ];
    const r = run(chained);
    expect(r.tables[0]!.stated.map((s) => s.parts.map((p) => p.line))).toEqual([
      [2, 3, 4],
      [5, 6],
    ]);
    // Xã: 1.000 + 880 = 1.880, not 1.890; the first sum holds, so the slip is in the second.
    expect(r.findings.map((f) => [f.cell, f.rule, f.expected, f.candidates])).toEqual([['B4', 'cong-thuc-danh-so', null, ['F4', 'G4']]]);
  });
});

describe('"Tổng số" under a sub-heading is that heading\'s total, not the table\'s', () => {
  // Kon Tum, toàn tỉnh quý I/2023 (source above): 56.039 = 12.516 trực tuyến + 38.613 trực tiếp và bưu chính + 4.910
  // từ kỳ trước chuyển sang.
  const rows: CellValue[][] = [
    ['Đơn vị', 'Tổng số hồ sơ tiếp nhận', 'Hồ sơ nộp trực tuyến', 'Trực tiếp và bưu chính', 'Từ kỳ trước chuyển sang'],
    [_, _, 'Tổng số', _, _],
    ['Toàn tỉnh', 56039, 12516, 38613, 4910],
  ];
  const merges = ['A1:A2', 'B1:B2', 'D1:D2', 'E1:E2'];

  it('"Hồ sơ nộp trực tuyến › Tổng số" is the online count: the channels add up, nothing is a second total', () => {
    const r = run(rows, merges);
    expect(r.tables[0]!.measures.map((m) => m.concept)).toEqual(['ten', 'tiep-nhan', 'truc-tuyen', 'truc-tiep', 'ky-truoc']);
    expect(r.findings).toEqual([]);
    const wrong = rows.map((x) => [...x]);
    wrong[2]![2] = 12156; // 12.516 typed 12.156
    expect(flat(run(wrong, merges)).map((x) => x.slice(0, 2))).toEqual([['B3', 'tong-tiep-nhan']]);
  });
});

describe('points of the Bộ chỉ số 766: read as points, checked as points', () => {
  // Quảng Nam, 19/8/2024 (test/helpers/published-tables.ts): groups with their maxima, both decimal marks.
  const groups = quangNamPoints();

  it('groups as rows: the total adds up (80,1), each group within its maximum, nothing read as thousands', () => {
    const r = run(groups);
    expect(r.tables.map((t) => [t.form, t.records.length])).toEqual([['diem', 7]]);
    expect(r.findings).toEqual([]);
  });

  it('a slip ("31.2" for "13.2") passes its maximum and breaks the total: both said, as points', () => {
    const wrong = groups.map((x) => [...x]);
    wrong[1]![1] = '31.2';
    expect(flat(run(wrong))).toEqual([
      ['B2', 'diem-vuot-toi-da', '31,2', '≤ 18'],
      ['B8', 'tong-diem', '80,1', null],
    ]);
  });

  // Thái Nguyên, 29/8/2025 (Dân trí, https://dantri.com.vn/noi-vu/tinh-dau-tien-hoan-thanh-sap-xep-bo-may-dan-dau-chi-so-phuc-vu-nguoi-dan-20250829124229124.htm):
  // five groups (online services and payment in one), 15,67 + 19,31 + 17,49 + 17,86 + 16,64 = 86,97; then the next
  // provinces' totals only.
  const units: CellValue[][] = [
    ['Hạng', 'Đơn vị', 'Công khai, minh bạch', 'Tiến độ giải quyết', 'Dịch vụ trực tuyến', 'Mức độ hài lòng', 'Số hóa hồ sơ', 'Tổng điểm'],
    [1, 'UBND tỉnh Thái Nguyên', '15,67', '19,31', '17,49', '17,86', '16,64', '86,97'],
    [2, 'UBND tỉnh Quảng Trị', _, _, _, _, _, '86,56'],
    [3, 'UBND tỉnh Thanh Hóa', _, _, _, _, _, '86,51'],
  ];

  it('units as rows: 16,64 is points (not "16.640"), the five groups make the total, online services may hold 22', () => {
    const r = run(units);
    expect(r.tables[0]!.form).toBe('diem');
    expect(r.findings).toEqual([]);
    const wrong = units.map((x) => [...x]);
    wrong[1]![7] = '89,67';
    expect(flat(run(wrong))).toEqual([['H2', 'tong-diem', '89,67', null]]);
  });

  // Thừa Thiên Huế, QĐ 24/QĐ-UBND ngày 05/01/2022, kết quả xếp loại CCHC năm 2021 (https://stnmt.thuathienhue.gov.vn/?gd=11&cn=208&tc=27066).
  it('a CCHC index printed with three decimals ("97,685") is points, with its rank and class as words', () => {
    const r = run([
      ['TT', 'Tên đơn vị', 'Điểm đánh giá', 'Vị thứ', 'Xếp loại'],
      [1, 'Văn phòng UBND tỉnh', '97,685', 1, 'Xuất sắc'],
      [2, 'Sở Tư pháp', '87,187', 2, 'Tốt'],
      [3, 'Sở Công Thương', '85,804', 3, 'Tốt'],
      [16, 'Sở Giáo dục và Đào tạo', '79,455', 16, 'Khá'],
    ]);
    expect(r.tables[0]!.measures.map((m) => m.concept)).toEqual(['stt', 'ten', 'diem', 'xep-hang', 'xep-loai']);
    expect(r.tables[0]!.values[2]![0]).toMatchObject({ n: 97.685, decimals: 3 });
    expect(r.findings).toEqual([]);
  });
});

describe('comparisons and cells that do not apply', () => {
  // Đà Lạt, năm 2023 (Báo Lâm Đồng, 21/12/2023, https://baolamdong.vn/xa-hoi/202312/a-lat-ty-le-giai-quyet-ho-so-thu-tuc-hanh-chinh-nam-2023-dat-9962-cb50107/):
  // 15.539 of 15.868 "giải quyết trước hạn, đúng hạn" (97,93%, "tăng 0,10% so với năm 2022"); phường, xã 71.714 of 71.714.
  const rows: CellValue[][] = [
    ['Đơn vị', 'Tiếp nhận', 'Giải quyết trước hạn, đúng hạn', 'Tỷ lệ trước hạn, đúng hạn', 'So sánh với năm 2022'],
    ['Bộ phận Một cửa UBND thành phố', 15868, 15539, '97,93%', '+0,10%'],
    ['Khối UBND các phường, xã', 71714, 71714, '100%', 'x'],
    ['Toàn thành phố', 87582, 87253, '99,62%', '—'],
  ];

  it('a comparison column is read as a comparison (signed, "%"), never a count; "x" and "—" are not figures to check', () => {
    const r = run(rows);
    expect(r.tables[0]!.measures.map((m) => m.concept)).toEqual(['ten', 'tiep-nhan', 'truoc-dung-han', 'ty-le-dung-han', 'so-sanh']);
    expect(r.findings).toEqual([]);
  });
});

describe('period aggregates: a quarter over its months, the half-year over its quarters', () => {
  // Lấp Vò cấp huyện, quý I/2024 (test/helpers/published-tables.ts): March holds the seed's figures, January and February
  // carry their pending over (70, 65); the quarter sums the flows (688 new), kỳ trước of January (60), đang of March (83).
  const [header, jan, feb, mar, q1] = lapVoQuarterRows() as [CellValue[], CellValue[], CellValue[], CellValue[], CellValue[]];
  const month = periodRow;

  it('"Quý I/2024" closes its three months: checked (flows summed, stocks first and last), never a fourth month', () => {
    const r = run([header, jan, feb, mar, q1]);
    const t = r.tables[0]!;
    expect(t.byPeriod).toBe(true);
    expect(t.records.map((x) => [x.label, x.role, x.covers?.length ?? 0])).toEqual([
      ['Tháng 1/2024', 'data', 0],
      ['Tháng 2/2024', 'data', 0],
      ['Tháng 3/2024', 'data', 0],
      ['Quý I/2024', 'total', 3],
    ]);
    expect(r.findings).toEqual([]);
    // The indicators are the quarter's (665 resolved), never the quarter added to its months.
    const rate = computeIndicators(r.tables).find((i) => i.id === 'ty-le-dung-han')!;
    expect([rate.scope, rate.numerator, rate.denominator]).toEqual(['Quý I/2024', 645, 665]);
  });

  it("a stock summed over the months (kỳ trước 195 for 60): the quarter's cell, with the first month's figure", () => {
    const wrong = [...q1];
    wrong[2] = 195; // 60 + 70 + 65, and tổng số moved with it so its own row still adds up
    wrong[1] = 883;
    const r = run([header, jan, feb, mar, wrong]);
    const errors = r.findings.filter((f) => f.severity === 'error');
    expect(errors.map((f) => f.cell)).toContain('C5');
    expect(errors.find((f) => f.cell === 'C5')!.message).toContain('60');
  });

  it('"6 tháng" over two quarters closes the quarters, not the months again', () => {
    const apr = month('Tháng 4/2024', 83, 200, 180, 20, 3, 78, 2);
    const may = month('Tháng 5/2024', 80, 210, 190, 15, 5, 78, 2);
    const jun = month('Tháng 6/2024', 80, 220, 200, 15, 5, 79, 1);
    const q2: CellValue[] = ['Quý II/2024', 713, 83, 630, 633, 570, 50, 13, 80, 79, 1];
    const h1: CellValue[] = ['6 tháng đầu năm 2024', 1378, 60, 1318, 1298, 1138, 127, 33, 80, 79, 1];
    const r = run([header, jan, feb, mar, q1, apr, may, jun, q2, h1]);
    const t = r.tables[0]!;
    expect(t.records.map((x) => [x.label, x.role])).toEqual([
      ['Tháng 1/2024', 'data'],
      ['Tháng 2/2024', 'data'],
      ['Tháng 3/2024', 'data'],
      ['Quý I/2024', 'subtotal'],
      ['Tháng 4/2024', 'data'],
      ['Tháng 5/2024', 'data'],
      ['Tháng 6/2024', 'data'],
      ['Quý II/2024', 'subtotal'],
      ['6 tháng đầu năm 2024', 'total'],
    ]);
    expect(t.records.at(-1)!.covers).toEqual([4, 8]);
    expect(r.findings).toEqual([]);
  });

  // Vĩnh Phúc, Trung tâm Phục vụ hành chính công tỉnh, tháng 9 và quý III/2021 (Cổng TTĐT tỉnh Vĩnh Phúc, 29/9/2021,
  // https://vinhphuc.gov.vn/ct/cms/thongbao/Lists/ThongBao/View_Detail.aspx?ItemID=3158), from its sentences: the
  // quarter beside its last month only.
  it('a quarter beside only one of its months is an aggregate all the same: not checked against it, its own figures the indicators', () => {
    const r = run([
      ['Chỉ tiêu', 'Tháng 9/2021', 'Quý III/2021'],
      ['Tổng số hồ sơ phải giải quyết', 6302, 16234],
      ['Số mới tiếp nhận', 4131, 14043],
      ['Số kỳ trước chuyển sang', 2171, 2191],
      ['Số trả trước và đúng hạn', 4157, 14064],
      ['Số chậm, quá hạn', 12, 37],
    ]);
    const t = r.tables[0]!;
    expect([t.orientation, t.byPeriod]).toEqual(['columns', true]);
    expect(t.records.map((x) => [x.label, x.role, x.covers])).toEqual([
      ['Tháng 9/2021', 'data', undefined],
      ['Quý III/2021', 'total', undefined],
    ]);
    expect(r.findings).toEqual([]);
  });
});

describe('nested groups: I / 1 / 1.1, each subtotal over its direct members, the total over the groups', () => {
  // The fields and figures of the Châu Thành appendix (Văn phòng HĐND và UBND huyện Châu Thành, báo cáo CCHC năm 2020,
  // test/reference/bao-cao-cchc-nam-2020-chau-thanh.txt; seed-figures.md), grouped here under two Roman headings and one
  // numbered sub-group, as a province's sheets group fields: the figures are the office's, the grouping is the test's.
  const fields = Object.fromEntries(chauThanhAppendix().map((r) => [r.field, r.counts]));
  const sum = (names: string[]) => names.map((n) => fields[n]!).reduce((a, b) => a.map((x, i) => x + b[i]!));
  const land = ['Thế chấp', 'Đất đai, nhà ở', 'Môi trường'];
  const trade = ['KD khí Hoá lỏng', 'Thuốc lá', 'Rượu'];
  const rest = ['Xây dựng', 'Đăng ký kinh doanh', 'Hộ tịch', 'Chứng thực', 'Giáo dục- Đào tạo', 'Lao động TBXH', 'Y tế', 'Nội vụ', 'Bảo hiểm xã hội'];
  const header: CellValue[] = [
    'STT',
    'Lĩnh vực',
    'Tổng số',
    'Kỳ trước',
    'Mới tiếp nhận',
    'Đã giải quyết',
    'Trả đúng hạn',
    'Trả quá hạn',
    'Đang giải quyết',
    'Chưa tới hẹn',
  ];
  const row = (stt: CellValue, name: string, counts: number[]): CellValue[] => [stt, name, ...counts];
  const table = (): CellValue[][] => [
    header,
    row('I', 'Tài nguyên, đất đai', sum(land)),
    ...land.map((n, i) => row(i + 1, n, fields[n]!)),
    row('II', 'Kinh tế, xã hội', sum([...trade, ...rest])),
    row(1, 'Xây dựng', fields['Xây dựng']!),
    row(2, 'Kinh doanh có điều kiện', sum(trade)),
    ...trade.map((n, i) => row(`2.${i + 1}`, n, fields[n]!)),
    ...rest.slice(1).map((n, i) => row(i + 3, n, fields[n]!)),
    row(null, 'Tổng cộng', fields['Tổng cộng:']!),
  ];

  it("each group closes its direct members, the total closes the groups; the office's figures all add up", () => {
    const r = run(table());
    const t = r.tables[0]!;
    const byLabel = (l: string) => t.records.find((x) => x.label === l)!;
    expect(byLabel('Tài nguyên, đất đai')).toMatchObject({ role: 'subtotal', covers: [2, 3, 4] });
    expect(byLabel('Kinh doanh có điều kiện')).toMatchObject({ role: 'subtotal', covers: [8, 9, 10] });
    // II over 1, 2 and 3…11, never over 2.1–2.3 again.
    expect(byLabel('Kinh tế, xã hội').covers).toEqual([6, 7, 11, 12, 13, 14, 15, 16, 17, 18]);
    expect(byLabel('Tổng cộng').covers).toEqual([1, 5]);
    expect(r.findings).toEqual([]);
  });

  it('a slip deep inside (Thuốc lá resolved "40" for 4) is named at its cell, never at the groups above it', () => {
    const rows = table();
    rows.find((x) => x[1] === 'Thuốc lá')![5] = 40;
    const r = run(rows);
    expect(flat(r)).toEqual([['F10', 'nghi-o-sai', '40', '4']]);
    expect(r.findings[0]!.message).toContain('Có thể đã gõ nhầm 4 thành 40.');
  });

  it("a wrong subtotal is the subtotal's own cell", () => {
    const rows = table();
    rows.find((x) => x[1] === 'Kinh tế, xã hội')![2] = 11723; // 11.732 with two digits swapped
    expect(flat(run(rows))).toEqual([['C6', 'nghi-o-sai', '11.723', '11.732']]);
  });
});

describe('on-time wordings: early and on time in one column, however an office words it', () => {
  // Wordings as printed: "trả trước và đúng hạn" (Vĩnh Phúc, Bình Dương), "đúng và trước hạn" (Lâm Đồng, Bến Tre),
  // "trước hạn, đúng hạn" (Đà Lạt), "Đúng hạn (kể cả trước hạn)" (the form's vendor annotations, domain-spec §2.2).
  // Bình Dương, 91 xã năm 2021 (Báo Bình Dương, 27/01/2022, https://baobinhduong.vn/ty-le-giai-quyet-ho-so-cap-xa-dat-99-99--a264478.html):
  // đã giải quyết 904.298 = 904.225 trả trước và đúng hạn + 73 quá hạn; 99,99%.
  it.each(['Trả trước và đúng hạn', 'Đúng và trước hạn', 'Trước hạn, đúng hạn', 'Đúng hạn (kể cả trước hạn)', 'Sớm và đúng hạn'])('"%s"', (heading) => {
    const rows: CellValue[][] = [
      ['Đơn vị', 'Đã giải quyết', heading, 'Quá hạn', 'Tỷ lệ đúng hạn'],
      ['91 xã, phường, thị trấn', 904298, 904225, 73, '99,99%'],
    ];
    const r = run(rows);
    expect(r.tables[0]!.measures.map((m) => m.concept)).toEqual(['ten', 'da-giai-quyet', 'truoc-dung-han', 'qua-han', 'ty-le-dung-han-rieng']);
    expect(r.findings).toEqual([]);
    expect(computeIndicators(r.tables).find((i) => i.id === 'ty-le-dung-han')).toMatchObject({ numerator: 904225, denominator: 904298, text: '99,99%' });
    // The sum is checked with it: a slip in it is found (one record: it, the late count or the total could be it).
    const wrong = rows.map((x) => [...x]);
    wrong[1]![2] = 904252;
    const f = run(wrong).findings;
    expect(f.map((x) => [x.cell, x.rule, x.expected])).toEqual([['B2', 'tong-da-giai-quyet', null]]);
    expect(f[0]!.candidates![0]).toBe('C2'); // 904.225 typed 904.252: two digits swapped
    expect(f[0]!.message).toContain('C2: có thể gõ nhầm 904.225 thành 904.252');
  });
});
