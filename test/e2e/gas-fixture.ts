/**
 * The Google host for the browser tests: the built sidebar served on 127.0.0.1 and a fake google.script.run
 * whose server functions run here in Node, over workbooks read from the reference files, recording calls.
 */
import { createServer, type Server } from 'node:http';
import type { Page } from 'playwright-core';
import { freeSheetName, type CellMark, type Workbook } from '../../core';
import type { ReportFolder } from '../../gas-addon/contract';
import type { PaneFixture } from './fixture';
import { fakeGapi, type FakeFolder } from './fake-picker';
import { overTheWire } from '../gas/fake-apps-script';

export const GAPI_URL = 'https://apis.google.com/js/api.js';
/** The user's folders the fake Picker offers. */
export const USER_FOLDERS: FakeFolder[] = [
  { id: 'folder-thang', name: 'Báo cáo tháng' },
  { id: 'folder-quy', name: 'Báo cáo quý' },
];
const DEFAULT_FOLDER: FakeFolder = { id: 'folder-bao-cao-cchc', name: 'Báo cáo CCHC' };
/** What the Script Properties give when the deployment set PICKER_API_KEY and PICKER_APP_ID. */
export const PICKER_CONFIG = { developerKey: 'AIza-fake-key', appId: '123456789012', token: 'ya29.fake-token' };

/** The dialog's google.script.host: its origin, and close() closing the dialog's page. */
const FAKE_HOST = `(() => {
  window.google.script.host = { origin: location.origin, close: () => window.__closeDialog() };
})();`;

/**
 * google.script.run in the page: every server call is a POST to the fixture's own server (/__server/<fn>), answered
 * with JSON, as Google's is: a large answer (a 10.000-row workbook) costs what parsing JSON costs, not what
 * Playwright's exposeFunction costs (its answer is compiled as a script).
 */
const FAKE_RUN = `(() => {
  // Google refuses a Date, a function, a DOM node or any non-plain object in the arguments, even nested
  // (test/gas/fake-apps-script.ts overTheWire); JSON.stringify would quietly turn them into strings.
  const illegal = (v, seen) => {
    if (v === null || typeof v !== 'object') return typeof v === 'function' || typeof v === 'symbol' || typeof v === 'bigint';
    const proto = Object.getPrototypeOf(v);
    if (!Array.isArray(v) && proto !== Object.prototype && proto !== null) return true;
    if (seen.includes(v)) return true;
    return Object.values(v).some((x) => illegal(x, [...seen, v]));
  };
  const make = (ok, ko) => new Proxy({}, {
    get(_t, prop) {
      if (prop === 'withSuccessHandler') return (f) => make(f, ko);
      if (prop === 'withFailureHandler') return (f) => make(ok, f);
      return (...args) => {
        if (illegal(args, [])) return void setTimeout(() => ko && ko(new Error('Failed due to illegal value in property: 0')), 0);
        fetch('/__server/' + prop, { method: 'POST', body: JSON.stringify(args) })
          .then((r) => r.json())
          .then(
            (r) => ('error' in r ? ko && ko(new Error(r.error)) : ok && ok(r.ok)),
            (e) => ko && ko(new Error(String(e.message))),
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
  opts: {
    delayMs?: number;
    tab?: string;
    scripts?: Record<string, string>;
    /** The built FolderPicker.html, opened as the dialog's page by baoCaoOpenFolderPicker. */
    pickerHtml?: string;
    /** Whether the Script Properties hold the Picker's key and app id (default: they do). */
    picker?: boolean;
    /** Google's api.js cannot be loaded in the dialog (offline, blocked). */
    gapi?: 'unreachable';
    /** Sheets read a call (a workbook too large for Google's 6 minutes comes in parts); default: all at once. */
    sheetsPerCall?: number;
  } = {},
): Promise<HostFixture> {
  const delay = opts.delayMs ?? 150;
  /** The sidebar's page: the dialog's calls act on it (the Picker's dialog opens beside it). */
  let sidebarPage: Page | undefined;
  const server: Server = createServer((req, res) => {
    const fn = /^\/__server\/(\w+)$/.exec(req.url ?? '')?.[1];
    if (fn && req.method === 'POST') {
      const body: Buffer[] = [];
      req.on('data', (b: Buffer) => body.push(b));
      req.on('end', async () => {
        // A slow host, as the real one is: the pane must show progress and refuse a second start meanwhile.
        if (delay) await new Promise((r) => setTimeout(r, delay));
        let answer: string;
        try {
          // A result crosses as Google carries it: a Date or another object anywhere in it makes it null.
          answer = JSON.stringify({ ok: overTheWire((await handle(fn, JSON.parse(Buffer.concat(body).toString('utf8')), sidebarPage!)) ?? null, 'result') });
        } catch (e) {
          answer = JSON.stringify({ error: String((e as Error).message ?? e) });
        }
        res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
        res.end(answer);
      });
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    if (req.url?.startsWith('/FolderPicker.html')) return res.end(opts.pickerHtml ?? '<!doctype html><title>no picker</title>');
    res.end(html.replace('__BAO_CAO_TAB__', opts.tab ?? 'check'));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as { port: number }).port;
  const calls: Call[] = [];
  const failures = new Map<string, string>();
  const saved: { name: string; bytes: Buffer; googleDoc?: boolean; parent?: string; id?: string }[] = [];
  let settings: unknown = null;
  /** «Báo cáo đã tạo», in the document's properties. */
  let reports: unknown[] = [];
  let marks: CellMark[] = [];
  /** The user's Drive as the add-on reaches it: the default folder, and the folders the Picker offers. */
  const driveFolders = new Map([DEFAULT_FOLDER, ...USER_FOLDERS].map((f) => [f.id, f.name]));
  /** The folder picked (the user's properties). */
  let picked: ReportFolder | null = null;
  const dialogs: Page[] = [];

  /** The Picker's dialog, as Apps Script shows it: the built FolderPicker.html in a page of its own. */
  const openDialog = async (sidebar: Page) => {
    // A page of its own (a page made by browser.newPage() cannot open another in its context).
    const dialog = await sidebar
      .context()
      .browser()!
      .newPage({ viewport: { width: 620, height: 440 } });
    dialogs.push(dialog);
    await dialog.route(GAPI_URL, (route) =>
      opts.gapi === 'unreachable'
        ? route.abort('internetdisconnected')
        : route.fulfill({ contentType: 'text/javascript; charset=utf-8', body: fakeGapi(USER_FOLDERS) }),
    );
    await dialog.exposeFunction('__closeDialog', () => void setTimeout(() => void dialog.close(), 0));
    await dialog.addInitScript(FAKE_RUN);
    await dialog.addInitScript(FAKE_HOST);
    await dialog.goto(`http://127.0.0.1:${port}/FolderPicker.html`);
  };

  const handle = async (fn: string, args: unknown[], page: Page): Promise<unknown> => {
    calls.push({ fn, args });
    const f = failures.get(fn);
    if (f) {
      failures.delete(fn);
      throw new Error(f);
    }
    switch (fn) {
      case 'baoCaoReadWorkbook': {
        // As the server does: from sheet `from`, as many as one call reads; `next` where the next call starts.
        const from = Number(args[0] ?? 0);
        const to = Math.min(workbook.sheets.length, from + (opts.sheetsPerCall ?? workbook.sheets.length));
        const part = { sheets: workbook.sheets.slice(from, to), total: workbook.sheets.length };
        return to < workbook.sheets.length ? { ...part, next: to } : part;
      }
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
      case 'baoCaoSaveReport': {
        // As the server does: into the folder picked while Drive still has it, else the default one.
        const reachable = picked && driveFolders.has(picked.id) ? picked : null;
        const fellBack = picked !== null && reachable === null;
        if (fellBack) picked = null;
        const parent = reachable?.id ?? DEFAULT_FOLDER.id;
        const file = { name: args[0] as string, bytes: Buffer.from(args[1] as string, 'base64'), googleDoc: args[2] === true, parent };
        // Saved over an earlier file (a .docx keeps its id and link), as the server does when Drive still has it.
        const over = typeof args[3] === 'string' ? saved.findIndex((f) => f.id === args[3]) : -1;
        if (over >= 0 && !saved[over]!.googleDoc && !file.googleDoc) {
          const id = saved[over]!.id!;
          saved[over] = { ...file, id, parent: saved[over]!.parent };
          return { url: `https://drive.google.com/file/d/${id}/view`, folder: driveFolders.get(saved[over]!.parent!)!, fileId: id, replaced: true };
        }
        const id = `fake-file-${saved.length + 1}`;
        saved.push({ ...file, id });
        return { url: `https://drive.google.com/file/d/${id}/view`, folder: driveFolders.get(parent)!, fileId: id, ...(fellBack ? { fellBack: true } : {}) };
      }
      case 'baoCaoLoadReports':
        return reports;
      case 'baoCaoSaveReports':
        reports = args[0] as unknown[];
        return null;
      case 'baoCaoPickerConfig':
        return opts.picker === false ? null : PICKER_CONFIG;
      case 'baoCaoCanPickFolder':
        return opts.picker !== false;
      case 'baoCaoOpenFolderPicker':
        await openDialog(page);
        return null;
      case 'baoCaoSetReportFolder':
        picked = { id: args[0] as string, name: args[1] as string };
        return null;
      case 'baoCaoGetReportFolder':
        return picked;
      case 'baoCaoResetReportFolder':
        picked = null;
        return null;
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
    dialogs,
    driveFolders: () => Object.fromEntries(driveFolders),
    deleteFolder: async (id) => void driveFolders.delete(id),
    failNext: (fn, message) => failures.set(fn, message),
    // A read of the workbook is its first part (from 0); the parts after it belong to the same read.
    reads: async () => calls.filter((c) => c.fn === 'baoCaoReadWorkbook' && !c.args[0]).length,
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
    failNextRead: async () => void failures.set('baoCaoReadWorkbook', 'Service Spreadsheets timed out while accessing document with id abc.'),
    async attach(page) {
      sidebarPage = page;
      // A string, not a function: a transpiled function may carry helper calls (tsx's __name) the page lacks.
      await page.addInitScript(FAKE_RUN);
    },
    close: async () => {
      for (const d of dialogs) if (!d.isClosed()) await d.close();
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
  return fixture;
}
