/**
 * The Marketplace listing of the Google add-on (gas-addon/listing/, scripts/build-listing.mjs): its texts within the
 * Store Listing form's limits and in Vietnamese, a reason for every scope the manifest asks and for no other, the
 * icons and card banner at Google's sizes, the privacy policy and terms pages of the web build, and the template
 * spreadsheet's script that hands every call to the library BaoCaoCCHC.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import vm from 'node:vm';
import { PNG } from 'pngjs';
import { SERVER_FUNCTIONS } from '../gas-addon/contract';
import { REPO_ROOT } from './helpers/reference';

/**
 * Google's «Create a store listing» page (https://developers.google.com/workspace/marketplace/create-listing): the
 * application name "50 characters or less", the short description "200 characters limit", the detailed description
 * "less than 16,000 characters".
 */
const LIMITS = { name: 50, shortDescription: 200, detailedDescription: 16000 };
/** Letters only Vietnamese writes (vowels with their marks, đ): a text without them is not Vietnamese with its diacritics. */
const VIETNAMESE = /[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/i;

interface Listing {
  name: string;
  shortDescription: string;
  detailedDescription: string;
  category: string;
  baseUrl: string;
  limits: Record<string, number>;
  urls: Record<string, string>;
  scopes: Record<string, { vi: string; en: string }>;
}

const listing: Listing = JSON.parse(readFileSync(join(REPO_ROOT, 'gas-addon', 'listing', 'listing.json'), 'utf8'));
const manifest = JSON.parse(readFileSync(join(REPO_ROOT, 'gas-addon', 'appsscript.json'), 'utf8'));
const chars = (s: string) => [...s].length;

let build: any;
beforeAll(async () => {
  build = await import(join(REPO_ROOT, 'scripts', 'build-listing.mjs'));
});

describe('the store listing texts', () => {
  it('name, short and detailed description: present, in Vietnamese with diacritics, within the form’s limits', () => {
    expect(listing.limits).toEqual(LIMITS);
    expect(listing.name).toBe('Báo cáo CCHC');
    for (const field of ['name', 'shortDescription', 'detailedDescription'] as const) {
      expect(listing[field].trim().length, field).toBeGreaterThan(0);
      expect(listing[field], field).toMatch(VIETNAMESE);
    }
    expect(chars(listing.name)).toBeLessThanOrEqual(LIMITS.name);
    expect(chars(listing.shortDescription)).toBeLessThanOrEqual(LIMITS.shortDescription);
    expect(chars(listing.detailedDescription)).toBeLessThan(LIMITS.detailedDescription);
    expect(listing.category.trim()).not.toBe('');
  });

  it('the detailed description says what the add-on does, per Nghị định 30/2020/NĐ-CP, and that it never changes the user’s data', () => {
    for (const words of ['Kiểm tra số liệu', 'Chỉ tiêu', 'Tạo báo cáo', 'Nghị định 30/2020/NĐ-CP']) expect(listing.detailedDescription).toContain(words);
    expect(listing.detailedDescription).toContain('không bao giờ thay đổi số liệu');
    expect(listing.shortDescription).toContain('Không sửa số liệu');
  });

  it('privacy, terms and support are pages of the web build, under a base URL left to fill', () => {
    expect(listing.urls).toMatchObject({ privacyPolicy: 'privacy.html', termsOfService: 'terms.html' });
    for (const path of Object.values(listing.urls)) expect(path).not.toMatch(/^[a-z]+:|^\//);
    expect(listing.baseUrl).toBe('__BASE_URL__');
  });

  it('the build refuses a listing over a limit', () => {
    expect(() => build.checkListing(listing, manifest)).not.toThrow();
    expect(() => build.checkListing({ ...listing, shortDescription: 'ă'.repeat(201) }, manifest)).toThrow(/shortDescription: 201 characters, limit 200/);
    expect(() => build.checkListing({ ...listing, detailedDescription: 'ă'.repeat(16000) }, manifest)).toThrow(/detailedDescription/);
  });
});

describe('the scopes’ reasons (OAuth consent screen, verification)', () => {
  it('every scope of appsscript.json has a Vietnamese and an English reason, and no other scope has one', () => {
    expect(Object.keys(listing.scopes).sort()).toEqual([...manifest.oauthScopes].sort());
    for (const [scope, reason] of Object.entries(listing.scopes)) {
      expect(reason.vi, scope).toMatch(VIETNAMESE);
      expect(reason.en.trim().length, scope).toBeGreaterThan(40);
    }
  });

  it('no reason names a scope the manifest does not ask', () => {
    const declared = new Set(manifest.oauthScopes.map((s: string) => s.replace('https://www.googleapis.com/auth/', '')));
    for (const reason of Object.values(listing.scopes)) {
      for (const text of [reason.vi, reason.en]) {
        const named = [
          ...text.matchAll(/(?:googleapis\.com\/auth\/)?\b((?:spreadsheets|drive|script|documents|forms|presentations|gmail|userinfo)\.[a-z][\w.]*)/g),
        ];
        for (const m of named) expect(declared.has(m[1]!.replace(/\.$/, '')), m[0]).toBe(true);
      }
    }
  });

  it('the build refuses a manifest scope without a reason, or a reason without its scope', () => {
    const more = { ...manifest, oauthScopes: [...manifest.oauthScopes, 'https://www.googleapis.com/auth/drive'] };
    expect(() => build.checkListing(listing, more)).toThrow(/scopes justified/);
    const fewer = { ...manifest, oauthScopes: manifest.oauthScopes.slice(1) };
    expect(() => build.checkListing(listing, fewer)).toThrow(/scopes justified/);
  });
});

describe('npm run build:listing', () => {
  const out = mkdtempSync(join(tmpdir(), 'bao-cao-listing-'));
  const listingOut = join(out, 'listing');
  const stubOut = join(out, 'stub');
  const shots = join(out, 'shots');
  beforeAll(async () => {
    mkdirSync(shots, { recursive: true });
    const shot = new PNG({ width: 1280, height: 800 });
    writeFileSync(join(shots, '01-kiem-tra.png'), PNG.sync.write(shot));
    writeFileSync(join(shots, 'not-a-shot.txt'), 'x');
    await build.buildListing({ baseUrl: 'https://cchc.tinh.gov.vn/bao-cao', listingOut, stubOut, screenshotsFrom: shots });
  });

  it('writes the icons, PNGs of exactly 32×32 and 128×128 drawn as the Excel icons, and the 220×140 card banner', async () => {
    const { renderIcon } = await import(join(REPO_ROOT, 'scripts', 'office-icons.mjs'));
    for (const [file, w, h] of [
      ['icon-32.png', 32, 32],
      ['icon-128.png', 128, 128],
      ['banner-220x140.png', 220, 140],
    ] as const) {
      const bytes = readFileSync(join(listingOut, file));
      expect(bytes.subarray(0, 8).toString('hex'), file).toBe('89504e470d0a1a0a');
      const png = PNG.sync.read(bytes);
      expect([png.width, png.height], file).toEqual([w, h]);
    }
    expect(readFileSync(join(listingOut, 'icon-32.png')).equals(renderIcon(32))).toBe(true);
    expect(readFileSync(join(listingOut, 'icon-128.png')).equals(renderIcon(128))).toBe(true);
  });

  it('writes listing.json with its URLs under --base-url, and refuses an address that is not https', () => {
    const written: Listing = JSON.parse(readFileSync(join(listingOut, 'listing.json'), 'utf8'));
    expect(written.baseUrl).toBe('https://cchc.tinh.gov.vn/bao-cao/');
    expect(written.urls.privacyPolicy).toBe('https://cchc.tinh.gov.vn/bao-cao/privacy.html');
    expect(written.urls.termsOfService).toBe('https://cchc.tinh.gov.vn/bao-cao/terms.html');
    expect(written.scopes).toEqual(listing.scopes);
    expect(() => build.resolveListing(listing, 'http://cchc.tinh.gov.vn/')).toThrow(/https/);
    expect(build.resolveListing(listing, undefined).urls).toEqual(listing.urls);
  });

  it('copies the screenshots (PNGs only) into screenshots/', () => {
    expect(readdirSync(join(listingOut, 'screenshots'))).toEqual(['01-kiem-tra.png']);
  });

  describe('the template spreadsheet’s script (gas-addon/dist-library-stub)', () => {
    const menuSource = readFileSync(join(REPO_ROOT, 'gas-addon', 'server', 'menu.ts'), 'utf8');
    const menuFunctions = [...menuSource.matchAll(/\.addItem\('[^']*',\s*'(\w+)'\)/g)].map((m) => m[1]!);

    /** The stub run in its own context, over a library that records every call it gets and answers it. */
    function run(): { ctx: Record<string, any>; calls: [string, unknown[]][] } {
      const calls: [string, unknown[]][] = [];
      const member =
        (name: string) =>
        (...args: unknown[]) => {
          calls.push([name, args]);
          return `answer of ${name}`;
        };
      const library = new Proxy({}, { get: (_t, name) => member(String(name)) });
      const ctx = vm.createContext({ BaoCaoCCHC: library });
      vm.runInContext(readFileSync(join(stubOut, 'Code.js'), 'utf8'), ctx);
      return { ctx, calls };
    }

    it('defines exactly one top-level function per server function, trigger and menu item', () => {
      expect(menuFunctions).toEqual(['baoCaoOpenCheck', 'baoCaoOpenReport', 'baoCaoOpenPane']);
      const { ctx } = run();
      const defined = Object.keys(ctx).filter((k) => typeof ctx[k] === 'function');
      expect(defined.sort()).toEqual([...SERVER_FUNCTIONS, 'onOpen', 'onInstall', ...menuFunctions].sort());
      const lines = readFileSync(join(stubOut, 'Code.js'), 'utf8').split('\n');
      const functionLines = lines.filter((l) => l.startsWith('function '));
      expect(functionLines).toHaveLength(defined.length);
      for (const l of functionLines) expect(l).toMatch(/^function (\w+)\(([^)]*)\) \{ (?:return )?BaoCaoCCHC\.\1\(([^)]*)\); \}$/);
      expect(lines.filter((l) => l.trim() && !l.startsWith('function ') && !l.startsWith('//'))).toEqual([]);
    });

    it('each function hands its call to the library BaoCaoCCHC: the arguments as given, the answer back', () => {
      const { ctx, calls } = run();
      const e = { authMode: 'LIMITED' };
      ctx.onOpen(e);
      ctx.onInstall(e);
      expect(calls).toEqual([
        ['onOpen', [e]],
        ['onInstall', [e]],
      ]);
      for (const f of menuFunctions) {
        calls.length = 0;
        ctx[f]();
        expect(calls).toEqual([[f, []]]);
      }
      for (const f of SERVER_FUNCTIONS) {
        calls.length = 0;
        expect(ctx[f]('Kết quả TTHC', 'C7', true)).toBe(`answer of ${f}`);
        expect(calls).toEqual([[f, ['Kết quả TTHC', 'C7', true]]]);
      }
    });

    it('appsscript.json: the add-on’s scopes and Drive service, and the library at a version, not in development mode', async () => {
      const stub = JSON.parse(readFileSync(join(stubOut, 'appsscript.json'), 'utf8'));
      expect(stub.oauthScopes).toEqual(manifest.oauthScopes);
      expect(stub.dependencies.enabledAdvancedServices).toEqual(manifest.dependencies.enabledAdvancedServices);
      expect(stub.dependencies.libraries).toEqual([{ userSymbol: 'BaoCaoCCHC', libraryId: '__LIBRARY_SCRIPT_ID__', version: '1', developmentMode: false }]);
      expect(build.stubManifest({ libraryId: '1AbC', version: 7 }).dependencies.libraries[0]).toMatchObject({ libraryId: '1AbC', version: '7' });
      expect(() => build.stubManifest({ version: 'HEAD' })).toThrow(/version number/);
    });
  });
});

describe('the privacy policy and terms of service in the web build', () => {
  const dist = mkdtempSync(join(tmpdir(), 'bao-cao-web-legal-'));
  beforeAll(async () => {
    const { buildWeb } = await import(join(REPO_ROOT, 'scripts', 'build-web.mjs'));
    await buildWeb(dist);
  }, 180_000);

  for (const page of ['privacy.html', 'terms.html']) {
    it(`${page}: a Vietnamese page in UTF-8, no script, the contact filled in`, () => {
      const html = readFileSync(join(dist, page), 'utf8');
      expect(html).toMatch(/^<!doctype html>\s*<html lang="vi">/i);
      expect(html).toContain('<meta charset="utf-8">');
      expect(html).toMatch(VIETNAMESE);
      expect(html).not.toMatch(/<script/i);
      expect(html).not.toMatch(/__[A-Z_]+__/);
      expect(html).toContain('id="lien-he"');
    });
  }

  it('the privacy policy says what the facts are: this spreadsheet only, drive.file, no server, no analytics, no cookies', () => {
    const html = readFileSync(join(dist, 'privacy.html'), 'utf8');
    expect(html).toContain('spreadsheets.currentonly');
    expect(html).toContain('drive.file');
    expect(html).toContain('không bao giờ thay đổi số liệu');
    expect(html).toContain('Không có dữ liệu nào được gửi tới máy chủ của chúng tôi');
    expect(html).toMatch(/không thu thập thống kê sử dụng/i);
    expect(html).toMatch(/không cookie|không dùng cookie/i);
    expect(html).toContain('thuộc tính của chính bảng tính');
    expect(html).toContain('ngay trong trình duyệt');
  });
});

describe('the support contact (a deployment setting)', () => {
  it('is the listing’s contact once filled in, nothing while it is the placeholder, and BAO_CAO_HO_TRO over both', async () => {
    const { supportContact } = (await import(join(REPO_ROOT, 'scripts', 'legal-pages.mjs'))) as { supportContact: (l: { contact: string }) => string };
    const before = process.env.BAO_CAO_HO_TRO;
    delete process.env.BAO_CAO_HO_TRO;
    try {
      expect(supportContact({ contact: '[Đơn vị hỗ trợ của tỉnh … — điền trước khi phát hành]' })).toBe('');
      expect(supportContact({ contact: ' Sở Nội vụ, 0277 3851 234 ' })).toBe('Sở Nội vụ, 0277 3851 234');
      process.env.BAO_CAO_HO_TRO = 'Văn phòng UBND tỉnh';
      expect(supportContact({ contact: 'Sở Nội vụ' })).toBe('Văn phòng UBND tỉnh');
    } finally {
      if (before === undefined) delete process.env.BAO_CAO_HO_TRO;
      else process.env.BAO_CAO_HO_TRO = before;
    }
  });
});
