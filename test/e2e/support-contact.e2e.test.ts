/**
 * The support contact is the deployment's (issue 22): built into the pane, it is named in the guide and after an
 * unexpected error; not set (the listing's placeholder), no support is named at all, never "bộ phận hỗ trợ" with no
 * address. Both hosts.
 */
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/reference';
import { hasChromium, launch } from './browser';
import { excelFixture } from './excel-fixture';
import { gasFixture } from './gas-fixture';
import type { PaneFixture } from './fixture';
import { scenarioWorkbook } from './scenarios';

const CONTACT = 'Sở Nội vụ tỉnh Đồng Tháp — 0277 3851 234, hotro.cchc@dongthap.gov.vn';
let browser: Browser;
beforeAll(async () => {
  if (hasChromium) browser = await launch();
});
afterAll(async () => browser?.close());

async function open(host: 'gas' | 'excel', support: string): Promise<{ page: import('playwright-core').Page; fixture: PaneFixture }> {
  const { buildPaneHtml } = await import(join(REPO_ROOT, 'scripts', 'build-pane.mjs'));
  const html: string = await buildPaneHtml(host, { support });
  const wb = await scenarioWorkbook();
  const fixture = host === 'gas' ? await gasFixture(html, wb, { delayMs: 0 }) : await excelFixture(html, wb, {});
  const page = await browser.newPage({ viewport: { width: 300, height: 560 } });
  await fixture.attach(page);
  await page.goto(fixture.url);
  return { page, fixture };
}

describe.runIf(hasChromium)('the support contact, a deployment setting', () => {
  for (const host of ['gas', 'excel'] as const) {
    it(`${host}: set, it is named in the guide and after an unexpected error`, async () => {
      const { page, fixture } = await open(host, CONTACT);
      await page.getByRole('button', { name: 'Hướng dẫn' }).click();
      await page.getByRole('heading', { name: 'Cần hỗ trợ' }).waitFor();
      expect(await page.textContent('#help-support')).toBe(CONTACT);
      await fixture.failNextRead();
      await page.getByRole('button', { name: 'Kiểm tra số liệu' }).click();
      await expect.poll(() => page.textContent('#check-status'), { timeout: 10_000 }).toContain(`Nếu vẫn lỗi, hãy liên hệ hỗ trợ: ${CONTACT}.`);
      await fixture.close();
    });

    it(`${host}: not set, no support is named anywhere`, async () => {
      const { page, fixture } = await open(host, '');
      await page.getByRole('button', { name: 'Hướng dẫn' }).click();
      await page.getByRole('heading', { name: 'Sửa một lỗi' }).waitFor();
      expect(await page.getByRole('heading', { name: 'Cần hỗ trợ' }).count()).toBe(0);
      await fixture.failNextRead();
      await page.getByRole('button', { name: 'Kiểm tra số liệu' }).click();
      await expect.poll(() => page.textContent('#check-status'), { timeout: 10_000 }).toContain('Có lỗi không mong đợi; hãy thử lại.');
      expect(await page.textContent('#app')).not.toMatch(/hỗ trợ/);
      await fixture.close();
    });
  }
});
