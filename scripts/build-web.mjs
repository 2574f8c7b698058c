// Builds the web page into web/dist/: index.html (the pane's styles inline, so it paints before any script) and its
// scripts beside it — app.js, and the ones loaded on first use: docx-writer.js, docx-preview.js, sheetjs.js, parsers.js. Classic
// scripts, not modules: a page opened from disk (file://) may load those. Nothing is fetched from anywhere else.
import { build, transform } from 'esbuild';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildPaneScript, PANE_SCRIPTS } from './build-pane.mjs';
import { legalPages, supportContact } from './legal-pages.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const WEB_DIST = join(root, 'web', 'dist');

/** The readers' SheetJS comes from sheetjs.js in the page (web/sheetjs-lib.ts), not from an import. */
const sheetjsFromScript = {
  name: 'sheetjs-from-script',
  setup(b) {
    b.onResolve({ filter: /\/sheetjs-lib$/ }, (args) =>
      args.importer.includes(`${join('readers', '')}`) ? { path: join(root, 'web', 'sheetjs-lib.ts') } : undefined,
    );
  },
};

/**
 * htmlparser2's index re-exports its DOM helpers (domutils, dom-serializer: 110 KB minified) that no bundler can drop;
 * the readers use its Parser alone, taken from its own module.
 */
export const HTMLPARSER2_PARSER = join(root, 'node_modules', 'htmlparser2', 'dist', 'esm', 'Parser.js');

/**
 * The page's first script holds no text parser (htmlparser2 and its entities, papaparse: 80 KB): readers/ reach them
 * through web/text-parsers-shim.ts, and parsers.js is loaded when a CSV or HTML file comes (web/text-parsers-lib.ts).
 */
const textParsersFromScript = {
  name: 'text-parsers-from-script',
  setup(b) {
    b.onResolve({ filter: /^(?:papaparse|htmlparser2)$/ }, () => ({ path: join(root, 'web', 'text-parsers-shim.ts') }));
    b.onResolve({ filter: /\/text-parsers-lib$/ }, (args) =>
      args.importer.includes(`${join('readers', '')}`) ? { path: join(root, 'web', 'text-parsers-lib.ts') } : undefined,
    );
  },
};

async function bundle(entry, plugins = []) {
  const r = await build({
    entryPoints: [join(root, 'web', entry)],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: ['es2020', 'chrome100', 'firefox100', 'edge100', 'safari15'],
    minify: true,
    legalComments: 'none',
    charset: 'utf8',
    loader: { '.mustache': 'text' },
    define: { 'process.env.NODE_ENV': '"production"', global: 'globalThis', __BAO_CAO_SUPPORT__: JSON.stringify(supportContact()) },
    alias: { jszip: join(root, 'pane', 'zip-for-preview.ts'), htmlparser2: HTMLPARSER2_PARSER },
    plugins,
    logLevel: 'warning',
  });
  return r.outputFiles[0].text;
}

/** The Content-Security-Policy of the page: no request to any server (connect-src), no frame, no form, no font. */
export const WEB_CSP = "connect-src 'none'; form-action 'none'; frame-src 'none'; object-src 'none'; font-src 'none'; base-uri 'none'";

export async function buildWeb(out = WEB_DIST) {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const files = {
    'app.js': await bundle('main.ts', [sheetjsFromScript, textParsersFromScript]),
    'sheetjs.js': await bundle('sheetjs-entry.ts'),
    'parsers.js': await bundle('parsers-entry.ts'),
  };
  for (const name of Object.keys(PANE_SCRIPTS)) files[`${name}.js`] = await buildPaneScript(name);
  const styles = readFileSync(join(root, 'pane', 'styles.css'), 'utf8') + readFileSync(join(root, 'web', 'styles.css'), 'utf8');
  const css = (await transform(styles, { loader: 'css', minify: true })).code.trim();
  files['index.html'] = `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${WEB_CSP}">
<meta name="referrer" content="no-referrer">
<title>Báo cáo CCHC</title><style>${css}</style></head>
<body class="web"><main id="app"><noscript>Trang cần JavaScript; hãy bật JavaScript trong trình duyệt.</noscript></main><script src="app.js"></script></body></html>
`;
  // The privacy policy and terms of service the Marketplace listing links to (scripts/legal-pages.mjs).
  Object.assign(files, legalPages());
  for (const [name, text] of Object.entries(files)) writeFileSync(join(out, name), text);
  return Object.fromEntries(Object.entries(files).map(([k, v]) => [k, Buffer.byteLength(v)]));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const sizes = await buildWeb();
  for (const [k, v] of Object.entries(sizes)) console.log(`web/dist/${k} ${(v / 1024).toFixed(0)} KB`);
}
