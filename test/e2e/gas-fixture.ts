/**
 * The Google host for the browser tests: the built sidebar served on 127.0.0.1 and a fake google.script.run
 * whose server functions run here in Node, over workbooks read from the reference files, recording calls.
 */
import { createServer, type Server } from 'node:http';
import type { Page } from 'playwright-core';
import type { Workbook } from '../../core';

export interface Call {
  fn: string;
  args: unknown[];
}

export interface HostFixture {
  url: string;
  calls: Call[];
  /** Makes the next call of `fn` fail with this server message ("permission: …"). */
  failNext(fn: string, message: string): void;
  /** Saved .docx files (bytes). */
  saved: { name: string; bytes: Buffer }[];
  attach(page: Page): Promise<void>;
  close(): Promise<void>;
}

export async function gasFixture(html: string, workbook: Workbook): Promise<HostFixture> {
  const server: Server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(html.replace('__BAO_CAO_TAB__', 'check'));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as { port: number }).port;
  const calls: Call[] = [];
  const failures = new Map<string, string>();
  const saved: { name: string; bytes: Buffer }[] = [];
  let settings: unknown = null;

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
        return { marked: (args[0] as unknown[]).length };
      case 'baoCaoClearMarks':
        return { restored: calls.filter((c) => c.fn === 'baoCaoApplyMarks').length ? 1 : 0 };
      case 'baoCaoSelect':
        return null;
      case 'baoCaoSaveReport':
        saved.push({ name: args[0] as string, bytes: Buffer.from(args[1] as string, 'base64') });
        return { url: 'https://drive.google.com/file/d/fake/view' };
      case 'baoCaoLoadSettings':
        return settings;
      case 'baoCaoSaveSettings':
        settings = args[0];
        return null;
      default:
        throw new Error(`unknown: no server function ${fn}`);
    }
  };

  return {
    url: `http://127.0.0.1:${port}/`,
    calls,
    saved,
    failNext: (fn, message) => failures.set(fn, message),
    async attach(page) {
      await page.exposeFunction('__fakeServer', async (fn: string, json: string) => {
        // A slow host, as the real one is: the pane must show progress and refuse a second start meanwhile.
        await new Promise((r) => setTimeout(r, 150));
        return JSON.stringify(handle(fn, JSON.parse(json)) ?? null);
      });
      await page.addInitScript(() => {
        const make = (ok?: (v: unknown) => void, ko?: (e: unknown) => void): unknown =>
          new Proxy(
            {},
            {
              get(_t, prop: string) {
                if (prop === 'withSuccessHandler') return (f: (v: unknown) => void) => make(f, ko);
                if (prop === 'withFailureHandler') return (f: (e: unknown) => void) => make(ok, f);
                return (...args: unknown[]) => {
                  (window as unknown as { __fakeServer(fn: string, json: string): Promise<string> })
                    .__fakeServer(prop, JSON.stringify(args))
                    .then((r) => ok?.(JSON.parse(r)), (e: Error) => ko?.(new Error(e.message.split('\n')[0]!.replace(/^(Error: )+/, ''))));
                };
              },
            },
          );
        (window as unknown as { google: unknown }).google = { script: { run: make() } };
      });
    },
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}
