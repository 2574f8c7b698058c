/**
 * The Excel add-in: context.sync() round trips per action against rows (constant) over the fake Office.js,
 * and the pane's click-to-findings time for 10.000 rows in chromium, beside the Google sidebar's.
 */
import { excelHost } from '../pane/hosts/excel';
import { checkWorkbook, marksFor } from '../core';
import { FakeExcel } from '../test/excel/fake-excel';
import { fakeSheets } from '../test/excel/from-workbook';
import { tthcGrid } from './workbooks';
import { clickToFindings } from './pane-click';
import { fmtNum, type BenchModule, type BenchRow } from './harness';

async function syncsPerAction(): Promise<BenchRow[]> {
  const count = async (rows: number) => {
    const wb = tthcGrid(rows);
    // Three wrong cells (top, middle, end): the same marks whatever the size.
    for (const r of [10, Math.floor(rows / 2), rows]) {
      const row = wb.sheets[0]!.values[r]!;
      const j = row.findIndex((v) => typeof v === 'number');
      row[j] = (row[j] as number) + 1;
    }
    const fake = new FakeExcel(fakeSheets(wb));
    fake.install(globalThis as unknown as Record<string, unknown>);
    const host = excelHost();
    const step = async (f: () => Promise<unknown>) => {
      const before = fake.syncs;
      await f();
      return fake.syncs - before;
    };
    const read = await step(() => host.readWorkbook());
    const marks = marksFor(checkWorkbook(await host.readWorkbook()).findings);
    const mark = await step(() => host.applyMarks(marks));
    const clear = await step(() => host.clearMarks());
    const select = await step(() => host.select(wb.sheets[0]!.name, 'C7'));
    const biggest = Math.max(...fake.syncLog.map((s) => Math.max(s.requestBytes, s.responseBytes)));
    return { read, mark, clear, select, biggest };
  };
  const a = await count(100);
  const b = await count(10_000);
  const rows: BenchRow[] = (['read', 'mark', 'clear', 'select'] as const).map((k) => ({
    measurement: `context.sync() calls: ${k} (100 rows | 10.000 rows)`,
    value: `${a[k]} | ${b[k]}`,
    target: 'equal, ≤ 3',
    met: a[k] === b[k] && b[k] <= 3,
  }));
  rows.push({
    measurement: 'largest request or response, 10.000 rows',
    value: `${fmtNum(b.biggest / 1024 / 1024, 2)} MB`,
    target: '< 5 MB (Excel on the web)',
    met: b.biggest < 5 * 1024 * 1024,
  });
  return rows;
}

const bench: BenchModule = {
  title: 'Excel add-in (excel)',
  sections: [
    { title: 'Excel.run round trips per action', run: syncsPerAction },
    { title: 'The pane in chromium: Google and Excel hosts', run: (ctx) => clickToFindings(ctx, ['gas', 'excel']) },
  ],
};

export default bench;
