// `npm run build:listing [-- --base-url https://… --library-id <script id> --library-version <n>]`: what publishing the
// Google add-on needs besides its code (gas-addon/README.md «Phát hành cho cán bộ»).
//
// gas-addon/dist-listing/ — the Marketplace SDK's Store Listing: listing.json (gas-addon/listing/listing.json, its
// privacy/terms/support paths made absolute under --base-url, the hosted web build, when given), icon-32.png and
// icon-128.png (the Excel icons' drawing, scripts/office-icons.mjs), banner-220x140.png (the card banner), and
// screenshots/ (the 1280×800 shots test/e2e/listing-screenshots.e2e.test.ts leaves in test-artifacts/listing/).
//
// gas-addon/dist-library-stub/ — the script of a template spreadsheet that runs the add-on's code as the library
// BaoCaoCCHC: Code.js, one top-level function per trigger, menu item and google.script.run target (taken from
// scripts/build-gas.mjs ENTRY_POINTS and gas-addon/contract.ts SERVER_FUNCTIONS), each one line delegating to the
// library; appsscript.json, the add-on's scopes and Drive service plus the library dependency. Only those two files
// are written there: a .clasp.json beside them (clasp create --type sheets) survives a rebuild.
import { transform } from 'esbuild';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { PNG } from 'pngjs';
import { ENTRY_POINTS } from './build-gas.mjs';
import { readListing } from './legal-pages.mjs';
import { renderIcon } from './office-icons.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const LISTING_OUT = join(root, 'gas-addon', 'dist-listing');
export const STUB_OUT = join(root, 'gas-addon', 'dist-library-stub');
/** Where the browser test leaves the 1280×800 screenshots of the sidebar. */
export const SCREENSHOTS_IN = join(root, 'test-artifacts', 'listing');
/** The identifier the template's script calls the library by. */
export const LIBRARY_SYMBOL = 'BaoCaoCCHC';
export const LIBRARY_ID_PLACEHOLDER = '__LIBRARY_SCRIPT_ID__';
/** The Apps Script triggers the template's script forwards (the simple trigger onOpen; onInstall for symmetry). */
export const TRIGGERS = ['onOpen', 'onInstall'];

/** The add-on's manifest (gas-addon/appsscript.json). */
export function readManifest() {
  return JSON.parse(readFileSync(join(root, 'gas-addon', 'appsscript.json'), 'utf8'));
}

/** gas-addon/contract.ts's SERVER_FUNCTIONS, read from the source (esbuild strips its types; it imports only types). */
export async function serverFunctions() {
  const source = readFileSync(join(root, 'gas-addon', 'contract.ts'), 'utf8');
  const { code } = await transform(source, { loader: 'ts', format: 'esm' });
  const mod = await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
  return [...mod.SERVER_FUNCTIONS];
}

/** Characters as the Store Listing form counts them (code points). */
const length = (s) => [...s].length;

/** Throws when the listing breaks a limit of the Store Listing form or does not justify exactly the manifest's scopes. */
export function checkListing(listing, manifest = readManifest()) {
  const problems = [];
  for (const [field, max] of Object.entries(listing.limits)) {
    const n = length(listing[field] ?? '');
    if (n === 0) problems.push(`${field} is empty`);
    // The detailed description must stay under the limit; the name and short description may reach it.
    if (field === 'detailedDescription' ? n >= max : n > max) problems.push(`${field}: ${n} characters, limit ${max}`);
  }
  const justified = Object.keys(listing.scopes).sort();
  const declared = [...manifest.oauthScopes].sort();
  if (JSON.stringify(justified) !== JSON.stringify(declared)) problems.push(`scopes justified ${justified.join(', ')} ≠ manifest ${declared.join(', ')}`);
  for (const [scope, text] of Object.entries(listing.scopes)) {
    if (!text.vi?.trim() || !text.en?.trim()) problems.push(`${scope}: a Vietnamese and an English justification are needed`);
  }
  if (problems.length) throw new Error(`gas-addon/listing/listing.json:\n  ${problems.join('\n  ')}`);
}

/** The listing with its URLs made absolute under `baseUrl` (https only); unchanged without one. */
export function resolveListing(listing, baseUrl) {
  const out = structuredClone(listing);
  if (!baseUrl) return out;
  const base = new URL(baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`);
  if (base.protocol !== 'https:') throw new Error(`--base-url must be an https:// address (the Marketplace links to it): ${baseUrl}`);
  out.baseUrl = base.href;
  out.urls = Object.fromEntries(Object.entries(listing.urls).map(([k, path]) => [k, new URL(path, base).href]));
  return out;
}

/** The card banner: the icon at the middle of a pale green card. */
export function renderBanner(width = 220, height = 140) {
  const png = new PNG({ width, height });
  const icon = PNG.sync.read(renderIcon(96));
  const bg = [0xe6, 0xf4, 0xea];
  const ox = Math.round((width - icon.width) / 2);
  const oy = Math.round((height - icon.height) / 2);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const o = (y * width + x) * 4;
      const ix = x - ox;
      const iy = y - oy;
      const inside = ix >= 0 && iy >= 0 && ix < icon.width && iy < icon.height;
      const io = (iy * icon.width + ix) * 4;
      const a = inside ? icon.data[io + 3] / 255 : 0;
      for (let c = 0; c < 3; c++) png.data[o + c] = Math.round(bg[c] * (1 - a) + (inside ? icon.data[io + c] : 0) * a);
      png.data[o + 3] = 255;
    }
  }
  return PNG.sync.write(png);
}

/**
 * The template spreadsheet's Code.js: a top-level function for each trigger, menu item and google.script.run target
 * (google.script.run and menu items reach only the bound script's own top-level functions), each delegating to the
 * library in one line.
 */
export function stubCode(server) {
  const missing = server.filter((f) => !ENTRY_POINTS.includes(f));
  if (missing.length) throw new Error(`SERVER_FUNCTIONS not built as entry points by build-gas.mjs: ${missing.join(', ')}`);
  const menu = ENTRY_POINTS.filter((f) => !TRIGGERS.includes(f) && !server.includes(f));
  const lines = [
    `// Báo cáo CCHC — the template spreadsheet's script. The add-on's code is the library ${LIBRARY_SYMBOL} (appsscript.json);`,
    '// every menu item and sidebar call reaches one of these functions, which hands it to the library.',
    '// Generated by scripts/build-listing.mjs from gas-addon/contract.ts SERVER_FUNCTIONS: do not edit.',
    ...TRIGGERS.map((f) => `function ${f}(e) { ${LIBRARY_SYMBOL}.${f}(e); }`),
    ...menu.map((f) => `function ${f}() { ${LIBRARY_SYMBOL}.${f}(); }`),
    ...server.map((f) => `function ${f}(...args) { return ${LIBRARY_SYMBOL}.${f}(...args); }`),
  ];
  return `${lines.join('\n')}\n`;
}

/** The template's manifest: the add-on's own (scopes, Drive service) with the library, pinned to a version. */
export function stubManifest({ libraryId = LIBRARY_ID_PLACEHOLDER, version = '1' } = {}, manifest = readManifest()) {
  if (!/^[1-9]\d*$/.test(String(version))) throw new Error(`--library-version must be a version number (1, 2, …): ${version}`);
  return {
    ...manifest,
    dependencies: {
      ...manifest.dependencies,
      libraries: [{ userSymbol: LIBRARY_SYMBOL, libraryId, version: String(version), developmentMode: false }],
    },
  };
}

/** Writes both folders; the folders are options for the tests. */
export async function buildListing({
  baseUrl,
  libraryId,
  libraryVersion,
  listingOut = LISTING_OUT,
  stubOut = STUB_OUT,
  screenshotsFrom = SCREENSHOTS_IN,
} = {}) {
  const listing = readListing();
  checkListing(listing);
  mkdirSync(listingOut, { recursive: true });
  writeFileSync(join(listingOut, 'listing.json'), `${JSON.stringify(resolveListing(listing, baseUrl), null, 2)}\n`);
  for (const [size, file] of Object.entries(listing.graphics.icons)) writeFileSync(join(listingOut, file), renderIcon(Number(size)));
  const banner = listing.graphics.cardBanner;
  writeFileSync(join(listingOut, banner.file), renderBanner(banner.width, banner.height));
  const shotsOut = join(listingOut, listing.graphics.screenshots.folder);
  rmSync(shotsOut, { recursive: true, force: true });
  mkdirSync(shotsOut, { recursive: true });
  const shots = existsSync(screenshotsFrom)
    ? readdirSync(screenshotsFrom)
        .filter((f) => f.endsWith('.png'))
        .sort()
    : [];
  for (const f of shots) copyFileSync(join(screenshotsFrom, f), join(shotsOut, f));

  mkdirSync(stubOut, { recursive: true });
  writeFileSync(join(stubOut, 'Code.js'), stubCode(await serverFunctions()));
  writeFileSync(join(stubOut, 'appsscript.json'), `${JSON.stringify(stubManifest({ libraryId, version: libraryVersion }), null, 2)}\n`);
  return { screenshots: shots };
}

/** `--name value` or `--name=value`. */
function argument(argv, name) {
  const i = argv.findIndex((a) => a === name || a.startsWith(`${name}=`));
  if (i < 0) return undefined;
  const value = argv[i].includes('=') ? argv[i].slice(name.length + 1) : argv[i + 1];
  if (!value || value.startsWith('--')) throw new Error(`${name} needs a value`);
  return value;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const argv = process.argv.slice(2);
  const r = await buildListing({
    baseUrl: argument(argv, '--base-url'),
    libraryId: argument(argv, '--library-id'),
    libraryVersion: argument(argv, '--library-version'),
  });
  console.log(`gas-addon/dist-listing: listing.json, icons, banner, ${r.screenshots.length} screenshot(s)`);
  if (!r.screenshots.length) console.log('  no screenshot in test-artifacts/listing/: npm run build:gas, then the browser test listing-screenshots');
  console.log('gas-addon/dist-library-stub: Code.js, appsscript.json');
}
