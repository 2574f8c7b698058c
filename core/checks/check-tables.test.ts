/** The checks, asserted as flattened findings [cell, rule, actual, expected] (one cause, one finding). */
import { describe, expect, it } from 'vitest';
import type { CellValue } from '../grid/types';
import { checkWorkbook } from '../workbook';
import { RULES } from '../catalogue/findings';
import { sheet, workbook } from '../../test/helpers/grid';

const _ = null;
const HEADER: CellValue[] = [
  'STT',
  'Lĩnh vực',
  'Tổng số',
  'Kỳ trước',
  'Mới tiếp nhận',
  'Đã giải quyết',
  'Trước hạn',
  'Đúng hạn',
  'Quá hạn',
  'Đang giải quyết',
  'Trong hạn',
  'Quá hạn',
];
const good = (): CellValue[][] => [
  HEADER,
  [1, 'Đất đai', 10, 2, 8, 7, 3, 3, 1, 3, 2, 1],
  [2, 'Hộ tịch', 5, 0, 5, 5, 4, 1, 0, 0, 0, 0],
  [_, 'Tổng cộng', 15, 2, 13, 12, 7, 4, 1, 3, 2, 1],
];
const run = (rows: CellValue[][]) => checkWorkbook(workbook(sheet('S', rows)));
const flat = (rows: CellValue[][]) => run(rows).findings.map((f) => [f.cell, f.rule, f.actual, f.expected]);

describe('identities and totals', () => {
  it('a consistent table has no finding', () => {
    expect(flat(good())).toEqual([]);
  });

  it.each([
    ['received ≠ carried + new', 1, 3, 3, ['D2', 'nghi-o-sai', '3', '2']],
    ['resolved ≠ its parts (and the column total)', 2, 7, 4, ['H3', 'nghi-o-sai', '4', '1']],
  ])('one wrong data cell breaking its row and its column total: one finding at that cell (%s)', (_n, row, col, value, expected) => {
    const rows = good();
    rows[row]![col] = value;
    expect(flat(rows)).toEqual([expected]);
  });

  it('a wrong cell in the total row: one finding there, mended by the column sum', () => {
    const rows = good();
    rows[3]![5] = 13; // resolved total 12 → 13: breaks the column sum and 15 = 13 + 3 on the total row
    expect(flat(rows)).toEqual([['F4', 'nghi-o-sai', '13', '12']]);
    expect(run(rows).findings[0]!.message).toContain('Nếu ô này là 12 thì tất cả đều khớp');
  });

  it('a cell breaking two identities of its row, the total row adding it up (columns hold): that cell, the total redone with it', () => {
    const rows = good();
    rows[1]![9] = 4; // pending 3 → 4 in Đất đai and in the total row
    rows[3]![9] = 4;
    expect(flat(rows)).toEqual([['J2', 'nghi-o-sai', '4', '3']]);
    expect(run(rows).findings[0]!.message).toBe(
      'Ô J2 (Đang giải quyết, dòng «Đất đai») có lẽ bị nhập sai: ghi 4, làm lệch cùng lúc phép cộng «đang giải quyết = đang giải quyết trong hạn + đang giải quyết quá hạn» của dòng và phép cộng «tiếp nhận = đã giải quyết + đang giải quyết» của dòng. Nếu ô này là 3 thì tất cả đều khớp. Khi sửa ô này, dòng «Tổng cộng» cũng phải cộng lại (ô J4 thành 3).',
    );
    expect(run(rows).findings[0]!.related).toContain('J4');
  });

  it('received ≠ resolved + pending with every part holding: no value proposed, the cells on the resolved and pending side named', () => {
    const rows = good();
    rows[1]![10] = 3; // within-deadline 2 → 3 and overdue 1 → 0: pending still 3, so only … nothing breaks
    rows[1]![11] = 0;
    rows[3]![10] = 3;
    rows[3]![11] = 0;
    expect(flat(rows)).toEqual([]);
    rows[1]![2] = 11; // received 10 → 11 and carried 2 → 3: carried + new holds, resolved + pending does not
    rows[1]![3] = 3;
    rows[3]![2] = 16;
    rows[3]![3] = 3;
    const r = run(rows);
    // The total row breaks by the same 1 only because it adds up Đất đai: said with it.
    expect(flat(rows)).toEqual([['C2', 'can-doi-tiep-nhan', '11', null]]);
    expect(r.findings[0]!.message).toContain('Dòng «Tổng cộng» (ô C4) lệch theo cùng số này');
    // The received side holds with its parts and is counted at the door: the slip is sought in resolved or pending.
    const named = new Set(r.findings[0]!.candidates);
    for (const c of ['F2', 'G2', 'H2', 'I2', 'J2', 'K2', 'L2']) expect(named).toContain(c);
    for (const c of ['C2', 'D2', 'E2', 'F4', 'J4']) expect(named).not.toContain(c);
    expect(r.findings[0]!.message).toContain('Tổng số hồ sơ tiếp nhận 11 khớp với Kỳ trước + Mới tiếp nhận (3 + 8).');
    expect(r.findings[0]!.message).toContain('Không ô nào sai một mình');
  });

  it('two totals off by opposite amounts, their row balanced: the data cannot tell which record, no value proposed', () => {
    const rows = good();
    rows[3]![3] = 3; // carried total 2 → 3, and the new-received total 13 → 12 so the total row stays balanced
    rows[3]![4] = 12;
    expect(flat(rows)).toEqual([
      ['D4', 'dong-tong', '3', null],
      ['E4', 'dong-tong', '12', null],
    ]);
    // D4 with E4, or the same pair in either record: each keeps every row and column.
    expect(new Set(run(rows).findings[0]!.candidates)).toEqual(new Set(['D4', 'E4', 'D2', 'E2', 'D3', 'E3']));
  });

  it('a wrong cell of the total row: that cell, with its value and the typing slip', () => {
    const only = good();
    only[3]![6] = 70; // early total 7 → 70, a digit added; the total row's resolved = its parts breaks with it
    expect(flat(only)).toEqual([['G4', 'nghi-o-sai', '70', '7']]);
    expect(run(only).findings[0]!.message).toContain('Có thể đã gõ nhầm 7 thành 70.');
  });

  it('a group row (Roman numeral) must sum its children', () => {
    const rows: CellValue[][] = [
      ['STT', 'Lĩnh vực', 'Tiếp nhận', 'Đã giải quyết', 'Đang giải quyết'],
      ['I', 'Cấp huyện', 15, 14, 2],
      [1, 'Đất đai', 10, 8, 2],
      [2, 'Hộ tịch', 5, 5, 0],
    ];
    // 14 breaks the group's column sum (8 + 5 = 13) and its row (15 = 14 + 2): one cause.
    expect(flat(rows)).toEqual([['D2', 'nghi-o-sai', '14', '13']]);
  });

  it('two wrong cells in one column: each named once, and the column total they break together is not repeated', () => {
    const rows = good();
    rows[1]![5] = 9;
    rows[2]![5] = 6;
    expect(flat(rows)).toEqual([
      ['F2', 'nghi-o-sai', '9', '7'],
      ['F3', 'nghi-o-sai', '6', '5'],
    ]);
  });

  it('two cells of the total row off together: the one pair that mends every sum, each cell with its value', () => {
    const rows: CellValue[][] = [
      ['Lĩnh vực', 'Tiếp nhận', 'Đã giải quyết', 'Đang giải quyết'],
      ['Đất đai', 10, 8, 2],
      ['Hộ tịch', 5, 5, 0],
      ['Tổng cộng', 15, 16, 2],
    ];
    // C4 = 16: the total row needs 13 (15 − 2), the column needs 13 (8 + 5): consistent → one finding.
    expect(flat(rows)).toEqual([['C4', 'nghi-o-sai', '16', '13']]);
    rows[3]![1] = 17; // now B4 and C4 are both off: only B4 = 15 with C4 = 13 mends the row and both columns
    expect(flat(rows)).toEqual([
      ['B4', 'nghi-o-sai', '17', '15'],
      ['C4', 'nghi-o-sai', '16', '13'],
    ]);
    expect(run(rows).findings[0]!.message).toContain('Nếu ô này là 15 và ô C4 là 13 thì tất cả đều khớp.');
    expect(run(rows).findings[0]!.related).toContain('C4');
  });

  it('a data cell whose row and column need different values: it and the total cell, together', () => {
    const rows: CellValue[][] = [
      ['Lĩnh vực', 'Tiếp nhận', 'Đã giải quyết', 'Đang giải quyết'],
      ['Đất đai', 10, 9, 2],
      ['Hộ tịch', 5, 5, 0],
      ['Tổng cộng', 15, 12, 2],
    ];
    // Row 2 needs C2 = 8, column C then needs C4 = 13 (and the total row agrees): one way of two cells.
    expect(flat(rows)).toEqual([
      ['C2', 'nghi-o-sai', '9', '8'],
      ['C4', 'nghi-o-sai', '12', '13'],
    ]);
  });
});

describe('cells that cannot be read', () => {
  it('each is reported once, and the checks that depend on it are skipped, not failed', () => {
    const rows = good();
    rows[1]![5] = { error: '#REF!' };
    rows[2]![6] = 'bốn';
    expect(flat(rows)).toEqual([
      ['F2', 'o-loi', '#REF!', null],
      ['G3', 'khong-phai-so', 'bốn', null],
    ]);
  });

  it('1.886 stored as a number names the count meant, in figures and in words', () => {
    const rows = good();
    rows[1]![2] = 1.886;
    const [f] = run(rows).findings;
    // The number the sheet holds is written the Vietnamese way (1,886), so it never looks like the count meant (1.886).
    expect([f!.cell, f!.rule, f!.actual, f!.expected]).toEqual(['C2', 'so-thap-phan-nghin', '1,886', '1.886']);
    expect(f!.message).toContain('một nghìn tám trăm tám mươi sáu');
  });

  it('separators in the wrong places are never read as a number', () => {
    const rows = good();
    rows[1]![2] = '151.10';
    rows[2]![2] = '5.9123';
    expect(flat(rows).map((x) => x.slice(0, 2))).toEqual([
      ['C2', 'sai-dau-phan-cach'],
      ['C3', 'sai-dau-phan-cach'],
    ]);
  });
});

describe('bounds, rates and layout', () => {
  it('online above new receipts, digitised above resolved', () => {
    const rows: CellValue[][] = [
      ['Cấp', 'Trong kỳ', 'Trực tuyến', 'Đã giải quyết', 'Số hóa kết quả'],
      ['Cấp xã', 100, 120, 90, 95],
    ];
    expect(flat(rows)).toEqual([
      ['C2', 'truc-tuyen-vuot-moi', '120', '≤ 100'],
      ['E2', 'so-hoa-vuot-da-giai-quyet', '95', '≤ 90'],
    ]);
  });

  it('a printed rate is checked against every definition in use (online over new or over all)', () => {
    const rows: CellValue[][] = [
      ['Cấp', 'Tiếp nhận', 'Kỳ trước', 'Trong kỳ', 'Trực tuyến', 'Tỷ lệ trực tuyến'],
      ['Cấp xã', 200, 100, 100, 50, '25%'], // 50 / 200: over all received
      ['Cấp huyện', 200, 100, 100, 50, '50%'], // 50 / 100: over new receipts
      ['Cấp tỉnh', 200, 100, 100, 50, '37%'], // neither
    ];
    // The online count is in no identity here: it may be the wrong figure as well as the rate, so no value is proposed.
    expect(flat(rows)).toEqual([['F4', 'ty-le-lech', '37%', null]]);
    expect(run(rows).findings[0]!.candidates).toEqual(['F4', 'E4']);
    // With the direct channel beside it, the online count is held by "trong kỳ = trực tuyến + trực tiếp": the rate alone.
    const held = rows.map((r, i) => [...r, i === 0 ? 'Trực tiếp' : 50]);
    expect(flat(held)).toEqual([['F4', 'ty-le-lech', '37%', '50%']]);
  });

  it('unknown and duplicate columns are warnings, not errors', () => {
    const rows: CellValue[][] = [
      ['Cấp', 'Tiếp nhận', 'Đã giải quyết', 'Đang giải quyết', 'Đã giải quyết', 'Hồ sơ liên thông', null],
      ['Cấp xã', 10, 8, 2, 8, 1, 4],
    ];
    const r = run(rows);
    expect(r.findings.map((f) => [f.cell, f.rule, f.severity])).toEqual([
      ['E1', 'cot-trung', 'warning'],
      ['F1', 'cot-khong-nhan-dien', 'warning'],
      ['G1', 'cot-khong-nhan-dien', 'warning'],
    ]);
    expect(r.summary).toEqual({ errors: 0, warnings: 3, total: 3, truncated: false });
  });

  it('a numbering row states an identity beyond the form ("12=3-7"): checked too', () => {
    const rows: CellValue[][] = [
      ['Lĩnh vực', 'Tiếp nhận', 'Đã giải quyết', 'Đang giải quyết', 'Chênh lệch'],
      ['1', '2', '3', '4', '5=2-3'],
      ['Đất đai', 10, 8, 2, 3],
    ];
    const r = run(rows);
    // "Chênh lệch" is a comparison (known, never a count): the numbering row's formula checks it.
    expect(r.findings.map((f) => [f.cell, f.rule, f.actual, f.expected])).toEqual([['E3', 'cong-thuc-danh-so', '3', '2']]);
    expect(r.findings[0]!.message).toBe('Dòng «Đất đai»: theo dòng đánh số cột (5=2-3), cột E phải bằng 10 - 8 = 2, nhưng ghi 3.');
  });

  it('the list is capped and says it is partial', () => {
    const rows = good();
    // 30 rows, each with nine cells of words: 270 findings, the dependent sums skipped.
    for (let i = 0; i < 30; i++) rows.splice(1, 0, [i + 3, `Lĩnh vực ${i}`, 1, 'a', 'a', 'a', 'a', 'a', 'a', 'a', 'a', 'a']);
    rows.pop(); // the total row would now be off; this test is about the cap
    const r = checkWorkbook(workbook(sheet('S', rows)), { maxFindings: 50 });
    expect(r.findings).toHaveLength(50);
    expect(r.summary).toEqual({ errors: 270, warnings: 0, total: 270, truncated: true });
  });

  it('150.000 broken rows: every one counted, the first 1.000 listed (no stack overflow, nothing quadratic)', () => {
    const rows: CellValue[][] = [['Lĩnh vực', 'Tổng số', 'Kỳ trước', 'Mới tiếp nhận']];
    // Every other row broken (a table that breaks its identity in every row does not keep it: one warning).
    for (let i = 0; i < 300_000; i++) rows.push([`Lĩnh vực ${i}`, i % 2 ? 10 : 11, 3, 7]);
    const r = run(rows);
    expect(r.summary).toEqual({ errors: 150_000, warnings: 0, total: 150_000, truncated: true });
    expect(r.findings).toHaveLength(1000);
    expect(r.findings[0]!.cell).toBe('B2');
  });

  it('a formula with no stored result is said once for the table, never read as 0', () => {
    const g = sheet('S', [
      ['Cấp', 'Tổng số', 'Kỳ trước', 'Mới tiếp nhận'],
      ['Cấp xã', null, 3, 7],
      ['Cấp huyện', 12, 5, null],
    ]);
    g.uncached = [
      [1, 1],
      [2, 3],
    ];
    const r = checkWorkbook(workbook(g));
    expect(r.findings.map((f) => [f.cell, f.rule, f.severity, f.related])).toEqual([['B2', 'cong-thuc-chua-tinh', 'warning', ['D3']]]);
    expect(r.findings[0]!.message).toContain('mở tệp bằng Excel hoặc Google Trang tính rồi lưu lại');
    expect(r.tables[0]!.setAside).toEqual([
      {
        reason: 'cong-thuc-chua-tinh',
        cells: [
          [1, 1],
          [2, 3],
        ],
      },
    ]);
  });

  it('a 3 MB header cell is matched on its start and quoted clipped, not whole', () => {
    const big = 'Tiếp nhận '.repeat(300_000);
    const r = run([
      ['Cấp', 'Tổng số', 'Đã giải quyết', 'Đang giải quyết', big],
      ['Cấp xã', 10, 8, 2, 1],
    ]);
    expect(r.findings.map((f) => [f.cell, f.rule])).toEqual([['E1', 'cot-trung']]);
    expect(r.findings[0]!.message.length).toBeLessThan(300);
    expect(r.findings[0]!.message).toContain('…»');
  });

  it('every rule id has a catalogue entry with a Vietnamese title', () => {
    for (const [id, rule] of Object.entries(RULES)) {
      expect(id).toMatch(/^[a-z0-9-]+$/);
      expect(rule.title).toMatch(/[ăâđêôơưàáảãạèéẻẽẹìíỉĩịòóỏõọùúủũụỳýỷỹỵ]/i);
    }
  });
});

describe("findings in the sheet's own words", () => {
  it('"Trễ hạn" and "Sớm hạn" as the clerk headed them, not the catalogue\'s "quá hạn" / "trước hạn"', () => {
    const rows: CellValue[][] = [
      ['Cấp', 'Đã giải quyết', 'Sớm hạn', 'Đúng hạn', 'Trễ hạn'],
      ['Cấp xã', 100, 60, 30, 20],
    ];
    const [f] = run(rows).findings;
    expect(f!.message).toContain('Đúng hạn + Trễ hạn + Sớm hạn = 30 + 20 + 60 = 110');
    expect(f!.message).not.toMatch(/quá hạn|trước hạn/);
  });
});
