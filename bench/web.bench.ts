/**
 * Start-up and the web page (issue 19):
 *
 * 1. `bao-cao --help` and `bao-cao check` of a small file (the Lấp Vò month), each a fresh process, median of 7:
 *    ≤ 120 ms. Node's own start (`node -e 0`) is printed beside them: on a slow machine it alone can pass the target.
 * 2. `check` against the physical floor, each a fresh process, median of 5: the floor is fflate unzipping the sheet
 *    part of the same file plus one pass over its bytes (bench/floor.cjs). Target ≤ 2,5× at 20.000 and 200.000 rows.
 * 3. The page in Debian's headless chromium, opened from disk: its first script ≤ 400 KB; first contentful paint
 *    ≤ 500 ms; Kiểm tra số liệu of the 20.000-row workbook (click to the summary, the file read in the page) ≤ 2× the
 *    CLI's time on that file; Tổng hợp of the 102 unit workbooks ≤ 5 s.
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { fmtMs, fmtNum, fmtRatio, median, timeProcess, type BenchContext, type BenchModule, type BenchRow } from './harness';
import { writeFolder } from './tong-hop.bench';

const START_TARGET_MS = 120;

async function medianOf(ctx: BenchContext, runs: number, args: string[], ok: (code: number | null) => boolean = (code) => code === 0): Promise<number> {
  await timeProcess(process.execPath, args, ctx.root); // file cache
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const r = await timeProcess(process.execPath, args, ctx.root);
    if (!ok(r.code)) throw new Error(`${args.join(' ')} exited ${r.code}: ${r.stderr.slice(0, 300)}`);
    ms.push(r.ms);
  }
  return median(ms);
}

const cli = (ctx: BenchContext) => path.join(ctx.root, 'bin', 'bao-cao.cjs');
const checkOk = (code: number | null): boolean => code === 0 || code === 1;

async function startUp(ctx: BenchContext): Promise<BenchRow[]> {
  const node = await medianOf(ctx, 7, ['-e', '0']);
  const help = await medianOf(ctx, 7, [cli(ctx), '--help']);
  const small = await medianOf(ctx, 7, [cli(ctx), 'check', path.join(ctx.root, 'templates', 'lap-vo-thang-03-2024.xlsx')], checkOk);
  return [
    { measurement: 'node -e 0 (Node alone, for reference)', value: fmtMs(node) },
    {
      measurement: 'bao-cao --help (median of 7)',
      value: `${fmtMs(help)} (Node + ${fmtMs(help - node)})`,
      target: `≤ ${START_TARGET_MS} ms`,
      met: help <= START_TARGET_MS,
    },
    {
      measurement: 'bao-cao check, the Lấp Vò month (median of 7)',
      value: `${fmtMs(small)} (Node + ${fmtMs(small - node)})`,
      target: `≤ ${START_TARGET_MS} ms`,
      met: small <= START_TARGET_MS,
    },
  ];
}

async function floor(ctx: BenchContext): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const n of [20_000, 200_000]) {
    const file = await ctx.tthcWorkbook(n);
    const base = await medianOf(ctx, 5, [path.join(ctx.root, 'bench', 'floor.cjs'), file]);
    const check = await medianOf(ctx, 5, [cli(ctx), 'check', file, '--json'], checkOk);
    rows.push({
      measurement: `check / floor (unzip + one pass), ${fmtNum(n)} rows`,
      value: `${fmtRatio(check / base)} (${fmtMs(check)} / ${fmtMs(base)})`,
      target: '≤ 2,5×',
      met: check / base <= 2.5,
    });
  }
  return rows;
}

async function page(ctx: BenchContext): Promise<BenchRow[]> {
  if (!existsSync('/usr/bin/chromium')) throw new Error('chromium is not installed (apt-get install chromium)');
  const { buildWeb } = (await import(pathToFileURL(path.join(ctx.root, 'scripts', 'build-web.mjs')).href)) as {
    buildWeb(out: string): Promise<Record<string, number>>;
  };
  const dist = path.join(ctx.tmpDir, 'web');
  const sizes = await buildWeb(dist);
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    const url = pathToFileURL(path.join(dist, 'index.html')).href;
    const paints: number[] = [];
    for (let i = 0; i < 5; i++) {
      const p = await browser.newPage();
      await p.goto(url);
      paints.push(
        await p.evaluate(
          () =>
            new Promise<number>((done) =>
              new PerformanceObserver((l) => {
                const e = l.getEntries().find((x) => x.name === 'first-contentful-paint');
                if (e) done(e.startTime);
              }).observe({ type: 'paint', buffered: true }),
            ),
        ),
      );
      await p.close();
    }
    const paint = median(paints.slice(1));

    const file = await ctx.tthcWorkbook(20_000);
    const cliMs = await medianOf(ctx, 3, [cli(ctx), 'check', file, '--json'], checkOk);
    const checks: number[] = [];
    for (let i = 0; i < 3; i++) {
      const p = await browser.newPage();
      await p.goto(url);
      const t0 = Date.now();
      await p.locator('#btn-pick-file-input').setInputFiles(file);
      await p.waitForFunction(() => /lỗi|Không phát hiện/.test(document.getElementById('check-status')?.textContent ?? ''), undefined, { timeout: 120_000 });
      checks.push(Date.now() - t0);
      await p.close();
    }
    const inPage = median(checks);

    const units = await writeFolder(ctx, 1);
    const p = await browser.newPage();
    await p.goto(url);
    await p.getByRole('tab', { name: 'Tổng hợp' }).click();
    await p.locator('#btn-rollup-folder-input').setInputFiles(units);
    const t0 = Date.now();
    await p.locator('#btn-rollup-run').click();
    await p.waitForFunction(() => /^Đã đọc/.test(document.getElementById('rollup-status')?.textContent ?? ''), undefined, { timeout: 120_000 });
    const rollup = Date.now() - t0;
    const said = (await p.textContent('#rollup-status')) ?? '';
    await p.close();
    return [
      { measurement: 'page: first script (app.js)', value: `${fmtNum(sizes['app.js']! / 1024)} KB`, target: '≤ 400 KB', met: sizes['app.js']! <= 400 * 1024 },
      { measurement: 'page: first contentful paint, from disk (median of 4)', value: fmtMs(paint), target: '≤ 500 ms', met: paint <= 500 },
      {
        measurement: 'page: Kiểm tra số liệu, 20.000 rows / the CLI on the same file',
        value: `${fmtRatio(inPage / cliMs)} (${fmtMs(inPage)} / ${fmtMs(cliMs)})`,
        target: '≤ 2×',
        met: inPage / cliMs <= 2,
      },
      { measurement: `page: Tổng hợp of 102 unit workbooks (${said.replace(/\.$/, '')})`, value: fmtMs(rollup), target: '≤ 5.000 ms', met: rollup <= 5000 },
      { measurement: '20.000-row workbook size', value: `${fmtNum(statSync(file).size / 1024 / 1024, 1)} MB` },
    ];
  } finally {
    await browser.close();
  }
}

const mod: BenchModule = {
  title: 'Khởi động và trang web (start-up, the web page)',
  sections: [
    { title: 'Start-up of the command line', run: startUp },
    { title: 'check against the physical floor', run: floor },
    { title: 'The web page in headless chromium', run: page },
  ],
};
export default mod;
