// Builds the Excel add-in into office-addin/dist: the task pane (the shared pane with the Excel adapter, one
// HTML file), the function file the manifest requires, a help page, the icons and a copy of the manifest.
// With --base-url https://… it builds the production add-in into office-addin/dist-prod instead: the same files, the
// manifest pointing at that address, and caching rules for the province's web server (office-addin/README.md).
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildPaneHtml, buildPaneScript, OFFICE_JS_URL } from './build-pane.mjs';
import { buildWeb } from './build-web.mjs';
import { ICON_SIZES, renderIcon } from './office-icons.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const MANIFEST_PATH = join(root, 'office-addin', 'manifest.xml');
export const DEV_ORIGIN = 'https://localhost:3000';
export const PROD_DIST = join(root, 'office-addin', 'dist-prod');

/** Every https URL the manifest names (icons, pages, help), in order of appearance. */
export function manifestUrls(xml) {
  return [...xml.matchAll(/DefaultValue="(https:\/\/[^"]+)"|<AppDomain>(https:\/\/[^<]+)<\/AppDomain>/g)].map((m) => m[1] ?? m[2]);
}

/** The file a manifest URL is served from, relative to the build directory ('' for the origin itself). */
export function fileOfUrl(url) {
  const u = new URL(url);
  return decodeURIComponent(u.pathname).replace(/^\/+/, '');
}

/** A refused command line (a bad --base-url, an unknown flag): the script prints its message and exits with 2. */
export class BuildArgError extends Error {}

const EXAMPLE = 'ví dụ: npm run build:excel -- --base-url https://tinh.example.gov.vn/bao-cao';

/**
 * The production base URL, checked and without trailing slashes: https, a real host name (not this computer, not a
 * single-label intranet name the offices' Office cannot reach from outside), no query or fragment (the manifest's
 * pages are appended to it). Throws BuildArgError with a Vietnamese message otherwise.
 */
export function checkBaseUrl(raw) {
  const text = String(raw ?? '').trim();
  let u;
  try {
    u = new URL(text);
  } catch {
    throw new BuildArgError(`Địa chỉ phát hành không hợp lệ: "${text}" (${EXAMPLE}).`);
  }
  if (u.protocol !== 'https:') throw new BuildArgError(`Địa chỉ phát hành phải bắt đầu bằng https:// (Office chỉ nạp phần bổ trợ qua HTTPS): "${text}".`);
  if (u.username || u.password) throw new BuildArgError(`Địa chỉ phát hành không được chứa tên đăng nhập hay mật khẩu: "${text}".`);
  if (u.search || u.hash || /[?#]/.test(text))
    throw new BuildArgError(`Địa chỉ phát hành không được có phần truy vấn (?…) hay dấu neo (#…): "${text}" (${EXAMPLE}).`);
  const host = u.hostname;
  const loopback =
    host === 'localhost' || host.endsWith('.localhost') || /^127\.\d+\.\d+\.\d+$/.test(host) || host === '0.0.0.0' || host === '[::1]' || host === '[::]';
  if (loopback)
    throw new BuildArgError(
      `Địa chỉ phát hành không được là máy này (${host}): máy của cán bộ khác không mở được. Hãy dùng địa chỉ HTTPS của tỉnh (${EXAMPLE}).`,
    );
  if (!host.includes('.') && !host.startsWith('['))
    throw new BuildArgError(`Địa chỉ phát hành phải có tên miền đầy đủ (ví dụ tinh.example.gov.vn), không phải tên máy "${host}".`);
  return u.origin + u.pathname.replace(/\/+$/, '');
}

// No "--" inside an XML comment: the text names the script's option without its dashes.
const PROD_COMMENT = `<!--
  Báo cáo CCHC for Excel: the PRODUCTION manifest, written by scripts/build-excel.mjs (option base-url) from
  office-addin/manifest.xml: edit that file, then build again. Every address is the province's HTTPS host.
  The Id is fixed for the life of the add-in: Office keys installs, settings and updates on it.
-->`;

/**
 * The production manifest: every https://localhost:3000 address (icons, SourceLocation, bt:Url, SupportUrl) becomes
 * the same path under `baseUrl`, and the AppDomain becomes the base URL's origin. Pure: the build and the tests use it.
 */
export function productionManifest(xml, baseUrl) {
  const base = checkBaseUrl(baseUrl);
  const { origin } = new URL(base);
  const xmlAttr = (s) => s.replace(/&/g, '&amp;');
  let out = xml.replace(/<!--[\s\S]*?-->/, (c) => (c.includes(DEV_ORIGIN) ? PROD_COMMENT : c));
  out = out.replace(/<AppDomain>\s*https:\/\/localhost:3000\/?\s*<\/AppDomain>/g, `<AppDomain>${xmlAttr(origin)}</AppDomain>`);
  out = out.split(DEV_ORIGIN).join(xmlAttr(base));
  const left = /https?:\/\/(?:localhost|127\.0\.0\.1)\b[^"<\s]*/.exec(out.replace(/<!--[\s\S]*?-->/g, ''));
  if (left) throw new Error(`productionManifest: ${left[0]} is left in the manifest`);
  return out;
}

/**
 * Icons: cached for a year. Office caches add-in icons itself, by URL, and shows a generic icon instead of one
 * served with no-cache/no-store; a changed icon needs a new URL anyway.
 */
export const ASSET_CACHE = 'public, max-age=31536000, immutable';
/** Pages, scripts, the manifest: revalidated on every load, so an update reaches every user at once. */
export const PAGE_CACHE = 'no-cache';

/**
 * The caching rules for the province's web server, beside the production build: IIS (web.config), Apache
 * (.htaccess), and static hosts that read _headers (paths from the site's root, hence the base URL's path).
 */
export function cachingFiles(names, baseUrl) {
  const path = new URL(checkBaseUrl(baseUrl)).pathname.replace(/\/+$/, '');
  const why = [
    'Báo cáo CCHC (Excel add-in), production build: caching headers.',
    `Pages and scripts: "${PAGE_CACHE}", so an update reaches every user at their next start.`,
    `Icons (assets/): "${ASSET_CACHE}". Office must be able to cache add-in icons: it shows a`,
    'generic icon when the server forbids caching them (Microsoft Learn, "Office Add-ins manifest", Hosting requirements).',
  ];
  const pages = names.filter((n) => !n.startsWith('assets/'));
  return {
    'web.config': `<?xml version="1.0" encoding="utf-8"?>
<!--
${why.map((l) => `  ${l}`).join('\n')}
  IIS: static files only; needs nothing but the Static Content feature.
-->
<configuration>
  <system.webServer>
    <httpProtocol>
      <customHeaders>
        <remove name="Cache-Control" />
        <add name="Cache-Control" value="${PAGE_CACHE}" />
      </customHeaders>
    </httpProtocol>
  </system.webServer>
  <location path="assets">
    <system.webServer>
      <httpProtocol>
        <customHeaders>
          <remove name="Cache-Control" />
          <add name="Cache-Control" value="${ASSET_CACHE}" />
        </customHeaders>
      </httpProtocol>
    </system.webServer>
  </location>
</configuration>
`,
    '.htaccess': `${why.map((l) => `# ${l}`).join('\n')}
# Apache: needs mod_headers and "AllowOverride FileInfo" for this directory.
<IfModule mod_headers.c>
  <FilesMatch "\\.(html|js|xml)$">
    Header set Cache-Control "${PAGE_CACHE}"
  </FilesMatch>
  <FilesMatch "\\.png$">
    Header set Cache-Control "${ASSET_CACHE}"
  </FilesMatch>
</IfModule>
`,
    _headers: `${why.map((l) => `# ${l}`).join('\n')}
# For static hosts that read _headers at the site's root; the paths are under ${path || '/'}.
${pages.map((n) => `${path}/${n}\n  Cache-Control: ${PAGE_CACHE}`).join('\n')}
${path}/web/*
  Cache-Control: ${PAGE_CACHE}
${path}/assets/*
  Cache-Control: ${ASSET_CACHE}
`,
  };
}

const page = (title, body) => `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title></head><body>${body}</body></html>
`;

/**
 * Writes the add-in into `outDir`. With `baseUrl`, the production add-in: the manifest for that address and the
 * caching rules (checked before anything is removed or written).
 */
export async function buildExcelAddin(outDir = join(root, 'office-addin', 'dist'), { baseUrl } = {}) {
  const source = readFileSync(MANIFEST_PATH, 'utf8');
  const manifest = baseUrl === undefined ? source : productionManifest(source, baseUrl);
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
    'manifest.xml': manifest,
  };
  for (const s of ICON_SIZES) files[`assets/icon-${s}.png`] = renderIcon(s);
  if (baseUrl !== undefined) Object.assign(files, cachingFiles(Object.keys(files), baseUrl));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(outDir, name), content);
  // The web page beside the task pane: where the pane cannot run (an older webview, pane/old-webview.ts), the clerk
  // is sent to web/index.html on the same host, to open in a current browser.
  const web = await buildWeb(join(outDir, 'web'));
  return Object.fromEntries([...Object.entries(files).map(([n, c]) => [n, Buffer.byteLength(c)]), ...Object.entries(web).map(([n, b]) => [`web/${n}`, b])]);
}

/** `[--base-url https://…] [--out dir]` (also `--flag=value`). */
export function parseArgs(argv) {
  const opts = {};
  for (let i = 0; i < argv.length; i++) {
    const m = /^--(base-url|out)(?:=(.*))?$/.exec(argv[i]);
    if (!m) throw new BuildArgError(`Không hiểu tham số "${argv[i]}". Cách dùng: npm run build:excel [-- --base-url https://… [--out thư-mục]].`);
    const value = m[2] ?? argv[++i];
    if (!value) throw new BuildArgError(`Thiếu giá trị sau --${m[1]} (${EXAMPLE}).`);
    opts[m[1] === 'base-url' ? 'baseUrl' : 'out'] = value;
  }
  return opts;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    const { baseUrl, out: outArg } = parseArgs(process.argv.slice(2));
    if (baseUrl !== undefined) checkBaseUrl(baseUrl);
    const out = outArg ? resolve(outArg) : baseUrl === undefined ? join(root, 'office-addin', 'dist') : PROD_DIST;
    // The directory is emptied first: never the project, the current directory or one holding them.
    for (const keep of [root, process.cwd()])
      if ((keep + sep).startsWith(out.endsWith(sep) ? out : out + sep))
        throw new BuildArgError(`Thư mục --out "${outArg}" chứa cả dự án hoặc thư mục hiện tại (nó sẽ bị xóa trước khi ghi): hãy chọn một thư mục riêng.`);
    const sizes = await buildExcelAddin(out, { baseUrl });
    for (const [name, bytes] of Object.entries(sizes)) console.log(`${relative(root, join(out, name))}  ${(bytes / 1024).toFixed(1)} KB`);
    if (baseUrl !== undefined) console.log(`Bản phát hành cho ${checkBaseUrl(baseUrl)}/: đưa cả thư mục ${relative(root, out) || out} lên máy chủ đó.`);
  } catch (e) {
    if (!(e instanceof BuildArgError)) throw e;
    console.error(e.message);
    process.exitCode = 2;
  }
}
