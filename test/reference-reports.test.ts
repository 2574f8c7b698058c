/**
 * The reference reports: a sheet holding their figures, laid out as the offices lay them out, gives
 * the same rates and exactly the inconsistencies listed in ../shared/reference/seed-figures.md.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { checkWorkbook, computeIndicators, tableSummary, type CellValue, type Finding } from '../core';
import { readWorkbookFile } from '../cli/read';
import { sheet, workbook } from './helpers/grid';
import { chauThanhAppendix, referenceText, REPO_ROOT, seedTables } from './helpers/reference';

const flat = (fs: Finding[]) => fs.map((f) => [f.sheet, f.cell, f.rule, f.actual, f.expected]);
const template = (name: string) => join(REPO_ROOT, 'templates', name);

/** Cells as a clerk types what the report prints: "1.886" and "05" stay text, as typed. */
const typed = (s: string): CellValue => s;

function chauThanhGrid() {
  const rows = chauThanhAppendix();
  const header: CellValue[][] = [
    ['PHỤ LỤC', null, null, null, null, null, null, null, null, null, null, null],
    ['TÌNH HÌNH, KẾT QUẢ TIẾP NHẬN HỒ SƠ, TRẢ KẾT QUẢ GIẢI QUYẾT TTHC', null, null, null, null, null, null, null, null, null, null, null],
    ['Kỳ báo cáo: Năm 2020, từ ngày 01 tháng 01 năm 2020 đến ngày 26 tháng 10 năm 2020', null, null, null, null, null, null, null, null, null, null, null],
    [
      'STT',
      'Lĩnh vực , công việc thực hiện cơ chế "Một cửa"',
      'Số hồ sơ nhận giải quyết',
      null,
      null,
      'Kết quả giải quyết',
      null,
      null,
      null,
      null,
      null,
      'Ghi chú',
    ],
    [null, null, 'Tổng số', 'Trong đó', null, 'Số hồ sơ đã giải quyết', null, null, 'Số hồ sơ đang giải quyết', null, null, null],
    [null, null, null, 'Số kỳ trước chuyển qua', 'Số mới tiếp nhận', 'Tổng số', 'Trả đúng hạn', 'Trả quá hạn', 'Tổng số', 'Chưa tới hẹn', 'Quá hạn', null],
    ['1', '2', '3=4+5', '4', '5', '6=7+8', '7', '8', '9=10+11', '10', '11', '12'],
  ];
  // "Quá hạn" (11) is printed empty in every row, as in the report.
  const data: CellValue[][] = rows.map((r) => [r.stt === '' ? null : Number(r.stt), r.field, ...r.counts, null, null]);
  return sheet('Phụ lục', [...header, ...data], {
    // Title rows merged across the table, straight above the header: they must not colour it.
    merges: ['A1:L1', 'A2:L2', 'A3:L3', 'A4:A6', 'B4:B6', 'C4:E4', 'F4:K4', 'L4:L6', 'C5:C6', 'D5:E5', 'F5:H5', 'I5:K5'],
  });
}

describe('Châu Thành, báo cáo CCHC năm 2020 (Phụ lục)', () => {
  it('reads the appendix figures printed in the report', () => {
    const rows = chauThanhAppendix();
    expect(rows).toHaveLength(16);
    expect(rows[15]).toEqual({ stt: '', field: 'Tổng cộng:', counts: [26336, 1656, 24680, 25168, 25162, 6, 1168, 1168] });
  });

  it('laid out as in the report: one TTHC table, 15 fields, no finding, on-time rate 99,98%', () => {
    const r = checkWorkbook(workbook(chauThanhGrid()));
    expect(r.tables.map(tableSummary)).toEqual([{ sheet: 'Phụ lục', range: 'A4:L23', form: 'tthc', rows: 15, orientation: 'rows' }]);
    expect(flat(r.findings)).toEqual([]);
    const onTime = computeIndicators(r.tables).find((i) => i.id === 'ty-le-dung-han');
    expect(onTime).toMatchObject({ scope: 'Tổng cộng:', text: '99,98%', numerator: 25162, denominator: 25168 });
    expect(onTime?.definition).toBe('trả đúng hạn / đã giải quyết');
  });

  it('reads the printed identities of the numbering row, and applies 3 = 6 + 9 though it is not printed', () => {
    const g = chauThanhGrid();
    // Break "Môi trường": received 48 → 49 breaks 3=4+5 (printed), 3=6+9 (domain) and the total row.
    const row = g.values.findIndex((r) => r[1] === 'Môi trường');
    g.values[row]![2] = 49;
    const r = checkWorkbook(workbook(g));
    // One wrong cell, one finding: the received cell of that row, mended by 48.
    expect(flat(r.findings)).toEqual([['Phụ lục', `C${row + 1}`, 'nghi-o-sai', '49', '48']]);
  });

  it('the sample workbook in templates/ gives the same', async () => {
    const r = checkWorkbook(await readWorkbookFile(template('chau-thanh-nam-2020.xlsx')));
    expect(r.tables.map(tableSummary).map((t) => [t.sheet, t.form, t.rows])).toEqual([
      ['Phụ lục', 'tthc', 15],
      ['Phụ lục VIb', 'cntt', 1],
    ]);
    expect(r.findings).toEqual([]);
    const onTime = computeIndicators(r.tables).find((i) => i.id === 'ty-le-dung-han');
    expect(onTime?.text).toBe('99,98%');
  });
});

describe('Lấp Vò, báo cáo tháng 3/2024 (kết quả theo cấp)', () => {
  const [byLevel, digitised] = seedTables('bao-cao-644-thang-03-2024-lap-vo.txt');

  it('the figures are those printed in the report text', () => {
    const text = referenceText('bao-cao-644-thang-03-2024-lap-vo.txt');
    expect(text).toContain('Tổng số hồ sơ tiếp nhận là 1.886 hồ sơ');
    expect(text).toContain('Số lượng hồ sơ đã giải quyết 1.722 hồ sơ');
    expect(byLevel![2]).toEqual(['Xã, thị trấn', '1.886', '80', '1.806', '1.624', '1.722', '1.544', '175', '03', '154', '154', '00']);
  });

  it('a flat one-row header as in the seed table, figures typed as printed: exactly the cấp xã inconsistency', () => {
    const rows = byLevel!.map((r) => r.map(typed));
    const r = checkWorkbook(workbook(sheet('Số liệu', rows, { origin: 'C3' })));
    expect(r.tables.map(tableSummary)).toEqual([{ sheet: 'Số liệu', range: 'C3:N5', form: 'tthc', rows: 2, orientation: 'rows' }]);
    // Row 5 is cấp xã; column D is "tiếp nhận".
    // No value: 1.886 agrees with kỳ trước + trong kỳ; what is known is that resolved + pending lack 10 (DESIGN §3.3c).
    expect(flat(r.findings)).toEqual([['Số liệu', 'D5', 'can-doi-tiep-nhan', '1.886', null]]);
    expect(r.findings[0]!.message).toMatch(
      // In the sheet's own words (its columns are headed "tiếp nhận", "đã giải quyết", "đang giải quyết").
      /^Dòng «Xã, thị trấn»: Tiếp nhận là 1\.886, nhưng Đã giải quyết \+ Đang giải quyết = 1\.722 \+ 154 = 1\.876; chênh lệch 10 hồ sơ\. Tiếp nhận 1\.886 khớp với Kỳ trước chuyển qua \+ Trong kỳ \(80 \+ 1\.806\)\./,
    );
    expect(new Set(r.findings[0]!.candidates)).toEqual(new Set(['H5', 'I5', 'J5', 'K5', 'L5', 'M5', 'N5']));
  });

  it('the digitisation table by level holds', () => {
    const r = checkWorkbook(
      workbook(
        sheet(
          'Số hóa',
          digitised!.map((row) => row.map(typed)),
        ),
      ),
    );
    expect(r.tables.map((t) => t.form)).toEqual(['so-hoa']);
    expect(r.findings).toEqual([]);
  });

  it('the sample workbook: four tables, one finding at Kết quả TTHC!C7', async () => {
    const r = checkWorkbook(await readWorkbookFile(template('lap-vo-thang-03-2024.xlsx')));
    expect(r.tables.map(tableSummary).map((t) => `${t.sheet}!${t.range} ${t.form} ${t.rows}`)).toEqual([
      'Kết quả TTHC!B4:M7 tthc 2',
      'Số hóa!A2:E3 so-hoa 1',
      'Số hóa!A7:D9 so-hoa 2',
      'PAKN!A4:H6 pakn 1',
    ]);
    // The case: no "Đúng ra" at C7 (C7 = D7 + E7 holds); the candidates are on the resolved / pending side.
    expect(flat(r.findings)).toEqual([['Kết quả TTHC', 'C7', 'can-doi-tiep-nhan', '1.886', null]]);
    expect(new Set(r.findings[0]!.candidates)).toEqual(new Set(['G7', 'H7', 'I7', 'J7', 'K7', 'L7', 'M7']));
    expect(r.findings[0]!.message).toContain('Không ô nào sai một mình: phải sửa cùng lúc hai ô, G7 với một trong H7, I7, J7; hoặc K7 với một trong L7, M7');
    const backlog = computeIndicators(r.tables).find((i) => i.id === 'ty-le-so-hoa-con-hieu-luc');
    expect(backlog).toMatchObject({ text: '92,49%', numerator: 47658, denominator: 51530 });
  });

  it('the same figures in the Biểu 06 layout (total row first, sections): still exactly one finding', async () => {
    const r = checkWorkbook(await readWorkbookFile(template('bieu-06-lap-vo-thang-03-2024.xlsx')));
    // The total row (C10) breaks by the same 10 only because it adds up row 14: said with it, not apart.
    expect(flat(r.findings)).toEqual([['Biểu 06', 'C14', 'can-doi-tiep-nhan', '1.886', null]]);
    expect(new Set(r.findings[0]!.candidates)).toEqual(new Set(['G14', 'H14', 'I14', 'J14', 'K14', 'L14', 'M14']));
    expect(r.findings[0]!.message).toContain('Dòng «Tổng số» (ô C10) lệch theo cùng số này');
  });
});

describe('Tháp Mười, báo cáo Bộ chỉ số tháng 11/2023', () => {
  const [table] = seedTables('bao-cao-bo-chi-so-thang-11-2023-thap-muoi.txt');
  // The seed table's headers carry an English note "(as printed)"; a clerk writes the header alone.
  const rows = table!.map((r, i) => (i === 0 ? r.map((h) => h.replace(' (as printed)', '')) : r.map(typed)));

  it('no error: 74,78% is within one unit of 74,785…%, 57,3% of 57,301…%', () => {
    const r = checkWorkbook(workbook(sheet('Bộ chỉ số', rows)));
    expect(r.tables.map(tableSummary)).toEqual([{ sheet: 'Bộ chỉ số', range: 'A1:I3', form: 'tthc', rows: 2, orientation: 'rows' }]);
    expect(r.findings).toEqual([]);
  });

  it('a printed rate off by more than one unit is a finding naming the recomputed rate', () => {
    const bad = rows.map((r) => [...r]);
    bad[1]![7] = '74,76%';
    const r = checkWorkbook(workbook(sheet('Bộ chỉ số', bad)));
    expect(flat(r.findings)).toEqual([['Bộ chỉ số', 'H2', 'ty-le-lech', '74,76%', '74,79%']]);
  });

  it('writes the digitisation rate half-up (74,79%), and reads the online rate as printed', () => {
    const r = checkWorkbook(workbook(sheet('Bộ chỉ số', rows)));
    const ind = computeIndicators(r.tables);
    const so = ind.filter((i) => i.id === 'ty-le-so-hoa').map((i) => [i.scope, i.text, i.definition]);
    expect(so).toEqual([
      ['Huyện', '74,79%', 'số hóa kết quả / đã giải quyết'],
      ['Xã', '57,3%', 'số hóa kết quả / đã giải quyết'],
    ]);
    const online = ind.filter((i) => i.id === 'ty-le-truc-tuyen').map((i) => [i.scope, i.text, i.source]);
    expect(online).toEqual([
      ['Huyện', '88,05%', 'ty-le-in-san'],
      ['Xã', '80,6%', 'ty-le-in-san'],
    ]);
  });

  it('the sample workbook: no finding; online payment 47,71% meets its 30% target', async () => {
    const r = checkWorkbook(await readWorkbookFile(template('thap-muoi-thang-11-2023.xlsx')));
    expect(r.findings).toEqual([]);
    const pay = computeIndicators(r.tables).find((i) => i.id === 'ty-le-thanh-toan-truc-tuyen');
    expect(pay).toMatchObject({ text: '47,71%', target: 30, met: true });
  });
});

describe('Tháp Mười, báo cáo 644 tháng 01/2024', () => {
  it('the printed digitisation rates per level, against the 100% target', async () => {
    const r = checkWorkbook(await readWorkbookFile(template('thap-muoi-thang-01-2024.xlsx')));
    expect(r.findings).toEqual([]);
    const so = computeIndicators(r.tables)
      .filter((i) => i.id === 'ty-le-so-hoa')
      .map((i) => [i.scope, i.text, i.target, i.met]);
    expect(so).toEqual([
      ['Cấp huyện', '97,38%', 100, false],
      ['Cấp xã', '89,38%', 100, false],
    ]);
  });
});
