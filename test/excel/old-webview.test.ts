/**
 * The Excel pane where the pane cannot run (Internet Explorer 11 or the first Edge in older Office): the ES5 script
 * after the pane says so in Vietnamese and gives the web page's address; where the pane ran, it does nothing.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import vm from 'node:vm';
import { transform } from 'esbuild';
import { REPO_ROOT } from '../helpers/reference';

let html = '';
let fallback = '';
beforeAll(async () => {
  const m = await import(join(REPO_ROOT, 'scripts', 'build-pane.mjs'));
  html = await m.buildPaneHtml('excel');
  fallback = await m.buildOldWebviewScript();
});

/** A document as an old webview gives it: #app, text nodes, links. */
function run(paneRan: boolean, href = 'https://tinh.example.gov.vn/bao-cao/taskpane.html?tab=check') {
  type N = { tag: string; text?: string; attrs: Record<string, string>; style: Record<string, string>; children: N[]; innerHTML: string };
  const node = (tag: string): N => ({ tag, attrs: {}, style: {}, children: [], innerHTML: '' });
  const app = node('div');
  app.children.push({ ...node('#text'), text: 'pane' });
  const withApi = (n: N) =>
    Object.assign(n, {
      appendChild: (c: N) => n.children.push(c),
      setAttribute: (k: string, v: string) => void (n.attrs[k] = v),
    });
  const appEl = withApi(app);
  Object.defineProperty(appEl, 'innerHTML', { set: () => void (app.children.length = 0), get: () => '' });
  const document = {
    getElementById: (id: string) => (id === 'app' ? appEl : null),
    createElement: (tag: string) => withApi(node(tag)),
    createTextNode: (text: string) => ({ ...node('#text'), text }),
  };
  const window: Record<string, unknown> = paneRan ? { __baoCaoPane: true } : {};
  vm.runInNewContext(fallback, { window, document, location: { href } });
  const text = (n: N): string => n.text ?? n.children.map(text).join(' ');
  const links = (n: N): string[] => [...(n.tag === 'a' ? [n.attrs.href!] : []), ...n.children.flatMap(links)];
  return { text: text(app), links: links(app) };
}

describe('the ES5 fallback of the Excel pane (pane/old-webview.ts)', () => {
  it('follows the pane’s script in the task pane, and is not in Google’s sidebar', async () => {
    const at = html.lastIndexOf(`<script>${fallback}</script>`);
    expect(at).toBeGreaterThan(html.indexOf('<script>'));
    const gas = await (await import(join(REPO_ROOT, 'scripts', 'build-pane.mjs'))).buildPaneHtml('gas');
    expect(gas).not.toContain(fallback);
  });

  it('is ES5: no arrow, let/const, template, class or destructuring survives an ES5 compile', async () => {
    await expect(
      transform(fallback, {
        target: 'es5',
        supported: { arrow: false, 'const-and-let': false, 'template-literal': false, destructuring: false, class: false },
      }),
    ).resolves.toHaveProperty('code');
    expect(fallback).not.toMatch(/=>|`|\b(let|const|class)\s/);
  });

  it('where the pane did not start, says why in Vietnamese and links the web page beside the task pane', () => {
    const { text, links } = run(false);
    expect(text).toContain('Internet Explorer');
    expect(text).toContain('Chrome, Edge hoặc Firefox');
    expect(text).not.toContain('pane');
    expect(links).toEqual(['https://tinh.example.gov.vn/bao-cao/web/index.html']);
  });

  it('where the pane ran, leaves it alone', () => {
    expect(run(true)).toEqual({ text: 'pane', links: [] });
  });

  it('the pane says it ran only after starting', () => {
    expect(html).toContain('__baoCaoPane');
  });
});
