/**
 * Tạo báo cáo: a workbook holding a reference report's figures and settings gives a report whose
 * text carries that report's figure sentences, numbers written the same way.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkWorkbook, type CellValue, type Workbook } from '../core';
import { buildReport, reportText, settingsFromWorkbook, chooseKind, templateFileOf } from '../core/report';
import { readWorkbookFile } from '../cli/read';
import { sheet, workbook } from './helpers/grid';
import { referenceText, REPO_ROOT } from './helpers/reference';
import { SEED_SENTENCES } from './helpers/seed-sentences';

const tpl = (kind: string) => readFileSync(join(REPO_ROOT, 'templates', 'bao-cao', templateFileOf(kind)), 'utf8');

function report(wb: Workbook, kind?: string) {
  const result = checkWorkbook(wb);
  const { settings } = settingsFromWorkbook(wb);
  const k = chooseKind(kind, settings, result.tables);
  const doc = buildReport({ tables: result.tables, settings, templateText: tpl(k) });
  return { doc, text: reportText(doc), kind: k };
}

/** Compared without spaces and case: the reference texts come from PDF extraction ("80hồ sơ"). */
const squash = (s: string) => s.normalize('NFC').toLocaleLowerCase('vi').replace(/\s+/g, '');

/** Each sentence must stand in the reference report AND in ours. */
function expectSentences(ours: string, referenceFile: string, sentences: string[]) {
  const ref = squash(referenceText(referenceFile));
  const mine = squash(ours);
  for (const s of sentences) {
    expect(ref, `the reference report has «${s}»`).toContain(squash(s));
    expect(mine, `our report has «${s}»`).toContain(squash(s));
  }
}

const fromTemplate = (name: string) => readWorkbookFile(join(REPO_ROOT, 'templates', name));

describe('Lấp Vò, tháng 3/2024 (Công điện 644)', () => {
  it('the figure sentences of the report, per level, with its numbers written its way', async () => {
    const { text, kind } = report(await fromTemplate('lap-vo-thang-03-2024.xlsx'));
    expect(kind).toBe('thang-644');
    const seed = SEED_SENTENCES['lap-vo-thang-03-2024.xlsx']!;
    expectSentences(text, seed.reference, seed.sentences);
  });

  it('the header, signature and distribution come from the settings sheet, blanks left for the văn thư', async () => {
    const { doc } = report(await fromTemplate('lap-vo-thang-03-2024.xlsx'));
    expect(doc.header).toEqual({
      parentAgency: 'UBND TỈNH ĐỒNG THÁP',
      agency: 'ỦY BAN NHÂN DÂN HUYỆN LẤP VÒ',
      number: 'Số:      /BC-UBND',
      placeDate: 'Lấp Vò, ngày      tháng 3 năm 2024',
    });
    expect(doc.signature).toEqual({ authority: ['TM. ỦY BAN NHÂN DÂN', 'Q. CHỦ TỊCH'], signer: 'Trương Thị Diệp' });
    expect(doc.distribution[0]).toBe('- Văn phòng UBND Tỉnh;');
    expect(doc.distribution[doc.distribution.length - 1]).toBe('- Lưu: VT, H.');
    expect(doc.recipients).toEqual([]);
    // No by-field table in this workbook: no appendix.
    expect(doc.appendices).toEqual([]);
  });

  it('states the on-time rate of each level as the seeds word a rate: no formula in the body or the footnotes', async () => {
    const { text } = report(await fromTemplate('lap-vo-thang-03-2024.xlsx'));
    expect(text).toContain('Tỷ lệ giải quyết trước hạn và đúng hạn đạt 97,78%;');
    expect(text).toContain('Tỷ lệ giải quyết trước hạn và đúng hạn đạt 99,83%;');
    expect(text).not.toMatch(/tính bằng|\/ đã giải quyết|\(cột «/);
  });

  it('the sentences change with the figures: no late dossier is "không có hồ sơ trễ hạn"', () => {
    const rows: CellValue[][] = [
      ['Cấp', 'Tiếp nhận', 'Kỳ trước', 'Trong kỳ', 'Đã giải quyết', 'Sớm hạn', 'Đúng hạn', 'Trễ hạn', 'Đang giải quyết', 'Chưa đến hạn', 'Quá hạn'],
      ['Cấp xã', 100, 10, 90, 80, 70, 10, 0, 20, 20, 0],
    ];
    const { text } = report(workbook(sheet('Số liệu', rows)), 'thang-644');
    expect(text).toContain('Số lượng hồ sơ đã giải quyết 80 hồ sơ, trong đó giải quyết sớm hạn: 70 hồ sơ, đúng hạn: 10 hồ sơ, không có hồ sơ trễ hạn;');
    expect(text).not.toContain('trả trễ hạn');
  });
});

describe('Tháp Mười, Bộ chỉ số tháng 11/2023', () => {
  it('the figure sentences, the online rates as printed, online payment against 30%', async () => {
    const { text, kind, doc } = report(await fromTemplate('thap-muoi-thang-11-2023.xlsx'));
    expect(kind).toBe('bo-chi-so');
    const seed = SEED_SENTENCES['thap-muoi-thang-11-2023.xlsx']!;
    expectSentences(text, seed.reference, seed.sentences);
    // The report printed 74,78% (truncated); the product writes 74,79% (half-up, seed-figures.md).
    expect(text).toContain('261 hồ sơ, đạt 74,79%');
    expect(doc.distribution[0]).toBe('- Như trên;');
  });
});

describe('Tháp Mười, báo cáo 644 tháng 01/2024', () => {
  it('the digitisation rates per level and the 1022 feedback sentence', async () => {
    const { text } = report(await fromTemplate('thap-muoi-thang-01-2024.xlsx'));
    const seed = SEED_SENTENCES['thap-muoi-thang-01-2024.xlsx']!;
    expectSentences(text, seed.reference, seed.sentences);
  });
});

describe('Châu Thành, báo cáo CCHC năm 2020', () => {
  it('the annual report with its two appendices built from the sheet, referred to in the body', async () => {
    const { doc, text, kind } = report(await fromTemplate('chau-thanh-nam-2020.xlsx'));
    expect(kind).toBe('cchc-nam');
    expect(doc.appendices.map((a) => [a.label, a.landscape, a.table.rows.length])).toEqual([
      ['Phụ lục I', true, 16],
      ['Phụ lục II', true, 1],
    ]);
    const [tthc, cntt] = doc.appendices;
    expect(tthc!.table.numbering).toEqual(['1', '2', '3=4+5', '4', '5', '6=7+8', '7', '8', '9=10+11', '10', '11', '12']);
    // The form's merged header, as the sheet draws it.
    expect(tthc!.table.header[0]!.map((c) => [c.text, c.colSpan ?? 1, c.rowSpan ?? 1])).toEqual([
      ['STT', 1, 3],
      ['Lĩnh vực, công việc thực hiện cơ chế "Một cửa"', 1, 3],
      ['Số hồ sơ nhận giải quyết', 3, 1],
      ['Kết quả giải quyết', 6, 1],
      ['Ghi chú', 1, 3],
    ]);
    const total = tthc!.table.rows[15]!;
    expect(total.bold).toBe(true);
    // The appendix writes the report's figures the Vietnamese way (DESIGN.md §3.4): 26336 → 26.336.
    expect(total.cells.slice(1, 10)).toEqual(['Tổng cộng:', '26.336', '1.656', '24.680', '25.168', '25.162', '6', '1.168', '1.168']);
    expect(cntt!.table.rows[0]!.cells.slice(1, 5)).toEqual(['Văn phòng HĐND và UBND', '10.038', '891', '9.147']);
    expect(text).toContain('tỷ lệ trả kết quả trước hạn và đúng hạn đạt 99,98%; đang giải quyết 1.168 hồ sơ');
    expect(text).toContain('Từ ngày 01/01/2020 đến ngày 26/10/2020, tổng số hồ sơ nhận giải quyết là 26.336 hồ sơ');
    expect(text).not.toContain('tính bằng');
    expect(text).toContain('(chi tiết tại Phụ lục I kèm theo)');
    expect(text).toContain('tại Phụ lục II kèm theo');
    expect(doc.signature).toEqual({ authority: ['KT. CHÁNH VĂN PHÒNG', 'PHÓ CHÁNH VĂN PHÒNG'], signer: 'Tạ Chí Thái' });
    expectSentences(text, 'bao-cao-cchc-nam-2020-chau-thanh.txt', ['Tạ Chí Thái', 'Phòng Nội vụ Huyện;', 'Lưu: VT.']);
  });

  it('any kind attaches a by-field TTHC table found in the workbook, and its body refers to it', async () => {
    const { doc, text } = report(await fromTemplate('chau-thanh-nam-2020.xlsx'), 'thang-644');
    expect(doc.appendices.map((a) => a.label)).toEqual(['Phụ lục']);
    expect(text).toContain('tỷ lệ giải quyết trước hạn và đúng hạn đạt 99,98%');
    expect(text).toContain('(chi tiết tại Phụ lục kèm theo)');
  });
});

describe('hostile text in the settings or the sheet stays plain text', () => {
  const evil = ['<img src=x onerror=alert(1)>', '[^not a footnote]', '# NOT A HEADING', 'a & b <w:p>', '\u0001\u0008\u000b\uFFFF'].join(' ');
  const long = 'Đ'.repeat(10_000);
  const settings: CellValue[][] = [
    ['Thông tin', 'Giá trị'],
    ['Cơ quan ban hành', `ỦY BAN NHÂN DÂN XÃ ${evil}`],
    ['Người ký', long],
    ['Khó khăn, vướng mắc', `# Dòng một\n- ${evil}\n[^x]`],
    ['Kỳ báo cáo đến', '31/01/2026'],
  ];
  const rows: CellValue[][] = [
    ['Cấp', 'Tiếp nhận', 'Đã giải quyết', 'Đang giải quyết'],
    [`Cấp xã ${evil}`, 10, 8, 2],
  ];
  const wb = workbook(sheet('Số liệu', rows), sheet('Thông tin báo cáo', settings));

  it('no markup from data: no heading, no footnote, control characters dropped, 10.000 characters kept', () => {
    const { doc, text } = report(wb, 'thang-644');
    const headings = doc.body.filter((b) => b.kind === 'heading').map((b) => (b.kind === 'heading' ? b.content : []));
    expect(headings.flat().some((r) => 'text' in r && r.text.includes('NOT A HEADING'))).toBe(false);
    expect(headings.flat().some((r) => 'text' in r && r.text.includes('Dòng một'))).toBe(false);
    const footnotes = doc.body.flatMap((b) => (b.kind === 'table' ? [] : b.content)).filter((x) => 'footnote' in x);
    expect(footnotes.every((f) => !JSON.stringify(f).includes('not a footnote'))).toBe(true);
    expect(text).toContain('[^not a footnote]');
    expect(text).toContain('<img src=x onerror=alert(1)>');
    expect(text).not.toMatch(/[\u0001\u0008\u000b\uFFFF]/);
    expect(doc.signature.signer).toBe(long);
    // A clerk's own "- " line in a free-text cell is an item, as meant.
    expect(doc.body.some((b) => b.kind === 'item' && b.content.some((r) => 'text' in r && r.text.startsWith('<img')))).toBe(true);
  });
});

describe('hostile text through to the .docx', () => {
  it('a workbook with markup, control characters and 10.000 characters gives a valid file showing them as text', async () => {
    const { reportToDocx } = await import('../core/report/docx');
    const JSZip = (await import('jszip')).default;
    const evil = '<img src=x onerror=alert(1)> a & b <w:p> \u0001\u000b\uFFFF';
    const long = 'Đ'.repeat(10_000);
    const wb = workbook(
      sheet('Số liệu', [
        ['Lĩnh vực', 'Tiếp nhận', 'Đã giải quyết', 'Đang giải quyết'],
        [`Đất đai ${evil}`, 10, 8, 2],
        [long, 5, 5, 0],
        ['Tổng cộng', 15, 13, 2],
      ]),
      sheet('Thông tin báo cáo', [
        ['Người ký', evil],
        ['Trích yếu', long],
      ]),
    );
    const { doc } = report(wb, 'thang-644');
    const zip = await JSZip.loadAsync(await reportToDocx(doc));
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(xml).not.toContain('<img');
    expect(xml).toContain('&lt;img src=x onerror=alert(1)&gt; a &amp; b &lt;w:p&gt;');
    expect(xml).not.toMatch(/[\u0001\u000b\uFFFF]/);
    expect(xml.split(long).length - 1).toBeGreaterThanOrEqual(2); // the trích yếu and the appendix row
  });
});

describe('numbers no count can be, through to the .docx', () => {
  it('1e308, Infinity, NaN and 2^53 + 1 in count cells: findings with the text the sheet shows, the appendix too', async () => {
    const { reportToDocx } = await import('../core/report/docx');
    const ExcelJS = (await import('exceljs')).default;
    const JSZip = (await import('jszip')).default;
    const { mkdtemp, rm, writeFile } = await import('node:fs/promises');
    const { tmpdir } = await import('node:os');
    const book = new ExcelJS.Workbook();
    const ws = book.addWorksheet('Số liệu');
    ws.addRow(['Lĩnh vực', 'Tiếp nhận', 'Đã giải quyết', 'Đang giải quyết']);
    ws.addRow(['Đất đai', 1e308, 8, 2]);
    ws.addRow(['Tư pháp', Number.POSITIVE_INFINITY, 5, 0]);
    ws.addRow(['Xây dựng', 7, Number.NaN, 1]);
    ws.addRow(['Nội vụ', 9007199254740992, 4, 1]);
    ws.addRow(['Tổng cộng', 20, 17, 4]);
    // ExcelJS writes the nearest double; the file as another program writes it holds the digits typed.
    const zip = await JSZip.loadAsync(await book.xlsx.writeBuffer());
    const sheetXml = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    expect(sheetXml).toContain('<v>Infinity</v>');
    expect(sheetXml).toContain('<v>NaN</v>');
    zip.file('xl/worksheets/sheet1.xml', sheetXml.replace('<v>9007199254740992</v>', '<v>9007199254740993</v>'));
    const dir = await mkdtemp(join(tmpdir(), 'bao-cao-numbers-'));
    try {
      const path = join(dir, 'so-lieu.xlsx');
      await writeFile(path, await zip.generateAsync({ type: 'uint8array' }));
      const wb = await readWorkbookFile(path);
      const result = checkWorkbook(wb);
      const unreadable = result.findings.filter((f) => f.rule === 'so-qua-lon' || f.rule === 'khong-phai-so').map((f) => [f.cell, f.rule, f.actual]);
      expect(unreadable).toEqual([
        ['B2', 'so-qua-lon', '1E+308'],
        ['B3', 'khong-phai-so', '#NUM!'],
        ['C4', 'khong-phai-so', '#NUM!'],
        ['B5', 'so-qua-lon', '9007199254740993'],
      ]);
      const { doc } = report(wb, 'thang-644');
      const rows = doc.appendices[0]!.table.rows.map((r) => r.cells);
      expect(rows.slice(0, 4)).toEqual([
        ['Đất đai', '1E+308', '8', '2'],
        ['Tư pháp', '#NUM!', '5', '0'],
        ['Xây dựng', '7', '#NUM!', '1'],
        ['Nội vụ', '9007199254740993', '4', '1'],
      ]);
      const docx = await JSZip.loadAsync(await reportToDocx(doc));
      const xml = await docx.file('word/document.xml')!.async('string');
      const text = xml.replace(/<[^>]+>/g, ' ');
      expect(text).toContain('9007199254740993');
      expect(text).toContain('1E+308');
      expect(text).not.toMatch(/Infinity|NaN|1e\+308|9\.?007\.?199\.?254\.?740\.?992/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
