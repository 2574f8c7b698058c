import { describe, expect, it } from 'vitest';
import type { CellMark } from './marks';
import {
  cellsToRead,
  MARKS_TOO_LARGE,
  MarksTooLarge,
  parseRecord,
  planMarks,
  planRestore,
  sameFill,
  type CellState,
  type MarkHost,
  type SavedCell,
  type StateOf,
} from './marks-plan';

const GOOGLE: MarkHost = { keepUserNotes: false, recordLimit: 400_000 };
const EXCEL: MarkHost = { keepUserNotes: true, recordLimit: 1_500_000 };

const mark = (sheet: string, row: number, col: number, note = 'Báo cáo CCHC: Lỗi: sai tổng'): CellMark => ({
  sheet,
  row,
  col,
  severity: 'error',
  fill: '#f4cccc',
  note,
});

/** A sheet's state: every cell white without note, but those given; sheets not listed are gone. */
function book(sheets: Record<string, Record<string, Partial<CellState>>>): StateOf {
  return (sheet, row, col) => {
    const s = sheets[sheet];
    if (!s) return undefined;
    return { fill: '#ffffff', note: '', ...s[`${row},${col}`] };
  };
}

describe('planMarks', () => {
  it('records what every cell held before anything is written; the writes are grouped per sheet with their box', () => {
    const state = book({ S: { '3,1': { fill: '#00ff00', note: 'ghi chú của tôi' } }, T: {} });
    const plan = planMarks([mark('S', 3, 1), mark('S', 7, 4), mark('T', 2, 0)], [], state, GOOGLE);
    expect(plan.record).toEqual([
      { sheet: 'S', row: 3, col: 1, fill: '#00ff00', note: 'ghi chú của tôi' },
      { sheet: 'S', row: 7, col: 4, fill: '#ffffff', note: '' },
      { sheet: 'T', row: 2, col: 0, fill: '#ffffff', note: '' },
    ]);
    expect(JSON.parse(plan.recordJson)).toEqual(plan.record);
    expect(plan.restore).toEqual([]);
    expect(plan.mark).toEqual([
      {
        sheet: 'S',
        r0: 3,
        c0: 1,
        rows: 5,
        cols: 4,
        cells: [
          { row: 3, col: 1, fill: '#f4cccc', note: 'Báo cáo CCHC: Lỗi: sai tổng' },
          { row: 7, col: 4, fill: '#f4cccc', note: 'Báo cáo CCHC: Lỗi: sai tổng' },
        ],
      },
      { sheet: 'T', r0: 2, c0: 0, rows: 1, cols: 1, cells: [{ row: 2, col: 0, fill: '#f4cccc', note: 'Báo cáo CCHC: Lỗi: sai tổng' }] },
    ]);
    expect(plan.after).toBeNull();
    expect(plan.marked).toBe(3);
  });

  it('every cell written is in the record saved first: older marks put back and new marks alike', () => {
    const saved: SavedCell[] = [
      { sheet: 'S', row: 1, col: 1, fill: '#123456', note: 'của tôi' },
      { sheet: 'S', row: 2, col: 1, fill: '#ffffff', note: '' },
    ];
    // The sheet shows the older marks now.
    const state = book({ S: { '1,1': { fill: '#f4cccc', note: 'Báo cáo CCHC: cũ' }, '2,1': { fill: '#f4cccc', note: 'Báo cáo CCHC: cũ' } } });
    const plan = planMarks([mark('S', 2, 1, 'Báo cáo CCHC: mới'), mark('S', 5, 0)], saved, state, GOOGLE);
    const written = [...plan.restore, ...plan.mark].flatMap((g) => g.cells.map((c) => `${g.sheet}!${c.row},${c.col}`));
    const recorded = plan.record.map((c) => `${c.sheet}!${c.row},${c.col}`);
    for (const w of written) expect(recorded).toContain(w);
    // The older mark not wanted again is put back first, as recorded.
    expect(plan.restore).toEqual([{ sheet: 'S', r0: 1, c0: 1, rows: 1, cols: 1, cells: [{ row: 1, col: 1, fill: '#123456', note: 'của tôi' }] }]);
    // A cell marked again keeps its recorded original: our mark never becomes one.
    expect(plan.record).toContainEqual({ sheet: 'S', row: 2, col: 1, fill: '#ffffff', note: '' });
    expect(plan.record.some((c) => c.fill === '#f4cccc' || c.note?.startsWith('Báo cáo CCHC'))).toBe(false);
    // Once written, the record keeps the new marks only.
    expect(plan.after?.cells.map((c) => `${c.row},${c.col}`)).toEqual(['2,1', '5,0']);
    expect(JSON.parse(plan.after!.json)).toEqual(plan.after!.cells);
  });

  it("Excel: a user's own comment is kept, the cell marked by its fill alone; a comment of ours is never an original", () => {
    const state = book({ S: { '4,2': { fill: null, note: 'Chị Lan: đã hỏi lại xã' }, '6,2': { fill: null, note: 'Báo cáo CCHC: Lỗi: cũ' } } });
    const plan = planMarks([mark('S', 4, 2), mark('S', 6, 2)], [], state, EXCEL);
    expect(plan.record).toEqual([
      { sheet: 'S', row: 4, col: 2, fill: null },
      { sheet: 'S', row: 6, col: 2, fill: null, note: '' },
    ]);
    expect(plan.mark[0]!.cells).toEqual([
      { row: 4, col: 2, fill: '#f4cccc' },
      { row: 6, col: 2, fill: '#f4cccc', note: 'Báo cáo CCHC: Lỗi: sai tổng' },
    ]);
    // Google puts the user's note back instead, so it records it.
    expect(planMarks([mark('S', 4, 2)], [], state, GOOGLE).record).toEqual([{ sheet: 'S', row: 4, col: 2, fill: null, note: 'Chị Lan: đã hỏi lại xã' }]);
  });

  it('a record too large for the document is refused while planning, in Vietnamese, before any write', () => {
    const marks = Array.from({ length: 5000 }, (_, i) => mark('S', i, 1));
    let err: unknown;
    try {
      planMarks(marks, [], book({ S: {} }), { keepUserNotes: false, recordLimit: 100_000 });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(MarksTooLarge);
    expect((err as MarksTooLarge).code).toBe('too-large');
    expect((err as Error).message).toBe('Quá nhiều ô cần đánh dấu để lưu lại; hãy sửa bớt lỗi rồi kiểm tra lại.');
    expect(MARKS_TOO_LARGE).toBe((err as Error).message);
    expect(planMarks(marks.slice(0, 100), [], book({ S: {} }), { keepUserNotes: false, recordLimit: 100_000 }).marked).toBe(100);
  });

  it('marks on a sheet gone are left out; one mark per cell', () => {
    const plan = planMarks([mark('S', 1, 1), mark('Gone', 1, 1), mark('S', 1, 1)], [], book({ S: {} }), GOOGLE);
    expect(plan.record).toHaveLength(1);
    expect(plan.mark.map((g) => g.sheet)).toEqual(['S']);
  });
});

describe('planRestore', () => {
  it('puts back what differs from the record, over several sheets; cells already as recorded and sheets gone are left alone', () => {
    const saved: SavedCell[] = [
      { sheet: 'S', row: 1, col: 1, fill: '#00ff00', note: 'của tôi' },
      { sheet: 'S', row: 9, col: 3, fill: '#ffffff', note: '' },
      { sheet: 'T', row: 0, col: 0, fill: '#ffffff', note: '' }, // a write refused there: still as it was
      { sheet: 'U', row: 2, col: 2, fill: '#ffffff', note: '' },
      { sheet: 'Gone', row: 1, col: 1, fill: '#ffffff', note: '' },
    ];
    const state = book({
      S: { '1,1': { fill: '#f4cccc', note: 'Báo cáo CCHC: x' }, '9,3': { fill: '#fff2cc', note: '' } },
      T: {},
      U: { '2,2': { fill: '#ffffff', note: 'Báo cáo CCHC: x' } }, // fill put back, the note refused
    });
    const plan = planRestore(saved, state);
    expect(plan.restore).toEqual([
      {
        sheet: 'S',
        r0: 1,
        c0: 1,
        rows: 9,
        cols: 3,
        cells: [
          { row: 1, col: 1, fill: '#00ff00', note: 'của tôi' },
          { row: 9, col: 3, fill: '#ffffff' },
        ],
      },
      { sheet: 'U', r0: 2, c0: 2, rows: 1, cols: 1, cells: [{ row: 2, col: 2, note: '' }] },
    ]);
    expect(plan.restored).toBe(3);
  });

  it("Excel fills compare as data; a kept user's comment is never written", () => {
    const red = { color: '#F4CCCC', pattern: 'Solid' };
    const mine = { color: '#00B050', pattern: 'Gray50' };
    const saved: SavedCell[] = [
      { sheet: 'S', row: 1, col: 1, fill: mine },
      { sheet: 'S', row: 2, col: 1, fill: null, note: '' },
    ];
    const state = book({ S: { '1,1': { fill: red, note: 'Chị Lan' }, '2,1': { fill: null, note: '' } } });
    expect(planRestore(saved, state).restore).toEqual([{ sheet: 'S', r0: 1, c0: 1, rows: 1, cols: 1, cells: [{ row: 1, col: 1, fill: mine }] }]);
  });
});

describe('sameFill', () => {
  it('colours whatever their case, fill properties whatever their order', () => {
    expect(sameFill('#F4CCCC', '#f4cccc')).toBe(true);
    expect(sameFill({ color: '#00B050', pattern: 'Solid' }, { pattern: 'Solid', color: '#00b050' })).toBe(true);
    expect(sameFill({ color: '#00B050', pattern: 'Solid' }, { color: '#00B050', pattern: 'Gray50' })).toBe(false);
    expect(sameFill(null, { color: '#FFFFFF' })).toBe(false);
    expect(sameFill(null, null)).toBe(true);
  });
});

describe('records', () => {
  it('reads back its own records and those saved by the hosts before the shared plan', () => {
    const own: SavedCell[] = [
      { sheet: 'S', row: 1, col: 2, fill: '#ffffff', note: '' },
      { sheet: 'S', row: 3, col: 2, fill: null },
    ];
    expect(parseRecord(JSON.stringify(own))).toEqual(own);
    expect(parseRecord('[{"sheet":"S","row":1,"col":2,"bg":"#00ff00","note":"ghi chú"}]')).toEqual([
      { sheet: 'S', row: 1, col: 2, fill: '#00ff00', note: 'ghi chú' },
    ]);
    expect(parseRecord('[{"sheet":"S","row":1,"col":2},{"sheet":"S","row":2,"col":2,"fill":{"color":"#00B050"}}]')).toEqual([
      { sheet: 'S', row: 1, col: 2, fill: null },
      { sheet: 'S', row: 2, col: 2, fill: { color: '#00B050' } },
    ]);
    for (const bad of [undefined, '', 'not json', '{}', '[{"row":1}]']) expect(parseRecord(bad)).toEqual([]);
  });

  it('the cells to read: older and new, once each, per sheet', () => {
    const read = cellsToRead([mark('S', 5, 1), mark('S', 2, 3)], [{ sheet: 'S', row: 2, col: 3, fill: null }]);
    expect(read).toEqual([
      {
        sheet: 'S',
        r0: 2,
        c0: 1,
        rows: 4,
        cols: 3,
        cells: [
          { row: 2, col: 3 },
          { row: 5, col: 1 },
        ],
      },
    ]);
  });
});
