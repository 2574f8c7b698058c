/** One cell's text as far as a spreadsheet holds it: what a text file (HTML, CSV) writes past that is cut, and said. */
import { a1 } from '../core/grid/a1';
import type { ReadNote } from '../core/grid/types';
import { formatCount } from '../core/numbers/format';

/** Excel's limit on one cell's text. */
export const MAX_CELL_CHARS = 32_767;

export function cutNote(sheet: string, row: number, col: number): ReadNote {
  return {
    sheet,
    row,
    col,
    message: `Ô ${a1(row, col)} có hơn ${formatCount(MAX_CELL_CHARS)} ký tự (giới hạn của một ô Excel); chỉ đọc ${formatCount(MAX_CELL_CHARS)} ký tự đầu.`,
  };
}
