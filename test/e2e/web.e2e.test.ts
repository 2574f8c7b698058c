/**
 * The web page (issue 19 §2) in Debian's chromium, opened from disk as a clerk opens the folder she was handed:
 * the findings it lists are `check --json`'s, its report is the CLI's byte for byte apart from the timestamp, its
 * Tổng hợp of a folder is `tong-hop --json`'s, an unreadable file is said in one line while the others go on, and
 * no request leaves the page's own files.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import JSZip from 'jszip';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as XLSX from '@e965/xlsx';
import { REPO_ROOT } from '../helpers/reference';
import { formatCount } from '../../core/numbers';
import { buildCli, runCli, T } from '../helpers/cli';
import { writeBieu06, writeByLevel, writeFlat, writeFlatCsv, writeHtmlXls, type UnitFigures } from '../helpers/unit-workbooks';
import { hasChromium, launch } from './browser';
import { HOSTILE_INPUTS, type InputClass } from '../fixtures/hostile-inputs';

const dist = mkdtempSync(join(tmpdir(), 'bao-cao-web-'));
const work = mkdtempSync(join(tmpdir(), 'bao-cao-web-files-'));
let browser: Browser;
let sizes: Record<string, number>;

beforeAll(async () => {
  buildCli();
  const { buildWeb } = await import(join(REPO_ROOT, 'scripts', 'build-web.mjs'));
  sizes = await buildWeb(dist);
  if (hasChromium) browser = await launch();
}, 180_000);
afterAll(async () => browser?.close());

/** The page opened from disk, every request it makes recorded. */
async function openPage(): Promise<{ page: Page; requests: string[]; close: () => Promise<void> }> {
  const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 760, height: 900 } });
  const page = await context.newPage();
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('pageerror', (e) => requests.push(`pageerror: ${e.message}`));
  await page.goto(pathToFileURL(join(dist, 'index.html')).href);
  return { page, requests, close: () => context.close() };
}

/** Every request the page made is one of its own files (or data the page made itself). */
function onlyOwnFiles(requests: string[]): void {
  const base = pathToFileURL(dist).href;
  expect(requests.filter((u) => !(u.startsWith(base) || u.startsWith('data:') || u.startsWith('blob:')))).toEqual([]);
}

async function pickAndCheck(page: Page, path: string): Promise<void> {
  await page.locator('#btn-pick-file-input').setInputFiles(path);
  await expect.poll(() => page.textContent('#file-name')).toContain(basename(path));
  await expect.poll(() => page.locator('#btn-check').isDisabled(), { timeout: 30_000 }).toBe(false);
  await expect.poll(async () => (await page.textContent('#check-status')) ?? '', { timeout: 30_000 }).not.toMatch(/^$|Đang/);
}

interface JsonFinding {
  severity: string;
  sheet: string;
  cell: string;
  message: string;
  candidates?: string[];
}

describe.runIf(hasChromium)('the web page, opened from disk', () => {
  it('has a file chooser named «Chọn tệp», the five words of the pane, and a first script within 400 KB', async () => {
    const { page, requests, close } = await openPage();
    expect(await page.getByRole('button', { name: /Chọn tệp/ }).count()).toBeGreaterThan(0);
    for (const t of ['Kiểm tra số liệu', 'Chỉ tiêu', 'Tạo báo cáo', 'Tổng hợp']) expect(await page.getByRole('tab', { name: t }).count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Hướng dẫn' }).count()).toBe(1);
    expect(sizes['app.js']).toBeLessThanOrEqual(400 * 1024);
    // The words are the page's: nothing is marked in a file, and nothing leaves the machine.
    await page.getByRole('button', { name: 'Hướng dẫn' }).click();
    const words = `${await page.textContent('#help')} ${await page.textContent('#check-results')}`;
    expect(words).not.toMatch(/tô màu|Xóa đánh dấu|lưu cùng tài liệu/);
    expect(words).toContain('không gửi đi đâu');
    onlyOwnFiles(requests);
    await close();
  });

  const files: [string, () => string][] = [
    ['the Lấp Vò month (settings sheet, errors)', () => T('lap-vo-thang-03-2024.xlsx')],
    ['Biểu 06 (four header rows)', () => T('bieu-06-lap-vo-thang-03-2024.xlsx')],
    ['Châu Thành 2020 (clean)', () => T('chau-thanh-nam-2020.xlsx')],
    ['Tháp Mười 01/2024', () => T('thap-muoi-thang-01-2024.xlsx')],
    [
      'an Excel 97-2003 .xls (SheetJS, loaded from beside the page)',
      () => {
        const p = join(work, 'cu.xls');
        const ws = XLSX.utils.aoa_to_sheet([
          ['Cấp', 'Tổng số tiếp nhận', 'Kỳ trước chuyển qua', 'Trong kỳ', 'Đã giải quyết', 'Đang giải quyết'],
          ['Cấp xã', 120, 10, 100, 100, 20],
        ]);
        const wb = XLSX.utils.book_new();
        XLSX.utils.book_append_sheet(wb, ws, 'Kết quả TTHC');
        writeFileSync(p, XLSX.write(wb, { type: 'buffer', bookType: 'xls' }));
        return p;
      },
    ],
    [
      'a one-stop HTML export saved as .xls',
      () => {
        const p = join(work, 'xuat.xls');
        writeHtmlXls(p, { kt: 3, moi: 97, tt: 50, trh: 60, dh: 25, qh: 5, dang: 12 });
        return p;
      },
    ],
  ];
  for (const [name, make] of files) {
    it(`Kiểm tra số liệu lists check --json's findings, each as "Ô (trang «Trang»)": ${name}`, async () => {
      const path = make();
      const cli = runCli(['check', path, '--json']);
      const findings = (JSON.parse(cli.out) as { findings: JsonFinding[] }).findings;
      // The pane lists errors first, in the checks' order.
      const expected = [...findings.filter((f) => f.severity === 'error'), ...findings.filter((f) => f.severity !== 'error')].map((f) => [
        `${f.cell} (trang «${f.sheet}»)`,
        f.message,
      ]);
      const { page, requests, close } = await openPage();
      await pickAndCheck(page, path);
      const shown = await page
        .locator('#check-results button.finding')
        .evaluateAll((bs) => bs.map((b) => [b.querySelector('.cell')!.textContent, b.querySelector('.message')!.textContent]));
      expect(shown).toEqual(expected);
      // The cells that could be wrong, named as the clerk reads them: the cells, then their sheet in words.
      for (const f of findings.filter((x) => x.candidates?.length))
        expect(await page.textContent('#check-results')).toContain(`${f.candidates!.join(', ')} (trang «${f.sheet}»)`);
      if (findings.length === 0) expect(await page.textContent('#check-status')).toContain('Không phát hiện sai lệch');
      onlyOwnFiles(requests);
      await close();
    });
  }

  // Issue 18's corpus of faulty and hostile files: the page reads them as the command line does.
  for (const kind of Object.keys(HOSTILE_INPUTS) as InputClass[]) {
    it(`the test corpus, ${kind}: the page says what check --json says`, async () => {
      const input = HOSTILE_INPUTS[kind];
      const dir = mkdtempSync(join(work, 'corpus-'));
      const path = input.write(dir, kind === 'huge-html-cell' ? 0.1 : 1);
      const cli = runCli(['check', path, '--json']);
      expect(cli.code).toBe(input.exit);
      const { page, requests, close } = await openPage();
      await page.locator('#btn-pick-file-input').setInputFiles(path);
      if (input.exit === 2) {
        // The reader's one line, as the command line prints it.
        await expect.poll(() => page.textContent('#check-status'), { timeout: 60_000 }).toBe(cli.err.trim());
      } else {
        await expect.poll(async () => (await page.textContent('#check-status')) ?? '', { timeout: 60_000 }).toMatch(/lỗi|Không phát hiện/);
        const j = JSON.parse(cli.out) as { findings: JsonFinding[]; summary: { errors: number; warnings: number } };
        expect(await page.textContent('#check-status')).toContain(`${formatCount(j.summary.errors)} lỗi`);
        if (j.findings.length < 1000) {
          const expected = [...j.findings.filter((f) => f.severity === 'error'), ...j.findings.filter((f) => f.severity !== 'error')].map((f) => [
            `${f.cell} (trang «${f.sheet}»)`,
            f.message,
          ]);
          const shown = await page
            .locator('#check-results button.finding')
            .evaluateAll((bs) => bs.map((b) => [b.querySelector('.cell')!.textContent, b.querySelector('.message')!.textContent]));
          expect(shown).toEqual(expected);
        }
      }
      onlyOwnFiles(requests);
      await close();
    });
  }

  it('Tạo báo cáo downloads the .docx the CLI writes, byte for byte but its timestamp; the preview renders it', async () => {
    const path = join(work, 'lap-vo.xlsx');
    copyFileSync(T('lap-vo-thang-03-2024.xlsx'), path);
    const out = join(work, 'cli.docx');
    expect(runCli(['report', path, '-o', out]).code).toBe(0);
    const { page, requests, close } = await openPage();
    await pickAndCheck(page, path);
    await page.getByRole('tab', { name: 'Tạo báo cáo' }).click();
    await expect.poll(() => page.locator('#btn-report').isDisabled(), { timeout: 30_000 }).toBe(false);
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#btn-report').click()]);
    const web = join(work, 'web.docx');
    await download.saveAs(web);
    const [a, b] = await Promise.all([JSZip.loadAsync(readFileSync(out)), JSZip.loadAsync(readFileSync(web))]);
    expect(Object.keys(b.files).sort()).toEqual(Object.keys(a.files).sort());
    for (const name of Object.keys(a.files)) {
      if (name === 'docProps/core.xml') continue; // its created / modified times
      expect(await b.file(name)?.async('string'), name).toBe(await a.file(name)?.async('string'));
    }
    await page.getByRole('button', { name: 'Xem trước', exact: true }).click();
    await expect.poll(() => page.textContent('#report-preview'), { timeout: 30_000 }).toContain('DỰ THẢO');
    onlyOwnFiles(requests);
    await close();
  });

  it('a file that is no workbook is said in one Vietnamese line', async () => {
    const path = join(work, 'anh.xlsx');
    writeFileSync(path, 'không phải bảng tính');
    const { page, close } = await openPage();
    await page.locator('#btn-pick-file-input').setInputFiles(path);
    await expect.poll(() => page.textContent('#check-status'), { timeout: 30_000 }).toContain('anh.xlsx');
    expect(await page.locator('#check-status').getAttribute('class')).toContain('error');
    await close();
  });

  it('settings are kept in this browser per unit, and go out and back in as a file', async () => {
    const { page, close } = await openPage();
    await pickAndCheck(page, T('lap-vo-thang-03-2024.xlsx'));
    await page.getByRole('tab', { name: 'Tạo báo cáo' }).click();
    await page.locator('#view-report summary').click();
    await page.getByLabel('Người ký', { exact: true }).fill('Nguyễn Văn Thử');
    // Saved after a pause in typing.
    await page.waitForTimeout(1200);
    await page.reload();
    await pickAndCheck(page, T('lap-vo-thang-03-2024.xlsx'));
    await page.getByRole('tab', { name: 'Tạo báo cáo' }).click();
    await page.locator('#view-report summary').click();
    await expect.poll(() => page.getByLabel('Người ký', { exact: true }).inputValue()).toBe('Nguyễn Văn Thử');
    await page.locator('.web-settings summary').click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#btn-settings-export').click()]);
    const saved = join(work, 'cai-dat.json');
    await download.saveAs(saved);
    expect(readFileSync(saved, 'utf8')).toContain('Nguyễn Văn Thử');
    await close();
    // A new browser profile: nothing kept, until the file is imported.
    const fresh = await openPage();
    await fresh.page.locator('.web-settings summary').click();
    await fresh.page.locator('#btn-settings-import-input').setInputFiles(saved);
    await expect.poll(() => fresh.page.textContent('#settings-status')).toMatch(/Đã nhập cài đặt của \d+ đơn vị/);
    await pickAndCheck(fresh.page, T('lap-vo-thang-03-2024.xlsx'));
    await fresh.page.getByRole('tab', { name: 'Tạo báo cáo' }).click();
    await fresh.page.locator('#view-report summary').click();
    await expect.poll(() => fresh.page.getByLabel('Người ký', { exact: true }).inputValue()).toBe('Nguyễn Văn Thử');
    const bad = join(work, 'khac.json');
    writeFileSync(bad, '{"a":1}');
    await fresh.page.locator('#btn-settings-import-input').setInputFiles(bad);
    await expect.poll(() => fresh.page.textContent('#settings-status')).toContain('không phải tệp cài đặt');
    await fresh.close();
  });

  describe('Tổng hợp of a folder', () => {
    const root = mkdtempSync(join(tmpdir(), 'bao-cao-web-tong-hop-'));
    const units = join(root, 'thang-03');
    const previous = join(root, 'thang-02');
    const list = join(root, 'danh-sach.csv');
    const MARCH = { kyTu: '01/03/2024', kyDen: '31/03/2024' };
    const f = (kt: number, moi: number, tt: number, trh: number, dh: number, qh: number, dang: number): UnitFigures => ({ kt, moi, tt, trh, dh, qh, dang });

    beforeAll(async () => {
      mkdirSync(units);
      mkdirSync(previous);
      await writeBieu06(join(units, 'bao-cao-01.xlsx'), f(10, 190, 150, 100, 78, 2, 20), { name: 'UBND xã Mỹ An', ...MARCH });
      writeFlatCsv(join(units, 'TAN-BINH.csv'), f(5, 95, 60, 50, 30, 10, 10));
      writeHtmlXls(join(units, 'phuong-an-lac.xls'), f(0, 1000, 900, 700, 200, 50, 50));
      await writeByLevel(join(units, 'bao-cao-04.xlsx'), { ...f(20, 270, 200, 200, 70, 10, 20), tn: 300 }, { name: 'Ủy ban nhân dân xã Bình Thành', ...MARCH });
      await writeFlat(join(units, 'bao-cao-05.xlsx'), f(1, 49, 10, 40, 5, 0, 5), { name: 'UBND XÃ HÒA LONG', ...MARCH });
      writeFileSync(join(units, 'phu-dien.xlsx'), 'not a workbook at all');
      writeFileSync(join(units, 'ghi-chu.txt'), 'not read: not a workbook name');
      writeFileSync(join(units, '~$bao-cao-01.xlsx'), 'an Office lock file');
      mkdirSync(join(units, 'cu'));
      await writeFlat(join(units, 'cu', 'khong-tinh.xlsx'), f(0, 1, 1, 1, 0, 0, 0), { name: 'UBND xã Cũ' });
      writeFileSync(
        list,
        '\uFEFFMã,Tên\nX01,Xã Mỹ An\nX02,Xã Tân Bình\nX03,Phường An Lạc\nX04,Xã Bình Thành\nX05,Xã Hòa Long\nX06,Xã Long Hậu\nX07,Xã Phú Điền\n',
      );
      await writeFlat(join(previous, 'my-an-thang-02.xlsx'), f(40, 1840, 1500, 1200, 520, 70, 90), { name: 'UBND xã Mỹ An' });
    }, 120_000);

    /** `source` is a path: the CLI's as given, the page's inside the folder chosen. Both name the same file. */
    const bySourceName = (j: { units: { source: string | null }[]; findings: { source: string | null }[] }) => {
      for (const x of [...j.units, ...j.findings]) if (x.source) x.source = basename(x.source);
      return j;
    };

    it('equals tong-hop --json (the danh sách and kỳ trước as files); the report downloads; progress is said', async () => {
      const cli = runCli(['tong-hop', units, '--danh-sach', list, '--ky-truoc', previous, '--json']);
      expect(cli.code).toBe(1);
      const { page, requests, close } = await openPage();
      await page.getByRole('tab', { name: 'Tổng hợp' }).click();
      expect(await page.getByRole('button', { name: /Chọn thư mục/ }).count()).toBeGreaterThan(0);
      await page.locator('#btn-rollup-folder-input').setInputFiles(units);
      await expect.poll(() => page.textContent('#rollup-chosen')).toBe('6 tệp đã chọn.');
      await page.locator('.rollup-options summary').click();
      await page.locator('#btn-rollup-list-input').setInputFiles(list);
      await page.locator('#btn-rollup-previous-folder-input').setInputFiles(previous);
      const said: string[] = [];
      await page.exposeFunction('__said', (s: string) => said.push(s));
      await page.evaluate(() => {
        const s = document.getElementById('rollup-status')!;
        new MutationObserver(() => (window as unknown as { __said: (s: string) => void }).__said(s.textContent ?? '')).observe(s, {
          childList: true,
          characterData: true,
          subtree: true,
        });
      });
      await page.locator('#btn-rollup-run').click();
      await expect.poll(() => page.textContent('#rollup-status'), { timeout: 60_000 }).toMatch(/^Đã đọc 6 tệp/);
      expect(said.some((s) => /Đang đọc tệp 3\/6: /.test(s))).toBe(true);
      const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#btn-rollup-json').click()]);
      const saved = join(root, 'web.json');
      await download.saveAs(saved);
      // The CLI names a file by the path it was given, the page by its path inside the folder picked.
      const cliJson = JSON.parse(cli.out.replaceAll(`${root}/`, ''));
      expect(bySourceName(JSON.parse(readFileSync(saved, 'utf8')))).toEqual(bySourceName(cliJson));
      // The unreadable file is its unit's line, said; the others were read.
      expect(await page.textContent('#rollup-units')).toContain('phu-dien');
      const [report] = await Promise.all([page.waitForEvent('download'), page.locator('#btn-rollup-report').click()]);
      expect(report.suggestedFilename()).toMatch(/\.docx$/);
      onlyOwnFiles(requests);
      await close();
    });
  });
});
