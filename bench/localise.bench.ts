/**
 * Error localisation must not change the cost class of "Kiểm tra số liệu" (issue 17): a table with one slip among
 * 200.000 rows is checked by the command line in ≤ 10 s and ≤ 1 GB; a table of 1.000 rows with 50 slips (each a
 * component of its own, tied together by the column totals) is localised in ≤ 1 s. The check of a clean 20.000-row
 * file against a bare exceljs read (≤ 0,6×) is measured in check.bench.ts.
 */
import path from 'node:path';
import { checkWorkbook } from '../core';
import { fmtKb, fmtMs, fmtNum, fmtRuns, median, timeProcess, timeSync, type BenchContext, type BenchModule, type BenchRow } from './harness';
import { tthcGrid } from './workbooks';

const BIG_ROWS = 200_000;
const BIG_TARGET_MS = 10_000;
const RSS_TARGET_KB = 1024 * 1024;
const MANY_ROWS = 1_000;
const MANY_TYPOS = 50;
const MANY_TARGET_MS = 1_000;
const RUNS = 5;

async function oneSlipInMany(ctx: BenchContext): Promise<BenchRow[]> {
  const file = await ctx.tthcWorkbook(BIG_ROWS, { typos: 1 });
  const args = ['-r', path.join(ctx.root, 'bench', 'max-rss.cjs'), path.join(ctx.root, 'bin', 'bao-cao.cjs'), 'check', file, '--json'];
  const ms: number[] = [];
  let rss = 0;
  let result = '';
  let right = false;
  for (let i = 0; i < 3; i++) {
    ctx.log(`bao-cao check, ${fmtNum(BIG_ROWS)} rows with one slip: run ${i + 1}/3…`);
    const r = await timeProcess(process.execPath, args, ctx.root, true);
    if (r.code !== 1) throw new Error(`bao-cao check exited with ${r.code}: ${r.stderr.trim()}`);
    ms.push(r.ms);
    rss = Math.max(rss, Number(/MAXRSS (\d+)/.exec(r.stderr)?.[1] ?? 0));
    const j = JSON.parse(r.stdout) as { findings: { cell: string; rule: string; expected: string | null }[] };
    result = j.findings.map((f) => `${f.cell} ${f.rule} → ${f.expected}`).join('; ');
    right = j.findings.length === 1 && j.findings[0]!.expected !== null;
  }
  const t = median(ms);
  return [
    {
      measurement: `node bin/bao-cao.cjs check <${fmtNum(BIG_ROWS)} rows, one slip> --json (median of 3)`,
      value: `${fmtMs(t)} (${fmtRuns(ms)})`,
      target: `≤ ${fmtNum(BIG_TARGET_MS / 1000)} s`,
      met: t <= BIG_TARGET_MS,
    },
    { measurement: '  result', value: result, target: 'the slipped cell, with its value', met: right },
    { measurement: '  peak RSS', value: fmtKb(rss), target: '≤ 1 GB', met: rss <= RSS_TARGET_KB },
  ];
}

async function manySlips(ctx: BenchContext): Promise<BenchRow[]> {
  const wb = tthcGrid(MANY_ROWS, MANY_TYPOS);
  ctx.log(`checkWorkbook, ${fmtNum(MANY_ROWS)} rows with ${MANY_TYPOS} slips: 1 warm-up + ${RUNS} runs…`);
  let r = checkWorkbook(wb);
  const ms: number[] = [];
  for (let i = 0; i < RUNS; i++) ms.push(timeSync(() => (r = checkWorkbook(wb))));
  const t = median(ms);
  const valued = r.findings.filter((f) => f.expected !== null).length;
  return [
    {
      measurement: `checkWorkbook, ${fmtNum(MANY_ROWS)} rows × 12 columns with ${MANY_TYPOS} slips (median of ${RUNS})`,
      value: `${fmtMs(t)} (${fmtRuns(ms)})`,
      target: `≤ ${fmtNum(MANY_TARGET_MS / 1000)} s`,
      met: t <= MANY_TARGET_MS,
    },
    { measurement: '  findings: with a value / in all', value: `${fmtNum(valued)} / ${fmtNum(r.findings.length)}` },
  ];
}

const bench: BenchModule = {
  title: 'Error localisation (check)',
  sections: [
    { title: `1. One slip among ${fmtNum(BIG_ROWS)} rows, the command line: time and peak RSS`, run: oneSlipInMany },
    { title: `2. ${MANY_TYPOS} slips among ${fmtNum(MANY_ROWS)} rows, in the core`, run: manySlips },
  ],
};

export default bench;
