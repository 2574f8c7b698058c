import { describe, expect, it } from 'vitest';
import { sheet, workbook } from '../../test/helpers/grid';
import { computeIndicators } from '../indicators/compute';
import { readTables } from '../tables/read-tables';
import { collectFigures } from './figures';
import { withDefaults } from './settings';

const byLevel = (name: string, onTime: number) =>
  sheet(name, [
    ['Cấp', 'Tổng số tiếp nhận', 'Đã giải quyết', 'Trước hạn', 'Đúng hạn', 'Quá hạn', 'Đang giải quyết'],
    ['Cấp xã', 120, 100, 0, onTime, 100 - onTime, 20],
    ['Cấp huyện', 60, 50, 0, 50, 0, 10],
  ]);

describe('collectFigures joins each rate to its row by the record, never by the row label', () => {
  it("another table's levels of the same names never lend their rates", () => {
    const tables = readTables(workbook(byLevel('Tháng 7', 90), byLevel('Tháng 8', 40)));
    expect(tables.map((t) => t.sheet)).toEqual(['Tháng 7', 'Tháng 8']);
    const indicators = computeIndicators(tables);
    // Tháng 8's rates first: a join by label would give Tháng 7's "Cấp xã" the 40% of Tháng 8.
    const figs = collectFigures([tables[0]!], [...indicators].reverse(), withDefaults({}));
    const xa = figs.tthcCap.find((f) => f.ten === 'Cấp xã')!;
    expect(xa.tyLeDungHan).toBe('90%');
  });

  it('each indicator names its record: line and role', () => {
    const [t] = readTables(workbook(byLevel('Tháng 7', 90)));
    const i = computeIndicators([t!]).find((x) => x.id === 'ty-le-dung-han' && x.scope === 'Cấp xã')!;
    expect(i.record).toEqual({ line: t!.records.find((r) => r.label === 'Cấp xã')!.line, role: t!.records.find((r) => r.label === 'Cấp xã')!.role });
  });
});
