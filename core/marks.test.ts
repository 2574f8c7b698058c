import { describe, expect, it } from 'vitest';
import type { Finding } from './catalogue/findings';
import { marksFor, MARK_FILL } from './marks';

const f = (cell: string, row: number, col: number, severity: 'error' | 'warning', message: string, expected: string | null = null): Finding => ({
  severity,
  sheet: 'S',
  cell,
  rule: 'dong-tong',
  message,
  actual: null,
  expected,
  row,
  col,
});

describe('marks', () => {
  it('one mark per cell; an error colours it red even after a warning; every message in the note', () => {
    const marks = marksFor([f('B2', 1, 1, 'warning', 'cột lạ'), f('B2', 1, 1, 'error', 'sai tổng', '12'), f('C3', 2, 2, 'warning', 'trùng')]);
    expect(marks).toEqual([
      { sheet: 'S', row: 1, col: 1, severity: 'error', fill: MARK_FILL.error, note: 'Báo cáo CCHC: Cảnh báo: cột lạ\nLỗi: sai tổng (đúng ra: 12)' },
      { sheet: 'S', row: 2, col: 2, severity: 'warning', fill: MARK_FILL.warning, note: 'Báo cáo CCHC: Cảnh báo: trùng' },
    ]);
  });

  it('a finding that cannot tell which cell: its own cell red, each candidate in the warning colour pointing at it', () => {
    const open = { ...f('C7', 6, 2, 'error', 'tiếp nhận khác đã + đang giải quyết'), candidates: ['G7', 'K7', 'C7'] };
    const marks = marksFor([open]);
    expect(marks.map((m) => [m.row, m.col, m.severity])).toEqual([
      [6, 2, 'error'],
      [6, 6, 'warning'],
      [6, 10, 'warning'],
    ]);
    expect(marks[1]!.note).toBe('Báo cáo CCHC: Có thể là ô sai: số liệu không đủ để biết ô nào trong các ô được tô màu này sai (xem lỗi ở ô C7).');
  });
});
