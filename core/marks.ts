/**
 * What "Kiểm tra số liệu" marks in the user's sheet: one mark per cell named by a finding, errors before
 * warnings, the note saying what is wrong. The hosts write them and put back what they replaced.
 */
import type { Finding } from './catalogue/findings';
import { parseA1 } from './grid/a1';
import { MARK_NOTES } from './catalogue/messages';

export interface CellMark {
  sheet: string;
  /** 0-based sheet coordinates. */
  row: number;
  col: number;
  severity: 'error' | 'warning';
  /** Fill colour, #rrggbb. */
  fill: string;
  /** The note put on the cell. */
  note: string;
}

export const MARK_FILL = { error: '#f4cccc', warning: '#fff2cc' } as const;
export const MARK_NOTE_PREFIX = 'Báo cáo CCHC: ';

/**
 * One mark per cell: several findings on a cell share it, the most severe colours it. The cells a finding names as
 * candidates (one of them is wrong, the data cannot tell which) are marked too, in the warning colour, pointing at it.
 */
export function marksFor(findings: readonly Finding[]): CellMark[] {
  const byCell = new Map<string, CellMark>();
  const add = (sheet: string, row: number, col: number, severity: 'error' | 'warning', line: string) => {
    const key = `${sheet}\u0000${row}\u0000${col}`;
    const m = byCell.get(key);
    if (!m) {
      byCell.set(key, { sheet, row, col, severity, fill: MARK_FILL[severity], note: MARK_NOTE_PREFIX + line });
    } else {
      m.note += '\n' + line;
      if (severity === 'error') {
        m.severity = 'error';
        m.fill = MARK_FILL.error;
      }
    }
  };
  for (const f of findings) {
    add(
      f.sheet,
      f.row,
      f.col,
      f.severity,
      `${f.severity === 'error' ? 'Lỗi' : 'Cảnh báo'}: ${f.message}${f.expected !== null ? ` (đúng ra: ${f.expected})` : ''}`,
    );
    for (const c of f.candidates ?? []) {
      const at = parseA1(c);
      if (at && c !== f.cell) add(f.sheet, at.row, at.col, 'warning', MARK_NOTES.candidate(f.cell));
    }
  }
  return [...byCell.values()];
}
