/**
 * A fake of the Apps Script services the add-on uses (SpreadsheetApp, HtmlService, PropertiesService, ScriptApp,
 * Utilities, the Drive advanced service), holding real cell state (values, fills, notes, merges)
 * and recording every call, so the built Code.js can be run in node:vm and its I/O counted.
 */

export interface FakeSheetInit {
  name: string;
  values: unknown[][];
  merges?: string[];
  backgrounds?: Record<string, string>; // A1 → colour
  notes?: Record<string, string>;
  /** Display text per A1 (number formats); default: String(value). */
  display?: Record<string, string>;
}

const FOLDER = 'application/vnd.google-apps.folder';

/** Google's 6 minutes a call ("Script runtime", https://developers.google.com/apps-script/guides/services/quotas). */
export const RUNTIME_LIMIT_MS = 6 * 60 * 1000;

class Refused extends Error {}
const isDate = (v: unknown) => Object.prototype.toString.call(v) === '[object Date]';

/**
 * A value as google.script.run carries it (https://developers.google.com/apps-script/guides/html/reference/run,
 * "Parameters"): primitives, null, and plain objects and arrays of them; undefined within arrays becomes null (and an
 * undefined field is dropped, as JSON drops it). A Date, a function, a DOM node or any other object, even nested, or
 * a circular reference: an argument fails the call; a return value reaches the success handler as null (what the
 * sidebar gets when a server function returns a Date, e.g. raw getValues() of a date cell).
 */
export function overTheWire(value: unknown, direction: 'argument' | 'result'): unknown {
  const path: object[] = [];
  const walk = (v: unknown, where: string): unknown => {
    if (v === null || typeof v === 'string' || typeof v === 'boolean') return v;
    if (typeof v === 'number') return Number.isFinite(v) ? v : null;
    if (v === undefined) return undefined;
    if (typeof v !== 'object' || isDate(v)) throw new Refused(where);
    const proto = Object.getPrototypeOf(v);
    const plain = Array.isArray(v) || proto === null || proto === Object.prototype || Object.getPrototypeOf(proto) === null;
    if (!plain || path.includes(v)) throw new Refused(where);
    path.push(v);
    try {
      if (Array.isArray(v)) return v.map((x, i) => walk(x, String(i)) ?? null);
      const out: Record<string, unknown> = {};
      for (const [k, x] of Object.entries(v)) {
        const w = walk(x, k);
        if (w !== undefined) out[k] = w;
      }
      return out;
    } finally {
      path.pop();
    }
  };
  try {
    return walk(value, '');
  } catch (e) {
    if (!(e instanceof Refused)) throw e;
    if (direction === 'result') return null;
    throw new Error(`Failed due to illegal value in property: ${e.message}`);
  }
}
const col = (s: string) => [...s].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
const letters = (c: number) => {
  let s = '';
  for (let n = c; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
};
function parseA1(a1: string) {
  const m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(a1)!;
  return { row: Number(m[2]), col: col(m[1]!), rows: m[4] ? Number(m[4]) - Number(m[2]) + 1 : 1, cols: m[3] ? col(m[3]) - col(m[1]!) + 1 : 1 };
}

export class FakeDocument {
  readonly log: string[] = [];
  readonly sheets: FakeSheet[];
  readonly properties = new Map<string, string>();
  /** The project's Script Properties (set by whoever deploys: PICKER_API_KEY, PICKER_APP_ID). */
  readonly scriptProperties = new Map<string, string>();
  /** Each user's own UserProperties, by user; `user` is the one running the script now. */
  readonly userProperties = new Map<string, Map<string, string>>();
  user = 'clerk-a@example.com';
  /**
   * Files in Drive the add-on can reach: those it created, and folders the user picked (`picked`).
   * `mime` is the upload's, `mimeType` the file resource's (a conversion when they differ).
   */
  readonly files: {
    id: string;
    name: string;
    bytes: number[];
    mime: string;
    mimeType: string;
    parents?: string[];
    trashed?: boolean;
    picked?: boolean;
    /** Earlier contents, kept by Drive as the file's revisions when an update brings new media. */
    revisions?: number[][];
  }[] = [];
  /** Drive refuses to create files with this message (Google's own English). */
  driveRefusal: string | undefined;
  readonly menus: { title: string; items: [string, string][] }[] = [];
  sidebars: string[] = [];
  /** Modal dialogs shown: their title, size and content. */
  readonly dialogs: { title: string; width?: number; height?: number; content: string }[] = [];
  active?: { sheet: string; a1: string };
  /** When set, any write throws this message (a viewer without edit rights). */
  denyWrites?: string;
  /**
   * A simulated clock (ms), what Date.now() reads in the script: each service call moves it on by `msPerCall`, and a
   * read by `msPerCell` a cell. A call of the sidebar's past RUNTIME_LIMIT_MS is stopped as Google stops it.
   */
  clock = 1_750_000_000_000;
  msPerCall = 0;
  msPerCell = 0;
  private callStarted = this.clock;

  private timedOut = false;

  /**
   * Moves the clock on; past the 6 minutes of the current call, Apps Script's own error. Google ends the script there:
   * no catch of the script runs on, so the call fails with this message whatever the script does with it (serverCall).
   */
  spend(ms: number): void {
    this.clock += ms;
    if (this.clock - this.callStarted > RUNTIME_LIMIT_MS) {
      this.timedOut = true;
      throw new Error('Exceeded maximum execution time');
    }
  }

  /**
   * A call from the sidebar through google.script.run: its arguments and its result cross as Google carries them
   * (overTheWire), and its 6 minutes start now. A call past them fails with Google's message, however the script caught it.
   */
  serverCall(fn: (...a: unknown[]) => unknown, ...args: unknown[]): unknown {
    const sent = args.map((a) => overTheWire(a, 'argument'));
    this.callStarted = this.clock;
    this.timedOut = false;
    let out: unknown;
    try {
      out = fn(...sent);
    } catch (e) {
      if (this.timedOut) throw new Error('Exceeded maximum execution time');
      throw e;
    }
    if (this.timedOut) throw new Error('Exceeded maximum execution time');
    return overTheWire(out, 'result');
  }

  constructor(
    sheets: FakeSheetInit[],
    readonly sidebarHtml = '<html><meta name="bao-cao-tab" content="__BAO_CAO_TAB__"></html>',
    readonly docxWriterJs = 'globalThis.__baoCaoDocx = {};',
    readonly folderPickerHtml = '<html><title>FolderPicker</title></html>',
  ) {
    this.sheets = sheets.map((s) => new FakeSheet(this, s));
  }

  /** The services, as globals for a vm context. A new context over the same document = the file reopened. */
  globals(): Record<string, unknown> {
    const log = (name: string) => {
      this.log.push(name);
      this.spend(this.msPerCall);
    };
    const spreadsheet = {
      getSheets: () => (log('Spreadsheet.getSheets'), this.sheets.map((s) => s.api())),
      getSheetByName: (n: string) => (log('Spreadsheet.getSheetByName'), this.sheets.find((s) => s.name === n)?.api() ?? null),
      insertSheet: (n: string) => {
        log('Spreadsheet.insertSheet');
        if (this.denyWrites) throw new Error(this.denyWrites);
        if (this.sheets.some((s) => s.name.toLowerCase() === n.toLowerCase()))
          throw new Error(`A sheet with the name "${n}" already exists. Please enter another name.`);
        const sheet = new FakeSheet(this, { name: n, values: [] }, true);
        this.sheets.push(sheet);
        this.active = { sheet: n, a1: 'A1' };
        return sheet.api();
      },
    };
    const props = {
      getProperties: () => (log('Properties.getProperties'), Object.fromEntries(this.properties)),
      getProperty: (k: string) => (log('Properties.getProperty'), this.properties.get(k) ?? null),
      setProperty: (k: string, v: string) => (log('Properties.setProperty'), this.setProps({ [k]: v })),
      setProperties: (o: Record<string, string>) => (log('Properties.setProperties'), this.setProps(o)),
      deleteProperty: (k: string) => (log('Properties.deleteProperty'), this.properties.delete(k)),
    };
    /** A plain property store (user, script): no quota modelled. */
    const store = (name: string, map: () => Map<string, string>) => ({
      getProperty: (k: string) => (log(`${name}.getProperty`), map().get(k) ?? null),
      setProperty: (k: string, v: string) => (log(`${name}.setProperty`), map().set(k, String(v))),
      deleteProperty: (k: string) => (log(`${name}.deleteProperty`), map().delete(k)),
      getProperties: () => (log(`${name}.getProperties`), Object.fromEntries(map())),
    });
    const userMap = () => {
      let m = this.userProperties.get(this.user);
      if (!m) this.userProperties.set(this.user, (m = new Map()));
      return m;
    };
    const notFound = (call: string, id: string) => new Error(`API call to drive.files.${call} failed with error: File not found: ${id}.`);
    const doc = this;
    /** Date, with now() on the simulated clock. */
    class ScriptDate extends Date {
      static override now() {
        return doc.clock;
      }
    }
    return {
      Date: ScriptDate,
      SpreadsheetApp: {
        getActive: () => (log('SpreadsheetApp.getActive'), spreadsheet),
        getUi: () => (
          log('SpreadsheetApp.getUi'),
          {
            createAddonMenu: () => {
              const menu = { title: 'Báo cáo CCHC', items: [] as [string, string][] };
              const api = {
                addItem: (label: string, fn: string) => (menu.items.push([label, fn]), api),
                addToUi: () => this.menus.push(menu),
              };
              return api;
            },
            showSidebar: (out: { getContent(): string }) => (log('Ui.showSidebar'), this.sidebars.push(out.getContent())),
            showModalDialog: (out: { getContent(): string; width?: number; height?: number }, title: string) => (
              log('Ui.showModalDialog'), this.dialogs.push({ title, width: out.width, height: out.height, content: out.getContent() })
            ),
          }
        ),
      },
      PropertiesService: {
        getDocumentProperties: () => (log('PropertiesService.getDocumentProperties'), props),
        getUserProperties: () => (log('PropertiesService.getUserProperties'), store('UserProperties', userMap)),
        getScriptProperties: () => (log('PropertiesService.getScriptProperties'), store('ScriptProperties', () => this.scriptProperties)),
      },
      ScriptApp: { getOAuthToken: () => (log('ScriptApp.getOAuthToken'), `token-of-${this.user}`) },
      HtmlService: {
        createHtmlOutputFromFile: (name: string) => {
          log('HtmlService.createHtmlOutputFromFile');
          const files: Record<string, string> = {
            Sidebar: this.sidebarHtml,
            DocxWriter: this.docxWriterJs,
            DocxPreview: 'globalThis.__baoCaoPreview = {};',
            FolderPicker: this.folderPickerHtml,
          };
          if (!(name in files)) throw new Error(`No HTML file named ${name} was found.`);
          let content = files[name]!;
          const out = {
            width: undefined as number | undefined,
            height: undefined as number | undefined,
            getContent: () => content,
            setContent: (c: string) => ((content = c), out),
            setTitle: () => out,
            setWidth: (w: number) => ((out.width = w), out),
            setHeight: (h: number) => ((out.height = h), out),
          };
          return out;
        },
      },
      Utilities: {
        base64Decode: (s: string) => [...Buffer.from(s, 'base64')].map((b) => (b > 127 ? b - 256 : b)),
        newBlob: (bytes: number[], mime: string, name: string) => ({ bytes, mime, name }),
      },
      Drive: {
        Files: {
          create: (
            resource: { name: string; mimeType: string; parents?: string[] },
            blob?: { bytes: number[]; mime: string; name: string } | null,
            opts?: { fields?: string },
          ) => {
            log('Drive.Files.create');
            // Media is a blob, or null as Google's sample passes it (DESIGN §5); `undefined` is no documented value,
            // and a fake that took it would hide a call Google may not.
            if (blob === undefined && opts !== undefined) throw new Error('Invalid argument: mediaData');
            if (this.driveRefusal) throw new Error(this.driveRefusal);
            // A parent Drive does not know (deleted, or never reachable with drive.file) is refused as Drive does.
            for (const p of resource.parents ?? []) if (!this.files.some((f) => f.id === p && f.mimeType === FOLDER)) throw notFound('create', p);
            const id = `fake-${this.files.length + 1}`;
            this.files.push({
              id,
              bytes: blob?.bytes ?? [],
              mime: blob?.mime ?? resource.mimeType,
              name: resource.name,
              mimeType: resource.mimeType,
              parents: resource.parents,
            });
            const link =
              resource.mimeType === 'application/vnd.google-apps.document'
                ? `https://docs.google.com/document/d/${id}/edit`
                : `https://drive.google.com/file/d/${id}/view`;
            return { id, mimeType: resource.mimeType, ...(opts?.fields?.includes('webViewLink') ? { webViewLink: link } : {}) };
          },
          get: (id: string, _opts?: { fields?: string }) => {
            log('Drive.Files.get');
            if (this.driveRefusal) throw new Error(this.driveRefusal);
            const f = this.files.find((x) => x.id === id);
            if (!f) throw notFound('get', id);
            return { id: f.id, name: f.name, mimeType: f.mimeType, trashed: f.trashed === true, ...(f.parents ? { parents: [...f.parents] } : {}) };
          },
          /**
           * files.update (https://developers.google.com/drive/api/reference/rest/v3/files/update): metadata (name,
           * trashed) and, with media, the file's new content as a new revision (the earlier kept). Media over a Google
           * Docs document is refused here: the add-on never relies on Drive converting an update.
           */
          update: (
            resource: { name?: string; trashed?: boolean },
            id: string,
            blob?: { bytes: number[]; mime: string; name: string } | null,
            opts?: { fields?: string },
          ) => {
            log('Drive.Files.update');
            if (this.driveRefusal) throw new Error(this.driveRefusal);
            const f = this.files.find((x) => x.id === id);
            if (!f) throw notFound('update', id);
            if (blob) {
              if (f.mimeType.startsWith('application/vnd.google-apps.')) throw new Error('API call to drive.files.update failed with error: Bad Request');
              (f.revisions ??= []).push(f.bytes);
              f.bytes = blob.bytes;
              f.mime = blob.mime;
            }
            if (resource.name !== undefined) f.name = resource.name;
            if (resource.trashed !== undefined) f.trashed = resource.trashed;
            const link =
              f.mimeType === 'application/vnd.google-apps.document'
                ? `https://docs.google.com/document/d/${id}/edit`
                : `https://drive.google.com/file/d/${id}/view`;
            return { id, mimeType: f.mimeType, ...(opts?.fields?.includes('webViewLink') ? { webViewLink: link } : {}) };
          },
          /** Only the q forms the add-on sends: name, mimeType and trashed, joined by "and". */
          list: (opts: { q: string; fields?: string }) => {
            log('Drive.Files.list');
            if (this.driveRefusal) throw new Error(this.driveRefusal);
            const terms = [...opts.q.matchAll(/(\w+)\s*=\s*('([^']*)'|true|false)/g)].map((m) => [m[1]!, m[3] ?? m[2]!] as const);
            const files = this.files.filter((f) =>
              terms.every(([k, v]) =>
                k === 'name' ? f.name === v : k === 'mimeType' ? f.mimeType === v : k === 'trashed' ? String(f.trashed === true) === v : false,
              ),
            );
            return { files: files.map((f) => ({ id: f.id })) };
          },
        },
      },
    };
  }

  /** A folder of the user's own, picked in the Picker (so reachable with drive.file); returns its id. */
  pickableFolder(name: string): string {
    const id = `folder-${this.files.length + 1}`;
    this.files.push({ id, name, bytes: [], mime: FOLDER, mimeType: FOLDER, picked: true });
    return id;
  }

  /**
   * Google's limits, in UTF-8 bytes: 9 KB per value, 500 KB per property store
   * (https://developers.google.com/apps-script/guides/services/quotas, "Properties value size", "Properties total
   * storage"). A Vietnamese note is up to three bytes a letter.
   */
  setProps(o: Record<string, string>) {
    const bytes = (s: string) => new TextEncoder().encode(s).length;
    for (const v of Object.values(o)) if (bytes(v) > 9 * 1024) throw new Error('Argument too large: value');
    const next = new Map(this.properties);
    for (const [k, v] of Object.entries(o)) next.set(k, v);
    let total = 0;
    for (const [k, v] of next) total += bytes(k) + bytes(v);
    if (total > 500 * 1024) throw new Error('You have exceeded the property storage quota.');
    for (const [k, v] of Object.entries(o)) this.properties.set(k, v);
  }
}

/** What Apps Script throws when a script edits a protected range or sheet. */
export const PROTECTED = 'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.';

export class FakeSheet {
  readonly name: string;
  values: unknown[][];
  /**
   * Each cell's fill as set: null for none. Read back, none is "#ffffff", as Google documents it ("Returns the
   * background colors of the cells in the range (for example, '#ffffff')",
   * https://developers.google.com/apps-script/reference/spreadsheet/range#getbackgrounds); set, a colour — white
   * included — is an explicit fill (it hides the gridlines), and only null resets it ("null resets the color",
   * https://developers.google.com/apps-script/reference/spreadsheet/range#setbackgroundcolor).
   */
  backgrounds: (string | null)[][];
  notes: string[][];
  readonly merges: string[];
  readonly display: Record<string, string>;
  /** Writes this sheet refuses, as a protected sheet does (each write method on its own: a range may protect some). */
  readonly refuses = new Set<'setBackgrounds' | 'setNotes'>();

  constructor(
    private readonly doc: FakeDocument,
    init: FakeSheetInit,
    /** Inserted by the add-on (insertSheet): the one kind of sheet whose values it may write. */
    readonly created = false,
  ) {
    this.name = init.name;
    this.values = init.values.map((r) => [...r]);
    const width = Math.max(1, ...this.values.map((r) => r.length));
    for (const r of this.values) while (r.length < width) r.push('');
    this.backgrounds = this.values.map((r) => r.map(() => null));
    this.notes = this.values.map((r) => r.map(() => ''));
    for (const [a1, c] of Object.entries(init.backgrounds ?? {})) {
      const p = parseA1(a1);
      this.backgrounds[p.row - 1]![p.col - 1] = c;
    }
    for (const [a1, n] of Object.entries(init.notes ?? {})) {
      const p = parseA1(a1);
      this.notes[p.row - 1]![p.col - 1] = n;
    }
    this.merges = init.merges ?? [];
    this.display = init.display ?? {};
  }

  private range(row: number, c: number, rows: number, cols: number) {
    const doc = this.doc;
    const log = (n: string) => {
      doc.log.push(n);
      doc.spend(doc.msPerCall);
    };
    const grid = <T>(src: T[][], f: (v: T, r: number, cc: number) => T) =>
      Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => f(src[row - 1 + i]?.[c - 1 + j] as T, row - 1 + i, c - 1 + j)));
    const write = <T>(target: T[][], data: T[][], method: 'setBackgrounds' | 'setNotes') => {
      if (doc.denyWrites) throw new Error(doc.denyWrites);
      if (this.refuses.has(method)) throw new Error(PROTECTED);
      if (data.length !== rows || data.some((r) => r.length !== cols)) throw new Error('The number of rows or columns in the data does not match the range.');
      data.forEach((r, i) =>
        r.forEach((v, j) => {
          (target[row - 1 + i] ??= [])[c - 1 + j] = v;
        }),
      );
    };
    const a1 = `${letters(c)}${row}${rows > 1 || cols > 1 ? `:${letters(c + cols - 1)}${row + rows - 1}` : ''}`;
    const api = {
      getA1Notation: () => a1,
      getValues: () => (log('Range.getValues'), doc.spend(rows * cols * doc.msPerCell), grid(this.values, (v) => (v === undefined ? '' : v))),
      getDisplayValues: () => (
        log('Range.getDisplayValues'),
        doc.spend(rows * cols * doc.msPerCell),
        grid(
          this.values,
          (v, r, cc) => this.display[`${letters(cc + 1)}${r + 1}`] ?? (v === undefined || v === null ? '' : v instanceof Date ? v.toDateString() : String(v)),
        )
      ),
      getMergedRanges: () => (
        log('Range.getMergedRanges'),
        this.merges.map((m) => {
          const p = parseA1(m);
          return this.range(p.row, p.col, p.rows, p.cols);
        })
      ),
      getBackgrounds: () => (log('Range.getBackgrounds'), grid(this.backgrounds, (v) => v ?? '#ffffff')),
      getNotes: () => (log('Range.getNotes'), grid(this.notes, (v) => v ?? '')),
      setBackgrounds: (d: (string | null)[][]) => (log('Range.setBackgrounds'), write(this.backgrounds, d, 'setBackgrounds'), api),
      setNotes: (d: string[][]) => (log('Range.setNotes'), write(this.notes, d, 'setNotes'), api),
      setValues: (d: unknown[][]) => {
        log('Range.setValues');
        if (!this.created) throw new Error('the add-on must never write values');
        if (doc.denyWrites) throw new Error(doc.denyWrites);
        if (d.length !== rows || d.some((r) => r.length !== cols)) throw new Error('The number of rows or columns in the data does not match the range.');
        d.forEach((r, i) =>
          r.forEach((v, j) => {
            const line = (this.values[row - 1 + i] ??= []);
            while (line.length < c - 1 + j) line.push('');
            line[c - 1 + j] = v;
          }),
        );
        return api;
      },
      setValue: () => {
        log('Range.setValue');
        throw new Error('the add-on must never write values');
      },
      activate: () => (log('Range.activate'), (doc.active = { sheet: this.name, a1 }), api),
    };
    return api;
  }

  /**
   * Sheet.getRangeList(a1Notations): several ranges written in one call
   * (https://developers.google.com/apps-script/reference/spreadsheet/range-list): setBackground(colour or null) and
   * setNote(note or null) on each of them, refused as the ranges' own writes are.
   */
  rangeList(a1s: string[]) {
    const log = (n: string) => this.doc.log.push(n);
    const ranges = a1s.map((a1) => {
      const p = parseA1(a1);
      return this.range(p.row, p.col, p.rows, p.cols);
    });
    const each = (f: (r: ReturnType<FakeSheet['range']>) => void) => {
      // One call to Google: the fake's ranges write without logging their own calls.
      const saved = this.doc.log.length;
      try {
        for (const r of ranges) f(r);
      } finally {
        this.doc.log.length = saved;
      }
    };
    const list = {
      getRanges: () => ranges,
      setBackground: (color: string | null) => {
        log('RangeList.setBackground');
        each((r) => {
          const [rows, cols] = [r.getValues().length, r.getValues()[0]!.length];
          r.setBackgrounds(Array.from({ length: rows }, () => Array.from({ length: cols }, () => color)));
        });
        return list;
      },
      setNote: (note: string | null) => {
        log('RangeList.setNote');
        each((r) => {
          const [rows, cols] = [r.getValues().length, r.getValues()[0]!.length];
          r.setNotes(Array.from({ length: rows }, () => Array.from({ length: cols }, () => note ?? '')));
        });
        return list;
      },
    };
    return list;
  }

  /** Protects the sheet: the given writes (default both) throw as Apps Script does. */
  protect(...methods: ('setBackgrounds' | 'setNotes')[]): void {
    for (const m of methods.length ? methods : (['setBackgrounds', 'setNotes'] as const)) this.refuses.add(m);
  }

  api() {
    const log = (n: string) => this.doc.log.push(n);
    return {
      getName: () => this.name,
      getDataRange: () => (log('Sheet.getDataRange'), this.range(1, 1, this.values.length, this.values[0]?.length ?? 1)),
      getRange: (a: number | string, b?: number, cRows?: number, cCols?: number) => {
        log('Sheet.getRange');
        if (typeof a === 'string') {
          const p = parseA1(a);
          return this.range(p.row, p.col, p.rows, p.cols);
        }
        return this.range(a, b!, cRows ?? 1, cCols ?? 1);
      },
      getRangeList: (a1s: string[]) => (log('Sheet.getRangeList'), this.rangeList(a1s)),
      activate: () => log('Sheet.activate'),
    };
  }
}
