/**
 * The example table the pane shows, and the sample sheet it adds when no table is found (issue 11): always a NEW
 * sheet, so a name is picked that no sheet has. Both hosts compare sheet names without regard to case.
 */
import type { Workbook } from '../grid/types';

/** The example table: the smallest layout the checker reads, as a clerk would type it. */
export const EXAMPLE_TABLE: (string | number)[][] = [
  ['Cấp', 'Tổng số tiếp nhận', 'Kỳ trước chuyển qua', 'Trong kỳ', 'Đã giải quyết', 'Đúng hạn', 'Quá hạn', 'Đang giải quyết'],
  ['Cấp xã', 120, 10, 110, 100, 98, 2, 20],
];

/**
 * What "Tạo trang mẫu" writes into a NEW sheet: a title, the example's header, two levels and their total, with
 * figures that agree (tiếp nhận = kỳ trước + trong kỳ = đã + đang giải quyết; đã giải quyết = đúng hạn + quá hạn),
 * so the check finds the table and no error in it.
 */
export const SAMPLE_TABLE: (string | number)[][] = [
  ['SỐ LIỆU MẪU — kết quả giải quyết thủ tục hành chính (thay bằng số liệu của đơn vị)', '', '', '', '', '', '', ''],
  EXAMPLE_TABLE[0]!,
  ['Cấp tỉnh', 250, 30, 220, 210, 205, 5, 40],
  EXAMPLE_TABLE[1]!,
  ['Tổng cộng', 370, 40, 330, 310, 303, 7, 60],
];

export const SAMPLE_SHEET_NAME = 'Mẫu số liệu';

/** "Mẫu số liệu", or "Mẫu số liệu (2)", "(3)"… the first that no sheet in `taken` has. */
export function freeSheetName(taken: readonly string[], base: string = SAMPLE_SHEET_NAME): string {
  const used = new Set(taken.map((s) => s.toLocaleLowerCase('vi')));
  if (!used.has(base.toLocaleLowerCase('vi'))) return base;
  for (let i = 2; ; i++) {
    const name = `${base} (${i})`;
    if (!used.has(name.toLocaleLowerCase('vi'))) return name;
  }
}

/**
 * A made-up sheet for warming the checker up (pane/warm-up.ts): the example's header over `rows` units whose figures
 * agree, one of them wrong, and their total, so that reading, every check and the search for the wrong cell run.
 */
export function warmUpWorkbook(rows: number): Workbook {
  const values: (string | number | null)[][] = [['Số liệu thử'], EXAMPLE_TABLE[0]!.slice()];
  const sum = new Array<number>(7).fill(0);
  for (let i = 0; i < rows; i++) {
    const carried = i % 7;
    const fresh = 20 + (i % 13);
    const late = i % 3;
    const onTime = 10 + (i % 5);
    const pending = carried + fresh - onTime - late;
    const row = [carried + fresh, carried, fresh, onTime + late, onTime, late, pending];
    if (i === rows >> 1) row[4]! += 1;
    row.forEach((v, j) => (sum[j]! += v));
    values.push([`Đơn vị ${i + 1}`, ...row]);
  }
  values.push(['Tổng cộng', ...sum]);
  return { sheets: [{ name: 'Thử', values, merges: [] }] };
}
