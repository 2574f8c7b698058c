/** A core workbook (as the .xlsx reader gives it) as the fake Excel's sheets: values from A1, errors as text. */
import type { CellValue, Workbook } from '../../core/grid/types';
import type { FakeSheetInit } from './fake-excel';

const raw = (v: CellValue): unknown => (v === null ? '' : typeof v === 'object' ? v.error : v);

export function fakeSheets(wb: Workbook): FakeSheetInit[] {
  return wb.sheets.map((s) => {
    const r0 = s.originRow ?? 0;
    const c0 = s.originCol ?? 0;
    const values: unknown[][] = Array.from({ length: r0 }, () => []);
    const text: (string | undefined)[][] = Array.from({ length: r0 }, () => []);
    s.values.forEach((row, i) => {
      values.push([...Array.from({ length: c0 }, () => ''), ...row.map(raw)]);
      const d = s.display?.[i];
      text.push(d ? [...Array.from({ length: c0 }, () => undefined), ...d] : []);
    });
    // A percent the user sees as "97,78%" is a number under a percent format in Excel.
    const formats = text.map((row) => row.map((t) => (t?.includes('%') ? '0.00%' : 'General')));
    return { name: s.name, values, text, formats, merges: s.merges };
  });
}
