// Builds the Google Sheets add-on into gas-addon/dist/: Code.js (top-level functions, no modules left),
// Sidebar.html (the pane, everything inlined), FolderPicker.html (the Google Picker's dialog) and appsscript.json.
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'gas-addon', 'dist');

/** Every function Apps Script must see as a top-level declaration. */
export const ENTRY_POINTS = [
  'onOpen',
  'onInstall',
  'baoCaoOpenCheck',
  'baoCaoOpenReport',
  'baoCaoOpenPane',
  'baoCaoReadWorkbook',
  'baoCaoApplyMarks',
  'baoCaoClearMarks',
  'baoCaoSelect',
  'baoCaoSaveReport',
  'baoCaoLoadReports',
  'baoCaoSaveReports',
  'baoCaoLoadSettings',
  'baoCaoSaveSettings',
  'baoCaoScript',
  'baoCaoAddSampleSheet',
  'baoCaoPickerConfig',
  'baoCaoCanPickFolder',
  'baoCaoOpenFolderPicker',
  'baoCaoSetReportFolder',
  'baoCaoGetReportFolder',
  'baoCaoResetReportFolder',
];

/**
 * FolderPicker.html: the Google Picker's dialog (server baoCaoOpenFolderPicker), its script bundled from
 * gas-addon/picker/folder-picker.ts and inlined. Google's api.js is loaded by that script, never bundled.
 */
export async function buildFolderPickerHtml() {
  const { bundleScript } = await import(pathToFileURL(join(root, 'scripts', 'build-pane.mjs')).href);
  const js = (await bundleScript(join(root, 'gas-addon', 'picker', 'folder-picker.ts'))).replace(/<\/script/gi, '<\\/script');
  const css =
    'body{margin:0;padding:16px;font:14px/1.5 Roboto,Arial,sans-serif;color:#202124}' +
    'button{padding:6px 14px;border:1px solid #80868b;border-radius:4px;background:#fff;font:inherit;cursor:pointer}' +
    'button:focus-visible{outline:2px solid #1a73e8;outline-offset:1px}';
  return `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><title>Chọn thư mục lưu báo cáo</title><style>${css}</style></head>
<body><main><p id="picker-status" role="status" aria-live="polite"></p><div id="picker-actions"></div></main><script>${js}</script></body></html>`;
}

export async function buildGas() {
  mkdirSync(out, { recursive: true });
  const result = await build({
    entryPoints: [join(root, 'gas-addon', 'server', 'index.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    globalName: 'BaoCao',
    target: 'es2020',
    platform: 'neutral',
    charset: 'utf8',
    logLevel: 'warning',
  });
  const stubs = ENTRY_POINTS.map((f) => `function ${f}() { return BaoCao.${f}.apply(null, arguments); }`).join('\n');
  const code = `${result.outputFiles[0].text}\n${stubs}\n`;
  writeFileSync(join(out, 'Code.js'), code);
  copyFileSync(join(root, 'gas-addon', 'appsscript.json'), join(out, 'appsscript.json'));
  const { buildPaneHtml, buildPaneScript, GAS_SCRIPT_FILES } = await import(pathToFileURL(join(root, 'scripts', 'build-pane.mjs')).href);
  const html = await buildPaneHtml('gas');
  writeFileSync(join(out, 'Sidebar.html'), html);
  // The .docx writer and the preview, fetched by the sidebar on first use (server baoCaoScript): raw script text.
  for (const [name, file] of Object.entries(GAS_SCRIPT_FILES)) writeFileSync(join(out, `${file}.html`), await buildPaneScript(name));
  writeFileSync(join(out, 'FolderPicker.html'), await buildFolderPickerHtml());
  return { codeBytes: Buffer.byteLength(code), htmlBytes: Buffer.byteLength(html) };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const r = await buildGas();
  console.log(`gas-addon/dist: Code.js ${(r.codeBytes / 1024).toFixed(1)} KB, Sidebar.html ${(r.htmlBytes / 1024).toFixed(1)} KB`);
}
