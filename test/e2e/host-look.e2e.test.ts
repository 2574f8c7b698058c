/**
 * Each host's own look (issue 22): Excel's pane in Office's Fluent UI, Google's sidebar as Google's add-ons look.
 * The four tabs at the sidebar's 300×560, photographed into test-artifacts/e2e/ to be looked at side by side.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { REPO_ROOT } from '../helpers/reference';
import { hasChromium, launch } from './browser';
import { excelFixture } from './excel-fixture';
import { gasFixture } from './gas-fixture';
import { scenarioWorkbook } from './scenarios';

const SHOTS = join(REPO_ROOT, 'test-artifacts', 'e2e');

const HOSTS = [
  {
    host: 'excel',
    entry: 'excel',
    shots: 'excel-fluent',
    // Fluent's fontFamilyBase and colorBrandBackground; the name in the ribbon, not in the pane.
    font: /^Segoe UI,/,
    primary: 'rgb(15, 108, 189)',
    titleShown: false,
  },
  { host: 'google', entry: 'gas', shots: 'google-look', font: /^Roboto,/, primary: 'rgb(26, 115, 232)', titleShown: true },
] as const;

let browser: Browser;
const panes: Record<string, string> = {};
const scripts: Record<string, string> = {};

beforeAll(async () => {
  if (!hasChromium) return;
  mkdirSync(SHOTS, { recursive: true });
  const { buildPaneHtml, buildPaneScript, PANE_SCRIPTS } = await import(join(REPO_ROOT, 'scripts', 'build-pane.mjs'));
  for (const h of HOSTS) panes[h.host] = await buildPaneHtml(h.entry);
  for (const name of Object.keys(PANE_SCRIPTS)) scripts[name] = await buildPaneScript(name);
  browser = await launch();
});
afterAll(async () => browser?.close());

describe.runIf(hasChromium)("each host's look", () => {
  it.each(HOSTS)('$host: its font and primary colour, its title shown or not, and the four tabs at 300×560 with nothing cut or sideways', async (h) => {
    const make = h.host === 'excel' ? excelFixture : gasFixture;
    const host = await make(panes[h.host]!, await scenarioWorkbook(), { scripts });
    const page = await browser.newPage({ viewport: { width: 300, height: 560 } });
    await host.attach(page);
    await page.goto(host.url);
    const check = page.getByRole('button', { name: 'Kiểm tra số liệu' });
    await check.waitFor();
    expect(await page.evaluate('document.documentElement.dataset.host')).toBe(h.host);
    expect((await page.evaluate(() => getComputedStyle(document.body).fontFamily)).replace(/"/g, '')).toMatch(h.font);
    expect(await check.evaluate((b) => getComputedStyle(b).backgroundColor)).toBe(h.primary);
    // Either way the pane's one h1, for a screen reader's heading list.
    const title = page.getByRole('heading', { level: 1, name: 'Báo cáo CCHC' });
    expect(await title.count()).toBe(1);
    const box = (await title.boundingBox())!;
    expect(box.width > 1 && box.height > 1).toBe(h.titleShown);

    await check.click();
    await page.locator('[data-cell="Kết quả TTHC!C7"]').waitFor({ timeout: 30_000 });
    await expect.poll(() => page.textContent('#check-status'), { timeout: 30_000 }).toContain('Đã đánh dấu');
    const tabs = [
      ['kiem-tra', 'Kiểm tra số liệu', '#check-results .finding'],
      ['chi-tieu', 'Chỉ tiêu', '.indicator'],
      ['bao-cao', 'Tạo báo cáo', '#report-settings'],
      ['tong-hop', 'Tổng hợp', '#rollup-body > *'],
    ] as const;
    for (const [name, tab, shown] of tabs) {
      await page.getByRole('tab', { name: tab }).click();
      await page.locator(shown).first().waitFor({ state: 'attached' });
      // Tạo báo cáo has read the workbook: its button is live, what it shows is final.
      if (name === 'bao-cao') await expect.poll(() => page.isEnabled('#btn-report'), { timeout: 30_000 }).toBe(true);
      await page.mouse.move(0, 0);
      await page.screenshot({ path: join(SHOTS, `${h.shots}-${name}.png`) });
      expect(await page.evaluate('document.documentElement.scrollWidth'), name).toBeLessThanOrEqual(300);
      // No tab's or button's words run past its edge.
      const cut = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('nav button, button, select')]
          .filter((b) => b.offsetParent !== null && b.scrollWidth > b.clientWidth + 1)
          .map((b) => b.textContent),
      );
      expect(cut, name).toEqual([]);
    }
    await host.close();
  });
});
