/**
 * Hướng dẫn as a guide (issue 22): first steps, how to fix an error with a picture of it, what Tổng hợp is for.
 * Opened from the header into the tabs' area, on both hosts and on the web page, at the Google sidebar's 300 × 560
 * and at 150 per cent zoom (200 × 373): no word broken across lines, nothing past the edge, the picture legible.
 */
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Workbook } from '../../core';
import { T } from '../../pane/messages';
import { W } from '../../web/messages';
import { REPO_ROOT } from '../helpers/reference';
import { hasChromium, launch } from './browser';
import { excelFixture } from './excel-fixture';
import type { MakeFixture } from './fixture';
import { gasFixture } from './gas-fixture';
import { scenarioWorkbook } from './scenarios';

const SHOTS = join(REPO_ROOT, 'test-artifacts', 'e2e');
const SIZES = [
  [300, 560],
  [200, 373],
] as const;
/**
 * The page as the clerk's screen shows it: 200 CSS pixels are the 300 px sidebar at 150 per cent zoom, so the
 * screenshot has the screen's pixels.
 */
const screen = (width: number, height: number) => ({ viewport: { width, height }, deviceScaleFactor: Math.max(1, 300 / width) });
/** The picture's smallest text on screen, in pixels. */
const MIN_TEXT_PX = 11;

async function maker(host: 'gas' | 'excel'): Promise<MakeFixture> {
  const { buildPaneHtml, buildPaneScript, PANE_SCRIPTS } = await import(join(REPO_ROOT, 'scripts', 'build-pane.mjs'));
  const scripts: Record<string, string> = {};
  for (const name of Object.keys(PANE_SCRIPTS)) scripts[name] = await buildPaneScript(name);
  const html: string = await buildPaneHtml(host);
  return host === 'gas' ? (wb, opts) => gasFixture(html, wb, { ...opts, scripts }) : (wb, opts) => excelFixture(html, wb, { ...opts, scripts });
}

/** What the clerk sees of the guide, measured in the page. */
interface Measured {
  /** Words drawn on two lines or more ("Cấ|p"). */
  broken: string[];
  /** Words reaching past the guide's box (clipped by the pane), outside the example table's own scrolling region. */
  outside: string[];
  /** The page scrolls sideways by this many pixels. */
  sideways: number;
  /** The picture's box against the guide's: inside its border, and its content's width. */
  picture: { left: number; right: number; width: number; innerLeft: number; innerRight: number; contentWidth: number };
  /** The picture's texts with their size on screen, in CSS pixels. */
  textPx: { text: string; px: number }[];
  /** Texts not within the innermost shape they are drawn on (a card, a cell, a button, the step's box). */
  spilling: string[];
  /** Pairs of texts drawn over each other. */
  overlapping: string[];
  /** Text colours under 4,5:1 against what they are drawn on; strokes and arrowheads under 3:1 against white. */
  lowContrast: string[];
  steps: number;
  /** Arrows between the boxes. */
  arrows: number;
}

/** Runs in the page: every measure of the open guide. */
function measure(help: HTMLElement): Measured {
  const box = help.getBoundingClientRect();
  const cs = getComputedStyle(help);
  const innerLeft = box.left + Number.parseFloat(cs.borderLeftWidth);
  const innerRight = box.right - Number.parseFloat(cs.borderRightWidth);
  const contentWidth = innerRight - innerLeft - Number.parseFloat(cs.paddingLeft) - Number.parseFloat(cs.paddingRight);
  const broken: string[] = [];
  const outside: string[] = [];
  const walker = document.createTreeWalker(help, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement!;
    if (parent.closest('svg')) continue;
    const scrolls = parent.closest('.example') !== null;
    for (const m of (node.textContent ?? '').matchAll(/\S+/g)) {
      const r = document.createRange();
      r.setStart(node, m.index!);
      r.setEnd(node, m.index! + m[0].length);
      const rects = [...r.getClientRects()].filter((x) => x.width > 0);
      // One line, even when a glyph of another font makes a second box on it.
      const tops = rects.map((x) => x.top);
      if (rects.length && Math.max(...tops) - Math.min(...tops) > 2) broken.push(m[0]);
      if (!scrolls && rects.some((x) => x.left < box.left - 0.5 || x.right > box.right + 0.5)) outside.push(m[0]);
    }
  }

  const svg = help.querySelector('svg')!;
  const sr = svg.getBoundingClientRect();
  const scale = sr.width / svg.viewBox.baseVal.width;
  const texts = [...svg.querySelectorAll('text')];
  const textPx = texts.map((t) => ({ text: t.textContent ?? '', px: Number.parseFloat(t.getAttribute('font-size')!) * scale }));

  const hex = (c: string) => [1, 3, 5].map((i) => Number.parseInt(c.slice(i, i + 2), 16) / 255);
  const lum = (c: string) => {
    const [r, g, b] = hex(c).map((v) => (v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const contrast = (a: string, b: string) => {
    const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
    return (x! + 0.05) / (y! + 0.05);
  };
  type Shape = { el: SVGGraphicsElement; x: number; y: number; w: number; h: number };
  const spilling: string[] = [];
  const overlapping: string[] = [];
  const lowContrast: string[] = [];
  const steps = [...svg.querySelectorAll('g.flow-step')];
  for (const step of steps) {
    const shapes: Shape[] = [...step.querySelectorAll<SVGGraphicsElement>('rect, circle')].map((el) => {
      const b = el.getBBox();
      return { el, x: b.x, y: b.y, w: b.width, h: b.height };
    });
    const boxes = [...step.querySelectorAll('text')].map((t) => ({ t, b: t.getBBox() }));
    for (const [i, { t, b }] of boxes.entries()) {
      const name = t.textContent ?? '';
      // What the text is drawn on: the last-drawn, smallest shape holding its start.
      const holds = (s: Shape) => s.x <= b.x + 0.5 && b.x + 0.5 <= s.x + s.w && s.y <= b.y + b.height / 2 && b.y + b.height / 2 <= s.y + s.h;
      const under = shapes.filter((s) => holds(s) && s.el.compareDocumentPosition(t) & Node.DOCUMENT_POSITION_FOLLOWING);
      const on = under.sort((p, q) => p.w * p.h - q.w * q.h)[0];
      if (!on || b.x < on.x - 0.5 || b.x + b.width > on.x + on.w + 0.5 || b.y < on.y - 0.5 || b.y + b.height > on.y + on.h + 0.5) spilling.push(name);
      const bg = on?.el.getAttribute('fill') ?? '#ffffff';
      if (contrast(t.getAttribute('fill')!, bg) < 4.5) lowContrast.push(`${name} on ${bg}`);
      for (const { t: u, b: c } of boxes.slice(i + 1)) {
        const apart = b.x + b.width <= c.x || c.x + c.width <= b.x || b.y + b.height <= c.y || c.y + c.height <= b.y;
        if (!apart) overlapping.push(`${name} / ${u.textContent}`);
      }
    }
  }
  for (const el of svg.querySelectorAll('[stroke]')) {
    const c = el.getAttribute('stroke')!;
    if (c !== 'none' && contrast(c, '#ffffff') < 3) lowContrast.push(`stroke ${c}`);
  }
  for (const el of svg.querySelectorAll('polygon')) {
    const c = el.getAttribute('fill')!;
    if (contrast(c, '#ffffff') < 3) lowContrast.push(`shape ${c}`);
  }
  return {
    broken,
    outside,
    sideways: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    picture: { left: sr.left, right: sr.right, width: sr.width, innerLeft, innerRight, contentWidth },
    textPx,
    spilling,
    overlapping,
    lowContrast,
    steps: steps.length,
    arrows: svg.querySelectorAll(':scope > g:not(.flow-step) polygon').length,
  };
}

/** The guide's checks, whatever the page: the add-ins' panes or the web page. */
async function checkGuide(page: Page, width: number): Promise<Locator> {
  await page.getByRole('button', { name: 'Hướng dẫn' }).click();
  // In the tabs' area: inside the main landmark, under the tab list.
  const help = page.getByRole('main').getByRole('region', { name: T.help.title });
  await help.waitFor();
  const tabs = (await page.getByRole('tablist').boundingBox())!;
  expect((await help.boundingBox())!.y).toBeGreaterThanOrEqual(tabs.y + tabs.height);
  expect(await page.getByRole('button', { name: T.help.close }).getAttribute('aria-expanded')).toBe('true');

  // The panel's h2, then its sections as h3, in this order.
  const headings = await help.getByRole('heading').evaluateAll((hs) => hs.map((h) => `${h.tagName} ${h.textContent}`));
  expect(headings).toEqual([`H2 ${T.help.title}`, 'H3 Bắt đầu', 'H3 Sửa một lỗi', 'H3 Tổng hợp dùng để làm gì', 'H3 Bảng số liệu']);
  for (const name of ['Bắt đầu', 'Sửa một lỗi', /^Tổng hợp/]) expect(await help.getByRole('heading', { level: 3, name }).count()).toBe(1);

  // Bắt đầu: numbered steps naming the pane's own buttons and tabs, and what makes a report a draft.
  const steps = help.getByRole('list').first().getByRole('listitem');
  expect(await steps.count()).toBe(4);
  const said = await steps.allTextContents();
  expect(said[0]).toContain('«Kiểm tra»');
  expect(said[1]).toMatch(/lỗi đầu tiên, ở trên cùng/);
  expect(said[2]).toContain('«Chỉ tiêu»');
  expect(said[3]).toContain('«Tạo báo cáo»');
  expect(said[3]).toContain('DỰ\u00a0THẢO');
  // The box she ticks is named as the report tab names it.
  const box = /«(Tôi đã xem các lỗi)…»/.exec(said[3]!)![1]!;
  expect(T.report.accept.startsWith(box)).toBe(true);
  for (const name of ['Kiểm tra số liệu', 'Chỉ tiêu', 'Tạo báo cáo']) expect(await page.getByRole('tab', { name }).count()).toBe(1);
  expect(await page.getByRole('button', { name: 'Kiểm tra số liệu' }).count()).toBe(1);

  // Sửa một lỗi: the picture, by its name and what it draws; what to do when the cell cannot be told.
  const picture = help.getByRole('img', { name: /^Sơ đồ sửa một lỗi: 1\. .+ 2\. .+ 3\. .+ 4\. .+\.$/ });
  expect(await picture.count()).toBe(1);
  const drawn = (await picture.textContent()) ?? '';
  for (const w of ['Tổng số ≠ …', 'Đúng ra: 120', 'Kiểm tra số liệu']) expect(drawn).toContain(w);
  const text = (await help.textContent()) ?? '';
  expect(text).toContain(`«${T.check.candidates.replace(/:$/, '')}»`);
  // Tổng hợp: for many units; on one unit's own workbook, what to use instead.
  expect(text).toMatch(/riêng một đơn vị, Tổng hợp không có gì để cộng: hãy dùng «Tạo báo cáo»\./);
  // No developer words.
  expect(text).not.toMatch(/\bA1\b|\.docx|\brange\b|dd\/mm\/yyyy|\bJSON\b|sidebar|undefined|NaN/i);

  const m = await help.evaluate(measure);
  expect(m.broken, 'words broken across lines').toEqual([]);
  expect(m.outside, 'words past the edge').toEqual([]);
  expect(m.sideways, 'the page scrolls sideways').toBeLessThanOrEqual(0);
  // The picture takes the guide's width (at 200 px, its padding too), within its border.
  expect(m.picture.left).toBeGreaterThanOrEqual(m.picture.innerLeft - 0.5);
  expect(m.picture.right).toBeLessThanOrEqual(m.picture.innerRight + 0.5);
  expect(m.picture.width).toBeGreaterThanOrEqual(Math.min(360, m.picture.contentWidth) - 1);
  expect(m.steps).toBe(4);
  expect(m.arrows).toBe(3);
  // Legible: no text under 11 screen pixels, in the 300 px sidebar and at 150 per cent zoom (200 CSS px on 300).
  const zoom = Math.max(1, 300 / width);
  const small = m.textPx.filter((t) => t.px * zoom < MIN_TEXT_PX).map((t) => `${t.text} ${(t.px * zoom).toFixed(1)}px`);
  expect(small, 'texts too small').toEqual([]);
  expect(m.spilling, 'texts out of their shapes').toEqual([]);
  expect(m.overlapping, 'texts over each other').toEqual([]);
  expect(m.lowContrast, 'colours under WCAG AA').toEqual([]);
  return help;
}

describe.runIf(hasChromium)('Hướng dẫn, a guide', () => {
  let browser: Browser;
  let workbook: Workbook;
  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    workbook = await scenarioWorkbook();
    browser = await launch();
  });
  afterAll(async () => browser?.close());

  for (const [host, prefix] of [
    ['gas', 'google'],
    ['excel', 'excel'],
  ] as const) {
    describe(`in the ${prefix === 'google' ? 'Google Sheets sidebar' : 'Excel task pane'}`, () => {
      let make: MakeFixture;
      beforeAll(async () => {
        make = await maker(host);
      });

      it.each(SIZES)('at %i×%i: under the tabs; Bắt đầu, Sửa một lỗi with its picture, Tổng hợp; no word broken, nothing past the edge', async (w, h) => {
        const fixture = await make(workbook);
        const page = await browser.newPage(screen(w, h));
        await fixture.attach(page);
        await page.goto(fixture.url);
        const help = await checkGuide(page, w);
        // The add-ins mark the cells: the picture says so, and how the marks are put back.
        const text = (await help.textContent()) ?? '';
        expect(text).toContain('«Xóa đánh dấu» trả lại bảng tính đúng như trước');
        expect(await help.getByRole('img').textContent()).toContain(T.check.goTo('C7'));
        await page.screenshot({ path: join(SHOTS, `help-guide-${prefix}-${w}.png`), fullPage: true });
        await page.close();
        await fixture.close();
      });
    });
  }

  describe('on the web page', () => {
    const dist = mkdtempSync(join(tmpdir(), 'bao-cao-help-web-'));
    beforeAll(async () => {
      const { buildWeb } = await import(join(REPO_ROOT, 'scripts', 'build-web.mjs'));
      await buildWeb(dist);
    }, 180_000);

    it.each(SIZES)('at %i×%i: the same guide in the words of a file read, never marked', async (w, h) => {
      const page = await browser.newPage(screen(w, h));
      await page.goto(pathToFileURL(join(dist, 'index.html')).href);
      const help = await checkGuide(page, w);
      const text = (await help.textContent()) ?? '';
      expect(text).not.toMatch(/tô màu|Xóa đánh dấu|Chọn ô/);
      expect(text).toContain('ô C7 của trang «Kết quả TTHC»');
      expect(text).toContain(`«${W.pick}»`);
      await page.screenshot({ path: join(SHOTS, `help-guide-web-${w}.png`), fullPage: true });
      await page.close();
    });
  });
});
