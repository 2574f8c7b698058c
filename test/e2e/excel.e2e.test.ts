/** What only the Excel task pane does: the ribbon button's tab, Office.js unreachable, Excel for Mac's download. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { REPO_ROOT } from '../helpers/reference';
import { hasChromium, launch } from './browser';
import { excelFixture, type ExcelFixtureOptions } from './excel-fixture';
import { scenarioWorkbook } from './scenarios';

let browser: Browser;
let html = '';
const scripts: Record<string, string> = {};

beforeAll(async () => {
  if (!hasChromium) return;
  const { buildPaneHtml, buildPaneScript, PANE_SCRIPTS } = await import(join(REPO_ROOT, 'scripts', 'build-pane.mjs'));
  html = await buildPaneHtml('excel');
  for (const name of Object.keys(PANE_SCRIPTS)) scripts[name] = await buildPaneScript(name);
  browser = await launch();
});
afterAll(async () => browser?.close());

async function open(opts: ExcelFixtureOptions) {
  const host = await excelFixture(html, await scenarioWorkbook(), { scripts, ...opts });
  const page = await browser.newPage({ viewport: { width: 320, height: 800 } });
  await host.attach(page);
  await page.goto(host.url);
  return { page, host };
}

describe.runIf(hasChromium)('the Excel task pane', () => {
  it('the ribbon button "Tạo báo cáo" (?tab=report) opens the pane on that tab', async () => {
    const { page, host } = await open({ tab: 'report' });
    await page.locator('#report-settings').waitFor({ state: 'attached' });
    expect(await page.getAttribute('#tab-report', 'aria-selected')).toBe('true');
    expect(await page.isVisible('#view-check')).toBe(false);
    // Excel on Windows downloads: nothing said about Mac.
    await expect.poll(() => page.locator('#btn-report').isEnabled(), { timeout: 30_000 }).toBe(true);
    expect(await page.isVisible('#report-blocked')).toBe(false);
    await host.close();
  });

  it('Office.js that cannot be loaded (offline) is a Vietnamese message, not a blank pane', async () => {
    const { page, host } = await open({ officeJs: 'unreachable' });
    await expect.poll(() => page.textContent('#app')).toContain('Không tải được thư viện Office');
    await host.close();
  });

  it('the pane is drawn before Office.onReady resolves, and a click made meanwhile waits for Office, then checks', async () => {
    const { page, host } = await open({ fake: { readyDelayMs: 1500 } });
    const check = page.getByRole('button', { name: 'Kiểm tra số liệu' });
    await check.waitFor();
    // Drawn, and clicked, while Excel is still starting: Office answered nothing yet.
    expect(await page.evaluate('window.__fakeExcel.readyAt')).toBeUndefined();
    await check.click();
    await page.locator('.finding').first().waitFor({ timeout: 30_000 });
    expect(await page.evaluate('typeof window.__fakeExcel.readyAt')).toBe('number');
    expect(await host.reads()).toBe(1);
    await host.close();
  });

  it('an Excel that refuses comments (an older Office, ExcelApi 1.4): the pane marks by fill and says so once', async () => {
    const { page, host } = await open({ fake: { apiVersion: '1.4' } });
    const check = page.getByRole('button', { name: 'Kiểm tra số liệu' });
    await check.click();
    const status = page.locator('#check-status');
    await expect.poll(() => status.textContent(), { timeout: 30_000 }).toContain('Đã đánh dấu');
    const first = (await status.textContent()) ?? '';
    expect(first).toContain('chỉ được tô màu');
    expect(first).toContain('Xóa đánh dấu tại đây');
    await check.click();
    await expect.poll(() => host.reads(), { timeout: 30_000 }).toBe(2);
    await expect
      .poll(async () => (await page.isEnabled('#btn-check')) && (await status.textContent())!.includes('Đã đánh dấu'), { timeout: 30_000 })
      .toBe(true);
    expect(await status.textContent()).not.toContain('chỉ được tô màu');
    await host.close();
  });

  it('on Excel for Mac, "Tạo báo cáo" says the pane cannot download there and what to do', async () => {
    const { page, host } = await open({ tab: 'report', fake: { platform: 'Mac' } });
    await page.locator('#report-settings').waitFor({ state: 'attached' });
    // Said when the tab opens, before any click.
    await expect.poll(() => page.isVisible('#report-blocked')).toBe(true);
    expect(await page.textContent('#report-blocked')).toContain('Excel trên máy Mac không cho tải tệp xuống');
    expect(await page.textContent('#report-status')).toBe('');
    await page.click('#btn-report');
    await expect.poll(() => page.textContent('#report-status')).toContain('Excel trên máy Mac không cho tải tệp xuống');
    await host.close();
  });

  it("Office's look (Fluent UI 2): Segoe UI at 14px, the brand blue on «Kiểm tra số liệu», the add-in's name only for screen readers", async () => {
    const { page, host } = await open({});
    const check = page.getByRole('button', { name: 'Kiểm tra số liệu' });
    await check.waitFor();
    expect(await page.evaluate('document.documentElement.dataset.host')).toBe('excel');
    const body = await page.evaluate(() => {
      const cs = getComputedStyle(document.body);
      return { font: cs.fontFamily, size: cs.fontSize, line: cs.lineHeight, color: cs.color };
    });
    expect(body.font.replace(/"/g, '')).toMatch(/^Segoe UI, Segoe UI Web \(West European\),/);
    expect([body.size, body.line, body.color]).toEqual(['14px', '20px', 'rgb(36, 36, 36)']);
    // colorBrandBackground, its Hover; a medium Button's 32px and 4px corners.
    const button = () =>
      check.evaluate((b) => {
        const cs = getComputedStyle(b);
        return { bg: cs.backgroundColor, color: cs.color, radius: cs.borderRadius, height: b.getBoundingClientRect().height };
      });
    expect(await button()).toEqual({ bg: 'rgb(15, 108, 189)', color: 'rgb(255, 255, 255)', radius: '4px', height: 32 });
    await check.hover();
    expect((await button()).bg).toBe('rgb(17, 94, 163)');
    expect(await page.$eval('#tab-check', (t) => getComputedStyle(t).borderBottomColor)).toBe('rgb(15, 108, 189)');
    // The name is in the ribbon and the title bar: not shown here, yet still the page's one h1.
    const h1 = page.getByRole('heading', { level: 1, name: 'Báo cáo CCHC' });
    expect(await h1.count()).toBe(1);
    const box = (await h1.boundingBox())!;
    expect(box.width <= 1 && box.height <= 1).toBe(true);
    expect(await page.getByRole('button', { name: 'Hướng dẫn' }).isVisible()).toBe(true);
    await host.close();
  });
});
