/**
 * A clerk who follows the checker never makes her sheet worse (DESIGN §3.3c). Over the sample workbooks (the reference
 * reports' own tables, as templates/ holds them), one typing slip is planted in each figure of each table in turn; the
 * checker's every proposed value, typed in alone, must break nothing that held, and the planted cell must be named.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readWorkbookFile } from '../cli/read';
import { checkWorkbook, type CellValue, type Finding, type Workbook } from '../core';
import { columnLetters, parseA1 } from '../core/grid/a1';
import { cellOf, numberOf } from '../core/tables/table';
import { REPO_ROOT } from './helpers/reference';

const TEMPLATES = join(REPO_ROOT, 'templates');
const key = (f: Finding) => `${f.sheet}!${f.cell} ${f.rule}`;
/** The cells a finding names: its own, its candidates, the others it relates. */
const named = (f: Finding) => [f.cell, ...(f.candidates ?? []), ...(f.related ?? [])].map((c) => `${f.sheet}!${c}`);

/** Swap the last two digits, or double the last one when they are alike. */
const slip = (x: number) => {
  const s = String(x);
  return Number(s.length >= 2 && s.at(-1) !== s.at(-2) ? s.slice(0, -2) + s.at(-1)! + s.at(-2)! : s + s.at(-1)!);
};

function withValue(wb: Workbook, sheet: string, row: number, col: number, value: CellValue): Workbook {
  return {
    sheets: wb.sheets.map((g) => {
      if (g.name !== sheet) return g;
      const values = g.values.map((r) => [...r]);
      const r = row - (g.originRow ?? 0);
      const c = col - (g.originCol ?? 0);
      while (values.length <= r) values.push([]);
      values[r]![c] = value;
      return { ...g, values, ...(g.display ? { display: g.display.map((d) => (d ? [...d] : d)) } : {}) };
    }),
  };
}

describe('following every proposed value never makes the sheet worse', () => {
  for (const file of readdirSync(TEMPLATES).filter((f) => f.endsWith('.xlsx'))) {
    it(file, async () => {
      const wb = await readWorkbookFile(join(TEMPLATES, file));
      const clean = checkWorkbook(wb);
      const before = new Set(clean.findings.map(key));
      let planted = 0;
      let nameds = 0;
      for (const t of clean.tables) {
        if (t.form === 'diem' || t.form === 'chi-tieu') continue;
        t.measures.forEach((m, mi) => {
          if (m.kind !== 'count' || m.duplicateOf !== undefined) return;
          t.records.forEach((rec, ri) => {
            const n = numberOf(t.values[mi]![ri]!);
            if (n === undefined || n === 0) return;
            const [row, col] = cellOf(t, rec.line, m.line);
            const typed = withValue(wb, t.sheet, row, col, slip(n));
            const r = checkWorkbook(typed);
            const added = r.findings.filter((f) => f.severity === 'error' && !before.has(key(f)));
            if (added.length === 0) return; // a slip no sum sees (a figure in no identity, no total)
            planted++;
            const a1 = `${columnLetters(col)}${row + 1}`;
            if (r.findings.some((f) => f.sheet === t.sheet && (f.cell === a1 || f.candidates?.includes(a1)))) nameds++;
            // A cell already named (in the sheet as it was, or once slipped) is not made worse by being named again.
            const known = new Set([...clean.findings.flatMap(named), ...r.findings.flatMap(named)]);
            for (const f of r.findings) {
              // Counts only: a rate's proposal is what the counts give, typed as a rate.
              if (f.expected === null || !/^\d{1,3}(?:\.\d{3})*$/.test(f.expected)) continue;
              const at = parseA1(f.cell)!;
              const mended = checkWorkbook(withValue(typed, f.sheet, at.row, at.col, Number(f.expected.replace(/\./g, ''))));
              const worse = mended.findings.filter((g) => g.severity === 'error' && !known.has(`${g.sheet}!${g.cell}`)).map(key);
              expect(worse, `${file}: ${a1} typed ${slip(n)}, then ${f.cell} → ${f.expected}`).toEqual([]);
            }
          });
        });
      }
      // Each planted slip is named, as the finding's cell or a candidate.
      expect(nameds).toBe(planted);
    });
  }
});
