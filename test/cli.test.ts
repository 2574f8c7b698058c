/**
 * The command line as other tools call it: `npx bao-cao …` after `npm ci`. Exit codes, the JSON
 * fields and the file left untouched are contracts.
 */
import { describe, expect, it, beforeAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync, copyFileSync } from 'node:fs';
import JSZip from 'jszip';
import ExcelJS from 'exceljs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from './helpers/reference';
import { buildCli, runCli, T } from './helpers/cli';

const run = (...args: string[]) => runCli(args);

// The tests run the CLI exactly as users do: the built bundle behind bin/bao-cao.cjs.
beforeAll(buildCli);

describe('bao-cao check', () => {
  it('--json: the contract fields, exit 1 when a finding is an error', () => {
    const r = run('check', T('lap-vo-thang-03-2024.xlsx'), '--json');
    expect(r.code).toBe(1);
    expect(r.err).toBe('');
    const j = JSON.parse(r.out);
    expect(Object.keys(j)).toEqual(['tables', 'findings', 'summary']);
    expect(j.tables[0]).toEqual({ sheet: 'Kết quả TTHC', range: 'B4:M7', form: 'tthc', rows: 2, orientation: 'rows' });
    // The contract's fields, and `candidates` where the data cannot tell which cell (no `expected` then).
    expect(j.findings).toEqual([
      {
        severity: 'error',
        sheet: 'Kết quả TTHC',
        cell: 'C7',
        rule: 'can-doi-tiep-nhan',
        message: expect.stringMatching(
          /^Dòng «Cấp xã, thị trấn»: Tổng số hồ sơ tiếp nhận là 1\.886, nhưng Số hồ sơ đã giải quyết \+ Số hồ sơ đang giải quyết = 1\.722 \+ 154 = 1\.876; chênh lệch 10 hồ sơ\. /,
        ),
        actual: '1.886',
        expected: null,
        candidates: ['J7', 'M7', 'G7', 'K7', 'I7', 'H7', 'L7'],
      },
    ]);
  });

  it('exit 0 when nothing is wrong; the readable list is grouped by sheet', () => {
    const ok = run('check', T('chau-thanh-nam-2020.xlsx'));
    expect(ok.code).toBe(0);
    expect(ok.out).toContain('Kết quả: không phát hiện sai lệch.');
    const bad = run('check', T('lap-vo-thang-03-2024.xlsx'));
    expect(bad.code).toBe(1);
    expect(bad.out).toContain('Trang «Kết quả TTHC»\n  LỖI      C7     Dòng «Cấp xã, thị trấn»');
    expect(bad.out).toContain('ghi: 1.886 · ô có thể sai: J7, M7, G7, K7, I7, H7, L7 · loại: tiếp nhận khác đã giải quyết + đang giải quyết');
    expect(bad.out).not.toContain('đúng ra');
    expect(bad.out).not.toMatch(/can-doi|quy tắc/);
  });

  it('exit 2 with one Vietnamese line when there is no known table, or no file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bao-cao-'));
    const csv = join(dir, 'ghi-chu.csv');
    writeFileSync(csv, 'Ghi chú\nKhông có số liệu tháng này\n');
    const none = run('check', csv);
    expect(none.code).toBe(2);
    expect(none.out).toBe('');
    expect(none.err.trim().split('\n')).toHaveLength(1);
    expect(none.err).toContain('Không tìm thấy bảng số liệu nào');
    const missing = run('check', join(dir, 'khong-co.xlsx'));
    expect(missing.code).toBe(2);
    expect(missing.err.trim().split('\n')).toHaveLength(1);
    expect(missing.err).not.toMatch(/\bat \S+:\d+|Error:/);
  });

  it('wrong usage: exit 2 and the usage text', () => {
    for (const args of [[], ['frob', 'x.xlsx'], ['check'], ['check', 'a.xlsx', 'b.xlsx'], ['check', 'a.xlsx', '--bogus']]) {
      const r = run(...args);
      if (args.length === 0) {
        expect(r.code).toBe(0); // no command: the help
        expect(r.out).toContain('Cách dùng:');
      } else {
        expect(r.code).toBe(2);
        expect(r.err).toContain('Cách dùng:');
      }
    }
  });

  it('reads and never writes the input file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bao-cao-'));
    const f = join(dir, 'so-lieu.xlsx');
    copyFileSync(T('lap-vo-thang-03-2024.xlsx'), f);
    const before = { bytes: readFileSync(f), mtime: statSync(f).mtimeMs };
    run('check', f, '--json');
    run('indicators', f, '--json');
    expect(readFileSync(f).equals(before.bytes)).toBe(true);
    expect(statSync(f).mtimeMs).toBe(before.mtime);
  });
});

describe('npx bao-cao', () => {
  it('runs from the repository root as the README says', () => {
    const r = spawnSync('npx', ['--no-install', 'bao-cao', 'check', T('chau-thanh-nam-2020.xlsx'), '--json'], {
      encoding: 'utf8',
      cwd: REPO_ROOT,
    });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).tables).toHaveLength(2);
  });
});

describe('bao-cao indicators', () => {
  it('--json: every indicator with its scope, text, target, whether met, and its definition', () => {
    const r = run('indicators', T('thap-muoi-thang-11-2023.xlsx'), '--json');
    expect(r.code).toBe(0);
    const { indicators } = JSON.parse(r.out);
    for (const i of indicators) {
      for (const k of ['id', 'label', 'scope', 'value', 'text', 'target', 'met', 'definition']) expect(i).toHaveProperty(k);
    }
    const so = indicators.find((i: { id: string; scope: string }) => i.id === 'ty-le-so-hoa' && i.scope === 'Huyện');
    expect(so).toMatchObject({ text: '74,79%', target: 100, met: false, numerator: 261, denominator: 349 });
    expect(so.value).toBeCloseTo(74.7851, 3);
    const { scorecard } = JSON.parse(r.out);
    expect(scorecard.find((s: { id: string }) => s.id === '766-3.6')).toMatchObject({ points: 2.86, max: 6, rate: '47,71%' });
  });

  it('--chi-tieu overrides a target; a bad targets file is exit 2', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bao-cao-'));
    const targets = join(dir, 'muc-tieu.json');
    writeFileSync(targets, JSON.stringify({ 'ty-le-so-hoa': 70 }));
    const r = run('indicators', T('thap-muoi-thang-11-2023.xlsx'), '--json', '--chi-tieu', targets);
    const so = JSON.parse(r.out).indicators.filter((i: { id: string }) => i.id === 'ty-le-so-hoa');
    expect(so.map((i: { scope: string; target: number; met: boolean }) => [i.scope, i.target, i.met])).toEqual([
      ['Huyện', 70, true],
      ['Xã', 70, false],
    ]);
    writeFileSync(targets, '{"ty-le-so-hoa": 170}');
    const bad = run('indicators', T('thap-muoi-thang-11-2023.xlsx'), '--chi-tieu', targets);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('phải là số phần trăm từ 0 đến 100');
  });

  it('readable output states each definition and the target', () => {
    const r = run('indicators', T('lap-vo-thang-03-2024.xlsx'));
    expect(r.code).toBe(0);
    // In the sheet's own words: its header says «Sớm hạn» and «Trễ hạn», not «trước hạn» and «quá hạn».
    expect(r.out).toContain('Tỷ lệ hồ sơ giải quyết sớm hạn và đúng hạn: 97,78%');
    expect(r.out).toContain('cách tính: (sớm hạn + đúng hạn) / đã giải quyết = 220 / 225');
    expect(r.out).toContain('Tỷ lệ hồ sơ giải quyết trễ hạn: 2,22%');
    expect(r.out).not.toContain('quá hạn');
    expect(r.out).toContain('Tỷ lệ số hóa kết quả còn hiệu lực: 92,49% — mục tiêu ≥ 100%: chưa đạt');
  });
});

describe('bao-cao report', () => {
  async function documentXml(path: string): Promise<string> {
    const zip = await JSZip.loadAsync(readFileSync(path));
    return zip.file('word/document.xml')!.async('string');
  }

  it('writes the .docx (kind guessed from the tables), exit 0, and says plainly that the sheet has errors', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bao-cao-'));
    const input = join(dir, 'lap-vo.xlsx');
    copyFileSync(T('lap-vo-thang-03-2024.xlsx'), input);
    const r = run('report', input);
    expect(r.code).toBe(0);
    const out = join(dir, 'lap-vo-bao-cao.docx');
    expect(r.out).toBe(`Đã tạo báo cáo (mẫu thang-644): ${out}\n`);
    expect(r.err).toContain('Bảng số liệu còn 1 lỗi');
    const xml = await documentXml(out);
    expect(xml).toContain(
      'Tổng số hồ sơ tiếp nhận là 308 hồ sơ, trong đó, kỳ trước chuyển qua là 65 hồ sơ; trong kỳ là 243 hồ sơ (trong đó, trực tuyến: 192 hồ sơ).',
    );
  });

  it("-o and --mau: a clerk's copy of a template, edited, is used as it is", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bao-cao-'));
    const mine = join(dir, 'mau-cua-xa.mustache');
    const original = readFileSync(join(REPO_ROOT, 'templates', 'bao-cao', 'bo-chi-so.mustache'), 'utf8');
    writeFileSync(mine, original.replace('Trong {{ky.loai}}, tỷ lệ thực hiện dịch vụ công trực tuyến', 'Trong tháng này, tỷ lệ hồ sơ trực tuyến'));
    const out = join(dir, 'bc.docx');
    const r = run('report', T('thap-muoi-thang-11-2023.xlsx'), '-o', out, '--mau', mine);
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    const xml = await documentXml(out);
    expect(xml).toContain('Trong tháng này, tỷ lệ hồ sơ trực tuyến cấp huyện đạt 88,05%, cấp xã đạt 80,6%');
  });

  it('an appendix too long to print: one line saying so, exit 2, nothing written', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bao-cao-'));
    const input = join(dir, 'qua-dai.csv');
    let csv =
      'KẾT QUẢ TIẾP NHẬN VÀ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH\n' +
      'STT;Lĩnh vực;Số hồ sơ tiếp nhận;;;;Số hồ sơ đã giải quyết;;;;Số hồ sơ đang giải quyết;;\n' +
      ';;Tổng số;Kỳ trước chuyển qua;Trong kỳ;Trong đó: trực tuyến;Tổng số;Sớm hạn;Đúng hạn;Trễ hạn;Tổng số;Chưa đến hạn;Quá hạn\n';
    for (let i = 1; i <= 5001; i++) csv += `${i};Lĩnh vực số ${i};10;2;8;5;7;5;1;1;3;3;0\n`;
    writeFileSync(input, csv);
    const out = join(dir, 'bc.docx');
    const r = run('report', input, '-o', out);
    expect(r.code).toBe(2);
    expect(r.err).toBe(
      'Phụ lục có 5.001 dòng, quá số dòng một báo cáo in ra có thể chứa (tối đa 5.000 dòng). Hãy gửi kèm tệp .xlsx thay cho phụ lục, hoặc lọc bớt bảng trước khi tạo báo cáo.\n',
    );
    expect(existsSync(out)).toBe(false);
  });

  it('an unknown kind, a broken template, or writing over the input: exit 2, nothing written', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bao-cao-'));
    const bad = run('report', T('chau-thanh-nam-2020.xlsx'), '--mau', 'khong-co', '-o', join(dir, 'a.docx'));
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('Không có mẫu báo cáo «khong-co»');
    const broken = join(dir, 'hong.mustache');
    writeFileSync(broken, '{{#tthcCap}} chưa đóng');
    const b = run('report', T('chau-thanh-nam-2020.xlsx'), '--mau', broken, '-o', join(dir, 'b.docx'));
    expect(b.code).toBe(2);
    expect(b.err).toBe(`Mẫu báo cáo "${broken}", dòng 1: mục «{{#tthcCap}}» chưa có «{{/tthcCap}}» đóng.\n`);
    const input = join(dir, 'so-lieu.xlsx');
    copyFileSync(T('chau-thanh-nam-2020.xlsx'), input);
    const before = readFileSync(input);
    const over = run('report', input, '-o', input);
    expect(over.code).toBe(2);
    expect(readFileSync(input).equals(before)).toBe(true);
    expect(existsSync(join(dir, 'a.docx')) || existsSync(join(dir, 'b.docx'))).toBe(false);
  });

  it("a clerk's template naming a field no report has, or nesting 5.000 sections: exit 2, one line naming the template", () => {
    const dir = mkdtempSync(join(tmpdir(), 'bao-cao-'));
    const typo = join(dir, 'cua-toi.mustache');
    const text = readFileSync(join(REPO_ROOT, 'templates', 'bao-cao', 'thang-644.mustache'), 'utf8');
    writeFileSync(typo, text.replace('+ Tổng số hồ sơ tiếp nhận là {{tiepNhan}} hồ sơ', '+ Tổng số hồ sơ tiếp nhận là {{tiepNhann}} hồ sơ'));
    const line = text.split('\n').findIndex((l) => l.includes('+ Tổng số hồ sơ tiếp nhận là {{tiepNhan}}')) + 1;
    const r = run('report', T('lap-vo-thang-03-2024.xlsx'), '--mau', typo, '-o', join(dir, 'a.docx'));
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toBe(`Mẫu báo cáo "${typo}", dòng ${line}: không có trường «tiepNhann». Có phải ý bạn là «tiepNhan», «tiepNhanSo» hoặc «coTiepNhan»?\n`);
    const deep = join(dir, 'sau.mustache');
    writeFileSync(deep, `${'{{#tthcCap}}\n'.repeat(5000)}x\n${'{{/tthcCap}}\n'.repeat(5000)}`);
    const d = run('report', T('lap-vo-thang-03-2024.xlsx'), '--mau', deep, '-o', join(dir, 'b.docx'));
    expect(d.code).toBe(2);
    expect(d.err).toBe(`Mẫu báo cáo "${deep}", dòng 51: các mục {{#…}} lồng nhau quá 50 tầng.\n`);
    expect(d.err).not.toMatch(/RangeError|stack|Lỗi không mong đợi/);
    // A workbook with no table asks the template whether it writes a công văn: its mistake is still its own.
    const notes = join(dir, 'ghi-chu.csv');
    writeFileSync(notes, 'Ghi chú\nKhông có số liệu tháng này\n');
    const n = run('report', notes, '--mau', deep, '-o', join(dir, 'c.docx'));
    expect(n.code).toBe(2);
    expect(n.err).toBe(d.err);
    expect(existsSync(join(dir, 'a.docx')) || existsSync(join(dir, 'b.docx')) || existsSync(join(dir, 'c.docx'))).toBe(false);
  });

  it('figures that do not add up: the draft mark in the document and on stderr, gone with --chap-nhan-loi', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bao-cao-'));
    const draft = join(dir, 'du-thao.docx');
    const r = run('report', T('lap-vo-thang-03-2024.xlsx'), '-o', draft);
    expect(r.code).toBe(0);
    expect(r.err).toContain('báo cáo mang dấu «DỰ THẢO — số liệu chưa khớp»');
    expect(r.err).toContain('--chap-nhan-loi');
    const xml = await documentXml(draft);
    expect(xml).toContain('DỰ THẢO — số liệu chưa khớp');
    expect(xml).toContain('Kết quả TTHC!C7');
    const accepted = join(dir, 'chap-nhan.docx');
    const a = run('report', T('lap-vo-thang-03-2024.xlsx'), '-o', accepted, '--chap-nhan-loi');
    expect(a.code).toBe(0);
    expect(a.err).toContain('số liệu đã được chấp nhận');
    expect(await documentXml(accepted)).not.toContain('DỰ THẢO');
    expect(run('help').out).toContain('--chap-nhan-loi');
  });

  it('with no settings sheet: the issuing body from the sheet title, and the blanks left for the văn thư, said on stderr', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bao-cao-'));
    const input = join(dir, 'phu-huu.csv');
    writeFileSync(
      input,
      [
        'UBND XÃ PHÚ HỰU;;;;;;;',
        'BẢNG THỐNG KÊ HỒ SƠ THÁNG 10/2025;;;;;;;',
        ';;;;;;;',
        'STT;Lĩnh vực;Tổng số hồ sơ tiếp nhận;Trong đó trực tuyến;Đã giải quyết;Trong đó đúng hạn;Trễ hạn;Đang giải quyết',
        '1;Hộ tịch;1.204;1.100;1.150;1.149;1;54',
        '2;Chứng thực;530;12;530;530;0;0',
        '3;Đất đai;88;40;70;62;8;18',
        ';Tổng cộng;1.822;1.152;1.750;1.741;9;72',
      ].join('\n'),
    );
    const out = join(dir, 'bc.docx');
    const r = run('report', input, '-o', out);
    expect(r.code).toBe(0);
    expect(r.err).toContain('Cơ quan ban hành lấy từ tiêu đề bảng (ô phu-huu!A1): «ỦY BAN NHÂN DÂN XÃ PHÚ HỰU»');
    // "THÁNG 10/2025" names the month; its days follow the monthly report's rule, and the note says so.
    expect(r.err).toContain(
      'Kỳ báo cáo lấy từ tiêu đề bảng (ô phu-huu!A2): «15/09/2025 – 14/10/2025» (tháng 10 năm 2025, tính từ ngày 15 của tháng trước kỳ đến ngày 14 của tháng cuối kỳ',
    );
    expect(r.err).toContain('Báo cáo còn để trống «Địa danh», «Người ký»');
    const xml = await documentXml(out);
    expect(xml).toContain('XÃ PHÚ HỰU');
    expect(xml).toContain('cải cách TTHC tháng 10 năm 2025');
    expect(xml).toContain('Ủy ban nhân dân xã Phú Hựu báo cáo');
    expect(xml).toContain('Tỷ lệ hồ sơ tiếp nhận trực tuyến: đạt 63,23%.');
  });

  it('a sheet per month: the report says which sheet it used; --trang picks another; an unknown sheet is exit 2', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bao-cao-'));
    const input = join(dir, 'thang.xlsx');
    const wb = new ExcelJS.Workbook();
    for (const [m, received, carried] of [
      [7, 120, 10],
      [8, 130, 20],
      [9, 140, 15],
    ] as const) {
      const ws = wb.addWorksheet(`Tháng ${m}`);
      ws.addRow(['Cấp', 'Tổng số tiếp nhận', 'Kỳ trước chuyển qua', 'Trong kỳ', 'Đã giải quyết', 'Đang giải quyết']);
      ws.addRow(['Cấp xã', received, carried, received - carried, received - 20, 20]);
    }
    await wb.xlsx.writeFile(input);
    const first = run('report', input, '-o', join(dir, 'a.docx'));
    expect(first.code).toBe(0);
    expect(first.err).toContain('Bảng tính có bảng số liệu ở 3 trang («Tháng 7», «Tháng 8», «Tháng 9»); báo cáo lấy số liệu trang «Tháng 7».');
    expect(first.err).toContain('thêm --trang "Tên trang"');
    // The draft mark and the appendix are Tháng 7's alone (Tháng 8's figures never reach it).
    expect(await documentXml(join(dir, 'a.docx'))).toContain('Tổng số hồ sơ tiếp nhận là 120 hồ sơ');
    const sept = run('report', input, '-o', join(dir, 'b.docx'), '--trang', 'Tháng 9');
    expect(sept.code).toBe(0);
    expect(sept.err).not.toContain('Bảng tính có bảng số liệu ở');
    expect(await documentXml(join(dir, 'b.docx'))).toContain('Tổng số hồ sơ tiếp nhận là 140 hồ sơ');
    const none = run('check', input, '--trang', 'Tháng 10');
    expect(none.code).toBe(2);
    expect(none.err).toBe('Không có trang «Tháng 10» trong bảng tính; các trang có: «Tháng 7», «Tháng 8», «Tháng 9».\n');
    expect(run('help').out).toContain('--trang <tên trang>');
  });

  it('a công văn needs no table: a workbook with only its settings sheet gives "V/v …" and the Kính gửi block', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bao-cao-'));
    const input = join(dir, 'cong-van.xlsx');
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Thông tin báo cáo');
    for (const row of [
      ['Thông tin', 'Giá trị'],
      ['Cơ quan chủ quản', 'ỦY BAN NHÂN DÂN'],
      ['Cơ quan ban hành', 'THÀNH PHỐ SA ĐÉC'],
      ['Số, ký hiệu', '/UBND-HC'],
      ['Địa danh', 'Sa Đéc'],
      ['Kỳ báo cáo đến', '31/8/2023'],
      ['Kính gửi', 'Các phòng chuyên môn thuộc UBND Thành phố;\nỦy ban nhân dân các xã, phường.'],
      ['Trích yếu', 'V/v khắc phục những hạn chế theo Thông báo số 2149/TB-ĐKT ngày 11/8/2023 của Đoàn kiểm tra CCHC của tỉnh Đồng Tháp'],
      ['Nội dung công văn', 'Ủy ban nhân dân Thành phố có ý kiến chỉ đạo như sau:\n1. Yêu cầu các phòng chuyên môn Thành phố khẩn trương khắc phục.'],
      ['Người ký', 'Nguyễn Văn Hon'],
      ['Mẫu báo cáo', 'cong-van'],
    ])
      ws.addRow(row);
    await wb.xlsx.writeFile(input);
    const out = join(dir, 'cv.docx');
    const r = run('report', input, '-o', out);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toContain('(mẫu cong-van)');
    const xml = await documentXml(out);
    expect(xml).toContain('V/v khắc phục những hạn chế');
    expect(xml).toContain('Kính gửi:');
    expect(xml).toContain('Ủy ban nhân dân các xã, phường.');
    expect(xml).not.toContain('BÁO CÁO');
    // Without the kind, a workbook with no table is still refused.
    ws.getRow(11).getCell(2).value = '';
    await wb.xlsx.writeFile(input);
    expect(run('report', input, '-o', join(dir, 'x.docx')).code).toBe(2);
  });
});

describe('what each command loads', () => {
  // --help and a wrong command line answer from dist/cli.cjs alone; only a report loads the .docx writer.
  const loaded = (...argv: string[]) => {
    const script = `const m = require(${JSON.stringify(join(REPO_ROOT, 'dist/cli.cjs'))});
      m.main(${JSON.stringify(argv)}, { out() {}, err() {} }).then(() => {
        process.stdout.write(JSON.stringify(Object.keys(require.cache).filter((k) => k.includes('/dist/')).map((k) => k.split('/').pop()).sort()));
      });`;
    const r = spawnSync(process.execPath, ['-e', script], { cwd: REPO_ROOT, encoding: 'utf8' });
    return JSON.parse(r.stdout) as string[];
  };
  it('--help and a wrong command load no command, check no .docx writer, report both', () => {
    expect(loaded('--help')).toEqual(['cli.cjs']);
    expect(loaded('chek', 'x.xlsx')).toEqual(['cli.cjs']);
    expect(loaded('check', T('lap-vo-thang-03-2024.xlsx'))).toEqual(['cli.cjs', 'commands.cjs']);
    const out = join(mkdtempSync(join(tmpdir(), 'loads-')), 'r.docx');
    expect(loaded('report', T('lap-vo-thang-03-2024.xlsx'), '-o', out, '--chap-nhan-loi')).toEqual(['cli.cjs', 'commands.cjs', 'docx.cjs']);
  });
});
