/**
 * The pane in a real browser, over a fake host backed by the reference workbooks: one suite of scenarios,
 * run against every host (pane.e2e.test.ts) through its fixture.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import type { Browser, Page } from 'playwright-core';
import { readWorkbookFile } from '../../cli/read';
import type { Workbook } from '../../core';
import { REPO_ROOT } from '../helpers/reference';
import { hasChromium, launch } from './browser';
import type { MakeFixture, PaneFixture } from './fixture';

const SHOTS = join(REPO_ROOT, 'test-artifacts', 'e2e');
const HOSTILE = '<img src=x onerror="window.__pwned=1">';

/** The Lấp Vò workbook, with a sheet whose label is markup. */
export async function scenarioWorkbook(): Promise<Workbook> {
  const workbook = await readWorkbookFile(join(REPO_ROOT, 'templates', 'lap-vo-thang-03-2024.xlsx'));
  // A label that is markup: shown as text, never run.
  workbook.sheets.push({
    name: 'Nhãn lạ',
    values: [
      ['Cấp', 'Tiếp nhận', 'Đã giải quyết', 'Đang giải quyết'],
      [HOSTILE, 10, 8, 3],
    ],
    merges: [],
  });
  return workbook;
}

/** The scenarios against one host; `setup` builds its pane and returns its fixture maker. */
export function paneScenarios(title: string, prefix: string, setup: () => Promise<MakeFixture>): void {
  let browser: Browser;
  let make: MakeFixture;
  let workbook: Workbook;
  const shot = (page: Page, name: string) => page.screenshot({ path: join(SHOTS, `${prefix}-${name}.png`), fullPage: true });

  beforeAll(async () => {
    if (!hasChromium) return;
    mkdirSync(SHOTS, { recursive: true });
    make = await setup();
    workbook = await scenarioWorkbook();
    browser = await launch();
  });
  afterAll(async () => browser?.close());

  async function open(width = 300): Promise<{ page: Page; host: PaneFixture }> {
    const host = await make(workbook);
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    await host.attach(page);
    await page.goto(host.url);
    return { page, host };
  }

  describe.runIf(hasChromium)(title, () => {
    it('Kiểm tra: the Lấp Vò cấp xã error is listed; clicking it selects the cell; the cells get marked, then cleared', async () => {
      const { page, host } = await open();
      // Two clicks at once: the second, while the first is at work, is ignored.
      await page.evaluate('(() => { const b = document.querySelector("#btn-check"); b.click(); b.click(); })()');
      const finding = page.locator('[data-cell="Kết quả TTHC!C7"]');
      await finding.waitFor();
      await expect.poll(() => page.textContent('#check-status')).toContain('Đã đánh dấu');
      expect(await finding.textContent()).toContain('Ghi: 1.886 · Đúng ra: 1.876');
      expect(await host.reads()).toBe(1);
      expect(await host.marked()).toContain('Kết quả TTHC!6,2');
      await shot(page, 'kiem-tra');
      await finding.click();
      await expect.poll(() => host.selections()).toEqual([['Kết quả TTHC', 'C7']]);
      await page.click('#btn-clear');
      await expect.poll(() => host.marked()).toEqual([]);
      // No horizontal scroll at the sidebar's 300 px.
      expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(300);
      await host.close();
    });

    it('a label that is markup is shown as text and runs nothing', async () => {
      const { page, host } = await open();
      await page.click('#btn-check');
      await page.locator('.finding').first().waitFor();
      await expect.poll(() => page.textContent('#check-results')).toContain(HOSTILE);
      expect(await page.locator('#check-results img').count()).toBe(0);
      expect(await page.evaluate('window.__pwned')).toBeUndefined();
      await host.close();
    });

    it('Chỉ tiêu: a bar per rate, with its text, target and definition', async () => {
      const { page, host } = await open();
      await page.click('#tab-indicators');
      await page.locator('.indicator').first().waitFor();
      const text = await page.textContent('#indicator-list');
      expect(text).toContain('97,78%');
      expect(text).toContain('(trước hạn + đúng hạn) / đã giải quyết');
      expect(text).toContain('mục tiêu ≥ 100%: chưa đạt');
      expect(await page.textContent('#scorecard')).toContain('Tỷ lệ hồ sơ xử lý trước hạn, đúng hạn');
      expect(await page.textContent('#scorecard')).toMatch(/\d+(,\d+)? \/ 20 điểm/);
      await shot(page, 'chi-tieu');
      await host.close();
    });

    it('Tạo báo cáo: a preview, then the .docx is saved (Drive) or downloaded (Excel), and opens', async () => {
      const { page, host } = await open();
      await page.click('#tab-report');
      await page.locator('#report-settings').waitFor({ state: 'attached' });
      await page.click('#view-report summary');
      expect(await page.inputValue('#set-nguoiKy')).toBe('Trương Thị Diệp');
      await page.click('#btn-preview');
      await expect.poll(() => page.textContent('#report-preview')).toContain('Tổng số hồ sơ tiếp nhận là 308 hồ sơ');
      await shot(page, 'xem-truoc');
      const targets = await page.locator('#report-target option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
      expect(targets).toEqual(host.drive ? ['drive', 'download'] : ['download']);
      let bytes: Buffer;
      if (host.drive) {
        await page.click('#btn-report');
        await expect.poll(() => host.saved.length, { timeout: 30_000 }).toBe(1);
        bytes = host.saved[0]!.bytes;
        await expect.poll(() => page.textContent('#report-status')).toContain('Đã tạo báo cáo.');
        expect(await page.getAttribute('#report-link a', 'href')).toBe('https://drive.google.com/file/d/fake/view');
      } else {
        const [download] = await Promise.all([page.waitForEvent('download'), page.click('#btn-report')]);
        bytes = readFileSync((await download.path())!);
        await expect.poll(() => page.textContent('#report-status')).toContain('Đã tải báo cáo xuống.');
      }
      const zip = await JSZip.loadAsync(bytes);
      expect(await zip.file('word/document.xml')!.async('string')).toContain('Tổng số hồ sơ tiếp nhận là 308 hồ sơ');
      expect(await host.settingsSaved()).toBe(true);
      await host.close();
    });

    it('Tạo báo cáo with an error in the sheet: the preview and the file carry the draft mark until the clerk accepts the figures', async () => {
      const { page, host } = await open();
      await page.getByRole('tab', { name: 'Tạo báo cáo' }).click();
      const accept = page.getByLabel('Tôi đã xem các lỗi và chấp nhận số liệu như hiện có (bỏ dấu DỰ THẢO)');
      await accept.waitFor({ state: 'visible' });
      await page.locator('#report-settings').waitFor({ state: 'attached' });
      await page.getByRole('button', { name: 'Xem trước' }).click();
      await expect.poll(() => page.textContent('#report-preview')).toContain('DỰ THẢO — số liệu chưa khớp');
      await expect.poll(() => page.textContent('#report-preview')).toContain('Kết quả TTHC!C7');
      await accept.check();
      await page.getByRole('button', { name: 'Xem trước' }).click();
      await expect.poll(() => page.textContent('#report-preview')).not.toContain('DỰ THẢO');
      await expect.poll(() => page.textContent('#report-preview')).toContain('Tổng số hồ sơ tiếp nhận là 308 hồ sơ');
      await host.close();
    });

    it('a refused permission is a clear Vietnamese message', async () => {
      const { page, host } = await open();
      await host.refuseNextMarks();
      await page.click('#btn-check');
      await expect.poll(() => page.textContent('#check-status')).toContain('Bạn không có quyền sửa trang tính này');
      expect(await host.marked()).toEqual([]);
      await shot(page, 'loi-quyen');
      await host.close();
    });

    it('keyboard: arrow keys move between the tabs, Enter on a finding selects its cell', async () => {
      const { page, host } = await open();
      await page.focus('#tab-check');
      await page.keyboard.press('ArrowRight');
      expect(await page.getAttribute('#tab-indicators', 'aria-selected')).toBe('true');
      expect(await page.evaluate('document.activeElement && document.activeElement.id')).toBe('tab-indicators');
      await page.keyboard.press('ArrowLeft');
      await page.click('#btn-check');
      const finding = page.locator('[data-cell="Kết quả TTHC!C7"]');
      await finding.waitFor();
      await finding.focus();
      await page.keyboard.press('Enter');
      await expect.poll(async () => (await host.selections()).length).toBe(1);
      await host.close();
    });

    it('Tạo báo cáo → Tải xuống: the browser downloads the .docx', async () => {
      const { page, host } = await open();
      await page.click('#tab-report');
      await page.locator('#report-settings').waitFor({ state: 'attached' });
      await page.selectOption('#report-target', 'download');
      const [download] = await Promise.all([page.waitForEvent('download'), page.click('#btn-report')]);
      expect(download.suggestedFilename()).toBe('Bao-cao-thang-644.docx');
      const zip = await JSZip.loadAsync(readFileSync((await download.path())!));
      expect(await zip.file('word/document.xml')!.async('string')).toContain('Trương Thị Diệp');
      expect(host.saved).toHaveLength(0);
      await host.close();
    });

    it('the other reference workbooks: Châu Thành is clean at 99,98%; Biểu 06 (four header rows) shows its C14 error', async () => {
      const chauThanh = await make(await readWorkbookFile(join(REPO_ROOT, 'templates', 'chau-thanh-nam-2020.xlsx')));
      let page = await browser.newPage({ viewport: { width: 300, height: 900 } });
      await chauThanh.attach(page);
      await page.goto(chauThanh.url);
      await page.click('#btn-check');
      await expect.poll(() => page.textContent('#check-status')).toContain('Không phát hiện sai lệch.');
      expect(await chauThanh.marked()).toEqual([]);
      await page.click('#tab-indicators');
      await expect.poll(() => page.textContent('#indicator-list')).toContain('99,98%');
      await page.close();
      await chauThanh.close();

      const bieu06 = await make(await readWorkbookFile(join(REPO_ROOT, 'templates', 'bieu-06-lap-vo-thang-03-2024.xlsx')));
      page = await browser.newPage({ viewport: { width: 300, height: 900 } });
      await bieu06.attach(page);
      await page.goto(bieu06.url);
      await page.click('#btn-check');
      const finding = page.locator('[data-cell="Biểu 06!C14"]');
      await finding.waitFor();
      expect(await finding.textContent()).toContain('Ghi: 1.886 · Đúng ra: 1.876');
      await expect.poll(() => bieu06.marked()).toContain('Biểu 06!13,2');
      await bieu06.close();
    });

    it('a workbook with no known table says so, and marks nothing', async () => {
      const host = await make({ sheets: [{ name: 'Ghi chú', values: [['Không có số liệu tháng này']], merges: [] }] });
      const page = await browser.newPage({ viewport: { width: 300, height: 600 } });
      await host.attach(page);
      await page.goto(host.url);
      await page.click('#btn-check');
      await expect.poll(() => page.textContent('#check-status')).toContain('Không tìm thấy bảng số liệu nào');
      expect(await host.marked()).toEqual([]);
      await host.close();
    });
  });
}
