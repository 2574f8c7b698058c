/**
 * What the command line writes to a terminal: a sheet name, a cell's text or a file name holding escape sequences,
 * NUL, a carriage return or a bidi override is shown with those characters made visible and inert (cli/stdio.ts);
 * the --json document keeps the text exactly, as JSON escapes.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { main } from '../cli/main';
import { safeText } from '../cli/stdio';
import { tempFolder } from './helpers/temp-dir';

// A window title, clear screen, colour, BEL, NUL, CR, a right-to-left override and a C1 CSI.
const EVIL = '\u001b]0;title\u0007 \u001b[2J \u001b[31m \u0000 \r \u202E \u009b';
const LABEL = `Cấp xã ${EVIL} Hòa Bình`;
const SHEET = 'Số liệu \u001b[31m\u202E';

/** No byte a terminal acts on: ESC, BEL, NUL, CR, C1 controls, bidi controls; the line feeds are the CLI's own. */
function expectInert(s: string): void {
  expect(s).not.toMatch(/[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/);
}

const folder = tempFolder('bao-cao-terminal-');

const code = (c: string) => c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
const UNSAFE = /[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

/**
 * A workbook as Excel stores such text: a sheet whose name holds `name` (character references in workbook.xml),
 * a TTHC table whose first row does not add up (10 ≠ 8 + 3, so a finding names it) labelled `label` (Excel's
 * `_xHHHH_` escapes in the shared strings), and a second sheet of results when `second` is given.
 */
async function evilWorkbook(opts: { name?: string; label?: string; second?: string } = {}): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const sheet of ['SHEET1', ...(opts.second ? ['SHEET2'] : [])]) {
    const ws = wb.addWorksheet(sheet);
    ws.addRow(['Cấp', 'Tiếp nhận', 'Đã giải quyết', 'Trước hạn', 'Đúng hạn', 'Quá hạn', 'Đang giải quyết']);
    ws.addRow(['LABEL', 10, 8, 5, 3, 0, 3]);
    ws.addRow(['Cấp huyện', 20, 15, 10, 5, 0, 5]);
  }
  const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  const patch = async (part: string, from: string, to: string) => {
    const xml = await zip.file(part)!.async('string');
    expect(xml).toContain(from);
    zip.file(part, xml.replace(from, to));
  };
  const ref = (s: string) => s.replace(UNSAFE, (c) => `&#x${code(c)};`);
  await patch('xl/workbook.xml', 'name="SHEET1"', `name="${ref(opts.name ?? SHEET)}"`);
  if (opts.second) await patch('xl/workbook.xml', 'name="SHEET2"', `name="${ref(opts.second)}"`);
  await patch('xl/sharedStrings.xml', '>LABEL<', `>${(opts.label ?? LABEL).replace(UNSAFE, (c) => `_x${code(c)}_`)}<`);
  return zip.generateAsync({ type: 'uint8array' });
}

async function run(...argv: string[]) {
  let out = '';
  let err = '';
  const code = await main(argv, { out: (s) => (out += s), err: (s) => (err += s) });
  return { code, out, err };
}

describe('text written to a terminal', () => {
  it('safeText: each control and bidi character as its escape; a line break or tab typed in a cell a space', () => {
    expect(safeText('a\u001b[2Jb\u0007c\u0000d\re\u202Ef\u009bg')).toBe('a\\x1B[2Jb\\x07c\\x00d\\x0De\\u202Ef\\x9Bg');
    expect(safeText('Cấp xã,\nthị trấn\r\nTrễ\thạn')).toBe('Cấp xã, thị trấn Trễ hạn');
    expect(safeText('Cấp xã, thị trấn: 1.886 hồ sơ')).toBe('Cấp xã, thị trấn: 1.886 hồ sơ');
  });

  it("a line break in a cell cannot start a line of its own: the lines are the command line's", async () => {
    const r = await run('check', await folder.put('dong.xlsx', await evilWorkbook({ label: 'Cấp xã\nLỖI      Z9     giả' })));
    expect(r.code).toBe(1);
    expect(r.out).toContain('Dòng «Cấp xã LỖI      Z9     giả»');
    expect(r.out.split('\n').some((l) => l.startsWith('LỖI'))).toBe(false);
  });

  it('check: the sheet name, the label and the file name reach stdout inert, their visible rest kept', async () => {
    const r = await run('check', await folder.put(`${SHEET}.xlsx`, await evilWorkbook()));
    expect(r.code).toBe(1);
    expectInert(r.out);
    expectInert(r.err);
    expect(r.out).toContain('Kiểm tra số liệu: Số liệu \\x1B[31m\\u202E.xlsx');
    expect(r.out).toContain('Trang «Số liệu \\x1B[31m\\u202E»');
    expect(r.out).toContain('Cấp xã \\x1B]0;title\\x07 \\x1B[2J \\x1B[31m \\x00 \\x0D \\u202E \\x9B Hòa Bình');
  });

  it('indicators: the scope and the sheet inert', async () => {
    const r = await run('indicators', await folder.put(`${SHEET}.xlsx`, await evilWorkbook()));
    expect(r.code).toBe(0);
    expectInert(r.out);
    expect(r.out).toContain('Bảng Số liệu \\x1B[31m\\u202E!');
    expect(r.out).toContain('Cấp xã \\x1B]0;title\\x07');
  });

  it('tong-hop: unit names, sheets and file names inert', async () => {
    const r = await run('tong-hop', await folder.put(`Xã \u001b]0;x\u0007\u202E.xlsx`, await evilWorkbook()));
    expect(r.code).toBe(1);
    expectInert(r.out);
    expectInert(r.err);
    expect(r.out).toContain('Xã \\x1B]0;x\\x07\\u202E');
  });

  it('stderr notes quoting data: a report over two sheets, an unknown sheet, a missing file', async () => {
    const file = await folder.put('hai-trang-\u001b[2J.xlsx', await evilWorkbook({ name: 'Tháng 8', second: 'Tháng \u001b]0;x\u0007\u202E9' }));
    const report = await run('report', file, '-o', join(folder.path(), 'bao-cao.docx'));
    expect(report.code).toBe(0);
    expectInert(report.out);
    expectInert(report.err);
    expect(report.err).toContain('Tháng \\x1B]0;x\\x07\\u202E9');
    expect(report.err).toContain('bao-cao check hai-trang-\\x1B[2J.xlsx');
    const sheet = await run('check', file, '--trang', 'Tháng \u202E');
    expect(sheet.code).toBe(2);
    expectInert(sheet.err);
    expect(sheet.err).toContain('Tháng \\x1B]0;x\\x07\\u202E9');
    const missing = await run('check', join(folder.path(), 'khong-co-\u001b[2J.xlsx'));
    expect(missing.code).toBe(2);
    expectInert(missing.err);
    expect(missing.err).toContain('khong-co-\\x1B[2J.xlsx');
  });

  it('check --json: the text exactly, as JSON escapes', async () => {
    const label = 'Cấp xã \u001b[2J\u0007 \u202E \u009b';
    const r = await run('check', await folder.put('json.xlsx', await evilWorkbook({ label })), '--json');
    expect(r.code).toBe(1);
    expectInert(r.out.slice(0, -1));
    expect(r.out).toContain('\\u001b[2J\\u0007 \\u202e \\u009b');
    const finding = JSON.parse(r.out).findings[0];
    expect(finding.message).toContain(`«${label}»`);
  });
});
