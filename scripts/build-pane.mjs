// Builds the pane into ONE HTML document (JS and CSS inlined): the Google sidebar is a single HtmlService file,
// and the Excel task pane is the same page with Office.js loaded first.
import { build, transform } from 'esbuild';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { supportContact } from './legal-pages.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Office.js as Microsoft requires published add-ins to load it: from its CDN. The one place that names it;
 * the browser tests answer this URL with the fake Excel host (test/e2e/excel-fixture.ts).
 */
export const OFFICE_JS_URL = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

const ENTRIES = { gas: 'main-gas.ts', excel: 'main-excel.ts' };

/** The pane's scripts loaded on first use (pane/docx.ts): name → entry. Google keeps each as an HTML file of the project. */
export const PANE_SCRIPTS = { 'docx-writer': 'docx-writer.ts', 'docx-preview': 'docx-preview.ts' };
/** The Apps Script HTML file holding each script. */
export const GAS_SCRIPT_FILES = { 'docx-writer': 'DocxWriter', 'docx-preview': 'DocxPreview' };

/** One browser script, minified: the pane, the scripts it loads later and Google's dialogs share these settings. */
export async function bundleScript(path, { support = supportContact() } = {}) {
  const result = await build({
    entryPoints: [path],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    // Chromium-based WebView2 and Google's sidebar: ES2020 is safe, and not lowering ?. / ?? saves bytes.
    target: 'es2020',
    minify: true,
    // The licences stay in node_modules and the README; the sidebar must stay small.
    legalComments: 'none',
    charset: 'utf8',
    loader: { '.mustache': 'text' },
    // The support contact, a deployment setting (scripts/legal-pages.mjs supportContact): pane/deployment.ts.
    define: { 'process.env.NODE_ENV': '"production"', global: 'globalThis', __BAO_CAO_SUPPORT__: JSON.stringify(support) },
    // docx-preview's jszip, served by fflate (which the .docx writer brings): one zip library in the pane.
    alias: { jszip: join(root, 'pane', 'zip-for-preview.ts') },
    logLevel: 'warning',
  });
  return result.outputFiles[0].text;
}

const bundle = (entry, opts) => bundleScript(join(root, 'pane', entry), opts);

/** One of PANE_SCRIPTS as one minified script. */
export const buildPaneScript = (name) => bundle(PANE_SCRIPTS[name]);

/**
 * The Excel pane's fallback (pane/old-webview.ts), compiled for ES5: an older webview that cannot parse the pane still
 * runs this, and is told where the web page is. esbuild refuses any syntax newer than ES5 here.
 */
export async function buildOldWebviewScript() {
  const result = await build({
    entryPoints: [join(root, 'pane', 'old-webview.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es5',
    minify: true,
    charset: 'utf8',
    supported: { arrow: false, 'const-and-let': false, 'template-literal': false, destructuring: false },
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}

/** The pane for a host ('gas' or 'excel') as a complete HTML document; `opts.support` overrides the deployment's contact. */
export async function buildPaneHtml(host = 'gas', opts = {}) {
  if (!(host in ENTRIES)) throw new Error(`no pane entry for host ${host}`);
  const text = await bundle(ENTRIES[host], opts);
  // A "</script" inside the bundle would end the inline script early.
  const js = text.replace(/<\/script/gi, '<\\/script');
  const css = (await transform(readFileSync(join(root, 'pane', 'styles.css'), 'utf8'), { loader: 'css', minify: true })).code.trim();
  // Google passes the menu's tab by replacing the meta; Excel's ribbon buttons pass ?tab= in the URL.
  const head = host === 'gas' ? '<meta name="bao-cao-tab" content="__BAO_CAO_TAB__">' : `<script src="${OFFICE_JS_URL}"></script>`;
  // Excel only: Google's sidebar runs in the user's own current browser.
  const fallback = host === 'excel' ? `<script>${await buildOldWebviewScript()}</script>` : '';
  return `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
${head}<title>Báo cáo CCHC</title><style>${css}</style></head>
<body><div id="app"></div><script>${js}</script>${fallback}</body></html>`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  mkdirSync(join(root, 'dist', 'pane'), { recursive: true });
  for (const host of Object.keys(ENTRIES)) {
    const html = await buildPaneHtml(host);
    writeFileSync(join(root, 'dist', 'pane', `pane-${host}.html`), html);
    console.log(`dist/pane/pane-${host}.html ${(Buffer.byteLength(html) / 1024).toFixed(0)} KB`);
  }
  for (const name of Object.keys(PANE_SCRIPTS)) writeFileSync(join(root, 'dist', 'pane', `${name}.js`), await buildPaneScript(name));
}
