/**
 * office-addin/manifest.xml: it parses (with Microsoft's own reader too), its ids are stable GUIDs, the ribbon
 * group and its two buttons are what the users are told, and every URL and icon it names exists in the build.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { OfficeAddinManifest } from 'office-addin-manifest';
import { PNG } from 'pngjs';
import { OFFICE_APP_ORDER } from './manifest-order';
import { REPO_ROOT } from '../helpers/reference';

/** The add-in's identity: changing it makes Office treat it as another add-in (settings and installs lost). */
const ADDIN_ID = 'eaa2be94-7d89-4e0a-96b8-6e472cb3a97b';
const MANIFEST = join(REPO_ROOT, 'office-addin', 'manifest.xml');

type Node = Record<string, any>;
const xml = readFileSync(MANIFEST, 'utf8');
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  isArray: (name) => ['Control', 'bt:Image', 'bt:Url', 'bt:String', 'Group'].includes(name),
});
const doc = parser.parse(xml) as Node;
const app = doc.OfficeApp as Node;
const resources = app.VersionOverrides.Resources as Node;

/** Every element under `node` (depth first). */
function* walk(node: unknown, name = ''): Generator<[string, Node]> {
  if (Array.isArray(node)) for (const n of node) yield* walk(n, name);
  else if (node && typeof node === 'object') {
    yield [name, node as Node];
    for (const [k, v] of Object.entries(node)) if (!k.startsWith('@')) yield* walk(v, k);
  }
}

let build: { dir: string; urls: string[]; fileOfUrl: (u: string) => string };
beforeAll(async () => {
  const m = await import(join(REPO_ROOT, 'scripts', 'build-excel.mjs'));
  const dir = mkdtempSync(join(tmpdir(), 'bao-cao-excel-'));
  await m.buildExcelAddin(dir);
  build = { dir, urls: m.manifestUrls(xml), fileOfUrl: m.fileOfUrl };
});

describe('office-addin/manifest.xml', () => {
  it('is well-formed XML, and Microsoft’s reader (office-addin-manifest) reads it', async () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    const info = await OfficeAddinManifest.readManifestFile(MANIFEST);
    expect(info).toMatchObject({
      id: ADDIN_ID,
      displayName: 'Báo cáo CCHC',
      officeAppType: 'TaskPaneApp',
      permissions: 'ReadWriteDocument',
      defaultLocale: 'vi-VN',
    });
    expect(info.hosts).toEqual(['Workbook']);
  });

  it('lists its elements in the order the manifest schema (xs:sequence) requires', () => {
    const order = Object.keys(app).filter((k) => !k.startsWith('@') && k !== '#text');
    expect(order).toEqual(OFFICE_APP_ORDER);
    const form = app.VersionOverrides.Hosts.Host.DesktopFormFactor as Node;
    expect(Object.keys(form).filter((k) => !k.startsWith('@'))).toEqual(['GetStarted', 'FunctionFile', 'ExtensionPoint']);
    expect(Object.keys(resources).filter((k) => !k.startsWith('@'))).toEqual(['bt:Images', 'bt:Urls', 'bt:ShortStrings', 'bt:LongStrings']);
    for (const c of app.VersionOverrides.Hosts.Host.DesktopFormFactor.ExtensionPoint.OfficeTab.Group[0].Control as Node[]) {
      expect(Object.keys(c).filter((k) => !k.startsWith('@'))).toEqual(['Label', 'Supertip', 'Icon', 'Action']);
    }
  });

  it('keeps its Id, a GUID; every control id is unique', () => {
    expect(app.Id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(app.Id).toBe(ADDIN_ID);
    const ids = [...walk(app)].filter(([n]) => n === 'Group' || n === 'Control').map(([, e]) => e['@id'] as string);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(['BaoCaoCCHC.Group', 'BaoCaoCCHC.KiemTra', 'BaoCaoCCHC.TaoBaoCao']);
  });

  it('asks for ExcelApi 1.1 only, so older Office shows the pane; the rest is checked at run time', () => {
    const sets = app.Requirements.Sets as Node;
    expect(sets.Set).toEqual({ '@Name': 'ExcelApi', '@MinVersion': '1.1' });
    // Every ExcelApi version the adapter needs above 1.1 is asked of Office before use.
    const adapter = readFileSync(join(REPO_ROOT, 'pane', 'hosts', 'excel.ts'), 'utf8');
    for (const v of ['1.2', '1.5', '1.9', '1.10', '1.13'])
      expect(adapter, v).toMatch(new RegExp(`(hasApi|isSetSupported\\('ExcelApi', )\\(?'${v.replace('.', '\\.')}'`));
  });

  it('asks for the smallest permission that allows marking: ReadWriteDocument', () => {
    expect(app.Permissions).toBe('ReadWriteDocument');
  });

  it('puts the group "Báo cáo CCHC" on the Home tab, with the two buttons opening the pane on their tab', () => {
    const strings = new Map<string, string>();
    for (const list of [resources['bt:ShortStrings'], resources['bt:LongStrings']])
      for (const s of list['bt:String']) strings.set(s['@id'], s['@DefaultValue']);
    const urls = new Map<string, string>((resources['bt:Urls']['bt:Url'] as Node[]).map((u) => [u['@id'], u['@DefaultValue']]));
    const surface = app.VersionOverrides.Hosts.Host.DesktopFormFactor.ExtensionPoint as Node;
    expect(surface['@xsi:type']).toBe('PrimaryCommandSurface');
    expect(surface.OfficeTab['@id']).toBe('TabHome');
    const group = surface.OfficeTab.Group[0] as Node;
    expect(strings.get(group.Label['@resid'])).toBe('Báo cáo CCHC');
    const buttons = (group.Control as Node[]).map((c) => ({
      type: c['@xsi:type'],
      label: strings.get(c.Label['@resid']),
      action: c.Action['@xsi:type'],
      pane: c.Action.TaskpaneId,
      url: urls.get(c.Action.SourceLocation['@resid']),
      icons: (c.Icon['bt:Image'] as Node[]).map((i) => Number(i['@size'])),
    }));
    expect(buttons).toEqual([
      {
        type: 'Button',
        label: 'Kiểm tra số liệu',
        action: 'ShowTaskpane',
        pane: 'BaoCaoCCHC.Pane',
        url: 'https://localhost:3000/taskpane.html?tab=check',
        icons: [16, 32, 80],
      },
      {
        type: 'Button',
        label: 'Tạo báo cáo',
        action: 'ShowTaskpane',
        pane: 'BaoCaoCCHC.Pane',
        url: 'https://localhost:3000/taskpane.html?tab=report',
        icons: [16, 32, 80],
      },
    ]);
  });

  it('defines every resource it refers to, and refers to every resource it defines; strings within Office’s limits', () => {
    const defined = ['bt:Images', 'bt:Urls', 'bt:ShortStrings', 'bt:LongStrings'].flatMap((k) =>
      (Object.values(resources[k]).flat() as Node[]).map((e) => e['@id'] as string),
    );
    const used = new Set([...walk(app)].map(([, e]) => e['@resid'] as string | undefined).filter((x): x is string => !!x));
    expect(new Set(defined).size).toBe(defined.length);
    expect([...used].sort()).toEqual([...defined].sort());
    for (const id of defined) expect(id.length, id).toBeLessThanOrEqual(32);
    for (const s of resources['bt:ShortStrings']['bt:String'] as Node[]) expect(s['@DefaultValue'].length).toBeLessThanOrEqual(125);
    for (const s of resources['bt:LongStrings']['bt:String'] as Node[]) expect(s['@DefaultValue'].length).toBeLessThanOrEqual(250);
  });

  it('every URL it names is a file of the build; each icon is a PNG of its size', () => {
    expect(build.urls.length).toBeGreaterThan(8);
    for (const url of build.urls) {
      expect(url.startsWith('https://localhost:3000')).toBe(true);
      const file = build.fileOfUrl(url);
      if (file) expect(existsSync(join(build.dir, file)), url).toBe(true);
    }
    const images = [
      ...(resources['bt:Images']['bt:Image'] as Node[]).map((i) => i['@DefaultValue'] as string),
      app.IconUrl['@DefaultValue'],
      app.HighResolutionIconUrl['@DefaultValue'],
    ];
    for (const url of images) {
      const size = Number(/icon-(\d+)\.png$/.exec(url)![1]);
      const png = PNG.sync.read(readFileSync(join(build.dir, build.fileOfUrl(url))));
      expect([png.width, png.height], url).toEqual([size, size]);
    }
    // The store icon is 32 px, the high-resolution one 64 px.
    expect(app.IconUrl['@DefaultValue']).toMatch(/icon-32\.png$/);
    expect(app.HighResolutionIconUrl['@DefaultValue']).toMatch(/icon-64\.png$/);
  });

  it('holds the web page beside the task pane, where the ES5 fallback sends an older Office (web/index.html)', () => {
    for (const f of ['index.html', 'app.js', 'sheetjs.js']) expect(existsSync(join(build.dir, 'web', f)), f).toBe(true);
    expect(readFileSync(join(build.dir, 'taskpane.html'), 'utf8').includes('"web/index.html"')).toBe(true);
  });

  it('the task pane of the build loads Office.js from Microsoft’s CDN before the pane', () => {
    const html = readFileSync(join(build.dir, 'taskpane.html'), 'utf8');
    const cdn = html.indexOf('<script src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"></script>');
    expect(cdn).toBeGreaterThan(0);
    expect(cdn).toBeLessThan(html.indexOf('<script>'));
    expect(readFileSync(join(build.dir, 'commands.html'), 'utf8')).toContain('Office.onReady');
  });
});

describe('the dev server (scripts/serve-excel.mjs, without its certificate)', () => {
  it('serves the build with its content types, the pane for "/", and nothing outside it; icons cacheable, the rest no-store', async () => {
    const { staticHandler } = await import(join(REPO_ROOT, 'scripts', 'static-handler.mjs'));
    const server = createServer(staticHandler(build.dir));
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
    try {
      const get = async (path: string) => {
        const r = await fetch(base + path);
        return [r.status, r.headers.get('content-type')];
      };
      expect(await get('/taskpane.html?tab=report')).toEqual([200, 'text/html; charset=utf-8']);
      expect(await get('/')).toEqual([200, 'text/html; charset=utf-8']);
      expect(await get('/assets/icon-80.png')).toEqual([200, 'image/png']);
      expect(await get('/manifest.xml')).toEqual([200, 'application/xml; charset=utf-8']);
      // Office shows a generic icon for one served with no-cache/no-store: icons are cacheable, the rest is re-read.
      const cache = async (path: string) => (await fetch(base + path)).headers.get('cache-control');
      for (const icon of ['/assets/icon-16.png', '/assets/icon-80.png']) expect(await cache(icon), icon).toBe('public, max-age=86400');
      for (const page of ['/', '/taskpane.html?tab=check', '/commands.html', '/docx-writer.js', '/manifest.xml'])
        expect(await cache(page), page).toBe('no-store');
      // A file beside the build directory must not be reachable by climbing out of it.
      const secret = `${basename(build.dir)}.secret`;
      writeFileSync(join(dirname(build.dir), secret), 'x');
      expect((await get(`/..%2f${secret}`))[0]).toBe(404);
      expect((await get(`/..%5c${secret}`))[0]).toBe(404);
      expect((await get('/khong-co.html'))[0]).toBe(404);
    } finally {
      await new Promise((r) => server.close(r));
    }
  });
});
