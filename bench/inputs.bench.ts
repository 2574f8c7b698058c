/**
 * Faulty and hostile inputs (issue 18): each class of test/fixtures/hostile-inputs.ts at the size the issue names,
 * and a 200 MB file of every text format, through `bao-cao check` in its own process: peak RSS and time.
 *
 * Targets: every input up to 200 MB on disk ≤ 1 GB and ≤ 60 s; the 0,7 MB rowspan export ≤ 2 s; the 157 KB
 * sparse-wide workbook ≤ 100 MB.
 */
import { closeSync, openSync, statSync, writeFileSync, writeSync } from 'node:fs';
import * as XLSX from '@e965/xlsx';
import path from 'node:path';
import { HOSTILE_INPUTS, SLIP_TABLE, type InputClass } from '../test/fixtures/hostile-inputs';
import { fmtMs, fmtNum, timeProcess, type BenchContext, type BenchModule, type BenchRow } from './harness';

const MB = 1024 * 1024;
const GB_KB = 1024 * 1024;
const LIMIT_MS = 60_000;

async function checkRun(ctx: BenchContext, file: string) {
  const args = ['-r', path.join(ctx.root, 'bench', 'max-rss.cjs'), path.join(ctx.root, 'bin', 'bao-cao.cjs'), 'check', file, '--json'];
  const run = await timeProcess(process.execPath, args, ctx.root, false);
  const m = /MAXRSS (\d+)/.exec(run.stderr);
  if (!m) throw new Error('no MAXRSS line from bench/max-rss.cjs');
  return { ms: run.ms, code: run.code, rssKb: Number(m[1]) };
}

const fmtKb = (kb: number) => (kb >= GB_KB ? `${fmtNum(kb / GB_KB, 2)} GB` : `${fmtNum(kb / 1024)} MB`);
const size = (file: string) => `${fmtNum(statSync(file).size / MB, statSync(file).size < 10 * MB ? 2 : 0)} MB`;

/** Extra targets beyond ≤ 1 GB and ≤ 60 s. */
const TIGHTER: Partial<Record<InputClass, { ms?: number; kb?: number }>> = {
  'rowspan-staircase': { ms: 2000 },
  'sparse-wide-xlsx': { kb: 100 * 1024 },
};

async function corpus(ctx: BenchContext): Promise<BenchRow[]> {
  const out: BenchRow[] = [];
  for (const kind of Object.keys(HOSTILE_INPUTS) as InputClass[]) {
    const input = HOSTILE_INPUTS[kind];
    const file = input.write(ctx.tmpDir);
    ctx.log(`bao-cao check on ${input.what}…`);
    const r = await checkRun(ctx, file);
    const tight = TIGHTER[kind];
    const kbTarget = tight?.kb ?? GB_KB;
    const msTarget = tight?.ms ?? LIMIT_MS;
    out.push({
      measurement: `${kind}: ${input.what} (${size(file)}): peak RSS, time, exit code`,
      value: `${fmtKb(r.rssKb)}, ${fmtMs(r.ms)}, exit ${r.code}`,
      target: `≤ ${fmtKb(kbTarget)}, ≤ ${fmtMs(msTarget)}, exit ${input.exit}`,
      met: r.rssKb <= kbTarget && r.ms <= msTarget && r.code === input.exit,
    });
  }
  return out;
}

/** A file of `bytes` made of `head`, then `line` repeated, then `tail`: written in pieces, never held whole. */
function writeRepeated(file: string, head: string, line: string, tail: string, bytes: number): string {
  const fd = openSync(file, 'w');
  try {
    writeSync(fd, head);
    const chunk = Buffer.from(line.repeat(Math.max(1, Math.floor(MB / Buffer.byteLength(line)))));
    let written = Buffer.byteLength(head);
    while (written + chunk.length < bytes) written += writeSync(fd, chunk);
    writeSync(fd, tail);
  } finally {
    closeSync(fd);
  }
  return file;
}

const TEXT_200MB: { what: string; write: (dir: string) => string }[] = [
  {
    what: 'CSV',
    write: (dir) =>
      writeRepeated(path.join(dir, 'lon-200.csv'), `${SLIP_TABLE.map((r) => r.join(';')).join('\n')}\n`, 'Cấp xã;1.886;1.722;164\n', '', 200 * MB),
  },
  {
    what: 'HTML export',
    write: (dir) =>
      writeRepeated(
        path.join(dir, 'lon-200.xls'),
        '<html><head><meta charset="utf-8"></head><body><table>',
        '<tr><td>Cấp xã</td><td>1.886</td><td>1.722</td><td>164</td></tr>\n',
        '</table></body></html>',
        200 * MB,
      ),
  },
  {
    what: 'XML Spreadsheet 2003',
    write: (dir) =>
      writeRepeated(
        path.join(dir, 'lon-200.xml'),
        '<?xml version="1.0"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet"><Worksheet ss:Name="S"><Table>',
        '<Row><Cell><Data ss:Type="String">Cấp xã</Data></Cell><Cell><Data ss:Type="Number">1886</Data></Cell></Row>\n',
        '</Table></Worksheet></Workbook>',
        200 * MB,
      ),
  },
];

async function text200(ctx: BenchContext): Promise<BenchRow[]> {
  const out: BenchRow[] = [];
  for (const t of TEXT_200MB) {
    ctx.log(`writing a 200 MB ${t.what}…`);
    const file = t.write(ctx.tmpDir);
    ctx.log(`bao-cao check on it…`);
    const r = await checkRun(ctx, file);
    out.push({
      measurement: `a 200 MB ${t.what} (${size(file)}): peak RSS, time, exit code (refused past its cap, README)`,
      value: `${fmtKb(r.rssKb)}, ${fmtMs(r.ms)}, exit ${r.code}`,
      target: '≤ 1 GB, ≤ 60 s',
      met: r.rssKb <= GB_KB && r.ms <= LIMIT_MS,
    });
  }
  return out;
}

/** The by-field table of `rows` rows written by SheetJS in a format it writes (.xls, .ods, .xlsb). */
function sheetjsWorkbook(dir: string, rows: number, bookType: 'xls' | 'ods' | 'xlsb'): string {
  const aoa: (string | number)[][] = [['STT', 'Lĩnh vực', 'Tổng số', 'Kỳ trước', 'Mới tiếp nhận', 'Đã giải quyết', 'Đang giải quyết']];
  for (let i = 1; i <= rows; i++) {
    const moi = 1000 + (i % 900);
    const ky = 10 + (i % 30);
    aoa.push([i, `Lĩnh vực ${i}`, ky + moi, ky, moi, moi - 5, ky + 5]);
  }
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(aoa), 'Kết quả');
  const file = path.join(dir, `lon-${rows}.${bookType}`);
  writeFileSync(file, new Uint8Array(XLSX.write(wb, { bookType, type: 'array', compression: true }) as ArrayBuffer));
  return file;
}

/** The largest workbook of each binary format the reader takes, or one past its cap. */
async function largest(ctx: BenchContext): Promise<BenchRow[]> {
  const cases: [string, () => Promise<string> | string][] = [
    ['.xlsx, 1.000.000 rows (the most a sheet holds)', () => ctx.tthcWorkbook(1_000_000)],
    ['.xlsx, 370.000 rows, parts stored (≈ 200 MB on disk)', () => ctx.tthcWorkbook(370_000, { stored: true })],
    ['.xls, 65.536 rows (the most BIFF8 holds)', () => sheetjsWorkbook(ctx.tmpDir, 65_535, 'xls')],
    ['.ods, 25.000 rows × 7 columns', () => sheetjsWorkbook(ctx.tmpDir, 25_000, 'ods')],
    // SheetJS writes .xlsb slowly (80.000 rows take minutes): a small one; the cap itself is measured by the bomb above.
    ['.xlsb, 20.000 rows', () => sheetjsWorkbook(ctx.tmpDir, 20_000, 'xlsb')],
  ];
  const out: BenchRow[] = [];
  for (const [what, make] of cases) {
    ctx.log(`writing ${what}…`);
    const file = await make();
    ctx.log('bao-cao check on it…');
    const r = await checkRun(ctx, file);
    out.push({
      measurement: `${what} (${size(file)}): peak RSS, time, exit code`,
      value: `${fmtKb(r.rssKb)}, ${fmtMs(r.ms)}, exit ${r.code}`,
      target: '≤ 1 GB, ≤ 60 s',
      met: r.rssKb <= GB_KB && r.ms <= LIMIT_MS,
    });
  }
  return out;
}

const bench: BenchModule = {
  title: 'Faulty and hostile inputs (check)',
  sections: [
    { title: "1. Issue 18's corpus at the sizes it names: peak RSS and time of bao-cao check", run: corpus },
    { title: '2. 200 MB text files (CSV, HTML, XML 2003): read or refused, within 1 GB and 60 s', run: text200 },
    { title: '3. The largest workbook of each binary format: read or refused, within 1 GB and 60 s', run: largest },
  ],
};

export default bench;
