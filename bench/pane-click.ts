/** The pane's time from a click on "Kiểm tra" to the first finding, for 10.000 rows, in headless chromium. */
import { join } from 'node:path';
import { tthcGrid } from './workbooks';
import { fmtMs, fmtRuns, median, now, type BenchContext, type BenchRow } from './harness';
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

export async function clickToFindings(ctx: BenchContext, hosts: (keyof typeof HOSTS)[]): Promise<BenchRow[]> {
  if (!hasChromium) return [{ measurement: 'pane click → findings, 10.000 rows', value: 'skipped: no /usr/bin/chromium' }];
  const { buildPaneHtml } = await import(join(ctx.root, 'scripts', 'build-pane.mjs'));
  const wb = tthcGrid(10_000);
  // One wrong cell, so there is a finding to wait for.
  const row = wb.sheets[0]!.values[500]!;
  const i = row.findIndex((v) => typeof v === 'number');
  row[i] = (row[i] as number) + 1;
  const browser = await launch();
  const out: BenchRow[] = [];
  try {
    for (const h of hosts) {
      const make = HOSTS[h].make(await buildPaneHtml(h));
      const times: number[] = [];
      for (let run = 0; run < 4; run++) {
        const host = await make(wb);
        const page = await browser.newPage({ viewport: { width: 300, height: 900 } });
        await host.attach(page);
        await page.goto(host.url);
        await page.locator('#btn-check').waitFor();
        const t0 = now();
        await page.click('#btn-check');
        await page.locator('.finding').first().waitFor({ timeout: 120_000 });
        if (run > 0) times.push(now() - t0); // the first run warms the browser up
        await page.close();
        await host.close();
        ctx.log(`${HOSTS[h].label}: click → findings, 10.000 rows: run ${run + 1}/4`);
      }
      out.push({
        measurement: `${HOSTS[h].label}: click → findings, 10.000 rows, fake host, headless chromium (median of 3)`,
        value: `${fmtMs(median(times))} (${fmtRuns(times)})`,
      });
    }
  } finally {
    await browser.close();
  }
  return out;
}
