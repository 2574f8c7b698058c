// Builds the Excel add-in into office-addin/dist: the task pane (the shared pane with the Excel adapter, one
// HTML file), the function file the manifest requires, a help page, the icons and a copy of the manifest.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildPaneHtml, buildPaneScript, OFFICE_JS_URL } from './build-pane.mjs';
import { ICON_SIZES, renderIcon } from './office-icons.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const MANIFEST_PATH = join(root, 'office-addin', 'manifest.xml');
export const DEV_ORIGIN = 'https://localhost:3000';

/** Every https URL the manifest names (icons, pages, help), in order of appearance. */
export function manifestUrls(xml) {
  return [...xml.matchAll(/DefaultValue="(https:\/\/[^"]+)"|<AppDomain>(https:\/\/[^<]+)<\/AppDomain>/g)].map((m) => m[1] ?? m[2]);
}

/** The file a manifest URL is served from, relative to the build directory ('' for the origin itself). */
export function fileOfUrl(url) {
  const u = new URL(url);
  return decodeURIComponent(u.pathname).replace(/^\/+/, '');
}

const page = (title, body) => `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title></head><body>${body}</body></html>
`;

export async function buildExcelAddin(outDir = join(root, 'office-addin', 'dist')) {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(join(outDir, 'assets'), { recursive: true });
  const files = {
    'taskpane.html': await buildPaneHtml('excel'),
    // The .docx writer and the preview, loaded by the task pane on first use.
    'docx-writer.js': await buildPaneScript('docx-writer'),
    'docx-preview.js': await buildPaneScript('docx-preview'),
    // The FunctionFile: required by the manifest even though both buttons only open the task pane.
    'commands.html': page('Báo cáo CCHC', `<script src="${OFFICE_JS_URL}"></script><script>Office.onReady(function () {});</script>`),
    'help.html': page(
      'Báo cáo CCHC: hướng dẫn',
      `<h1>Báo cáo CCHC</h1>
<p>Trên thẻ <b>Trang đầu</b> của Excel, nhóm <b>Báo cáo CCHC</b>:</p>
<ul><li><b>Kiểm tra số liệu</b>: tìm các bảng số liệu TTHC, kiểm tra từng tổng, tô màu và ghi chú ô sai kèm giá trị đúng; <b>Xóa đánh dấu</b> trả lại trang tính như cũ. Số liệu không bao giờ bị sửa.</li>
<li><b>Chỉ tiêu</b>: các tỷ lệ (đúng hạn, trực tuyến, số hóa, thanh toán trực tuyến) so với mục tiêu.</li>
<li><b>Tạo báo cáo</b>: tệp .docx theo Nghị định 30/2020/NĐ-CP, tải xuống máy.</li></ul>`,
    ),
    'manifest.xml': readFileSync(MANIFEST_PATH, 'utf8'),
  };
  for (const s of ICON_SIZES) files[`assets/icon-${s}.png`] = renderIcon(s);
  for (const [name, content] of Object.entries(files)) writeFileSync(join(outDir, name), content);
  return Object.fromEntries(Object.entries(files).map(([n, c]) => [n, Buffer.byteLength(c)]));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const out = join(root, 'office-addin', 'dist');
  const sizes = await buildExcelAddin(out);
  for (const [name, bytes] of Object.entries(sizes)) console.log(`${relative(root, join(out, name))}  ${(bytes / 1024).toFixed(1)} KB`);
}
