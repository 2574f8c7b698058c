// Builds the pane into ONE HTML document (JS and CSS inlined): the Google sidebar is a single HtmlService file.
import { build } from 'esbuild';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The pane for a host ('gas' now; 'excel' in issue 5) as a complete HTML document. */
export async function buildPaneHtml(host = 'gas') {
  if (host !== 'gas') throw new Error(`no pane entry for host ${host} yet`);
  const result = await build({
    entryPoints: [join(root, 'pane', 'main.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2019',
    minify: true,
    charset: 'utf8',
    loader: { '.mustache': 'text' },
    define: { 'process.env.NODE_ENV': '"production"', global: 'globalThis' },
    logLevel: 'warning',
  });
  // A "</script" inside the bundle would end the inline script early.
  const js = result.outputFiles[0].text.replace(/<\/script/gi, '<\\/script');
  const css = readFileSync(join(root, 'pane', 'styles.css'), 'utf8');
  return `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="bao-cao-tab" content="__BAO_CAO_TAB__"><title>Báo cáo CCHC</title><style>${css}</style></head>
<body><div id="app"></div><script>${js}</script></body></html>`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const html = await buildPaneHtml('gas');
  mkdirSync(join(root, 'dist', 'pane'), { recursive: true });
  writeFileSync(join(root, 'dist', 'pane', 'sidebar-gas.html'), html);
  console.log(`dist/pane/sidebar-gas.html ${(Buffer.byteLength(html) / 1024).toFixed(0)} KB`);
}
