/**
 * The Google host for the browser tests: the built sidebar served on 127.0.0.1 and a fake google.script.run
 * whose server functions run here in Node, over workbooks read from the reference files, recording calls.
 */
import { createServer, type Server } from 'node:http';
import { freeSheetName, type CellMark, type Workbook } from '../../core';
import type { PaneFixture } from './fixture';

/** google.script.run in the page: every server call goes to window.__fakeServer (exposed from Node). */
const FAKE_RUN = `(() => {
  const make = (ok, ko) => new Proxy({}, {
    get(_t, prop) {
      if (prop === 'withSuccessHandler') return (f) => make(f, ko);
      if (prop === 'withFailureHandler') return (f) => make(ok, f);
      return (...args) => {
        window.__fakeServer(prop, JSON.stringify(args)).then(
          (r) => ok && ok(JSON.parse(r)),
          (e) => ko && ko(new Error(String(e.message).split('\\n')[0].replace(/^(Error: )+/, ''))),
        );
      };
    },
  });
  window.google = { script: { run: make() } };
})();`;

export interface Call {
  fn: string;
  args: unknown[];
}

export interface HostFixture extends PaneFixture {
  calls: Call[];
  /** Makes the next call of `fn` fail with this server message ("permission: …"). */
  failNext(fn: string, message: string): void;
}

export async function gasFixture(
  html: string,
  workbook: Workbook,
  opts: { delayMs?: number; tab?: string; scripts?: Record<string, string> } = {},
): Promise<HostFixture> {
  const delay = opts.delayMs ?? 150;
  const server: Server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(html.replace('__BAO_CAO_TAB__', opts.tab ?? 'check'));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as { port: number }).port;
  const calls: Call[] = [];
  const failures = new Map<string, string>();
  const saved: { name: string; bytes: Buffer; googleDoc?: boolean }[] = [];
  let settings: unknown = null;
  let marks: CellMark[] = [];

  const handle = (fn: string, args: unknown[]): unknown => {
    calls.push({ fn, args });
    const f = failures.get(fn);
    if (f) {
      failures.delete(fn);
      throw new Error(f);
    }
    switch (fn) {
      case 'baoCaoReadWorkbook':
        return workbook;
      case 'baoCaoApplyMarks':
        marks = args[0] as CellMark[];
        return { marked: marks.length };
      case 'baoCaoClearMarks': {
        const restored = marks.length;
        marks = [];
        return { restored };
      }
      case 'baoCaoSelect':
        return null;
      case 'baoCaoSaveReport':
        saved.push({ name: args[0] as string, bytes: Buffer.from(args[1] as string, 'base64'), googleDoc: args[2] === true });
        return { url: 'https://drive.google.com/file/d/fake/view' };
      case 'baoCaoLoadSettings':
        return settings;
      case 'baoCaoSaveSettings':
        settings = args[0];
        return null;
      case 'baoCaoAddSampleSheet': {
        // As the server does: a new sheet under a free name, the values from A1; no other sheet is touched.
        const sheet = freeSheetName(workbook.sheets.map((s) => s.name));
        workbook.sheets.push({ name: sheet, values: structuredClone(args[0] as (string | number)[][]), merges: [] });
        return { sheet };
      }
      case 'baoCaoScript': {
        const js = opts.scripts?.[args[0] as string];
        if (!js) throw new Error('not-found: Không tìm thấy thành phần của tiện ích.');
        return js;
      }
      default:
        throw new Error(`unknown: no server function ${fn}`);
    }
  };

  const fixture: HostFixture = {
    kind: 'google-sheets',
    drive: true,
    url: `http://127.0.0.1:${port}/`,
    calls,
    saved,
    failNext: (fn, message) => failures.set(fn, message),
    reads: async () => calls.filter((c) => c.fn === 'baoCaoReadWorkbook').length,
    marked: async () => marks.map((m) => `${m.sheet}!${m.row},${m.col}`),
    selections: async () => calls.filter((c) => c.fn === 'baoCaoSelect').map((c) => c.args as [string, string]),
    settingsSaved: async () => calls.some((c) => c.fn === 'baoCaoSaveSettings'),
    savedSettings: async () => settings as Record<string, unknown> | null,
    async setValue(sheet, row, col, value) {
      const s = workbook.sheets.find((x) => x.name === sheet)!;
      const r = row - (s.originRow ?? 0);
      const c = col - (s.originCol ?? 0);
      s.values[r]![c] = value;
      if (s.display?.[r]) s.display[r]![c] = undefined;
    },
    sheets: async () => structuredClone(workbook.sheets.map((s) => ({ name: s.name, values: s.values as unknown[][] }))),
    refuseNextMarks: async () => void failures.set('baoCaoApplyMarks', 'permission: You do not have permission'),
    async attach(page) {
      await page.exposeFunction('__fakeServer', async (fn: string, json: string) => {
        // A slow host, as the real one is: the pane must show progress and refuse a second start meanwhile.
        if (delay) await new Promise((r) => setTimeout(r, delay));
        return JSON.stringify(handle(fn, JSON.parse(json)) ?? null);
      });
      // A string, not a function: a transpiled function may carry helper calls (tsx's __name) the page lacks.
      await page.addInitScript(FAKE_RUN);
    },
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
  return fixture;
}
