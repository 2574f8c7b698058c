/**
 * The Excel host for the browser tests: the built task pane served on 127.0.0.1 and, where the page asks for
 * Office.js on Microsoft's CDN, the fake Office/Excel of test/excel/fake-excel.ts over the given workbook.
 * That route is the one switch between the real host and the fake; the page itself is the published one.
 */
import { build } from 'esbuild';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { Workbook } from '../../core';
import { REPO_ROOT } from '../helpers/reference';
import type { FakeOptions } from '../excel/fake-excel';
import { fakeSheets } from '../excel/from-workbook';
import type { PaneFixture } from './fixture';

let bundle: Promise<string> | undefined;

/** The fake Office.js, bundled once for the page. */
export function fakeOfficeJs(): Promise<string> {
  bundle ??= build({
    entryPoints: [join(REPO_ROOT, 'test', 'excel', 'fake-office-page.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2019',
    logLevel: 'warning',
  }).then((r) => r.outputFiles[0]!.text);
  return bundle;
}

export interface ExcelFixtureOptions {
  delayMs?: number;
  tab?: 'check' | 'indicators' | 'report';
  /** 'unreachable': the CDN cannot be reached (offline). */
  officeJs?: 'fake' | 'unreachable';
  fake?: FakeOptions;
  /** The pane's scripts loaded on first use, by name, served beside the task pane as <name>.js. */
  scripts?: Record<string, string>;
}

export async function excelFixture(html: string, workbook: Workbook, opts: ExcelFixtureOptions = {}): Promise<PaneFixture> {
  const { OFFICE_JS_URL } = await import(join(REPO_ROOT, 'scripts', 'build-pane.mjs'));
  const script = await fakeOfficeJs();
  const server: Server = createServer((req, res) => {
    const script = /^\/([a-z-]+)\.js/.exec(req.url ?? '')?.[1];
    if (script) {
      const js = opts.scripts?.[script];
      res.writeHead(js ? 200 : 404, { 'content-type': 'text/javascript; charset=utf-8' });
      res.end(js ?? '');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(html);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as { port: number }).port;
  let page: Page | undefined;
  const ask = async <T>(expr: string): Promise<T> => page!.evaluate(expr) as Promise<T>;
  const init = { sheets: fakeSheets(workbook), options: { delayMs: opts.delayMs ?? 50, ...opts.fake } };
  return {
    kind: 'excel',
    drive: false,
    url: `http://127.0.0.1:${port}/taskpane.html?tab=${opts.tab ?? 'check'}`,
    saved: [],
    async attach(p) {
      // A second page is the same file reopened: it starts with the settings the first one saved.
      const persisted = page && !page.isClosed() ? await page.evaluate('window.__fakeExcel.persisted') : undefined;
      page = p;
      const body = `window.__FAKE_EXCEL_INIT__ = ${JSON.stringify({ ...init, ...(persisted ? { persisted } : {}) })};\n${script}`;
      await p.route(OFFICE_JS_URL, (route) =>
        opts.officeJs === 'unreachable' ? route.abort('internetdisconnected') : route.fulfill({ contentType: 'text/javascript; charset=utf-8', body }),
      );
    },
    reads: () => ask<number>('window.__fakeExcel.reads'),
    marked: () => ask<string[]>('window.__fakeExcel.markedCells()'),
    selections: () => ask<[string, string][]>('window.__fakeExcel.selections.map((s) => [s.sheet, s.address])'),
    settingsSaved: () => ask<boolean>("'baoCaoSettings' in window.__fakeExcel.persisted"),
    savedSettings: async () => {
      const v = await ask<unknown>('window.__fakeExcel.persisted.baoCaoSettings ?? null');
      return (typeof v === 'string' ? JSON.parse(v) : v) as Record<string, unknown> | null;
    },
    setValue: (sheet, row, col, value) =>
      ask<void>(
        `(() => { const s = window.__fakeExcel.sheets.find((x) => x.name === ${JSON.stringify(sheet)}); s.values[${row}][${col}] = ${JSON.stringify(value)}; if (s.text[${row}]) s.text[${row}][${col}] = undefined; })()`,
      ),
    sheets: () => ask<{ name: string; values: unknown[][] }[]>('window.__fakeExcel.sheets.map((s) => ({ name: s.name, values: s.values }))'),
    failNextRead: () => ask<void>("void window.__fakeExcel.failNext('any', 'GeneralException', 'An internal error has occurred.')"),
    refuseNextMarks: () => ask<void>("void window.__fakeExcel.failNext('write', 'AccessDenied', 'You cannot perform the requested operation.')"),
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}
