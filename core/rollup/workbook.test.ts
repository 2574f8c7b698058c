import { describe, expect, it } from 'vitest';
import { checkWorkbook } from '../workbook';
import type { SheetGrid, Workbook } from '../grid/types';
import { looksLikeUnitName, rollUpWorkbook } from './workbook';
import { TOTAL_SCOPE } from './rollup';

const H = ['STT', 'Lĩnh vực', 'Tổng số tiếp nhận', 'Đã giải quyết', 'Trước hạn', 'Đúng hạn', 'Quá hạn', 'Đang giải quyết'];
const sheet = (name: string, values: (string | number)[][]): SheetGrid => ({ name, values, merges: [] });
const rollUpOf = (wb: Workbook) => {
  const r = checkWorkbook(wb);
  return rollUpWorkbook(wb, r.tables, r.findings);
};
const rate = (w: ReturnType<typeof rollUpOf>) => w.rollup!.indicators.find((i) => i.scope === TOTAL_SCOPE && i.id === 'ty-le-dung-han')!.text;

describe('rollUpWorkbook: one sheet per unit', () => {
  // Xã A: two fields and their total; Xã B: received 60 ≠ 50 resolved + 5 pending; Xã C: 21 of 30 on time.
  const wb: Workbook = {
    sheets: [
      sheet('Thông tin báo cáo', [
        ['Thông tin', 'Giá trị'],
        ['Cơ quan ban hành', 'UBND tỉnh Đồng Tháp'],
      ]),
      sheet('Xã A', [H, [1, 'Tư pháp', 100, 80, 40, 30, 10, 20], [2, 'Đất đai', 50, 40, 20, 20, 0, 10], ['', 'Tổng cộng', 150, 120, 60, 50, 10, 30]]),
      sheet('Xã B', [H, [1, 'Tư pháp', 60, 50, 20, 30, 0, 5]]),
      sheet('Xã C', [H, [1, 'Tư pháp', 40, 30, 10, 11, 9, 10]]),
    ],
  };

  it('each sheet with a TTHC table is a unit named by the sheet; the settings sheet is none', () => {
    const w = rollUpOf(wb);
    expect(w.layout).toBe('sheets');
    expect(w.rollup!.units.map((u) => [u.unit, u.status])).toEqual([
      ['Xã A', 'ok'],
      ['Xã B', 'loi'],
      ['Xã C', 'ok'],
    ]);
  });

  it('the total sums the units (A from its total row), the rate is recomputed: (90 + 91) / 200 = 90,5%', () => {
    const w = rollUpOf(wb);
    expect(w.rollup!.total).toEqual({
      units: 3,
      counts: { 'tiep-nhan': 250, 'da-giai-quyet': 200, 'truoc-han': 90, 'dung-han': 91, 'qua-han': 19, 'dang-giai-quyet': 45 },
    });
    expect(rate(w)).toBe('90,5%');
  });

  it('ranks by on-time rate: B 50/50, A 110/120, C 21/30', () => {
    expect(rollUpOf(wb).rollup!.ranking.map((x) => [x.rank, x.unit, x.text])).toEqual([
      [1, 'Xã B', '100%'],
      [2, 'Xã A', '91,67%'],
      [3, 'Xã C', '70%'],
    ]);
  });

  it("a unit's findings are its sheet's, with the cell to select", () => {
    const own = rollUpOf(wb).rollup!.findings.filter((f) => f.unit === 'Xã B');
    expect(own.map((f) => [f.sheet, f.cell, f.rule])).toEqual([['Xã B', 'C2', 'can-doi-tiep-nhan']]);
  });

  it("a sheet listing the units beside the units' sheets is the province's summary, not a unit", () => {
    const summary = sheet('Tổng hợp', [
      ['STT', 'Đơn vị', 'Tổng số tiếp nhận', 'Đã giải quyết', 'Đang giải quyết'],
      [1, 'Xã A', 150, 120, 30],
      [2, 'Xã B', 60, 50, 10],
    ]);
    const w = rollUpOf({ sheets: [summary, ...wb.sheets] });
    expect(w.rollup!.units.map((u) => u.unit)).toEqual(['Xã A', 'Xã B', 'Xã C']);
  });

  it("sheets by month are one unit's periods: no roll-up", () => {
    const w = rollUpOf({ sheets: [sheet('Tháng 1', [H, [1, 'Tư pháp', 10, 10, 5, 5, 0, 0]]), sheet('Tháng 2', [H, [1, 'Tư pháp', 10, 10, 5, 5, 0, 0]])] });
    expect(w).toEqual({ layout: null, inputs: [] });
  });
});

describe('rollUpWorkbook: one sheet listing units by rows', () => {
  const U = ['STT', 'Đơn vị', 'Tổng số tiếp nhận', 'Đã giải quyết', 'Trước hạn', 'Đúng hạn', 'Quá hạn', 'Đang giải quyết'];
  // Phường 1: received 50 ≠ 40 + 5; its total row is the sum as written, so it carries no error of its own.
  const wb: Workbook = {
    sheets: [
      sheet('Tổng hợp', [
        U,
        [1, 'Xã Mỹ An', 100, 80, 40, 30, 10, 20],
        [2, 'Phường 1', 50, 40, 20, 20, 0, 5],
        [3, 'UBND xã Bình Thành', 10, 10, 4, 5, 1, 0],
        ['', 'Tổng cộng', 160, 130, 64, 55, 11, 25],
      ]),
    ],
  };

  it('each data row is a unit, its counts from its row; the total row is none', () => {
    const w = rollUpOf(wb);
    expect(w.layout).toBe('rows');
    expect(w.rollup!.units.map((u) => [u.unit, u.status, u.counts['tiep-nhan']])).toEqual([
      ['Xã Mỹ An', 'ok', 100],
      ['Phường 1', 'loi', 50],
      ['UBND xã Bình Thành', 'ok', 10],
    ]);
    expect(w.rollup!.total.counts).toEqual({ 'tiep-nhan': 160, 'da-giai-quyet': 130, 'truoc-han': 64, 'dung-han': 55, 'qua-han': 11, 'dang-giai-quyet': 25 });
    // (64 + 55) / 130 = 91,54%
    expect(rate(w)).toBe('91,54%');
  });

  it("the row's finding is its unit's; ranked 40/40, 9/10, 70/80", () => {
    const w = rollUpOf(wb);
    expect(w.rollup!.findings.filter((f) => f.unit === 'Phường 1').map((f) => `${f.sheet}!${f.cell}`)).toEqual(['Tổng hợp!C3']);
    expect(w.rollup!.ranking.map((x) => [x.unit, x.text])).toEqual([
      ['Phường 1', '100%'],
      ['UBND xã Bình Thành', '90%'],
      ['Xã Mỹ An', '87,5%'],
    ]);
  });

  it("a table by level (Cấp huyện, Cấp xã) or by field is one unit's: no roll-up", () => {
    const byLevel = sheet('Kết quả', [U, [1, 'Cấp huyện', 100, 80, 40, 30, 10, 20], [2, 'Cấp xã', 50, 40, 20, 20, 0, 10]]);
    expect(rollUpOf({ sheets: [byLevel] }).layout).toBeNull();
    const byField = sheet('Kết quả', [H, [1, 'Tư pháp', 100, 80, 40, 30, 10, 20], [2, 'Đất đai', 50, 40, 20, 20, 0, 10]]);
    expect(rollUpOf({ sheets: [byField] }).layout).toBeNull();
  });

  it('unit names, not level names', () => {
    for (const s of ['Xã Mỹ An', 'Phường 1', 'UBND thị trấn Lấp Vò', 'Ủy ban nhân dân xã Tân Mỹ']) expect(looksLikeUnitName(s), s).toBe(true);
    for (const s of ['Cấp xã', 'UBND xã', 'Xã, phường, thị trấn', 'Tư pháp', 'Xã', 'UBND cấp xã']) expect(looksLikeUnitName(s), s).toBe(false);
  });
});
