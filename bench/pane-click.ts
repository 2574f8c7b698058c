/**
 * The pane in headless chromium, over the fake hosts answering at once (issue 11): the time from a click on
 * "Kiểm tra số liệu" to the first finding on screen for 10.000 rows, and the pane's first paint.
 */
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { Workbook } from '../core';
import { tthcGrid } from './workbooks';
import { fmtMs, fmtRuns, median, type BenchContext, type BenchRow } from './harness';
import { hasChromium, launch } from '../test/e2e/browser';
import { excelFixture } from '../test/e2e/excel-fixture';
import { gasFixture } from '../test/e2e/gas-fixture';
import type { MakeFixture } from '../test/e2e/fixture';

const HOSTS = {
  gas: {
    label: 'Google Sheets sidebar',
    make:
      (html: string): MakeFixture =>
      (wb, o) =>
        gasFixture(html, wb, { ...o, delayMs: 0 }),
  },
  excel: {
    label: 'Excel task pane',
    make:
      (html: string): MakeFixture =>
      (wb, o) =>
        excelFixture(html, wb, { ...o, delayMs: 0 }),
  },
};

const CLICK_TARGET_MS = 500;
const PAINT_TARGET_MS = 300;
const RUNS = 5;

/**
 * Timed in the page, from the click event's own time stamp to the frame after the first finding card was added:
 * what the clerk waits for. Playwright's click and polling add round trips of their own (50–100 ms here) that
 * a clerk's click does not have, so its wall clock is not the measure.
 */
const WATCH = `(() => {
  const t = (window.__benchTimes = {});
  document.addEventListener('click', (e) => { if (t.click === undefined) t.click = e.timeStamp; }, true);
  new MutationObserver((_, obs) => {
    if (t.found !== undefined || !document.querySelector('.finding')) return;
    t.found = performance.now();
    obs.disconnect();
    requestAnimationFrame(() => setTimeout(() => { t.painted = performance.now(); }, 0));
  }).observe(document.body, { childList: true, subtree: true });
})()`;

async function firstPaint(page: Page): Promise<number> {
  await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0, undefined, { timeout: 30_000 });
  return page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]!.startTime);
}

/**
 * Click → first finding on screen, RUNS times after one warm-up run, each on a new page. Unless `cold`, the click
 * comes a second after the pane appears, as a clerk's does after reading it.
 */
async function clickRuns(ctx: BenchContext, browser: Browser, label: string, make: MakeFixture, wb: Workbook, cold: boolean): Promise<number[]> {
  const clicks: number[] = [];
  for (let run = 0; run <= RUNS; run++) {
    const host = await make(wb);
    const page = await browser.newPage({ viewport: { width: 300, height: 900 } });
    await host.attach(page);
    await page.goto(host.url);
    const check = page.getByRole('button', { name: 'Kiểm tra số liệu' });
    await check.waitFor();
    // A clerk reads the pane before clicking: the click comes a second after the pane appears, once the page is idle
    // (the checker's warm-up, pane/warm-up.ts, has run by then). `cold` clicks at once, for comparison.
    if (!cold) await page.evaluate(() => new Promise<void>((r) => setTimeout(() => requestIdleCallback(() => r(), { timeout: 5000 }), 1000)));
    await page.evaluate(WATCH);
    await check.click();
    await page.waitForFunction(() => (window as unknown as { __benchTimes: { painted?: number } }).__benchTimes.painted !== undefined, undefined, {
      timeout: 120_000,
    });
    const t = await page.evaluate(() => (window as unknown as { __benchTimes: { click: number; found: number; painted: number } }).__benchTimes);
    // The first run warms the browser up (its caches, not the pane's: every run is a new page).
    if (run > 0) clicks.push(t.painted - t.click);
    await page.close();
    await host.close();
    ctx.log(`${label}: run ${run + 1}/${RUNS + 1}: click → findings ${fmtMs(t.painted - t.click)} (in the page at ${fmtMs(t.found - t.click)})`);
  }
  return clicks;
}

export async function clickToFindings(ctx: BenchContext, hosts: (keyof typeof HOSTS)[]): Promise<BenchRow[]> {
  if (!hasChromium) return [{ measurement: 'pane click → findings, 10.000 rows', value: 'skipped: no /usr/bin/chromium' }];
  const { buildPaneHtml } = await import(join(ctx.root, 'scripts', 'build-pane.mjs'));
  const wb = tthcGrid(10_000);
  // The first paint is timed on its own loads over a small sheet: the pane reads nothing before a click, but the
  // fake Office.js carries its workbook inside it (10.000 rows: 600 KB more to parse first), which Excel's does not.
  const small = tthcGrid(100);
  // One wrong cell, so there is a finding to wait for.
  const row = wb.sheets[0]!.values[500]!;
  const i = row.findIndex((v) => typeof v === 'number');
  row[i] = (row[i] as number) + 1;
  const browser = await launch();
  const out: BenchRow[] = [];
  try {
    for (const h of hosts) {
      const make = HOSTS[h].make(await buildPaneHtml(h));
      const paints: number[] = [];
      for (let run = 0; run <= RUNS; run++) {
        const host = await make(small);
        const page = await browser.newPage({ viewport: { width: 300, height: 900 } });
        await host.attach(page);
        await page.goto(host.url);
        const paint = await firstPaint(page);
        if (run > 0) paints.push(paint);
        await page.close();
        await host.close();
      }
      const clicks = await clickRuns(ctx, browser, HOSTS[h].label, make, wb, false);
      const coldClicks = await clickRuns(ctx, browser, `${HOSTS[h].label} (cold)`, make, wb, true);
      const click = median(clicks);
      const paint = median(paints);
      out.push(
        {
          measurement: `${HOSTS[h].label}: click → first finding on screen, 10.000 rows, fake host (median of ${RUNS})`,
          value: `${fmtMs(click)} (${fmtRuns(clicks)})`,
          target: `≤ ${fmtMs(CLICK_TARGET_MS)}`,
          met: click <= CLICK_TARGET_MS,
        },
        {
          measurement: `${HOSTS[h].label}: the same, clicked at once after the pane appears (checker not warmed up yet)`,
          value: `${fmtMs(median(coldClicks))} (${fmtRuns(coldClicks)})`,
        },
        {
          measurement: `${HOSTS[h].label}: first paint of the pane (first-contentful-paint, median of ${RUNS})`,
          value: `${fmtMs(paint)} (${fmtRuns(paints)})`,
          target: `≤ ${fmtMs(PAINT_TARGET_MS)}`,
          met: paint <= PAINT_TARGET_MS,
        },
      );
    }
  } finally {
    await browser.close();
  }
  return out;
}
