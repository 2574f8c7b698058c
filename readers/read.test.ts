import { mkdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { tempFolder } from '../test/helpers/temp-dir';
import type { Workbook as Grids } from '../core/grid/types';
import { makeCfbBytes, makeDocxBytes, makePdfBytes, makeRandomZipBytes, makeZip, truncateBytes } from '../test/fixtures/make-bad-files';
import { readWorkbookFile } from '../cli/read';
import { readWorkbookBytes, WorkbookReadError, type ReadErrorCode } from './index';

const { put, path: folder } = tempFolder('read-workbook-');

async function xlsx(build: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

async function readXlsx(name: string, build: (wb: ExcelJS.Workbook) => void): Promise<Grids> {
  return readWorkbookFile(await put(name, await xlsx(build)));
}

function sheet(wb: Grids, i = 0) {
  const s = wb.sheets[i];
  if (!s) throw new Error(`no sheet ${i}`);
  return s;
}

async function expectReadError(p: Promise<unknown>, code: ReadErrorCode, baseName: string): Promise<WorkbookReadError> {
  let caught: unknown;
  try {
    await p;
  } catch (e) {
    caught = e;
  }
  expect(caught).toBeInstanceOf(WorkbookReadError);
  const err = caught as WorkbookReadError;
  expect(err.code).toBe(code);
  expect(err.message).toContain(baseName);
  expect(err.message).not.toContain('Error:');
  expect(err.message).not.toMatch(/\bat /);
  expect(err.message).not.toContain('\n');
  expect(err.message).not.toContain(folder()); // basename only, never the full path
  return err;
}

// ---------------------------------------------------------------------------

describe('xlsx values', () => {
  const nfd = 'Thủ tục hành chính cấp xã'.normalize('NFD');

  it('maps every value type and keeps the origin of a table starting at C5', async () => {
    const wb = await readXlsx('gia-tri.xlsx', (w) => {
      const ws = w.addWorksheet('Dữ liệu');
      const row5: [string, ExcelJS.CellValue][] = [
        ['C5', 1234.5],
        ['D5', '1.886'],
        ['E5', nfd],
        ['F5', true],
        ['G5', { error: '#REF!' }],
        ['H5', { error: '#N/A' }],
        ['I5', { error: '#DIV/0!' }],
        ['J5', { formula: 'C5*2', result: 2469 }],
        ['K5', { richText: [{ text: 'Cấp ' }, { text: 'tỉnh', font: { bold: true } }] }],
        ['L5', new Date(Date.UTC(2024, 2, 31))],
        ['M5', { text: 'Cổng DVC', hyperlink: 'https://dichvucong.gov.vn' }],
        ['N5', { formula: 'C5+1' } as ExcelJS.CellFormulaValue],
        ['O5', { formula: '1/0', result: { error: '#DIV/0!' } }],
        ['P5', { formula: 'D5&""', result: '1.886' }],
        ['Q5', '  Hà Nội  '],
        ['R5', false],
      ];
      for (const [a, v] of row5) ws.getCell(a).value = v;
      ws.getCell('D6').value = 7; // a shorter, later row
    });
    const s = sheet(wb);
    expect(s.name).toBe('Dữ liệu');
    expect(s.originRow).toBe(4);
    expect(s.originCol).toBe(2);
    expect(s.merges).toEqual([]);
    expect(s.values).toEqual([
      [
        1234.5,
        '1.886',
        nfd,
        true,
        { error: '#REF!' },
        { error: '#N/A' },
        { error: '#DIV/0!' },
        2469,
        'Cấp tỉnh',
        '31/03/2024',
        'Cổng DVC',
        null,
        { error: '#DIV/0!' },
        '1.886',
        '  Hà Nội  ',
        false,
      ],
      [null, 7], // rows are ragged: as long as their last cell with a value
    ]);
    // NFD text must come back byte-identical, not normalised.
    expect(Buffer.from(s.values[0]![2] as string, 'utf8').equals(Buffer.from(nfd, 'utf8'))).toBe(true);
    // Only the date needs display text here.
    expect(s.display).toBeDefined();
    expect(s.display![0]![9]).toBe('31/03/2024');
    expect(s.display![0]!.filter((x) => x !== undefined)).toEqual(['31/03/2024']);
    expect(s.display![1]).toBeUndefined();
  });

  it('reads shared formulas through their cached results', async () => {
    const wb = await readXlsx('cong-thuc.xlsx', (w) => {
      const ws = w.addWorksheet('S');
      ws.getCell('A1').value = 1;
      ws.fillFormula('A2:A4', 'A1+1', [2, 3, 4]);
    });
    const s = sheet(wb);
    expect(s.values).toEqual([[1], [2], [3], [4]]);
  });

  it('omits display entirely when no cell needs it', async () => {
    const wb = await readXlsx('khong-display.xlsx', (w) => {
      const ws = w.addWorksheet('S');
      ws.addRow(['Tên', 'Số']);
      ws.addRow(['A', 0.5]);
    });
    const s = sheet(wb);
    expect(s.values).toEqual([
      ['Tên', 'Số'],
      ['A', 0.5],
    ]);
    expect(s.originRow).toBe(0);
    expect(s.originCol).toBe(0);
    expect('display' in s).toBe(false);
  });

  it('reads the cells of a sheet that also has a picture, a table, validation, conditional formats and links', async () => {
    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
    const wb = await readXlsx('day-du.xlsx', (w) => {
      const ws = w.addWorksheet('S');
      ws.addTable({
        name: 'BangTTHC',
        ref: 'A1',
        headerRow: true,
        columns: [{ name: 'Mã' }, { name: 'Số' }],
        rows: [
          ['1.001', 5],
          ['1.002', 6],
        ],
      });
      ws.getCell('C1').value = { text: 'Cổng DVC', hyperlink: 'https://dichvucong.gov.vn' };
      ws.getCell('B2').dataValidation = { type: 'whole', operator: 'greaterThan', formulae: [0], allowBlank: true };
      ws.addConditionalFormatting({
        ref: 'B2:B3',
        rules: [{ type: 'cellIs', operator: 'lessThan', formulae: [0], priority: 1, style: { font: { bold: true } } }],
      });
      ws.addImage(w.addImage({ buffer: png, extension: 'png' } as unknown as ExcelJS.Image), 'E2:F4');
    });
    expect(sheet(wb).values).toEqual([
      ['Mã', 'Số', 'Cổng DVC'],
      ['1.001', 5],
      ['1.002', 6],
    ]);
  });

  it('keeps a 10.000-character cell whole', async () => {
    const long = 'Hồ sơ '.repeat(2000).slice(0, 10_000);
    expect(long.length).toBe(10_000);
    const wb = await readXlsx('dai.xlsx', (w) => {
      w.addWorksheet('S').getCell('A1').value = long;
    });
    expect(sheet(wb).values).toEqual([[long]]);
  });
});

describe('xlsx merges, sheets and display', () => {
  it('reports a 2×3 merged header in sheet coordinates with the value only in its top-left cell', async () => {
    const wb = await readXlsx('gop-o.xlsx', (w) => {
      const ws = w.addWorksheet('Mẫu');
      ws.mergeCells('B2:D3');
      ws.getCell('B2').value = 'Tên chỉ tiêu';
      ws.getCell('B4').value = 'a';
      ws.getCell('D4').value = 3;
    });
    const s = sheet(wb);
    expect(s.merges).toEqual([{ r0: 1, c0: 1, r1: 2, c1: 3 }]);
    expect(s.originRow).toBe(1);
    expect(s.originCol).toBe(1);
    expect(s.values).toEqual([['Tên chỉ tiêu'], [], ['a', null, 3]]);
  });

  it('does not extend the used range to an empty merged area', async () => {
    const wb = await readXlsx('gop-trong.xlsx', (w) => {
      const ws = w.addWorksheet('S');
      ws.getCell('A1').value = 'x';
      ws.mergeCells('C3:D4');
    });
    const s = sheet(wb);
    expect(s.merges).toEqual([{ r0: 2, c0: 2, r1: 3, c1: 3 }]);
    // The used range is the cells with a value; the core reads merges in sheet coordinates anyway.
    expect(s.values).toEqual([['x']]);
    expect(s.originRow).toBe(0);
    expect(s.originCol).toBe(0);
  });

  it('gives percent cells the text Excel shows, and nothing else', async () => {
    const cases: [number, string, string][] = [
      [0.9738, '0.00%', '97.38%'],
      [0.9738, '0.0%', '97.4%'],
      [0.9738, '0%', '97%'],
      [0.97385, '0.00%', '97.39%'], // half away from zero on the decimal value, as Excel does
      [-0.125, '0.0%', '-12.5%'],
      [12.3456, '#,##0.00%', '1,234.56%'],
      [0.5, '0.0#%', '50.0%'],
      [0.12345, '0.0#%', '12.35%'],
      [1, '0.00%', '100.00%'],
      [0.01005, '0.00%', '1.01%'], // 1.005 * 100 is 100.49999999999999 in binary; Excel still shows 1.01%
    ];
    const wb = await readXlsx('ty-le.xlsx', (w) => {
      const ws = w.addWorksheet('S');
      cases.forEach(([v, f], i) => {
        const c = ws.getCell(i + 1, 1);
        c.value = v;
        c.numFmt = f;
        ws.getCell(i + 1, 2).value = v; // same number, General format
      });
      const f = ws.getCell(cases.length + 1, 1);
      f.value = { formula: 'A1', result: 0.9738 };
      f.numFmt = '0.00%';
    });
    const s = sheet(wb);
    cases.forEach(([v, , text], i) => {
      expect(s.values[i]).toEqual([v, v]);
      expect(s.display![i]![0]).toBe(text);
      expect(s.display![i]![1]).toBeUndefined();
    });
    expect(s.values[cases.length]).toEqual([0.9738]);
    expect(s.display![cases.length]![0]).toBe('97.38%');
  });

  it('includes hidden sheets in workbook order and gives an empty sheet no values', async () => {
    const wb = await readXlsx('nhieu-trang.xlsx', (w) => {
      w.addWorksheet('Một').getCell('A1').value = 1;
      w.addWorksheet('Ẩn', { state: 'hidden' }).getCell('B2').value = 'ẩn';
      w.addWorksheet('Rất ẩn', { state: 'veryHidden' }).getCell('A1').value = 3;
      w.addWorksheet('Trống');
    });
    expect(wb.sheets.map((s) => s.name)).toEqual(['Một', 'Ẩn', 'Rất ẩn', 'Trống']);
    expect(sheet(wb, 1)).toEqual({ name: 'Ẩn', values: [['ẩn']], merges: [], originRow: 1, originCol: 1 });
    expect(sheet(wb, 3)).toEqual({ name: 'Trống', values: [], merges: [], originRow: 0, originCol: 0 });
  });

  it('reads by content, not by name: an xlsx saved as .csv is still a workbook', async () => {
    const bytes = await xlsx((w) => {
      w.addWorksheet('S').getCell('A1').value = '1.886';
    });
    const wb = await readWorkbookBytes(bytes, 'nham-duoi.csv');
    expect(wb.sheets.map((s) => [s.name, s.values])).toEqual([['S', [['1.886']]]]);
  });

  it('reads 20.000 rows × 12 columns', async () => {
    // 100.000 rows also read (≈15 s here) but writing the fixture alone takes ≈20 s, too slow for the suite.
    const N = 20_000;
    const bytes = await xlsx((w) => {
      const ws = w.addWorksheet('Lớn');
      for (let r = 1; r <= N; r++) {
        const row: (string | number)[] = [];
        for (let c = 0; c < 12; c++) row.push(c === 0 ? `Thủ tục ${r}` : r * 100 + c);
        ws.addRow(row);
      }
    });
    const t0 = performance.now();
    const wb = await readWorkbookBytes(bytes, 'lon.xlsx');
    const ms = performance.now() - t0;
    const s = sheet(wb);
    expect(s.values.length).toBe(N);
    expect(s.values.every((r) => r.length === 12)).toBe(true);
    expect(s.values[12_344]).toEqual(['Thủ tục 12345', ...Array.from({ length: 11 }, (_, i) => 1_234_500 + i + 1)]);
    expect('display' in s).toBe(false);
    console.log(`read-workbook: ${N} × 12 xlsx read in ${Math.round(ms)} ms`);
  });
});

// ---------------------------------------------------------------------------

describe('csv', () => {
  async function readCsvText(name: string, bytes: Uint8Array | string): Promise<Grids> {
    return readWorkbookFile(await put(name, bytes));
  }

  it('reads a comma-separated file as text cells, one sheet named after the file', async () => {
    const wb = await readCsvText('so-lieu.thang-3.csv', 'STT,Tên,Số\n1,"Cấp phép, xây dựng",1.886\n2,,5\n');
    expect(wb.sheets).toEqual([
      {
        name: 'so-lieu.thang-3',
        values: [
          ['STT', 'Tên', 'Số'],
          ['1', 'Cấp phép, xây dựng', '1.886'],
          ['2', null, '5'],
        ],
        merges: [],
        originRow: 0,
        originCol: 0,
      },
    ]);
  });

  it('detects ";" (decimal commas in the data) and keeps blank lines as empty rows', async () => {
    // The title and blank lines above the table would defeat papaparse's guess if counted as rows.
    const wb = await readCsvText('cham-phay.csv', 'BÁO CÁO, THÁNG 3\r\n\r\n\r\nSTT;Tên;Tỷ lệ\r\n1;A;97,5\r\n2;"B; C";1.886\r\n');
    // Rows are as long as the file makes them (no padding to the widest row).
    expect(sheet(wb).values).toEqual([['BÁO CÁO, THÁNG 3'], [null], [null], ['STT', 'Tên', 'Tỷ lệ'], ['1', 'A', '97,5'], ['2', 'B; C', '1.886']]);
  });

  it('reads tab-separated .tsv and .txt files and leaves ragged rows ragged', async () => {
    const text = 'a\tb\tc\n1\t2\n3\n';
    const expected = [['a', 'b', 'c'], ['1', '2'], ['3']];
    expect(sheet(await readCsvText('bang.tsv', text)).values).toEqual(expected);
    expect(sheet(await readCsvText('bang.txt', text)).values).toEqual(expected);
    expect(sheet(await readCsvText('bang.txt', text)).name).toBe('bang');
  });

  it('keeps quoted commas, quotes and newlines inside fields exactly', async () => {
    const wb = await readCsvText('trich-dan.csv', 'a,b\r\n"x, y","dòng 1\r\ndòng 2"\r\n"nói ""có""",  z \r\n');
    expect(sheet(wb).values).toEqual([
      ['a', 'b'],
      ['x, y', 'dòng 1\r\ndòng 2'],
      ['nói "có"', '  z '],
    ]);
  });

  it('strips a UTF-8 BOM', async () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('STT,Tên\n1,Hà Nội\n', 'utf8')]);
    expect(sheet(await readCsvText('bom.csv', bytes)).values).toEqual([
      ['STT', 'Tên'],
      ['1', 'Hà Nội'],
    ]);
  });

  it('decodes UTF-16 LE and BE when a BOM says so', async () => {
    const text = 'STT\tTên\r\n1\tĐà Nẵng\r\n';
    const le = Buffer.from('\ufeff' + text, 'utf16le');
    const be = Buffer.from(le).swap16();
    const expected = [
      ['STT', 'Tên'],
      ['1', 'Đà Nẵng'],
    ];
    expect(sheet(await readCsvText('utf16le.csv', le)).values).toEqual(expected);
    expect(sheet(await readCsvText('utf16be.txt', be)).values).toEqual(expected);
  });

  it('falls back to windows-1258 when the bytes are not UTF-8', async () => {
    // "Đường;Số\n1;2" in windows-1258: Đ=D0, ư=FD, ơ=F5, ô=F4, combining grave=CC, combining acute=EC.
    const bytes = new Uint8Array([0xd0, 0xfd, 0xf5, 0xcc, 0x6e, 0x67, 0x3b, 0x53, 0xf4, 0xec, 0x0a, 0x31, 0x3b, 0x32, 0x0a]);
    const s = sheet(await readCsvText('cu.csv', bytes));
    expect(s.values).toEqual([
      ['\u0110\u01b0\u01a1\u0300ng', 'S\u00f4\u0301'],
      ['1', '2'],
    ]);
    // The legacy code page writes tone marks as combining characters; the text is kept as decoded.
    expect((s.values[0]![0] as string).normalize('NFC')).toBe('Đường');
    expect((s.values[0]![1] as string).normalize('NFC')).toBe('Số');
  });

  it('reads a 100.000-row file', async () => {
    const lines = ['STT;Mã TTHC;Số hồ sơ'];
    for (let i = 1; i <= 100_000; i++) lines.push(`${i};1.00${i % 10};${(i * 7) % 1000}`);
    const wb = await readCsvText('lon.csv', lines.join('\r\n') + '\r\n');
    const s = sheet(wb);
    expect(s.values.length).toBe(100_001);
    expect(s.values[77_777]).toEqual(['77777', '1.007', '439']);
    expect(s.values[100_000]).toEqual(['100000', '1.000', '0']);
  });
});

// ---------------------------------------------------------------------------

describe('errors', () => {
  it('not-found', async () => {
    await expectReadError(readWorkbookFile(join(folder(), 'khong-co.xlsx')), 'not-found', 'khong-co.xlsx');
  });

  it('is-directory', async () => {
    await mkdir(join(folder(), 'thu-muc.xlsx'));
    await expectReadError(readWorkbookFile(join(folder(), 'thu-muc.xlsx')), 'is-directory', 'thu-muc.xlsx');
  });

  it('empty-file, on disk and in memory', async () => {
    await expectReadError(readWorkbookFile(await put('rong.xlsx', '')), 'empty-file', 'rong.xlsx');
    await expectReadError(readWorkbookBytes(new Uint8Array(0), '/x/rong.csv'), 'empty-file', 'rong.csv');
  });

  it('unsupported-type for PDF (whatever its name), Word and binary files', async () => {
    const pdf = await expectReadError(readWorkbookFile(await put('bao-cao.pdf', makePdfBytes())), 'unsupported-type', 'bao-cao.pdf');
    expect(pdf.message).toBe('Tệp "bao-cao.pdf" là tài liệu PDF, không phải bảng tính; hãy dùng tệp .xlsx, .xls, .ods hoặc .csv.');
    await expectReadError(readWorkbookFile(await put('ban-in', makePdfBytes())), 'unsupported-type', 'ban-in');
    await expectReadError(readWorkbookFile(await put('pdf-doi-ten.xlsx', makePdfBytes())), 'unsupported-type', 'pdf-doi-ten.xlsx');
    const docx = await expectReadError(readWorkbookFile(await put('cong-van.docx', makeDocxBytes())), 'unsupported-type', 'cong-van.docx');
    expect(docx.message).toContain('tài liệu Word');
    await expectReadError(readWorkbookFile(await put('du-lieu.dat', new Uint8Array([1, 0, 2, 0, 3, 0, 255]))), 'unsupported-type', 'du-lieu.dat');
  });

  it('reads an HTML page saved as .xls (it used to be refused); refuses HTML with no table', async () => {
    const wb = await readWorkbookFile(await put('xuat-tu-phan-mem.xls', '<html><body><table><tr><td>1</td></tr></table></body></html>'));
    expect(wb.sheets).toEqual([{ name: 'xuat-tu-phan-mem', values: [['1']], merges: [], originRow: 0, originCol: 0 }]);
    for (const n of ['trang.html', 'trang.htm', 'trang.xls']) {
      const err = await expectReadError(readWorkbookFile(await put(n, '<!DOCTYPE html><html><body><p>Xin chào</p></body></html>')), 'unsupported-type', n);
      expect(err.message).toContain('HTML');
      expect(err.message).toContain('không có bảng');
    }
  });

  it('legacy-or-encrypted for an OLE/CFB container under an .xlsx name; a damaged one named .xls is corrupt', async () => {
    // Excel saves a password-protected .xlsx as a CFB container; one that is not even a valid container is
    // still, by far most likely, that.
    const err = await expectReadError(readWorkbookFile(await put('mat-khau.xlsx', makeCfbBytes())), 'legacy-or-encrypted', 'mat-khau.xlsx');
    expect(err.message).toBe(
      'Tệp "mat-khau.xlsx" được bảo vệ bằng mật khẩu (đã mã hóa) nên không đọc được; hãy mở bằng Excel, bỏ mật khẩu rồi lưu lại và thử lại.',
    );
    // .xls files are read now: a container that does not open is a damaged file, not an old format.
    await expectReadError(readWorkbookFile(await put('cu.xls', makeCfbBytes())), 'corrupt', 'cu.xls');
    const doc = await expectReadError(readWorkbookFile(await put('cong-van.doc', makeCfbBytes())), 'unsupported-type', 'cong-van.doc');
    expect(doc.message).toContain('tài liệu Word');
  });

  it('not-xlsx for a text file named .xlsx or .xlsm', async () => {
    await expectReadError(readWorkbookFile(await put('van-ban.xlsx', 'STT,Tên\n1,A\n')), 'not-xlsx', 'van-ban.xlsx');
    await expectReadError(readWorkbookFile(await put('van-ban.xlsm', 'xin chào')), 'not-xlsx', 'van-ban.xlsm');
  });

  it('corrupt for a zip that is not a workbook, a truncated or a damaged workbook', async () => {
    const phrase = 'không phải sổ tính Excel hợp lệ hoặc đã bị hỏng';
    const docx = await expectReadError(readWorkbookFile(await put('word-doi-ten.xlsx', makeDocxBytes())), 'corrupt', 'word-doi-ten.xlsx');
    expect(docx.message).toContain(phrase);
    const zip = await expectReadError(readWorkbookFile(await put('nen.xlsx', makeRandomZipBytes())), 'corrupt', 'nen.xlsx');
    expect(zip.message).toContain(phrase);
    const good = await xlsx((w) => {
      w.addWorksheet('S').getCell('A1').value = 1;
    });
    const cut = await expectReadError(readWorkbookFile(await put('cat-cut.xlsx', truncateBytes(good, 0.6))), 'corrupt', 'cat-cut.xlsx');
    expect(cut.message).toContain(phrase);
    const bad = makeZip({
      '[Content_Types].xml': '<Types/>',
      'xl/workbook.xml': '<workbook><sheets><sheet name="S" sheetId="1" r:id="rId1"',
      'xl/worksheets/sheet1.xml': 'không phải XML <<<',
    });
    const hong = await expectReadError(readWorkbookBytes(bad, 'hong.xlsx'), 'corrupt', 'hong.xlsx');
    expect(hong.message).toContain(phrase);
  });

  it('too-large above the limit, on disk and in memory', async () => {
    const bytes = await xlsx((w) => {
      w.addWorksheet('S').getCell('A1').value = 1;
    });
    const p = await put('lon-qua.xlsx', bytes);
    const err = await expectReadError(readWorkbookFile(p, { maxBytes: 1024 }), 'too-large', 'lon-qua.xlsx');
    expect(err.message).toBe(
      `Tệp "lon-qua.xlsx" quá lớn (${Math.round(bytes.length / 1024)} KB, giới hạn 1 KB); hãy tách bớt dữ liệu sang tệp khác rồi thử lại.`,
    );
    await expectReadError(readWorkbookBytes(bytes, 'lon-qua.xlsx', { maxBytes: 1000 }), 'too-large', 'lon-qua.xlsx');
    // Same file under a generous limit reads fine.
    expect(sheet(await readWorkbookFile(p, { maxBytes: bytes.length })).values).toEqual([[1]]);
  });

  it('too-large: a text file past its own, lower cap (held whole as cells), while a workbook of that size is read', async () => {
    const csv = 'Cấp;Tổng số\nCấp xã;10\n'.repeat(200);
    const p = await put('lon-qua.csv', csv);
    const size = Buffer.byteLength(csv);
    const err = await expectReadError(readWorkbookFile(p, { maxTextBytes: 2048 }), 'too-large', 'lon-qua.csv');
    expect(err.message).toContain('giới hạn 2 KB');
    expect(sheet(await readWorkbookFile(p, { maxTextBytes: size })).values.length).toBe(400);
    const book = await xlsx((w) => {
      w.addWorksheet('S').getCell('A1').value = 'x'.repeat(4000);
    });
    expect(sheet(await readWorkbookBytes(book, 'rong.xlsx', { maxTextBytes: 2048 })).values).toEqual([['x'.repeat(4000)]]);
  });

  it('no-sheets for a workbook without worksheets', async () => {
    const bytes = await xlsx(() => {});
    await expectReadError(readWorkbookFile(await put('khong-trang.xlsx', bytes)), 'no-sheets', 'khong-trang.xlsx');
  });
});

describe('read-only', () => {
  it('leaves the input files unchanged', async () => {
    const x = await put(
      'nguyen-ven.xlsx',
      await xlsx((w) => {
        const ws = w.addWorksheet('S');
        ws.mergeCells('A1:B1');
        ws.getCell('A1').value = 'Tiêu đề';
        ws.getCell('A2').value = 0.5;
        ws.getCell('A2').numFmt = '0%';
      }),
    );
    const c = await put('nguyen-ven.csv', 'a;b\n1;2\n');
    for (const p of [x, c]) {
      const before = await readFile(p);
      const st0 = await stat(p);
      await readWorkbookFile(p);
      const after = await readFile(p);
      const st1 = await stat(p);
      expect(after.equals(before)).toBe(true);
      expect(st1.mtimeMs).toBe(st0.mtimeMs);
      expect(st1.size).toBe(st0.size);
    }
  });
});
