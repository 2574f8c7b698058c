/**
 * The Marketplace screenshots (1280×800, gas-addon/README.md «Phát hành cho cán bộ»): the built sidebar
 * (gas-addon/dist/Sidebar.html, `npm run build:gas`) over the Google fixture and the Lấp Vò workbook, 300 px wide at the
 * right of a page drawn like Google Sheets around the workbook's first sheet — its cells, and the fills and notes the
 * check puts on them. Writes test-artifacts/listing/01-kiem-tra.png and 02-bao-cao.png; `npm run build:listing` copies
 * them into gas-addon/dist-listing/screenshots/.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, FrameLocator, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { readWorkbookFile } from '../../cli/read';
import type { CellMark, SheetGrid } from '../../core';
import { REPO_ROOT } from '../helpers/reference';
import { hasChromium, launch } from './browser';
import { gasFixture, type HostFixture } from './gas-fixture';

const GAS_DIST = join(REPO_ROOT, 'gas-addon', 'dist');
const SHOTS = join(REPO_ROOT, 'test-artifacts', 'listing');
const WIDTH = 1280;
const HEIGHT = 800;
/** Google's add-on sidebar is 300 px wide. */
const SIDEBAR = 300;
const TITLE = 'Lấp Vò — Kết quả giải quyết TTHC tháng 03/2024';

/** The built sidebar, whole: the unit tests may be rebuilding gas-addon/dist beside this test (test/gas/code.test.ts). */
async function builtFile(name: string): Promise<string> {
  const path = join(GAS_DIST, name);
  if (!existsSync(path)) {
    const { buildGas } = await import(join(REPO_ROOT, 'scripts', 'build-gas.mjs'));
    await buildGas();
  }
  for (let attempt = 0; ; attempt++) {
    const text = readFileSync(path, 'utf8');
    if (!name.startsWith('Sidebar') || text.trimEnd().endsWith('</html>') || attempt === 20) return text;
    await new Promise((r) => setTimeout(r, 250));
  }
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const columnName = (c: number): string => (c < 26 ? String.fromCharCode(65 + c) : columnName(Math.floor(c / 26) - 1) + columnName(c % 26));
const NUMBER = new Intl.NumberFormat('vi-VN');

/** The text a cell shows, as Sheets would show it. */
function shown(sheet: SheetGrid, r: number, c: number): { text: string; number: boolean } {
  const i = r - (sheet.originRow ?? 0);
  const j = c - (sheet.originCol ?? 0);
  const display = sheet.display?.[i]?.[j];
  const v = sheet.values[i]?.[j];
  if (display !== undefined) return { text: display, number: typeof v === 'number' };
  if (typeof v === 'number') return { text: NUMBER.format(v), number: true };
  return { text: v === null || v === undefined ? '' : String(v), number: false };
}

/** The page around the sidebar: Sheets' bars, the first sheet as a grid, its tabs; the sidebar in an iframe at the right. */
function sheetsPage(sheets: SheetGrid[], sidebarUrl: string): string {
  const sheet = sheets[0]!;
  const rows = 30;
  const originCol = sheet.originCol ?? 0;
  const lastCol = originCol + Math.max(...sheet.values.map((r) => r.length)) - 1;
  const cols = Math.max(lastCol + 2, 14);
  // Column widths: an empty column narrow, the labels' column wide, the figures' columns as Sheets' default allows.
  const widths: number[] = [];
  for (let c = 0; c < cols; c++) {
    const cells = Array.from({ length: rows }, (_, r) => shown(sheet, r, c));
    const texts = cells.filter((x) => x.text && !x.number).length;
    const numbers = cells.filter((x) => x.number).length;
    widths.push(c > lastCol ? 88 : texts + numbers === 0 ? 28 : numbers === 0 || texts > numbers ? 132 : 70);
  }
  const firstFigureRow = sheet.values.findIndex((r) => r.some((v) => typeof v === 'number')) + (sheet.originRow ?? 0);
  const covered = new Set<string>();
  const span = new Map<string, { rows: number; cols: number }>();
  for (const m of sheet.merges) {
    span.set(`${m.r0},${m.c0}`, { rows: m.r1 - m.r0 + 1, cols: m.c1 - m.c0 + 1 });
    for (let r = m.r0; r <= m.r1; r++) for (let c = m.c0; c <= m.c1; c++) if (r !== m.r0 || c !== m.c0) covered.add(`${r},${c}`);
  }
  let body = '';
  for (let r = 0; r < rows; r++) {
    body += `<tr><th class="rh" id="rh-${r}">${r + 1}</th>`;
    for (let c = 0; c < cols; c++) {
      if (covered.has(`${r},${c}`)) continue;
      const { text, number } = shown(sheet, r, c);
      const s = span.get(`${r},${c}`);
      const head = r < firstFigureRow && text !== '';
      const cls = [number ? 'num' : '', head ? 'head' : '', s && s.cols > 2 ? 'title' : ''].filter(Boolean).join(' ');
      const spans = s ? ` rowspan="${s.rows}" colspan="${s.cols}"` : '';
      body += `<td id="c-${r}-${c}"${cls ? ` class="${cls}"` : ''}${spans}>${esc(text)}</td>`;
    }
    body += '</tr>';
  }
  const colgroup = `<col style="width:46px">${widths.map((w) => `<col style="width:${w}px">`).join('')}`;
  const heads = `<tr><th class="corner"></th>${widths.map((_, c) => `<th class="ch" id="ch-${c}">${columnName(c)}</th>`).join('')}</tr>`;
  const tabs = sheets.map((s, i) => `<span class="tab${i === 0 ? ' on' : ''}">${esc(s.name)}</span>`).join('');
  const menu = ['Tệp', 'Chỉnh sửa', 'Xem', 'Chèn', 'Định dạng', 'Dữ liệu', 'Công cụ', 'Tiện ích mở rộng', 'Trợ giúp'];
  const css = `
    *{box-sizing:border-box}
    html,body{margin:0;width:${WIDTH}px;height:${HEIGHT}px;overflow:hidden;background:#f9fbfd;font-family:Roboto,Arial,"Liberation Sans","DejaVu Sans",sans-serif;color:#1f1f1f}
    .app{height:64px;display:flex;align-items:center;gap:12px;padding:0 16px}
    .logo{width:28px;height:38px;border-radius:3px;background:#0f9d58;position:relative}
    .logo::after{content:"";position:absolute;left:6px;top:12px;width:16px;height:16px;border:2px solid #fff;background:linear-gradient(#fff,#fff) center/2px 100% no-repeat,linear-gradient(#fff,#fff) center/100% 2px no-repeat}
    .doc{display:flex;flex-direction:column;gap:2px;flex:1}
    .name{font-size:18px}
    .menu{display:flex;gap:14px;font-size:14px;color:#444746}
    .share{background:#c2e7ff;border-radius:20px;padding:9px 22px;font-size:14px;font-weight:500}
    .tools{margin:0 8px;height:40px;border-radius:20px;background:#edf2fa;display:flex;align-items:center;gap:18px;padding:0 18px;font-size:14px;color:#444746}
    .tools b{font-weight:700}.tools .sep{width:1px;height:20px;background:#c7c7c7}
    .main{display:flex;height:${HEIGHT - 104}px}
    .left{width:${WIDTH - SIDEBAR}px;display:flex;flex-direction:column;background:#fff;border-top:1px solid #e1e3e1;margin-top:6px}
    .fx{height:30px;display:flex;align-items:center;border-bottom:1px solid #e1e3e1;font-size:13px;flex:none}
    .box{width:92px;padding:0 10px;border-right:1px solid #e1e3e1;height:100%;display:flex;align-items:center}
    .fx i{padding:0 12px;color:#5f6368;border-right:1px solid #e1e3e1;height:100%;display:flex;align-items:center}
    .fx span{padding:0 10px}
    .grid{flex:1;overflow:hidden}
    table{border-collapse:collapse;table-layout:fixed;font-size:13px}
    th{background:#f8f9fa;color:#5f6368;font-weight:400;font-size:11px;border:1px solid #e1e3e1;height:22px}
    th.ch.on,th.rh.on{background:#d3e3fd;color:#0b57d0;font-weight:500}
    td{border:1px solid #e1e3e1;height:22px;padding:2px 4px;white-space:nowrap;overflow:hidden;position:relative;vertical-align:bottom}
    td.num{text-align:right}
    td.head{white-space:normal;text-align:center;vertical-align:middle;font-weight:700;line-height:1.25}
    td.title{font-size:14px}
    td.note::after{content:"";position:absolute;top:0;right:0;border-style:solid;border-width:0 7px 7px 0;border-color:transparent #f29900 transparent transparent}
    td.sel{outline:2px solid #1a73e8;outline-offset:-2px}
    .tabs{height:40px;border-top:1px solid #e1e3e1;background:#f9fbfd;display:flex;align-items:center;gap:4px;padding:0 12px;font-size:14px;color:#444746;flex:none}
    .tab{padding:8px 14px;border-radius:4px}.tab.on{background:#e1e9f7;color:#0b57d0;font-weight:500}
    .side{width:${SIDEBAR}px;background:#fff;border-left:1px solid #e1e3e1;display:flex;flex-direction:column;box-shadow:-1px 0 4px rgba(60,64,67,.12)}
    .side header{height:48px;display:flex;align-items:center;justify-content:space-between;padding:0 12px 0 16px;font-size:16px;border-bottom:1px solid #e1e3e1;flex:none}
    .side header span{font-size:22px;color:#5f6368}
    iframe{border:0;width:${SIDEBAR - 1}px;flex:1}`;
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>${esc(TITLE)}</title><style>${css}</style></head><body>
<div class="app"><div class="logo"></div><div class="doc"><div class="name">${esc(TITLE)}</div><div class="menu">${menu.map((m) => `<span>${m}</span>`).join('')}</div></div><div class="share">Chia sẻ</div></div>
<div class="tools"><span>↶</span><span>↷</span><span class="sep"></span><span>100%</span><span class="sep"></span><span>₫</span><span>%</span><span>.0</span><span>123</span><span class="sep"></span><span>Arial</span><span class="sep"></span><span>10</span><span class="sep"></span><b>B</b><i>I</i><s>S</s><u>A</u></div>
<div class="main"><div class="left"><div class="fx"><div class="box" id="namebox">A1</div><i>fx</i><span id="fxval"></span></div>
<div class="grid"><table><colgroup>${colgroup}</colgroup>${heads}${body}</table></div>
<div class="tabs"><span>+</span><span>☰</span>${tabs}</div></div>
<aside class="side"><header>Báo cáo CCHC<span>×</span></header><iframe id="sidebar" title="Báo cáo CCHC" src="${esc(sidebarUrl)}"></iframe></aside></div>
</body></html>`;
}

/** Paints on the grid the marks the check wrote and the cell the sidebar selected, as Sheets would show them. */
async function showHost(page: Page, host: HostFixture, sheet: SheetGrid): Promise<void> {
  const applied = host.calls.filter((c) => c.fn === 'baoCaoApplyMarks').at(-1)?.args[0] as CellMark[] | undefined;
  const marks = (applied ?? []).filter((m) => m.sheet === sheet.name).map((m) => ({ row: m.row, col: m.col, fill: m.fill }));
  const selected = (await host.selections()).filter(([s]) => s === sheet.name).at(-1)?.[1];
  const at = selected ? /^([A-Z]+)(\d+)$/.exec(selected) : null;
  const col = at ? [...at[1]!].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1 : -1;
  const row = at ? Number(at[2]) - 1 : -1;
  const value = row >= 0 ? shown(sheet, row, col).text : '';
  await page.evaluate(`(() => {
    for (const m of ${JSON.stringify(marks)}) {
      const td = document.getElementById('c-' + m.row + '-' + m.col);
      if (td) { td.style.background = m.fill; td.classList.add('note'); }
    }
    const sel = ${JSON.stringify({ row, col, a1: selected ?? 'A1', value })};
    if (sel.row >= 0) {
      document.getElementById('c-' + sel.row + '-' + sel.col)?.classList.add('sel');
      document.getElementById('rh-' + sel.row)?.classList.add('on');
      document.getElementById('ch-' + sel.col)?.classList.add('on');
    }
    document.getElementById('namebox').textContent = sel.a1;
    document.getElementById('fxval').textContent = sel.value;
  })()`);
}

/** A 1280×800 PNG of the page, written to test-artifacts/listing/. */
async function shoot(page: Page, file: string): Promise<void> {
  const path = join(SHOTS, file);
  await page.screenshot({ path });
  const png = PNG.sync.read(readFileSync(path));
  expect([png.width, png.height]).toEqual([WIDTH, HEIGHT]);
}

describe.runIf(hasChromium)('the Marketplace screenshots of the sidebar', () => {
  let browser: Browser;
  let page: Page;
  let host: HostFixture;
  let sidebar: FrameLocator;
  let firstSheet: SheetGrid;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    const { GAS_SCRIPT_FILES } = await import(join(REPO_ROOT, 'scripts', 'build-pane.mjs'));
    const html = await builtFile('Sidebar.html');
    const scripts: Record<string, string> = {};
    for (const [name, file] of Object.entries(GAS_SCRIPT_FILES as Record<string, string>)) scripts[name] = await builtFile(`${file}.html`);
    const workbook = await readWorkbookFile(join(REPO_ROOT, 'templates', 'lap-vo-thang-03-2024.xlsx'));
    firstSheet = structuredClone(workbook.sheets[0]!);
    host = await gasFixture(html, workbook, { scripts, delayMs: 0, tab: 'check' });
    browser = await launch();
    page = await browser.newPage({ viewport: { width: WIDTH, height: HEIGHT }, deviceScaleFactor: 1 });
    await host.attach(page);
    await page.setContent(sheetsPage(workbook.sheets, host.url));
    sidebar = page.frameLocator('#sidebar');
    await sidebar.locator('#btn-check').waitFor();
  });
  afterAll(async () => {
    // The browser first: the fixture's server closes once the sidebar's connections are gone.
    await browser?.close();
    await host?.close();
  });

  it('01-kiem-tra.png: Kiểm tra số liệu after a check, the error listed, its cell selected and marked in the sheet', async () => {
    await sidebar.locator('#btn-check').click();
    const finding = sidebar.locator('[data-cell="Kết quả TTHC!C7"]');
    await finding.waitFor();
    await expect.poll(() => sidebar.locator('#check-status').textContent()).toContain('Đã đánh dấu');
    await finding.click();
    await expect.poll(async () => (await host.selections()).length).toBeGreaterThan(0);
    await showHost(page, host, firstSheet);
    // The sidebar at its top: the tabs, the check's result, the tables found, the error below.
    await sidebar.locator('body').evaluate(() => window.scrollTo(0, 0));
    await shoot(page, '01-kiem-tra.png');
  });

  it('02-bao-cao.png: Tạo báo cáo, the report previewed in the sidebar', async () => {
    await sidebar.locator('#tab-report').click();
    await sidebar.locator('#report-settings').waitFor({ state: 'attached' });
    // The clerk has seen the one error and accepts the figures as they are: the report without the draft mark.
    await sidebar.locator('#report-accept').check();
    await sidebar.locator('#btn-preview').click();
    await expect.poll(() => sidebar.locator('#report-preview').textContent(), { timeout: 30_000 }).toContain('Tổng số hồ sơ tiếp nhận là 308 hồ sơ');
    // The sidebar scrolled to its end: the report's buttons and result, the preview below them.
    await sidebar.locator('body').evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await shoot(page, '02-bao-cao.png');
  });
});
