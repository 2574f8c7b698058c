/**
 * The production add-in (`npm run build:excel -- --base-url https://…`): built by the script itself into a temporary
 * directory, its manifest names the province's HTTPS host only, Microsoft's reader still reads it, its icons are
 * files of the build, the web server is told to cache the icons and revalidate the pages, and a base URL Office
 * could not use is refused in Vietnamese with exit code 2 before anything is written.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { OfficeAddinManifest } from 'office-addin-manifest';
import { PNG } from 'pngjs';
import { OFFICE_APP_ORDER } from './manifest-order';
import { REPO_ROOT } from '../helpers/reference';

const ADDIN_ID = 'eaa2be94-7d89-4e0a-96b8-6e472cb3a97b';
const BASE = 'https://tinh.example.gov.vn/bao-cao';
const ORIGIN = 'https://tinh.example.gov.vn';
const SCRIPT = join(REPO_ROOT, 'scripts', 'build-excel.mjs');
const SOURCE_MANIFEST = readFileSync(join(REPO_ROOT, 'office-addin', 'manifest.xml'), 'utf8');

type Node = Record<string, any>;
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  isArray: (name) => ['Control', 'bt:Image', 'bt:Url', 'bt:String', 'Group'].includes(name),
});

/** Every attribute value and text of `node` with the element it belongs to (namespace declarations left out). */
function* values(node: unknown, name = ''): Generator<[string, string]> {
  if (Array.isArray(node)) for (const n of node) yield* values(n, name);
  else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) {
      if (k.startsWith('@xmlns')) continue;
      if (k.startsWith('@') || k === '#text') yield [name, String(v)];
      else yield* values(v, k);
    }
  } else if (node !== undefined && node !== null) yield [name, String(node)];
}

function runBuild(...args: string[]) {
  const r = spawnSync(process.execPath, [SCRIPT, ...args], { cwd: REPO_ROOT, encoding: 'utf8', timeout: 120_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

let dir: string;
let xml: string;
let app: Node;
beforeAll(() => {
  dir = join(mkdtempSync(join(tmpdir(), 'bao-cao-excel-prod-')), 'dist-prod');
  const r = runBuild('--base-url', BASE, '--out', dir);
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  xml = readFileSync(join(dir, 'manifest.xml'), 'utf8');
  app = parser.parse(xml).OfficeApp as Node;
});

describe('npm run build:excel -- --base-url https://tinh.example.gov.vn/bao-cao', () => {
  it('writes the dev build’s files, with the production manifest', () => {
    const files = readdirSync(dir, { recursive: true }).map(String).sort();
    for (const f of ['taskpane.html', 'commands.html', 'help.html', 'docx-writer.js', 'docx-preview.js', 'manifest.xml']) expect(files).toContain(f);
    for (const s of [16, 32, 64, 80]) expect(files).toContain(join('assets', `icon-${s}.png`));
    expect(xml).not.toBe(SOURCE_MANIFEST);
  });

  it('names only https addresses under the base URL (the AppDomain is its origin), never localhost', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).not.toMatch(/localhost|127\.0\.0\.1/);
    const urls = [...values(app)].filter(([, v]) => /^[a-z][a-z0-9+.-]*:\/\//i.test(v));
    expect(urls.length).toBeGreaterThan(10);
    for (const [element, url] of urls) {
      if (element === 'AppDomain') expect(url).toBe(ORIGIN);
      else {
        expect(url.startsWith(`${BASE}/`), url).toBe(true);
        expect(url.slice(BASE.length + 1), url).not.toMatch(/^\//);
      }
    }
    expect(app.DefaultSettings.SourceLocation['@DefaultValue']).toBe(`${BASE}/taskpane.html`);
    expect(app.SupportUrl['@DefaultValue']).toBe(`${BASE}/help.html`);
    const buttons = (app.VersionOverrides.Resources['bt:Urls']['bt:Url'] as Node[]).map((u) => u['@DefaultValue']);
    expect(buttons).toContain(`${BASE}/taskpane.html?tab=check`);
    expect(buttons).toContain(`${BASE}/taskpane.html?tab=report`);
  });

  it('is read by Microsoft’s reader (office-addin-manifest) with the same Id', async () => {
    const info = await OfficeAddinManifest.readManifestFile(join(dir, 'manifest.xml'));
    expect(info).toMatchObject({ id: ADDIN_ID, displayName: 'Báo cáo CCHC', officeAppType: 'TaskPaneApp', permissions: 'ReadWriteDocument' });
    expect(info.hosts).toEqual(['Workbook']);
  });

  it('keeps the <OfficeApp> children in the order the manifest schema (xs:sequence) requires', () => {
    const order = Object.keys(app).filter((k) => !k.startsWith('@') && k !== '#text');
    expect(order).toEqual(OFFICE_APP_ORDER);
  });

  it('each icon URL is a PNG of its size in the build', () => {
    const images = [
      ...(app.VersionOverrides.Resources['bt:Images']['bt:Image'] as Node[]).map((i) => i['@DefaultValue'] as string),
      app.IconUrl['@DefaultValue'] as string,
      app.HighResolutionIconUrl['@DefaultValue'] as string,
    ];
    expect(images).toHaveLength(5);
    for (const url of images) {
      expect(url.startsWith(`${BASE}/assets/`), url).toBe(true);
      const size = Number(/icon-(\d+)\.png$/.exec(url)![1]);
      const png = PNG.sync.read(readFileSync(join(dir, url.slice(BASE.length + 1))));
      expect([png.width, png.height], url).toEqual([size, size]);
    }
  });

  it('tells the web server (IIS, Apache, _headers hosts) to cache the icons for long and revalidate the pages', () => {
    const longCache = /max-age=(\d+)/;
    const long = (s: string) => Number(longCache.exec(s)?.[1] ?? 0) >= 30 * 86400 && !/no-cache|no-store/.test(s);

    // IIS: the site's pages no-cache, the assets folder a long max-age.
    const webConfig = readFileSync(join(dir, 'web.config'), 'utf8');
    expect(XMLValidator.validate(webConfig)).toBe(true);
    const iis = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (n) => ['add', 'remove', 'location'].includes(n) }).parse(webConfig)
      .configuration as Node;
    const headerOf = (server: Node) => (server.httpProtocol.customHeaders.add as Node[]).find((a) => a['@name'] === 'Cache-Control')!['@value'] as string;
    expect(headerOf(iis['system.webServer'])).toBe('no-cache');
    const assets = (iis.location as Node[]).find((l) => l['@path'] === 'assets')!;
    expect(long(headerOf(assets['system.webServer']))).toBe(true);

    // Apache: .html/.js no-cache, .png a long max-age.
    const htaccess = readFileSync(join(dir, '.htaccess'), 'utf8');
    const rule = (pattern: RegExp) => pattern.exec(htaccess)?.[1] ?? '';
    expect(rule(/<FilesMatch "[^"]*html[^"]*">\s*Header set Cache-Control "([^"]+)"/)).toBe('no-cache');
    expect(rule(/<FilesMatch "[^"]*js[^"]*">\s*Header set Cache-Control "([^"]+)"/)).toBe('no-cache');
    expect(long(rule(/<FilesMatch "[^"]*png[^"]*">\s*Header set Cache-Control "([^"]+)"/))).toBe(true);

    // _headers: paths from the site's root, under the base URL's path.
    const headers = readFileSync(join(dir, '_headers'), 'utf8');
    const rules = new Map([...headers.matchAll(/^(\/\S*)\n\s+Cache-Control: (.+)$/gm)].map((m) => [m[1], m[2]]));
    expect(rules.get('/bao-cao/taskpane.html')).toBe('no-cache');
    expect(rules.get('/bao-cao/commands.html')).toBe('no-cache');
    expect(long(rules.get('/bao-cao/assets/*') ?? '')).toBe(true);
  });
});

describe('a base URL Office could not use is refused, in Vietnamese, exit code 2, nothing written', () => {
  for (const bad of [
    'http://tinh.example.gov.vn/bao-cao',
    'https://localhost:3000',
    'https://x/?a=1',
    'https://127.0.0.1/bao-cao',
    'https://intranet/bao-cao',
  ]) {
    it(bad, () => {
      const out = join(mkdtempSync(join(tmpdir(), 'bao-cao-excel-refused-')), 'dist-prod');
      const r = runBuild('--base-url', bad, '--out', out);
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(/^Địa chỉ phát hành .*[àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ]/);
      expect(r.stderr).not.toMatch(/\n\s+at |Error:/);
      expect(r.stdout).toBe('');
      expect(existsSync(out)).toBe(false);
    });
  }
});

describe('productionManifest (pure)', () => {
  it('does not double the slash for a base given with one, and works for a base without a path', async () => {
    const { productionManifest } = await import(SCRIPT);
    expect(productionManifest(SOURCE_MANIFEST, `${BASE}/`)).toBe(productionManifest(SOURCE_MANIFEST, BASE));
    const atRoot = productionManifest(SOURCE_MANIFEST, ORIGIN) as string;
    expect(atRoot).toContain(`<SourceLocation DefaultValue="${ORIGIN}/taskpane.html"/>`);
    expect(atRoot).toContain(`<AppDomain>${ORIGIN}</AppDomain>`);
    expect(atRoot).not.toMatch(/https:\/\/[^"<]*\/\//);
  });

  it('leaves the dev build as it was: without --base-url, the source manifest and no caching files', () => {
    const dev = join(mkdtempSync(join(tmpdir(), 'bao-cao-excel-dev-')), 'dist');
    expect(runBuild('--out', dev).status).toBe(0);
    expect(readFileSync(join(dev, 'manifest.xml'), 'utf8')).toBe(SOURCE_MANIFEST);
    for (const f of ['web.config', '.htaccess', '_headers']) expect(existsSync(join(dev, f)), f).toBe(false);
  });
});
