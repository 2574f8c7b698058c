/**
 * The Google Sheets add-on: Apps Script service calls per action against rows (constant), the sizes of
 * Code.js and the sidebar. The pane's click-to-findings time is in excel.bench.ts, beside Excel's.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { FakeDocument } from '../test/gas/fake-apps-script';
import { fmtNum, type BenchContext, type BenchModule, type BenchRow } from './harness';

const HEADER = ['Cấp', 'Tiếp nhận', 'Kỳ trước', 'Trong kỳ', 'Đã giải quyết', 'Đang giải quyết'];
const sheetOf = (rows: number) => ({ name: 'S', values: [HEADER, ...Array.from({ length: rows }, (_, i) => [`Xã ${i}`, 10, 2, 8, 7, 3])] });

async function serviceCalls(ctx: BenchContext): Promise<BenchRow[]> {
  const { buildGas } = await import(join(ctx.root, 'scripts', 'build-gas.mjs'));
  const sizes = await buildGas();
  const code = readFileSync(join(ctx.root, 'gas-addon', 'dist', 'Code.js'), 'utf8');
  const count = (rows: number) => {
    const doc = new FakeDocument([sheetOf(rows)]);
    const g = vm.createContext({ ...doc.globals(), Date, JSON, Math, Object, Array, String, Number, Error, RegExp, Map, Set });
    vm.runInContext(code, g);
    const api = g as unknown as Record<string, (...a: unknown[]) => unknown>;
    const step = (f: () => unknown) => {
      doc.log.length = 0;
      f();
      return doc.log.length;
    };
    const marks = [1, rows / 2, rows].map((r) => ({ sheet: 'S', row: Math.floor(r), col: 1, severity: 'error', fill: '#f4cccc', note: 'x' }));
    return { read: step(() => api.baoCaoReadWorkbook!()), mark: step(() => api.baoCaoApplyMarks!(marks)), clear: step(() => api.baoCaoClearMarks!()) };
  };
  const a = count(100);
  const b = count(10_000);
  const rows: BenchRow[] = (['read', 'mark', 'clear'] as const).map((k) => ({
    measurement: `service calls: ${k} (100 rows | 10.000 rows)`,
    value: `${a[k]} | ${b[k]}`,
    target: 'equal',
    met: a[k] === b[k],
  }));
  rows.push({
    measurement: 'Code.js (server, without the core)',
    value: `${fmtNum(sizes.codeBytes / 1024, 1)} KB`,
    target: '< 50 KB',
    met: sizes.codeBytes < 50 * 1024,
  });
  // Issue 11: the sidebar HTML ≤ 400 KB. The .docx writer and the preview are loaded on first use (pane/docx.ts).
  rows.push({
    measurement: 'Sidebar.html (pane, core, templates inlined; the .docx writer and preview apart)',
    value: `${fmtNum(sizes.htmlBytes / 1024)} KB`,
    target: '≤ 400 KB',
    met: sizes.htmlBytes <= 400 * 1024,
  });
  return rows;
}

const bench: BenchModule = {
  title: 'Google Sheets add-on (sheets)',
  sections: [{ title: 'Apps Script service calls per action, and sizes', run: serviceCalls }],
};

export default bench;
