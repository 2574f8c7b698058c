/**
 * A report that tells the truth about anyone's sheet (issue 20). §1: the period and the kind come from the data. Each workbook holds figures an office published (the source
 * above it), under the titles an office would write; the report's text must name the period as what it is (a quarter,
 * a year, a month) and be of the kind that period and those figures call for.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CellValue } from '../core';
import { checkJob, reportJob } from '../core/jobs';
import { periodName, reportText, templateFileOf, type NamedPeriod } from '../core/report';
import { sheet, workbook } from './helpers/grid';
import { REPO_ROOT } from './helpers/reference';
import { konTumRows, lamDongRows, lapVoQuarterRows, quangNamPoints } from './helpers/published-tables';

const how = { otherSheet: 'chọn trang', seeErrors: 'xem Kiểm tra số liệu', accept: 'chấp nhận' };
const templateFor = (kind: string) => readFileSync(join(REPO_ROOT, 'templates', 'bao-cao', templateFileOf(kind)), 'utf8');

async function report(rows: CellValue[][], opts: { kind?: string; settings?: Record<string, string> } = {}) {
  const check = checkJob({ workbook: workbook(sheet('Số liệu', rows)) });
  const r = await reportJob({
    check,
    choices: { accepted: true, ...(opts.kind ? { kind: opts.kind } : {}), ...(opts.settings ? { settings: opts.settings } : {}) },
    templateFor,
    name: 'x.xlsx',
    how,
  });
  // The report's own date ("ngày … tháng 3 năm 2023") is no period: the text read here is without it.
  return { ...r, text: reportText(r.doc).replace(r.doc.header.placeDate, '') };
}

const konTum = konTumRows;
const lamDong = lamDongRows;

describe('the period named in a title, and the kind it calls for', () => {
  it('"QUÝ I NĂM 2023" is a quarterly CCHC report of quý I năm 2023, its days counted 15/12–14/3 and said so', async () => {
    const r = await report(konTum(['UBND TỈNH KON TUM', 'KẾT QUẢ GIẢI QUYẾT TTHC QUÝ I NĂM 2023']));
    expect(r.kind).toBe('cchc-quy');
    expect([r.settings.kyTu, r.settings.kyDen]).toEqual(['15/12/2022', '14/03/2023']);
    expect(r.text).toContain('Tình hình thực hiện công tác cải cách hành chính quý I năm 2023');
    expect(r.text).toContain('công tác cải cách hành chính quý I năm 2023 của Ủy ban nhân dân tỉnh Kon Tum./.');
    expect(r.text).not.toMatch(/tháng (?:0?3|…) năm 2023|[Tt]rong tháng/);
    const note = r.notes.find((n) => n.code === 'tu-tieu-de' && n.message.startsWith('Kỳ báo cáo'));
    expect(note?.message).toContain('«15/12/2022 – 14/03/2023» (quý I năm 2023, tính từ ngày 15 của tháng trước kỳ đến ngày 14');
  });

  it('a quarter counted by its own days (01/12/2019–29/02/2020) keeps its name, and a 2020 table with rates is no Bộ chỉ số report', async () => {
    const r = await report(lamDong(['UBND TỈNH LÂM ĐỒNG', 'KẾT QUẢ GIẢI QUYẾT TTHC QUÝ I NĂM 2020', '(Từ ngày 01/12/2019 đến ngày 29/02/2020)']));
    expect(r.kind).toBe('cchc-quy');
    expect([r.settings.kyTu, r.settings.kyDen]).toEqual(['01/12/2019', '29/02/2020']);
    expect(r.text).toContain('cải cách hành chính quý I năm 2020');
    expect(r.text).not.toContain('tháng 02 năm 2020');
    expect(r.text).not.toContain('Bộ chỉ số');
  });

  it('"NĂM 2020" is the annual report of năm 2020, never "Trong tháng"', async () => {
    const r = await report(lamDong(['BÁO CÁO TÌNH HÌNH GIẢI QUYẾT TTHC NĂM 2020']));
    expect(r.kind).toBe('cchc-nam');
    expect(r.text).toContain('cải cách hành chính năm 2020');
    expect(r.text).not.toMatch(/[Tt]rong tháng/);
  });

  it('"6 tháng đầu năm 2025" and "9 tháng năm 2025" are the half-year and the quý III reports', async () => {
    const half = await report(konTum(['KẾT QUẢ 6 THÁNG ĐẦU NĂM 2025']));
    expect(half.kind).toBe('cchc-6-thang');
    expect([half.settings.kyTu, half.settings.kyDen]).toEqual(['15/12/2024', '14/06/2025']);
    expect(half.text).toContain('cải cách hành chính 6 tháng đầu năm 2025');
    const nine = await report(konTum(['KẾT QUẢ 9 THÁNG NĂM 2025']));
    expect(nine.kind).toBe('cchc-quy');
    expect(nine.text).toContain('cải cách hành chính 9 tháng đầu năm 2025');
  });

  it('a bare "THÁNG 7 NĂM 2025" names the month: the monthly report of tháng 7 năm 2025, not "tháng … năm …"', async () => {
    const r = await report(konTum(['THÁNG 7 NĂM 2025']));
    expect(r.kind).toBe('thang-644');
    expect([r.settings.kyTu, r.settings.kyDen]).toEqual(['15/06/2025', '14/07/2025']);
    expect(r.text).toContain('cải cách TTHC tháng 7 năm 2025');
    expect(r.text).not.toContain('tháng … năm …');
  });

  it("a kind asked for keeps the period's own words: a quarter in the monthly template is still quý I", async () => {
    const r = await report(konTum(['KẾT QUẢ GIẢI QUYẾT TTHC QUÝ I NĂM 2023']), { kind: 'thang-644' });
    expect(r.text).toContain('cải cách TTHC quý I năm 2023');
    expect(r.text).not.toMatch(/tháng (?:0?3|…) năm 2023|[Tt]rong tháng/);
  });

  it("the office's own days win over the title, and name the period as they fall", async () => {
    const r = await report(konTum(['THÁNG 7 NĂM 2025']), { settings: { kyTu: '01/01/2025', kyDen: '31/12/2025' } });
    expect(r.kind).toBe('cchc-nam');
    expect(r.text).toContain('cải cách hành chính năm 2025');
    expect(r.notes.some((n) => n.message.startsWith('Kỳ báo cáo lấy từ tiêu đề'))).toBe(false);
  });

  it('no period anywhere: the blank is the kind\'s own ("quý … năm …"), and the clerk is asked for the days', async () => {
    const r = await report(konTum(['UBND TỈNH KON TUM']), { kind: 'cchc-quy' });
    expect(r.text).toContain('cải cách hành chính quý … năm …');
    expect(r.missing).toEqual(expect.arrayContaining(['Kỳ báo cáo từ', 'Kỳ báo cáo đến']));
  });
});

describe('the period a table by period closes', () => {
  // Lấp Vò cấp huyện, quý I/2024 (test/helpers/published-tables.ts).
  const rows = lapVoQuarterRows();

  it('with no title, "Quý I/2024" closing three months is the period: the quarter\'s figures, never added to its months', async () => {
    const r = await report(rows);
    expect(r.kind).toBe('cchc-quy');
    expect(r.text).toContain('cải cách hành chính quý I năm 2024');
    expect(r.text).toContain('tổng số hồ sơ nhận giải quyết là 748 hồ sơ');
    expect(r.text).toContain('tỷ lệ trả kết quả trước hạn và đúng hạn đạt 96,99%');
    expect(r.notes.find((n) => n.code === 'tu-tieu-de')?.message).toContain('(ô Số liệu!A5)');
  });
});

describe('the Bộ chỉ số report only where the sheet holds the Bộ chỉ số, from 23/6/2022', () => {
  const points = quangNamPoints();

  it("a month with the groups' points is a Bộ chỉ số report, its days the calendar month", async () => {
    const r = await report([['THÁNG 7 NĂM 2024'], [], ...points]);
    expect(r.kind).toBe('bo-chi-so');
    expect([r.settings.kyTu, r.settings.kyDen]).toEqual(['01/07/2024', '31/07/2024']);
    expect(r.text).toContain('tháng 7 năm 2024');
  });

  it('the same points dated before QĐ 766 (2021) make no Bộ chỉ số report', async () => {
    const r = await report([['THÁNG 7 NĂM 2021'], [], ...points]);
    expect(r.kind).not.toBe('bo-chi-so');
  });

  it('a results table with printed rates is the monthly report, not the Bộ chỉ số', async () => {
    const r = await report(lamDong(['THÁNG 7 NĂM 2024']));
    expect(r.kind).toBe('thang-644');
  });
});

describe('only figures the sheet holds, said as its columns say them', () => {
  const text = async (rows: CellValue[][], kind: string) => (await report(rows, { kind })).text;

  it('"Đúng và trước hạn" is written as both, in every kind, never as early alone (Lâm Đồng quý I/2020)', async () => {
    for (const kind of ['bo-chi-so', 'thang-644', 'cchc-nam']) {
      const t = await text(lamDong(['QUÝ I NĂM 2020']), kind);
      expect(t, kind).toMatch(/trước hạn và đúng hạn:? 51\.072 hồ sơ/);
      expect(t, kind).not.toMatch(/trước hạn:? 51\.072/);
    }
  });

  it('early dossiers are never dropped from the split, and late ones alone say "trong đó"', async () => {
    // Tháp Mười, tháng 11/2023 (test/reference/bao-cao-bo-chi-so-thang-11-2023-thap-muoi.txt): early and on time apart.
    const rows: CellValue[][] = [
      ['NĂM 2023'],
      [],
      ['Cấp', 'Tổng số tiếp nhận', 'Đã giải quyết', 'Trước hạn', 'Đúng hạn', 'Trễ hạn', 'Đang giải quyết'],
      ['Cấp huyện', 410, 349, 280, 69, 0, 61],
      ['Cấp xã', 2059, 1890, 1644, 246, 0, 169],
    ];
    const t = await text(rows, 'cchc-nam');
    expect(t).toContain('đã giải quyết 349 hồ sơ, trong đó trả trước hạn 280 hồ sơ, đúng hạn 69 hồ sơ, không có hồ sơ trả quá hạn');
    const lateOnly: CellValue[][] = [['NĂM 2023'], [], ['Cấp', 'Tổng số tiếp nhận', 'Đã giải quyết', 'Quá hạn'], ['Cấp xã', 300, 290, 144]];
    expect(await text(lateOnly, 'cchc-nam')).toContain('đã giải quyết 290 hồ sơ, trong đó trả quá hạn 144 hồ sơ');
    expect(await text(lateOnly, 'bo-chi-so')).toContain('đã giải quyết 290 hồ sơ (trong đó trễ hạn 144 hồ sơ)');
    expect(await text(lateOnly, 'thang-644')).toContain('đã giải quyết 290 hồ sơ, trong đó trả trễ hạn: 144 hồ sơ');
  });

  it('an annual report of a table by level speaks of each level (no empty "Cải cách thủ tục hành chính")', async () => {
    const t = await text(lamDong(['NĂM 2020']), 'cchc-nam');
    expect(t).toContain('- Cấp xã: tiếp nhận 264.610 hồ sơ; đã giải quyết 261.896 hồ sơ');
  });
});

describe('no internal words, no endless sentence, no empty heading', () => {
  it('a by-field table without a total row: its rates are the unit\'s own, never "Toàn bảng (cộng các dòng)"', async () => {
    const rows: CellValue[][] = [
      ['THÁNG 3 NĂM 2024'],
      [],
      ['STT', 'Lĩnh vực', 'Tổng số tiếp nhận', 'Trong đó trực tuyến', 'Đã giải quyết', 'Trong đó đúng hạn', 'Trễ hạn', 'Đang giải quyết'],
      [1, 'Hộ tịch', 1204, 1100, 1150, 1149, 1, 54],
      [2, 'Chứng thực', 530, 12, 530, 530, 0, 0],
    ];
    for (const kind of ['thang-644', 'bo-chi-so', 'cchc-nam']) {
      const r = await report(rows, { kind });
      expect(r.text, kind).not.toContain('Toàn bảng');
      expect(r.text, kind).not.toContain('cộng các dòng');
    }
  });

  it("a table of 20 communes by level gives its total's rate, not one sentence of 20 rates", async () => {
    const communes = Array.from({ length: 20 }, (_, i) => [`Xã ${['An', 'Bình', 'Mỹ', 'Tân'][i % 4]} ${i + 1}`, 100 + i, 90 + i, 80 + i]);
    const rows: CellValue[][] = [
      ['THÁNG 3 NĂM 2024'],
      [],
      ['Đơn vị', 'Tổng số tiếp nhận', 'Trong đó trực tuyến', 'Đã giải quyết'],
      ...communes,
      ['Tổng cộng', 2190, 1990, 1790],
    ];
    const r = await report(rows, { kind: 'thang-644' });
    const rateLine = r.text.split('\n').find((l) => l.includes('Tỷ lệ hồ sơ tiếp nhận trực tuyến'));
    expect(rateLine).toBe('- Tỷ lệ hồ sơ tiếp nhận trực tuyến: đạt 90,87%.');
    expect(r.text.match(/đạt \d/g)?.length ?? 0).toBeLessThanOrEqual(12);
  });

  it('a Bộ chỉ số report with no result to give has no empty "Kết quả triển khai thực hiện" before its closing', async () => {
    // Points without their total: nothing the report can quote as the unit's score.
    const r = await report([
      ['THÁNG 7 NĂM 2024'],
      [],
      ['Nhóm chỉ số', 'Điểm', 'Tối đa'],
      ['Công khai, minh bạch', '13.2', 18],
      ['Tiến độ giải quyết', '18.4', 20],
    ]);
    expect(r.kind).toBe('bo-chi-so');
    expect(r.text).not.toContain('Kết quả triển khai thực hiện');
  });
});

describe('blanks the văn thư can see', () => {
  it("with no settings, the body's name, the place, the signer and the recipients are dotted blanks, and named", async () => {
    const r = await report(konTum(['THÁNG 7 NĂM 2025']));
    expect(r.doc.header.agency).toBe('ỦY BAN NHÂN DÂN ……………');
    expect(r.doc.header.placeDate).toBe('……………, ngày      tháng 7 năm 2025');
    expect(r.doc.signature.signer).toBe('……………');
    expect(r.doc.distribution).toEqual(['- ……………;', '- Lưu: VT.']);
    expect(r.text).toContain('Ủy ban nhân dân …………… báo cáo');
    expect(r.missing).toEqual(['Cơ quan ban hành', 'Địa danh', 'Người ký']);
  });

  it('a công văn with no text of its own is refused in one line naming what it needs, never an empty body', async () => {
    await expect(report(konTum([]), { kind: 'cong-van' })).rejects.toThrow(
      'Công văn chưa có nội dung: hãy ghi «Nội dung công văn», «Trích yếu», «Kính gửi» ở trang «Thông tin báo cáo»',
    );
    const ok = await report(konTum([]), { kind: 'cong-van', settings: { vanBan: { 'noi-dung': 'Đề nghị phối hợp.' } } as never });
    expect(ok.text).toContain('Đề nghị phối hợp.');
  });
});

describe("the law in force in the report's own period", () => {
  const month = (title: string) => konTum([title]);
  const dongThap = { coQuanChuQuan: 'UBND TỈNH ĐỒNG THÁP', coQuanBanHanh: 'ỦY BAN NHÂN DÂN XÃ MỸ AN HƯNG' };

  it('a report of 10/2026 cites NĐ 118/2025 as amended by NĐ 309/2026, NĐ 45/2020 and NĐ 224/2026; never Công điện 644 nor the 2023 requests', async () => {
    const r = await report(month('THÁNG 10 NĂM 2026'), { kind: 'thang-644', settings: dongThap });
    expect(r.text).toContain('Nghị định số 118/2025/NĐ-CP, được sửa đổi, bổ sung bởi Nghị định số 309/2026/NĐ-CP ngày 05/8/2026 của Chính phủ');
    expect(r.text).toContain('Nghị định số 45/2020/NĐ-CP và Nghị định số 224/2026/NĐ-CP');
    for (const old of ['644/CĐ-TTg', '09/UBND-HCC', '14/UBND-HCC', '42/2022/NĐ-CP', '61/2018/NĐ-CP']) expect(r.text, old).not.toContain(old);
  });

  it("a report of 03/2024 cites what was in force then: NĐ 61/2018 and 107/2021, Công điện 644, Đồng Tháp's requests, NĐ 42/2022", async () => {
    const r = await report(month('THÁNG 3 NĂM 2024'), { kind: 'thang-644', settings: dongThap });
    for (const then of ['61/2018/NĐ-CP', '107/2021/NĐ-CP', '644/CĐ-TTg', '09/UBND-HCC', '14/UBND-HCC', '42/2022/NĐ-CP']) expect(r.text, then).toContain(then);
    for (const later of ['118/2025/NĐ-CP', '309/2026/NĐ-CP', '224/2026/NĐ-CP']) expect(r.text, later).not.toContain(later);
  });

  it("a ward of another province never cites Đồng Tháp's own requests; one of Đồng Tháp known by its Kính gửi does", async () => {
    const haNoi = await report(month('THÁNG 3 NĂM 2024'), {
      kind: 'thang-644',
      settings: { coQuanChuQuan: 'UBND THÀNH PHỐ HÀ NỘI', coQuanBanHanh: 'ỦY BAN NHÂN DÂN PHƯỜNG HÀNG BẠC' },
    });
    expect(haNoi.text).not.toContain('UBND-HCC');
    expect(haNoi.text).toContain('644/CĐ-TTg');
    const unknown = await report(month('THÁNG 3 NĂM 2024'), { kind: 'thang-644' });
    expect(unknown.text).not.toContain('UBND-HCC');
    const byRecipient = await report(month('THÁNG 3 NĂM 2024'), { kind: 'thang-644', settings: { kinhGui: ['Ủy ban nhân dân tỉnh Đồng Tháp'] } as never });
    expect(byRecipient.text).toContain('14/UBND-HCC');
  });

  it('the CCHC report follows the programme of its years: NQ 76\'s areas from 2021, "Hiện đại hóa nền hành chính" before', async () => {
    const y2025 = await report(month('NĂM 2025'), { settings: { vanBan: { 'cai-cach-the-che': 'Rà soát văn bản quy phạm pháp luật.' } } as never });
    expect(y2025.text).toContain('Xây dựng, phát triển Chính phủ điện tử, Chính phủ số');
    expect(y2025.text).not.toContain('Hiện đại hóa nền hành chính');
    expect(y2025.text.indexOf('Cải cách thể chế')).toBeLessThan(y2025.text.indexOf('Cải cách thủ tục hành chính'));
    const y2020 = await report(month('NĂM 2020'));
    expect(y2020.text).toContain('Hiện đại hóa nền hành chính');
  });

  it('from 01/7/2026 the appendix writes "toàn trình" and "một phần"; a 2024 report keeps "mức độ 3", "mức độ 4"', async () => {
    const cntt = (title: string): CellValue[][] => [
      [title],
      [],
      ['Đơn vị', 'Dịch vụ công trực tuyến mức độ 3', null, 'Dịch vụ công trực tuyến mức độ 4', null],
      [null, 'Số TTHC', 'Tổng số hồ sơ', 'Số TTHC', 'Tổng số hồ sơ'],
      ['Xã A', 12, 340, 20, 1250],
      ['Xã B', 10, 210, 18, 6302],
      ['Tổng cộng', 22, 550, 38, 7552],
    ];
    const header = (r: Awaited<ReturnType<typeof report>>) => r.doc.appendices.flatMap((a) => a.table.header.flat().map((c) => c.text)).join(' | ');
    const late = await report(cntt('NĂM 2026'), { kind: 'cchc-nam' });
    expect(header(late)).toContain('toàn trình');
    expect(header(late)).not.toContain('mức độ');
    const early = await report(cntt('NĂM 2024'), { kind: 'cchc-nam' });
    expect(header(early)).toContain('mức độ 4');
    // "." thousands in every count column: "6.302", never "6302" beside "1.250".
    const cells = late.doc.appendices.flatMap((a) => a.table.rows.flatMap((row) => row.cells));
    expect(cells).toContain('6.302');
    expect(cells).not.toContain('6302');
  });
});

describe('the Bộ chỉ số as the portal scored it', () => {
  // Quảng Nam, data of the Văn phòng UBND tỉnh, 19/8/2024 (https://quangnam.gov.vn/print/58228.html).
  it("the groups' points and the total are quoted in the Bộ chỉ số report, as the portal gave them", async () => {
    const r = await report([['THÁNG 7 NĂM 2024'], [], ...quangNamPoints()]);
    expect(r.kind).toBe('bo-chi-so');
    expect(r.text).toContain(
      '- Kết quả đánh giá Bộ chỉ số tháng 7/2024 trên Cổng Dịch vụ công quốc gia: đạt 80,1/100 điểm; trong đó: Công khai, minh bạch 13,2/18 điểm; Tiến độ giải quyết 18,4/20 điểm;',
    );
  });

  it("the portal's per-unit table: the unit's own row, by its name, with its rank", async () => {
    const rows: CellValue[][] = [
      ['THÁNG 8 NĂM 2025'],
      [],
      [
        'STT',
        'Đơn vị',
        'Công khai, minh bạch',
        'Tiến độ giải quyết',
        'Dịch vụ công trực tuyến',
        'Thanh toán trực tuyến',
        'Mức độ hài lòng',
        'Số hóa hồ sơ',
        'Tổng điểm',
        'Xếp hạng',
      ],
      [1, 'Xã Mỹ An Hưng', 17.5, 19.2, 10.1, 8.3, 17.9, 20.4, 93.4, 1],
      [2, 'Xã Tân Khánh Trung', 16.8, 18.1, 9.5, 7.2, 17.5, 19.0, 88.1, 2],
    ];
    const r = await report(rows, { settings: { coQuanBanHanh: 'ỦY BAN NHÂN DÂN XÃ TÂN KHÁNH TRUNG' } });
    expect(r.kind).toBe('bo-chi-so');
    expect(r.text).toContain('đạt 88,1/100 điểm, xếp hạng 2; trong đó: Công khai, minh bạch 16,8/18 điểm;');
  });
});

describe('property: the period words and the counts of any report come from the sheet', () => {
  const ROMAN = ['I', 'II', 'III', 'IV'];
  const periodArb: fc.Arbitrary<NamedPeriod> = fc.oneof(
    fc.record({ type: fc.constant('thang' as const), year: fc.integer({ min: 2022, max: 2026 }), index: fc.integer({ min: 1, max: 12 }) }),
    fc.record({ type: fc.constant('quy' as const), year: fc.integer({ min: 2019, max: 2026 }), index: fc.integer({ min: 1, max: 4 }) }),
    fc.record({ type: fc.constantFrom('6-thang' as const, '9-thang' as const, 'nam' as const), year: fc.integer({ min: 2019, max: 2026 }) }),
  );
  /** How an office titles the period, in one of its usual ways. */
  const titleOf = (p: NamedPeriod, style: number): string => {
    if (p.type === 'thang') return style % 2 ? `BÁO CÁO THÁNG ${p.index} NĂM ${p.year}` : `Tháng ${String(p.index).padStart(2, '0')}/${p.year}`;
    if (p.type === 'quy') return style % 2 ? `KẾT QUẢ QUÝ ${ROMAN[p.index! - 1]}/${p.year}` : `Quý ${p.index} năm ${p.year}`;
    if (p.type === '6-thang') return `BÁO CÁO 6 THÁNG ĐẦU NĂM ${p.year}`;
    if (p.type === '9-thang') return `Kết quả 9 tháng năm ${p.year}`;
    return `TÌNH HÌNH GIẢI QUYẾT TTHC NĂM ${p.year}`;
  };
  // A consistent row: received = carried + new = resolved + pending, resolved = early + on time + late.
  const levelArb = fc.record({
    ky: fc.integer({ min: 0, max: 400 }),
    early: fc.integer({ min: 0, max: 5000 }),
    onTime: fc.integer({ min: 0, max: 5000 }),
    late: fc.integer({ min: 0, max: 300 }),
    pending: fc.integer({ min: 0, max: 900 }),
  });

  it('the trích yếu names the period the title gives; every "N hồ sơ" of the body is a figure of the table', async () => {
    await fc.assert(
      fc.asyncProperty(periodArb, fc.integer({ min: 0, max: 3 }), fc.array(levelArb, { minLength: 1, maxLength: 3 }), async (p, style, levels) => {
        const names = ['Cấp tỉnh', 'Cấp huyện', 'Cấp xã'];
        const rows: CellValue[][] = [
          [titleOf(p, style)],
          [],
          ['Cấp', 'Tổng số tiếp nhận', 'Kỳ trước chuyển qua', 'Mới tiếp nhận', 'Đã giải quyết', 'Trước hạn', 'Đúng hạn', 'Quá hạn', 'Đang giải quyết'],
          ...levels.map((l, i) => {
            const resolved = l.early + l.onTime + l.late;
            const received = resolved + l.pending;
            const ky = Math.min(l.ky, received);
            return [names[i]!, received, ky, received - ky, resolved, l.early, l.onTime, l.late, l.pending];
          }),
        ];
        const r = await report(rows);
        expect(r.doc.summary.join(' ')).toContain(periodName(p));
        expect(r.text).not.toContain('… năm …');
        // Written the Vietnamese way ("1.204"; "05" where the office pads): compared as numbers.
        const figures = new Set(rows.slice(3).flatMap((row) => row.slice(1).map((v) => v as number)));
        const body = r.text.split('\nNơi nhận:')[0]!;
        for (const m of body.matchAll(/(\d{1,3}(?:\.\d{3})*) hồ sơ/g))
          expect(figures, `${m[0]} in ${p.type} ${p.year}`).toContain(Number(m[1]!.replace(/\./g, '')));
      }),
      { numRuns: 60 },
    );
  });
});
