/**
 * What "Kiểm tra số liệu" marks in the user's sheet: one mark per cell named by a finding, errors before
 * warnings, the note saying what is wrong. The hosts write them and put back what they replaced.
 */
import type { Finding } from './catalogue/findings';

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

/** One mark per cell: several findings on a cell share it, the most severe colours it. */
export function marksFor(findings: readonly Finding[]): CellMark[] {
  const byCell = new Map<string, CellMark>();
  for (const f of findings) {
    const key = `${f.sheet}\u0000${f.row}\u0000${f.col}`;
    const line = `${f.severity === 'error' ? 'Lỗi' : 'Cảnh báo'}: ${f.message}${f.expected !== null ? ` (đúng ra: ${f.expected})` : ''}`;
    const m = byCell.get(key);
    if (!m) {
      byCell.set(key, { sheet: f.sheet, row: f.row, col: f.col, severity: f.severity, fill: MARK_FILL[f.severity], note: MARK_NOTE_PREFIX + line });
    } else {
      m.note += '\n' + line;
      if (f.severity === 'error') {
        m.severity = 'error';
        m.fill = MARK_FILL.error;
      }
    }
  }
  return [...byCell.values()];
}
