/**
 * Table detection on layouts the sample workbooks do not have: every wording, offset, header depth,
 * Unicode form and row arrangement here is one clerks use.
 */
import { describe, expect, it } from 'vitest';
import { SheetView } from '../grid/sheet-view';
import { rangeA1 } from '../grid/a1';
import type { CellValue } from '../grid/types';
import { detectTables } from './detect';
import { sheet } from '../../test/helpers/grid';

const _ = null;
function detect(rows: CellValue[][], opts: { merges?: string[]; origin?: string } = {}) {
  return detectTables(new SheetView(sheet('S', rows, opts)));
}
const concepts = (rows: CellValue[][], opts?: { merges?: string[]; origin?: string }) => detect(rows, opts).map((t) => t.columns.map((c) => c.concept ?? '?'));
const kinds = (rows: CellValue[][], opts?: { merges?: string[]; origin?: string }) =>
  detect(rows, opts).map((t) => t.rows.map((r) => `${r.row + 1}:${r.kind}`).join(' '));

const LEVEL_ROWS: CellValue[][] = [
  ['Cấp huyện', 308, 65, 243, 225, 198, 22, 5, 83, 82, 1],
  ['Cấp xã', 1876, 80, 1796, 1722, 1544, 175, 3, 154, 154, 0],
];

describe('header wording and depth', () => {
  it('Biểu 06 with its four header rows and "(1)…(13)" numbering: all thirteen columns', () => {
    const rows: CellValue[][] = [
      ['STT', 'Lĩnh vực, công việc giải quyết theo cấp', 'Số hồ sơ nhận giải quyết', _, _, _, 'Kết quả giải quyết', _, _, _, _, _, _],
      [_, _, 'Tổng số', 'Trong đó', _, _, 'Số hồ sơ đã giải quyết', _, _, _, 'Số hồ sơ đang giải quyết', _, _],
      [_, _, _, 'Số mới tiếp nhận', _, 'Từ kỳ trước', 'Tổng số', 'Trước hạn', 'Đúng hạn', 'Quá hạn', 'Tổng số', 'Trong hạn', 'Quá hạn'],
      [_, _, _, 'Trực tuyến', 'Trực tiếp, dịch vụ bưu chính', _, _, _, _, _, _, _, _],
      ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)', '(8)', '(9)', '(10)', '(11)', '(12)', '(13)'],
      [1, 'Hộ tịch', 10, 4, 5, 1, 8, 6, 2, 0, 2, 2, 0],
    ];
    const merges = [
      'A1:A4',
      'B1:B4',
      'C1:F1',
      'G1:M1',
      'C2:C4',
      'D2:F2',
      'G2:J2',
      'K2:M2',
      'D3:E3',
      'F3:F4',
      'G3:G4',
      'H3:H4',
      'I3:I4',
      'J3:J4',
      'K3:K4',
      'L3:L4',
      'M3:M4',
    ];
    expect(concepts(rows, { merges })).toEqual([
      [
        'stt',
        'ten',
        'tiep-nhan',
        'truc-tuyen',
        'truc-tiep',
        'ky-truoc',
        'da-giai-quyet',
        'truoc-han',
        'dung-han',
        'qua-han',
        'dang-giai-quyet',
        'trong-han',
        'dang-qua-han',
      ],
    ]);
    expect(detect(rows, { merges })[0]!.numberingRow).toBe(4);
  });

  it('one flat header row, other words for the same columns, table at F20', () => {
    const rows: CellValue[][] = [
      [
        'Đơn vị',
        'Tổng số hồ sơ',
        'Tồn kỳ trước',
        'Tiếp nhận mới',
        'Đã giải quyết',
        'Trả trước hạn',
        'Trả đúng hạn',
        'Trả trễ hạn',
        'Đang giải quyết',
        'Chưa đến hạn',
        'Quá hạn',
      ],
      ...LEVEL_ROWS,
    ];
    const [t] = detect(rows, { origin: 'F20' });
    expect(rangeA1(t!.range)).toBe('F20:P22');
    expect(t!.columns.map((c) => c.concept)).toEqual([
      'ten',
      'tiep-nhan',
      'ky-truoc',
      'moi-tiep-nhan',
      'da-giai-quyet',
      'truoc-han',
      'dung-han',
      'qua-han',
      'dang-giai-quyet',
      'trong-han',
      'dang-qua-han',
    ]);
    expect(t!.byLevel).toBe(true);
  });

  it('headers in NFD, in capitals with line breaks, and with the legacy-font "ƣ"', () => {
    const words = [
      'Cấp',
      'Tiếp nhận',
      'Kỳ trước chuyển qua',
      'Trong kỳ',
      'Đã giải quyết',
      'Sớm hạn',
      'Đúng hạn',
      'Trễ hạn',
      'Đang giải quyết',
      'Chưa đến hạn',
      'Quá hạn',
    ];
    const expected = [
      ['ten', 'tiep-nhan', 'ky-truoc', 'moi-tiep-nhan', 'da-giai-quyet', 'truoc-han', 'dung-han', 'qua-han', 'dang-giai-quyet', 'trong-han', 'dang-qua-han'],
    ];
    expect(concepts([words.map((w) => w.normalize('NFD')), ...LEVEL_ROWS])).toEqual(expected);
    expect(concepts([words.map((w) => w.toUpperCase().replace(' ', '\n')), ...LEVEL_ROWS])).toEqual(expected);
    const legacy = words.map((w) => w.replace('Trước', 'Trƣớc').replace('ư', 'ƣ'));
    expect(concepts([legacy, ...LEVEL_ROWS])).toEqual(expected);
  });

  it('title rows and a right-aligned "Đơn vị tính" line straight above the header stay out of it', () => {
    const rows: CellValue[][] = [
      ['KẾT QUẢ TIẾP NHẬN VÀ GIẢI QUYẾT TTHC', _, _, _, _, _, _, _, _, _, _],
      [_, _, _, _, _, _, _, _, _, 'Đơn vị tính: hồ sơ', _],
      ['Cấp', 'Tổng số', 'Kỳ trước', 'Trong kỳ', 'Đã giải quyết', 'Trước hạn', 'Đúng hạn', 'Quá hạn', 'Đang giải quyết', 'Trong hạn', 'Quá hạn'],
      ...LEVEL_ROWS,
    ];
    const [t] = detect(rows, { merges: ['A1:K1'] });
    expect(t!.headerRows).toEqual({ first: 2, last: 2 });
    expect(t!.columns.map((c) => c.concept)).toEqual([
      'ten',
      'tiep-nhan',
      'ky-truoc',
      'moi-tiep-nhan',
      'da-giai-quyet',
      'truoc-han',
      'dung-han',
      'qua-han',
      'dang-giai-quyet',
      'trong-han',
      'dang-qua-han',
    ]);
  });

  it('the older 07a shape with "Bổ sung" and "Trả lại" columns: the one-stop software counts them apart (DESIGN §3.3b)', () => {
    const rows: CellValue[][] = [
      [
        'Lĩnh vực',
        'Tổng số',
        'Số kỳ trước chuyển qua',
        'Số mới tiếp nhận',
        'Đã giải quyết',
        'Trả đúng thời hạn',
        'Trả quá hạn',
        'Đang giải quyết',
        'Chưa đến hạn',
        'Quá hạn',
        'Bổ sung',
        'Trả lại',
      ],
      ['Hộ tịch', 10, 1, 9, 8, 7, 1, 2, 2, 0, 1, 0],
    ];
    expect(concepts(rows)).toEqual([
      [
        'ten',
        'tiep-nhan',
        'ky-truoc',
        'moi-tiep-nhan',
        'da-giai-quyet',
        'dung-han',
        'qua-han',
        'dang-giai-quyet',
        'trong-han',
        'dang-qua-han',
        'bo-sung',
        'tra-lai',
      ],
    ]);
  });

  it('PAKN, digitisation and IT tables by their own headers', () => {
    expect(
      detect([
        ['Nội dung', 'Tổng số PAKN', 'Tiếp nhận mới', 'Kỳ trước chuyển qua', 'Đã xử lý', 'Đang xử lý'],
        ['Tháng 3', 4, 3, 1, 2, 2],
      ]).map((t) => [t.form, t.columns.map((c) => c.concept)]),
    ).toEqual([['pakn', ['ten', 'pakn-tong', 'pakn-moi', 'pakn-ky-truoc', 'pakn-da-xu-ly', 'pakn-dang-xu-ly']]]);
    expect(
      detect([
        ['Đơn vị', 'Tổng số kết quả cần số hóa', 'Đã số hóa', 'Chưa số hóa', 'Tỷ lệ'],
        ['Toàn xã', 100, 90, 10, '90%'],
      ]).map((t) => [t.form, t.columns.map((c) => c.concept)]),
    ).toEqual([['so-hoa', ['ten', 'can-so-hoa', 'da-so-hoa', 'con-lai', 'ty-le-so-hoa']]]);
  });
});

describe('rows', () => {
  const header: CellValue[] = ['STT', 'Lĩnh vực', 'Tiếp nhận', 'Đã giải quyết', 'Đang giải quyết'];

  it('section rows, blank rows, a bottom total, and the footer after it', () => {
    const rows: CellValue[][] = [
      header,
      ['I', 'Cấp huyện', _, _, _],
      [1, 'Đất đai', 10, 8, 2],
      [_, _, _, _, _],
      [2, 'Hộ tịch', 5, 5, 0],
      ['II', 'Cấp xã', _, _, _],
      [1, 'Chứng thực', 7, 7, 0],
      [_, 'Tổng cộng', 22, 20, 2],
      [_, _, _, _, _],
      [_, 'Người lập biểu', _, 'Thủ trưởng đơn vị', _],
    ];
    expect(kinds(rows)).toEqual(['2:section 3:data 4:blank 5:data 6:section 7:data 8:total']);
    expect(detect(rows)[0]!.rows.find((r) => r.kind === 'total')!.covers).toEqual([2, 4, 6]);
  });

  it('a total row first (as Biểu 06 prints it) covers every row below it', () => {
    const rows: CellValue[][] = [header, [_, 'Tổng số', 15, 13, 2], [1, 'Đất đai', 10, 8, 2], [2, 'Hộ tịch', 5, 5, 0]];
    const [t] = detect(rows);
    expect(t!.rows.map((r) => r.kind)).toEqual(['total', 'data', 'data']);
    expect(t!.rows[0]!.covers).toEqual([2, 3]);
  });

  it('Roman-numbered group rows sum their children; the grand total sums the groups', () => {
    const rows: CellValue[][] = [
      header,
      ['I', 'Cấp huyện', 15, 13, 2],
      [1, 'Đất đai', 10, 8, 2],
      [2, 'Hộ tịch', 5, 5, 0],
      ['II', 'Cấp xã', 7, 7, 0],
      [1, 'Chứng thực', 7, 7, 0],
      [_, 'Tổng cộng', 22, 20, 2],
    ];
    const [t] = detect(rows);
    expect(t!.rows.map((r) => [r.kind, r.covers ?? []])).toEqual([
      ['group', [2, 3]],
      ['data', []],
      ['data', []],
      ['group', [5]],
      ['data', []],
      ['total', [1, 4]],
    ]);
  });

  it('numbering one level deeper ("1" over "1.1", "1.2") makes a group of its own inside a Roman one', () => {
    const rows: CellValue[][] = [
      header,
      ['I', 'Cấp tỉnh', 30, 25, 5],
      ['1', 'Sở Tư pháp', 20, 17, 3],
      ['1.1', 'Chứng thực', 12, 10, 2],
      ['1.2', 'Hộ tịch', 8, 7, 1],
      ['2', 'Sở Xây dựng', 10, 8, 2],
      [_, 'Tổng cộng', 30, 25, 5],
    ];
    const [t] = detect(rows);
    expect(t!.rows.map((r) => [r.label, r.kind, r.covers ?? []])).toEqual([
      ['Cấp tỉnh', 'group', [2, 5]],
      ['Sở Tư pháp', 'group', [3, 4]],
      ['Chứng thực', 'data', []],
      ['Hộ tịch', 'data', []],
      ['Sở Xây dựng', 'data', []],
      ['Tổng cộng', 'total', [1]],
    ]);
  });

  it('with no numbering, rows named as groups ("Các sở, ban, ngành", "Khối UBND cấp xã") close the plain rows after them', () => {
    const rows: CellValue[][] = [
      header,
      [_, 'Các sở, ban, ngành', 30, 25, 5],
      [_, 'Sở Tư pháp', 20, 17, 3],
      [_, 'Sở Xây dựng', 10, 8, 2],
      [_, 'Khối UBND cấp xã', 12, 10, 2],
      [_, 'Xã Mỹ An', 12, 10, 2],
      [_, 'Toàn tỉnh', 42, 35, 7],
    ];
    const [t] = detect(rows);
    expect(t!.rows.map((r) => [r.kind, r.covers ?? []])).toEqual([
      ['group', [2, 3]],
      ['data', []],
      ['data', []],
      ['group', [5]],
      ['data', []],
      ['total', [1, 4]],
    ]);
    // Levels are no groups: "Cấp tỉnh", "Cấp huyện", "Cấp xã" each stand alone.
    const levels = detect([header, [_, 'Các sở, ban ngành cấp tỉnh', 5, 4, 1], [_, 'Cấp huyện', 6, 5, 1], [_, 'Cấp xã', 7, 6, 1]]);
    expect(levels[0]!.rows.map((r) => r.kind)).toEqual(['data', 'data', 'data']);
  });

  it('subtotals "Cộng" close their section; the last total closes the table', () => {
    const rows: CellValue[][] = [
      header,
      [1, 'Đất đai', 10, 8, 2],
      [_, 'Cộng cấp huyện', 10, 8, 2],
      [1, 'Chứng thực', 7, 7, 0],
      [_, 'Cộng cấp xã', 7, 7, 0],
      [_, 'Tổng cộng', 17, 15, 2],
    ];
    const [t] = detect(rows);
    expect(t!.rows.filter((r) => r.kind === 'total').map((r) => r.covers)).toEqual([[1], [3], [1, 3]]);
  });

  it('"Tổng đài 1022" is a data row, not a total', () => {
    const rows: CellValue[][] = [
      ['Kênh tiếp nhận', 'Số phản ánh, kiến nghị tiếp nhận', 'Về thủ tục hành chính', 'Chậm trễ'],
      ['Tổng đài 1022', 2, 0, 0],
    ];
    expect(kinds(rows)).toEqual(['2:data']);
  });

  it('two tables on one sheet, one under the other, are both found', () => {
    const rows: CellValue[][] = [
      ['Cấp', 'Tiếp nhận', 'Đã giải quyết', 'Đang giải quyết'],
      ['Cấp huyện', 10, 8, 2],
      [_, _, _, _],
      ['Ghi chú: số liệu từ phần mềm một cửa', _, _, _],
      [_, _, _, _],
      ['Cấp', 'Giải quyết xong, trả kết quả', 'Số hóa kết quả', 'Số hóa thành phần hồ sơ'],
      ['Cấp huyện', 8, 7, 8],
    ];
    expect(detect(rows).map((t) => [t.form, rangeA1(t.range)])).toEqual([
      ['tthc', 'A1:D2'],
      ['so-hoa', 'A6:D7'],
    ]);
  });

  it('no header, no table: a sheet of bare figures or of prose gives nothing', () => {
    expect(
      detect([
        [1, 2, 3],
        [4, 5, 6],
      ]),
    ).toEqual([]);
    expect(detect([['Báo cáo tháng'], ['Không có số liệu']])).toEqual([]);
  });
});
