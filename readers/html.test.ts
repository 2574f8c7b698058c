import { describe, expect, it } from 'vitest';
import { checkWorkbook } from '../core/workbook';
import { tableSummary } from '../core/tables/table';
import { computeIndicators } from '../core/indicators/compute';
import { decodeHtml, htmlToHost, shownText } from './html';
import { readWorkbookBytes, WorkbookReadError } from './index';

const enc = (s: string) => new TextEncoder().encode(s);

async function read(html: string | Uint8Array, name = 'xuat.xls') {
  return readWorkbookBytes(typeof html === 'string' ? enc(html) : html, name);
}

/** A data cell as the export writes it (style trimmed to what matters). */
const td = (v: string, attrs = '') => `<td${attrs} style="vertical-align: middle; padding: 5px; border: 1px solid #333; text-align: right;">${v}</td>`;
const th = (v: string, attrs = '') =>
  `<td${attrs} style="vertical-align: middle; padding: 5px; border: 1px solid #333; text-align: center;"><strong>${v}</strong></td>`;

/**
 * "Thống kê báo cáo tổng hợp lĩnh vực" as the one-stop software exports it (shaped after the public
 * templates of HuanVu201/DichVuCong_KhoaLuan_PASETO, XuatBaoCaoTongHopLinhVuc + downloadPhieuExcel):
 * the container's two tables (title block, then #tableToExcel) wrapped in the Office-HTML template's own
 * <table>; counts as text with "." thousands, rates with a dot decimal; "Bổ sung" and "Trả lại/ Rút HS".
 * Tiếp nhận = đã xử lý + đang xử lý + bổ sung + trả lại on every row.
 */
export const PASETO_LINH_VUC = `<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel" xmlns="http://www.w3.org/TR/REC-html40"><head><meta http-equiv="content-type" content="application/vnd.ms-excel; charset=UTF-8"><!--[if gte mso 9]><xml><x:ExcelWorkbook><x:ExcelWorksheets><x:ExcelWorksheet><x:Name>Thống kê báo cáo tổng hợp lĩnh vực</x:Name><x:WorksheetOptions><x:DisplayGridlines/></x:WorksheetOptions></x:ExcelWorksheet></x:ExcelWorksheets></x:ExcelWorkbook></xml><![endif]--></head><body><table style="font-family: &quot;Times New Roman&quot;, Times, serif; font-size: 17px">
<table style="vertical-align: middle; border-collapse: collapse; width: 100%; text-align: center; margin: 10px 0px;"><thead>
<tr><td colspan="5" style="vertical-align: top; padding: 5px; width: 3%; text-align: center;"><strong>UBND HUYỆN LẤP VÒ </strong></td>
<td colspan="8" style="vertical-align: top; padding: 5px; width: 3%; text-align: center;"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br><u>Độc lập - Tự do - Hạnh phúc</u></strong></td></tr>
<tr><td colspan="13" style="vertical-align: middle; padding: 5px; width: 3%; text-align: center;"><strong>TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH THEO LĨNH VỰC</strong><br><i>(Từ ngày 01/03/2024 đến ngày 31/03/2024 )</i></td></tr>
<tr><p></p></tr>
</thead></table>
<table id="tableToExcel" style="vertical-align: middle; border-collapse: collapse; width: 100%; text-align: center; margin: 10px 0px;"><thead>
<tr>${th('STT', ' rowspan="2"')}${th('Lĩnh vực', ' rowspan="2"')}${th('Tiếp nhận', ' colspan="3"')}${th('Đã xử lý', ' colspan="4"')}${th('Đang xử lý', ' colspan="2"')}${th('Bổ sung', ' rowspan="2"')}${th('Trả lại/ Rút HS', ' rowspan="2"')}</tr>
<tr>${['Tổng số', 'Kỳ trước', 'Trong kỳ', 'Trước hạn', 'Đúng hạn', 'Quá hạn', 'Tỷ lệ trước hạn, đúng hạn', 'Trong hạn', 'Quá hạn'].map((h) => th(h)).join('')}</tr>
</thead><tbody id="data">
<tr>${td('1')}${td('Đất đai')}${td('1.886')}${td('80')}${td('1.806')}${td('1.500')}${td('180')}${td('60')}${td('96.55%')}${td('100')}${td('6')}${td('30')}${td('10')}</tr>
<tr>${td('2')}${td('Tư pháp -\n   hộ tịch')}${td('308')}${td('65')}${td('243')}${td('198')}${td('22')}${td('5')}${td('97.78%')}${td('70')}${td('3')}${td('8')}${td('2')}</tr>
<tr>${td('<strong>Tổng số</strong>', ' colspan="2"')}${td('2.194')}${td('145')}${td('2.049')}${td('1.698')}${td('202')}${td('65')}${td('96.69%')}${td('170')}${td('9')}${td('38')}${td('12')}</tr>
</tbody></table></table></body></html>`;

describe('the one-stop software export (HTML saved as .xls)', () => {
  it('lays out the title table and the data table of the nested export, with their merges', async () => {
    const wb = await read(PASETO_LINH_VUC, 'Thống kê báo cáo tổng hợp lĩnh vực 2_4_2024 9_30.xls');
    expect(wb.sheets).toHaveLength(1);
    const s = wb.sheets[0]!;
    expect(s.name).toBe('Thống kê báo cáo tổng hợp lĩnh vực 2_4_2024 9_30');
    const v = s.values;
    expect(v[0]).toEqual(['UBND HUYỆN LẤP VÒ', null, null, null, null, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc']);
    expect(v[1]).toEqual(['TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH THEO LĨNH VỰC\n(Từ ngày 01/03/2024 đến ngày 31/03/2024 )']);
    expect(v[2]).toEqual([]); // <tr><p></p></tr>
    expect(v[3]).toEqual([]); // the blank row between the two tables
    expect(v[4]).toEqual(['STT', 'Lĩnh vực', 'Tiếp nhận', null, null, 'Đã xử lý', null, null, null, 'Đang xử lý', null, 'Bổ sung', 'Trả lại/ Rút HS']);
    // The second header row starts after the two rowspan columns and stops before the two on the right.
    expect(v[5]).toEqual([
      null,
      null,
      'Tổng số',
      'Kỳ trước',
      'Trong kỳ',
      'Trước hạn',
      'Đúng hạn',
      'Quá hạn',
      'Tỷ lệ trước hạn, đúng hạn',
      'Trong hạn',
      'Quá hạn',
    ]);
    expect(v[6]).toEqual(['1', 'Đất đai', '1.886', '80', '1.806', '1.500', '180', '60', '96.55%', '100', '6', '30', '10']);
    expect(v[7]![1]).toBe('Tư pháp - hộ tịch');
    expect(v[8]).toEqual(['Tổng số', null, '2.194', '145', '2.049', '1.698', '202', '65', '96.69%', '170', '9', '38', '12']);
    expect(v).toHaveLength(9);
    expect(s.merges).toEqual([
      { r0: 0, c0: 0, r1: 0, c1: 4 },
      { r0: 0, c0: 5, r1: 0, c1: 12 },
      { r0: 1, c0: 0, r1: 1, c1: 12 },
      { r0: 4, c0: 0, r1: 5, c1: 0 },
      { r0: 4, c0: 1, r1: 5, c1: 1 },
      { r0: 4, c0: 2, r1: 4, c1: 4 },
      { r0: 4, c0: 5, r1: 4, c1: 8 },
      { r0: 4, c0: 9, r1: 4, c1: 10 },
      { r0: 4, c0: 11, r1: 5, c1: 11 },
      { r0: 4, c0: 12, r1: 5, c1: 12 },
      { r0: 8, c0: 0, r1: 8, c1: 1 },
    ]);
    // The rates are text with a dot decimal, as printed; the grid keeps them as they are.
    expect(s.display).toBeUndefined();
  });

  it('checkWorkbook finds the tthc table in the export, with its "Bổ sung" and "Trả lại" columns in the balance', async () => {
    const wb = await read(PASETO_LINH_VUC, 'linh-vuc.xls');
    const r = checkWorkbook(wb);
    expect(r.tables.map(tableSummary)).toEqual([{ sheet: 'linh-vuc', range: 'A5:M9', form: 'tthc', rows: 2, orientation: 'rows' }]);
    expect(r.tables[0]!.measures.slice(-2).map((m) => m.concept)).toEqual(['bo-sung', 'tra-lai']);
    // tiếp nhận = đã xử lý + đang xử lý + bổ sung + trả lại holds on every row: nothing to report.
    expect(r.findings.map((f) => [f.rule, f.cell])).toEqual([]);
    // No "Đã xử lý › Tổng số" column: the on-time rate is over trước + đúng + quá hạn, as the export prints it.
    const onTime = computeIndicators(r.tables).filter((i) => i.id === 'ty-le-dung-han');
    expect(onTime.map((i) => [i.scope, i.text, i.numerator, i.denominator])).toEqual([['Tổng số', '96,69%', 1900, 1965]]);
  });
});

describe('HTML cells and tables', () => {
  it('shows text as a browser does', () => {
    expect(shownText('  a \n\t b  ')).toBe('a b');
    expect(shownText('a \u0000 b')).toBe('a\nb');
  });

  it('places cells after rowspans from above, decodes entities, keeps <br> and block breaks, ignores scripts', async () => {
    const html = `<!DOCTYPE html><html><head><title>Trang</title><style>td{}</style><script>var x = "<table>";</script></head><body>
      <table><tr><th rowspan="3">A</th><td>B &amp; C</td><td rowspan="2">D</td></tr>
      <tr><td>E&nbsp;<br/>F</td></tr>
      <tr><td colspan="2"><p>G</p><p>H</p></td></tr></table></body></html>`;
    const s = (await read(html, 'o.html')).sheets[0]!;
    expect(s.values).toEqual([
      ['A', 'B & C', 'D'],
      [null, 'E\nF'],
      [null, 'G\nH'],
    ]);
    expect(s.merges).toEqual([
      { r0: 0, c0: 0, r1: 2, c1: 0 },
      { r0: 0, c0: 2, r1: 1, c1: 2 },
      { r0: 2, c0: 1, r1: 2, c1: 2 },
    ]);
  });

  it('lays out innermost tables only, in document order, one blank row apart, each from column 0', () => {
    const h = htmlToHost(
      '<table><tr><td><table><tr><td>1</td></tr></table></td><td><table><tr><td>2</td><td>3</td></tr></table></td></tr></table><table><tr><td>4</td></tr></table>',
      'S',
    );
    expect(h.values).toEqual([['1'], [], ['2', '3'], [], ['4']]);
  });

  it('reads .htm and .html files holding a table, and refuses HTML without one', async () => {
    for (const n of ['bang.htm', 'bang.html']) {
      expect((await read('<html><body><table><tr><td>x</td></tr></table></body></html>', n)).sheets[0]!.values).toEqual([['x']]);
    }
    const err = await read('<html><body><p>Không có bảng</p></body></html>', 'trang.html').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(WorkbookReadError);
    expect((err as WorkbookReadError).message).toContain('không có bảng');
  });

  it('decodes by BOM, by the page meta charset, else UTF-8 with a windows-1258 fallback', () => {
    const page = '<html><head><meta charset="windows-1258"></head><body><table><tr><td>Số</td></tr></table></body></html>';
    // "Số" in windows-1258: S, ô (F4), combining acute (EC).
    const bytes1258 = new Uint8Array([...enc(page.slice(0, page.indexOf('Số'))), 0x53, 0xf4, 0xec, ...enc(page.slice(page.indexOf('Số') + 2))]);
    expect(decodeHtml(bytes1258).text).toContain('S\u00f4\u0301');
    const noMeta = new Uint8Array([...enc('<table><tr><td>'), 0x53, 0xf4, 0xec, ...enc('</td></tr></table>')]);
    expect(decodeHtml(noMeta)).toEqual({
      text: '<table><tr><td>S\u00f4\u0301</td></tr></table>',
      legacy: true,
      guessed: expect.stringMatching(/^windows-125[28]$/),
    });
    const utf16 = new Uint8Array(Buffer.from('\ufeff<table><tr><td>Đà Nẵng</td></tr></table>', 'utf16le'));
    expect(decodeHtml(utf16).text).toBe('<table><tr><td>Đà Nẵng</td></tr></table>');
    const metaUtf8 = enc('<meta http-equiv="content-type" content="application/vnd.ms-excel; charset=UTF-8"><table><tr><td>Hồ sơ</td></tr></table>');
    expect(decodeHtml(metaUtf8).text).toContain('Hồ sơ');
  });

  it('refuses an export whose text is TCVN3', async () => {
    const html = '<table><tr><td>Tæng sè hå s¬</td><td>C¸c thñ tôc</td></tr><tr><td>§· gi¶i quyÕt</td><td>Th¸ng 3</td></tr></table>';
    const err = await read(html, 'abc.xls').catch((e: unknown) => e);
    expect((err as WorkbookReadError).code).toBe('tcvn3');
  });
});

describe('hostile pages: spans and cells held to what a table can be', () => {
  it('rows that each open rowspan=65534 end the rowspans above them instead of a staircase as wide as the page is long', async () => {
    const rows = Array.from({ length: 2000 }, (_, i) => `<tr><td rowspan="65534">${i}</td></tr>`).join('');
    const s = (await read(`<table>${rows}</table>`, 'bac-thang.xls')).sheets[0]!;
    expect(s.values.length).toBe(2000);
    expect(s.values.every((r, i) => r.length === 1 && r[0] === String(i))).toBe(true);
    // Each rowspan was ended by the row below: no merge is left.
    expect(s.merges.filter((m) => m.r1 > m.r0 || m.c1 > m.c0)).toEqual([]);
  });

  it("a rowspan that fits is kept to the table's last row; colspan=1000 on one-cell rows is one column", async () => {
    const s = (await read('<table><tr><td rowspan="65534">A</td><td>1</td></tr><tr><td>2</td></tr><tr><td colspan="1000">3</td></tr></table>', 'x.xls'))
      .sheets[0]!;
    expect(s.values).toEqual([
      ['A', '1'],
      [null, '2'],
      [null, '3'],
    ]);
    expect(s.merges).toEqual([{ r0: 0, c0: 0, r1: 2, c1: 0 }]);
    const wide = (await read(`<table>${'<tr><td colspan="1000">x</td></tr>'.repeat(500)}</table>`, 'rong.xls')).sheets[0]!;
    expect(wide.values.every((r) => r.length === 1)).toBe(true);
    expect(wide.merges).toEqual([]);
  });

  it("a title table's colspans still span the data table's columns", async () => {
    const h = htmlToHost('<table><tr><td colspan="4">TIÊU ĐỀ</td></tr></table><table><tr><td>a</td><td>b</td><td>c</td><td>d</td></tr></table>', 'S');
    expect(h.merges).toEqual([{ r0: 0, c0: 0, r1: 0, c1: 3 }]);
  });

  it('cuts a cell past 32.767 characters and says which cell', async () => {
    const big = 'Ghi chú rất dài. '.repeat(10_000);
    const wb = await read(`<table><tr><td>Cấp</td><td>Ghi chú</td></tr><tr><td>Xã</td><td>${big}</td></tr></table>`, 'dai.xls');
    const v = wb.sheets[0]!.values[1]![1] as string;
    expect(v.length).toBe(32_767);
    expect(big.startsWith(v)).toBe(true);
    expect(wb.notes).toEqual([{ sheet: 'dai', row: 1, col: 1, message: expect.stringMatching(/^Ô B2 có hơn 32\.767 ký tự/) }]);
  });

  it('says when the code page was guessed, and not when the page declares it', async () => {
    const noMeta = new Uint8Array([...enc('<table><tr><td>'), 0x53, 0xf4, 0xec, ...enc('</td></tr></table>')]);
    expect((await read(noMeta, 'cu.xls')).notes?.[0]?.message).toMatch(/^Trang không ghi bảng mã và không lưu theo UTF-8/);
    const declared = new Uint8Array([...enc('<meta charset="windows-1258"><table><tr><td>'), 0x53, 0xf4, 0xec, ...enc('</td></tr></table>')]);
    expect((await read(declared, 'cu.xls')).notes).toBeUndefined();
  });
});
