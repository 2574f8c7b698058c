/**
 * The tables stage is a stage: tables are plain data (they survive JSON), and what comes after it —
 * checks, indicators, the report — works from the tables alone, never from the grid.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readWorkbookFile } from '../cli/read';
import { checkTables, computeIndicators, computeScorecard, readTables, type Table } from '../core';
import { REPO_ROOT } from './helpers/reference';
import { sheet, workbook } from './helpers/grid';

const TEMPLATES = readdirSync(join(REPO_ROOT, 'templates')).filter((f) => f.endsWith('.xlsx'));

describe('tables are plain data', () => {
  it.each(TEMPLATES)('%s: JSON.parse(JSON.stringify(tables)) gives equal tables, and the same findings and indicators', async (file) => {
    const wb = await readWorkbookFile(join(REPO_ROOT, 'templates', file));
    const tables = readTables(wb);
    expect(tables.length).toBeGreaterThan(0);
    const copy = JSON.parse(JSON.stringify(tables)) as Table[];
    expect(copy).toStrictEqual(tables);
    const names = wb.sheets.map((s) => s.name);
    expect(checkTables(copy, names)).toEqual(checkTables(tables, names));
    expect(computeIndicators(copy)).toEqual(computeIndicators(tables));
    expect(computeScorecard(copy, computeIndicators(copy))).toEqual(computeScorecard(tables, computeIndicators(tables)));
  });

  it('says how each value was read: text, a dash, a fraction shown as a percent, an unreadable cell', () => {
    const wb = workbook(
      sheet(
        'S',
        [
          ['Cấp', 'Tổng số', 'Đã giải quyết', 'Đang giải quyết', 'Tỷ lệ trước hạn, đúng hạn'],
          ['Cấp huyện', '1.886', 1722, '-', 0.9738],
          ['Cấp xã', 12, 'mười', 2, 0.5],
        ],
        { display: [[], [undefined, undefined, undefined, undefined, '97.38%'], [undefined, undefined, undefined, undefined, '50%']] },
      ),
    );
    const [t] = readTables(wb);
    const col = (concept: string) => t!.values[t!.measures.findIndex((m) => m.concept === concept)]!;
    expect(t!.records.map((r) => [r.line, r.label, r.role])).toEqual([
      [1, 'Cấp huyện', 'level'],
      [2, 'Cấp xã', 'level'],
    ]);
    expect(col('tiep-nhan')).toEqual([{ n: 1886, how: 'text', text: '1.886' }, 12]);
    expect(col('da-giai-quyet')).toEqual([1722, { problem: 'text', text: 'mười', how: 'text' }]);
    expect(col('dang-giai-quyet')).toEqual([{ how: 'dash', text: '-' }, 2]);
    expect(col('ty-le-dung-han')[0]).toEqual({ n: 97.38, decimals: 2, percent: true, how: 'percent-shown', text: '97.38%' });
  });

  it("says which figures are a formula's stored result", () => {
    const g = sheet('S', [
      ['Cấp', 'Tổng số', 'Đã giải quyết', 'Đang giải quyết'],
      ['Cấp xã', 10, 8, 2],
    ]);
    g.formulas = [[1, 1]];
    const [t] = readTables(workbook(g));
    expect(t!.values.map((v) => v[0])).toEqual(['Cấp xã', { n: 10, how: 'formula' }, 8, 2]);
  });
});

/** The modules after the tables stage, and the grid-reading code they must never import. */
const AFTER = ['core/checks', 'core/indicators', 'core/report'];
const GRID_READING = [
  'core/grid/sheet-view.ts',
  'core/grid/host-values.ts',
  'core/tables/read-tables.ts',
  'core/tables/detect.ts',
  'core/tables/rows.ts',
  'core/tables/map-columns.ts',
  'core/tables/types.ts',
];

function sources(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(join(REPO_ROOT, dir), { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...sources(p));
    else if (e.name.endsWith('.ts') && !e.name.endsWith('.test.ts')) out.push(p);
  }
  return out;
}

function imports(file: string): string[] {
  const text = readFileSync(join(REPO_ROOT, file), 'utf8');
  const out: string[] = [];
  for (const m of text.matchAll(/(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+['"]([^'"]+)['"]/g)) {
    const spec = m[1]!;
    if (!spec.startsWith('.')) continue;
    const target = relative(REPO_ROOT, resolve(REPO_ROOT, dirname(file), spec));
    out.push(target.endsWith('.ts') ? target : `${target}.ts`);
  }
  return out;
}

describe('architecture: after the tables stage, nothing reads the grid', () => {
  it('no module of checks, indicators or report imports the grid-reading code', () => {
    const offending: string[] = [];
    for (const dir of AFTER) for (const f of sources(dir)) for (const i of imports(f)) if (GRID_READING.includes(i)) offending.push(`${f} → ${i}`);
    expect(offending).toEqual([]);
  });

  it('indicators and the report do not reach into the checks', () => {
    const offending: string[] = [];
    for (const dir of ['core/indicators', 'core/report'])
      for (const f of sources(dir)) for (const i of imports(f)) if (i.startsWith('core/checks/')) offending.push(`${f} → ${i}`);
    expect(offending).toEqual([]);
  });

  it("the core is pure: no Node module, no Node or DOM global (docx's types bring Node's in, so the compiler cannot tell)", () => {
    const offending: string[] = [];
    for (const f of sources('core')) {
      const text = readFileSync(join(REPO_ROOT, f), 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
      if (/from ['"](node:|fs|path|os|child_process|exceljs)/.test(text) || /(?<![\w/.'"])(process|Buffer|__dirname|require|window|document)\s*[.(]/.test(text))
        offending.push(f);
    }
    expect(offending).toEqual([]);
  });

  it('the import scan sees imports (it finds the grid reader in the tables stage itself)', () => {
    expect(imports('core/tables/read-tables.ts')).toContain('core/grid/sheet-view.ts');
  });
});
