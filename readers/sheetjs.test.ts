import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { tempFolder } from '../test/helpers/temp-dir';
import { checkWorkbook, type CheckResult } from '../core/workbook';
import { tableSummary } from '../core/tables/table';
import type { SheetGrid, Workbook } from '../core/grid/types';
import { readWorkbookFile } from '../cli/read';
import { readWorkbookBytes, WorkbookReadError } from './index';
import { cfbContent, sheetjsError, sheetToHost } from './sheetjs';

const { put } = tempFolder('read-sheetjs-');

/** A SheetJS workbook holding the same cells and merges as the grids. */
function toSheetjs(wb: Workbook): XLSX.WorkBook {
  const out = XLSX.utils.book_new();
  for (const s of wb.sheets) {
    const aoa = s.values.map((row) => row.map((v) => (v === null ? undefined : typeof v === 'object' ? undefined : v)));
    const ws = XLSX.utils.aoa_to_sheet([]);
    XLSX.utils.sheet_add_aoa(ws, aoa, { origin: { r: s.originRow ?? 0, c: s.originCol ?? 0 } });
    ws['!merges'] = s.merges.map((m) => ({ s: { r: m.r0, c: m.c0 }, e: { r: m.r1, c: m.c1 } }));
    XLSX.utils.book_append_sheet(out, ws, s.name);
  }
  return out;
}

function write(wb: XLSX.WorkBook, bookType: XLSX.BookType): Uint8Array {
  return new Uint8Array(XLSX.write(wb, { bookType, type: 'array' }) as ArrayBuffer);
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
/** Counts as the one-stop software prints them: "1.886". */
const viCount = (n: number) => (Number.isInteger(n) ? String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.') : String(n));

/** One sheet as the one-stop software's "Xuất Excel" would write it: an Office-HTML table, counts as text. */
export function sheetToHtml(s: SheetGrid): string {
  const r0 = s.originRow ?? 0;
  const c0 = s.originCol ?? 0;
  const height = r0 + s.values.length;
  let width = 0;
  for (const row of s.values) width = Math.max(width, c0 + row.length);
  for (const m of s.merges) width = Math.max(width, m.c1 + 1);
  const covered = new Set<string>();
  const lines: string[] = [];
  for (let r = 0; r < height; r++) {
    const cells: string[] = [];
    for (let c = 0; c < width; c++) {
      if (covered.has(`${r},${c}`)) continue;
      const m = s.merges.find((x) => x.r0 === r && x.c0 === c);
      let span = '';
      if (m) {
        for (let i = m.r0; i <= m.r1; i++) for (let j = m.c0; j <= m.c1; j++) covered.add(`${i},${j}`);
        if (m.c1 > m.c0) span += ` colspan="${m.c1 - m.c0 + 1}"`;
        if (m.r1 > m.r0) span += ` rowspan="${m.r1 - m.r0 + 1}"`;
      }
      const v = r >= r0 && c >= c0 ? s.values[r - r0]?.[c - c0] : null;
      const text = v === null || v === undefined ? '' : typeof v === 'number' ? viCount(v) : typeof v === 'object' ? v.error : String(v);
      cells.push(`<td${span} style="border: 1px solid #333">${esc(text)}</td>`);
    }
    lines.push(`<tr>${cells.join('')}</tr>`);
  }
  return (
    '<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel" xmlns="http://www.w3.org/TR/REC-html40">' +
    '<head><meta http-equiv="content-type" content="application/vnd.ms-excel; charset=UTF-8"><!--[if gte mso 9]><xml><x:ExcelWorkbook><x:ExcelWorksheets><x:ExcelWorksheet><x:Name>' +
    esc(s.name) +
    '</x:Name></x:ExcelWorksheet></x:ExcelWorksheets></x:ExcelWorkbook></xml><![endif]--></head><body><table>\n' +
    lines.join('\n') +
    '\n</table></body></html>'
  );
}

function essentials(r: CheckResult) {
  return {
    tables: r.tables.map(tableSummary),
    findings: r.findings.map((f) => ({ severity: f.severity, sheet: f.sheet, rule: f.rule, cell: f.cell, actual: f.actual, expected: f.expected })),
  };
}

describe('the same tables from .xlsx, .xls (BIFF8), .ods and an HTML export', () => {
  it('gives the same tables and findings for the Lấp Vò workbook', async () => {
    const original = await readWorkbookFile('templates/lap-vo-thang-03-2024.xlsx');
    const expected = essentials(checkWorkbook(original));
    // The workbook's one inconsistency: cấp xã's 1.886 dossiers received.
    expect(expected.findings.filter((f) => f.severity === 'error')).toEqual([
      expect.objectContaining({ sheet: 'Kết quả TTHC', rule: 'can-doi-tiep-nhan', cell: 'C7', actual: '1.886' }),
    ]);
    expect(expected.tables.map((t) => t.form)).toContain('tthc');

    const book = toSheetjs(original);
    const xls = await readWorkbookFile(await put('lap-vo-cu.xls', write(book, 'biff8')));
    expect(essentials(checkWorkbook(xls))).toEqual(expected);
    const ods = await readWorkbookFile(await put('lap-vo.ods', write(book, 'ods')));
    expect(essentials(checkWorkbook(ods))).toEqual(expected);
    const xlsb = await readWorkbookFile(await put('lap-vo.xlsb', write(book, 'xlsb')));
    expect(essentials(checkWorkbook(xlsb))).toEqual(expected);

    // The HTML reader makes one sheet per file, named after the file: one export per sheet, named as the sheet.
    const sheets: SheetGrid[] = [];
    for (const s of original.sheets) {
      const html = await readWorkbookFile(await put(`${s.name}.xls`, sheetToHtml(s)));
      expect(html.sheets.map((x) => x.name)).toEqual([s.name]);
      sheets.push(html.sheets[0]!);
    }
    expect(essentials(checkWorkbook({ sheets }))).toEqual(expected);
    // The cells themselves: the count arrives as the text the export printed.
    expect(sheets[0]!.values[6]![2]).toBe('1.886');
    expect(sheets[0]!.merges).toEqual(expect.arrayContaining(original.sheets[0]!.merges));
  });
});

describe('.xls values', () => {
  function book(build: (ws: XLSX.WorkSheet) => void): XLSX.WorkBook {
    const wb = XLSX.utils.book_new();
    const ws: XLSX.WorkSheet = {};
    build(ws);
    XLSX.utils.book_append_sheet(wb, ws, 'Dữ liệu');
    return wb;
  }

  it('maps values, dates, percentages, errors and merges, from the cells present, in sheet coordinates', async () => {
    const wb = book((ws) => {
      ws['C5'] = { t: 'n', v: 1234.5 };
      ws['D5'] = { t: 's', v: '1.886' };
      ws['E5'] = { t: 'b', v: true };
      ws['F5'] = { t: 'e', v: 0x17 };
      ws['G5'] = { t: 'n', v: 45382, z: 'dd/mm/yyyy' };
      ws['H5'] = { t: 'n', v: 0.9738, z: '0.00%' };
      ws['I5'] = { t: 's', v: 'Thủ tục hành chính cấp xã'.normalize('NFD') };
      ws['D6'] = { t: 'n', v: 7 };
      ws['C8'] = { t: 's', v: 'Tên chỉ tiêu' };
      ws['!merges'] = [{ s: { r: 7, c: 2 }, e: { r: 8, c: 4 } }];
      // A '!ref' far larger than the cells: the used range comes from the cells, not from it.
      ws['!ref'] = 'A1:Z100';
    });
    const s = (await readWorkbookBytes(write(wb, 'biff8'), 'gia-tri.xls')).sheets[0]!;
    expect(s.name).toBe('Dữ liệu');
    expect(s.originRow).toBe(4);
    expect(s.originCol).toBe(2);
    expect(s.values).toEqual([
      [1234.5, '1.886', true, { error: '#REF!' }, '31/03/2024', 0.9738, 'Thủ tục hành chính cấp xã'.normalize('NFD')],
      [null, 7],
      [],
      ['Tên chỉ tiêu'],
      [],
    ]);
    expect(s.merges).toEqual([{ r0: 7, c0: 2, r1: 8, c1: 4 }]);
    expect(s.display![0]![4]).toBe('31/03/2024');
    expect(s.display![0]![5]).toBe('97.38%');
    expect(s.uncached).toBeUndefined();
  });

  it('lists a formula cell with no stored result as uncached, with a null value', async () => {
    // SheetJS's writers drop a formula cell with no value ({t:'n', f:'SUM(A1:A2)'} is not written to .xls,
    // .ods or .xlsb), and its readers drop a BIFF8 string formula without its STRING record and an ODS
    // formula without office:value. What is left is a result SheetJS cannot decode: it gives the cell no v.
    // This forges one: A3's NUMBER record becomes a FORMULA record (=A1) whose result has an unknown type.
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([[1], [2], [0]]), 'S');
    const container = XLSX.CFB.read(write(wb, 'biff8'), { type: 'array' });
    const entry = XLSX.CFB.find(container, 'Workbook');
    const stream = entry.content as Uint8Array;
    const dv = new DataView(stream.buffer, stream.byteOffset, stream.byteLength);
    let p = 0;
    let patched: Uint8Array | undefined;
    while (p + 4 <= stream.length) {
      const type = dv.getUint16(p, true);
      const len = dv.getUint16(p + 2, true);
      if (type === 0x0203 && dv.getUint16(p + 4, true) === 2 && dv.getUint16(p + 6, true) === 0) {
        const ixfe = dv.getUint16(p + 8, true);
        const body = [2, 0, 0, 0, ixfe & 0xff, ixfe >> 8, 0x04, 0, 0, 0, 0, 0, 0xff, 0xff, 0, 0, 0, 0, 0, 0, 5, 0, 0x24, 0, 0, 0, 0xc0];
        const rec = new Uint8Array([0x06, 0x00, body.length, 0x00, ...body]);
        patched = new Uint8Array(stream.length - (4 + len) + rec.length);
        patched.set(stream.subarray(0, p), 0);
        patched.set(rec, p);
        patched.set(stream.subarray(p + 4 + len), p + rec.length);
        break;
      }
      p += 4 + len;
    }
    expect(patched, 'a blank record to turn into a formula record').toBeInstanceOf(Uint8Array);
    entry.content = patched!;
    entry.size = patched!.length;
    const bytes = new Uint8Array(XLSX.CFB.write(container, { type: 'array' }) as ArrayBuffer);
    const s = (await readWorkbookBytes(bytes, 'cong-thuc.xls')).sheets[0]!;
    expect(s.values).toEqual([[1], [2], [null]]);
    expect(s.uncached).toEqual([[2, 0]]);
  });

  it('maps a cell SheetJS hands over with a formula and no value to null and uncached', () => {
    const ws = { '!data': [[{ t: 'n', v: 1 }], [{ t: 'n', v: 2 }], [undefined, { t: 'n', f: 'SUM(A1:A2)' }]], '!ref': 'A1:B3' } as unknown as XLSX.WorkSheet;
    const h = sheetToHost(ws, 'S');
    expect(h.values).toEqual([[1], [2], [null, null]]);
    expect(h.uncached).toEqual([[2, 1]]);
  });

  it('reads every sheet in order, an empty one with no values', async () => {
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([['a']]), 'Một');
    XLSX.utils.book_append_sheet(wb, {}, 'Trống');
    const g = await readWorkbookBytes(write(wb, 'biff8'), 'hai-trang.xls');
    expect(g.sheets.map((s) => [s.name, s.values])).toEqual([
      ['Một', [['a']]],
      ['Trống', []],
    ]);
  });

  it('reads XML Spreadsheet 2003 saved as .xls', async () => {
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(
      wb,
      XLSX.utils.aoa_to_sheet([
        ['STT', 'Số hồ sơ'],
        [1, 308],
      ]),
      'S',
    );
    const xml = XLSX.write(wb, { bookType: 'xlml', type: 'string' }) as string;
    const g = await readWorkbookBytes(new TextEncoder().encode(xml), 'xml-2003.xls');
    expect(g.sheets[0]!.values).toEqual([
      ['STT', 'Số hồ sơ'],
      [1, 308],
    ]);
  });
});

describe('Office 97-2003 containers that are not workbooks to read', () => {
  function cfb(streams: Record<string, Uint8Array>): Uint8Array {
    const c = XLSX.CFB.utils.cfb_new();
    for (const [name, content] of Object.entries(streams)) XLSX.CFB.utils.cfb_add(c, name, content);
    return new Uint8Array(XLSX.CFB.write(c, { type: 'array' }) as ArrayBuffer);
  }

  it('a password-protected .xls (FILEPASS record) says it is password-protected', async () => {
    const plain = write(XLSX.utils.book_new(XLSX.utils.aoa_to_sheet([['x']]), 'S'), 'biff8');
    const container = XLSX.CFB.read(plain, { type: 'array' });
    const entry = XLSX.CFB.find(container, 'Workbook');
    const stream = entry.content as Uint8Array;
    // Insert FILEPASS (0x002F, XOR obfuscation: type 0, key, verifier) right after the first BOF record.
    const bofLen = stream[2]! | (stream[3]! << 8);
    const at = 4 + bofLen;
    const filepass = new Uint8Array([0x2f, 0x00, 0x06, 0x00, 0x00, 0x00, 0x34, 0x12, 0x78, 0x56]);
    const patched = new Uint8Array(stream.length + filepass.length);
    patched.set(stream.subarray(0, at), 0);
    patched.set(filepass, at);
    patched.set(stream.subarray(at), at + filepass.length);
    entry.content = patched;
    entry.size = patched.length;
    const bytes = new Uint8Array(XLSX.CFB.write(container, { type: 'array' }) as ArrayBuffer);
    const err = await readWorkbookBytes(bytes, 'mat-khau.xls').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(WorkbookReadError);
    expect((err as WorkbookReadError).code).toBe('legacy-or-encrypted');
    expect((err as WorkbookReadError).message).toBe(
      'Tệp "mat-khau.xls" được bảo vệ bằng mật khẩu (đã mã hóa) nên không đọc được; hãy mở bằng Excel, bỏ mật khẩu rồi lưu lại và thử lại.',
    );
  });

  it('an encrypted package (EncryptionInfo + EncryptedPackage) is password-protected whatever its name', async () => {
    const bytes = cfb({ EncryptionInfo: new Uint8Array(64), EncryptedPackage: new Uint8Array(600) });
    expect(await cfbContent(bytes)).toBe('encrypted');
    for (const n of ['bao-cao.xlsx', 'bao-cao.xls']) {
      await expect(readWorkbookBytes(bytes, n)).rejects.toMatchObject({ code: 'legacy-or-encrypted' });
    }
  });

  it('maps SheetJS password errors to the password message, anything else to corrupt', () => {
    expect(sheetjsError(new Error('File is password-protected'), 'a.xls').code).toBe('legacy-or-encrypted');
    expect(sheetjsError(new Error('Encryption scheme unsupported'), 'a.xls').code).toBe('legacy-or-encrypted');
    expect(sheetjsError(new Error('Unsupported file 13'), 'a.xls').code).toBe('corrupt');
  });

  it('an old Word or PowerPoint file is named as such, even under .xls', async () => {
    const doc = cfb({ WordDocument: new Uint8Array(600) });
    const err = await readWorkbookBytes(doc, 'cong-van.doc').catch((e: WorkbookReadError) => e);
    expect(err).toMatchObject({ code: 'unsupported-type' });
    expect((err as WorkbookReadError).message).toContain('tài liệu Word');
    const misnamed = await readWorkbookBytes(doc, 'cong-van.xls').catch((e: WorkbookReadError) => e);
    expect((misnamed as WorkbookReadError).message).toContain('tài liệu Word');
    const ppt = await readWorkbookBytes(cfb({ 'PowerPoint Document': new Uint8Array(600) }), 'trinh-chieu.ppt').catch((e: WorkbookReadError) => e);
    expect((ppt as WorkbookReadError).message).toContain('PowerPoint');
  });
});

describe('a cell past what Excel holds', () => {
  it('an .ods cell of 40.000 characters is cut at 32.767, and said', async () => {
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet([['Ghi chú'], ['x'.repeat(40_000)]]), 'S');
    const wb = await readWorkbookBytes(write(book, 'ods'), 'dai.ods');
    expect((wb.sheets[0]!.values[1]![0] as string).length).toBe(32_767);
    expect(wb.notes?.map((n) => n.message)).toEqual([expect.stringMatching(/^Ô A2 có hơn 32\.767 ký tự/)]);
  });
});
