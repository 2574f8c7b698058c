/**
 * A faithful fake of the part of Office.js the Excel adapter uses, for Node tests and (bundled) for the
 * browser tests. Faithful where it matters to the adapter's correctness:
 * - commands are queued and run only at context.sync(), in order; a property read before load + sync throws
 *   PropertyNotLoaded, as Office.js does; *OrNullObject gives isNullObject after sync;
 * - every sync is counted, its request and response sizes measured, and refused over Excel on the web's 5 MB;
 * - fills, comments, selection and document settings are state that tests read back; a value write is recorded
 *   (the adapter must never make one);
 * - settings persist only through saveAsync, and reopen() is the file closed and opened again.
 * Strict where Microsoft documents a limit (DESIGN §5):
 * - an API above the host's requirement set fails at sync with ApiNotFound ("The API you are trying to use could not be
 *   found. It may be available in a newer version of Excel.": https://learn.microsoft.com/office/dev/add-ins/testing/
 *   troubleshoot-development-errors, and the "Api set" of each member in the Excel JavaScript API reference);
 * - comments may be refused with NotImplemented ("This operation is not implemented.", OfficeDev/office-js issues on
 *   comments.add in some builds and files; https://learn.microsoft.com/office/dev/add-ins/reference/javascript-api-error-codes);
 * - document settings belong to an add-in id: another id (a sideloaded copy, the deployed add-in) sees none of them
 *   ("Settings are ... specific to the add-in that created them": Office.Settings,
 *   https://learn.microsoft.com/javascript/api/office/office.settings);
 * - a range of 5.000.000 cells or more reads its values, formats and text as null
 *   (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-ranges-large);
 * - custom XML parts (ExcelApi 1.5) are kept with the workbook, whatever the add-in.
 * No Node or DOM API here: the same file runs in the page.
 */

export interface Fill {
  color: string;
  pattern: string;
  patternColor: string;
  tintAndShade: number;
  patternTintAndShade: number;
}

/** How Excel reports a cell without fill. */
export const NO_FILL: Fill = { color: '#FFFFFF', pattern: 'None', patternColor: '#000000', tintAndShade: 0, patternTintAndShade: 0 };

export interface FakeSheetInit {
  name: string;
  /** Values from A1, as Excel gives them (errors as "#DIV/0!" strings, dates as serial numbers). */
  values: unknown[][];
  formats?: string[][];
  /** Shown text where it differs from String(value). */
  text?: (string | undefined)[][];
  merges?: { r0: number; c0: number; r1: number; c1: number }[];
}

export interface FakeComment {
  id: string;
  sheet: string;
  row: number;
  col: number;
  content: string;
  author: string;
}

interface SheetState {
  name: string;
  values: unknown[][];
  formats: string[][];
  text: (string | undefined)[][];
  merges: { r0: number; c0: number; r1: number; c1: number }[];
  fills: Map<string, Fill>;
  protected: boolean;
  /** Added by the add-in (worksheets.add): the one kind of sheet whose values it may write. */
  created?: boolean;
}

export interface SyncRecord {
  requestBytes: number;
  responseBytes: number;
  ops: number;
  writes: number;
}

export const PAYLOAD_LIMIT = 5 * 1024 * 1024;
/** Ranges of this many cells or more read their values, formats and text as null (Excel on the web). */
export const HUGE_RANGE = 5_000_000;

export class OfficeError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'RichApi.Error';
  }
}

const bytes = (v: unknown): number => {
  const s = JSON.stringify(v) ?? '';
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
  }
  return n;
};

const key = (r: number, c: number) => `${r},${c}`;
const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

function colLetters(col: number): string {
  let n = col + 1;
  let s = '';
  while (n > 0) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

function parseCell(ref: string): { row: number; col: number } {
  const m = /^\$?([A-Z]+)\$?(\d+)$/i.exec(ref.trim());
  if (!m) throw new OfficeError('InvalidArgument', `The argument is invalid or missing: ${ref}`);
  let col = 0;
  for (const ch of m[1]!.toUpperCase()) col = col * 26 + ch.charCodeAt(0) - 64;
  return { row: Number(m[2]) - 1, col: col - 1 };
}

function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

interface Box {
  sheet: SheetState;
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

function addressOf(b: Box): string {
  const tl = colLetters(b.c0) + (b.r0 + 1);
  const br = colLetters(b.c1) + (b.r1 + 1);
  return `${quoteSheet(b.sheet.name)}!${tl === br ? tl : `${tl}:${br}`}`;
}

/** Display text of a value under a format, the way a vi-VN Excel would show the common cases. */
function shown(v: unknown, format: string): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number' && format.includes('%')) {
    const d = (/0\.(0+)%/.exec(format)?.[1] ?? '').length;
    return (v * 100).toFixed(d).replace('.', ',') + '%';
  }
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return String(v);
}

// -------------------------------------------------------------------------------------------------------

type Op = { desc: unknown; write: boolean; run: () => void };

class Context {
  readonly workbook: Workbook;
  queue: Op[] = [];
  responseBytes = 0;
  /** Whether this batch loaded cell values (a read of the workbook). */
  readValues = false;
  constructor(readonly fake: FakeExcel) {
    this.workbook = new Workbook(this);
  }
  enqueue(desc: unknown, run: () => void, write = false): void {
    this.queue.push({ desc, write, run });
  }
  /** A member of ExcelApi `version`: on a host below it, the batch fails at sync with ApiNotFound. */
  need(version: string, what: string): void {
    if (this.fake.supports(version)) return;
    this.enqueue({ need: what }, () => {
      throw new OfficeError('ApiNotFound', `The API you are trying to use could not be found. It may be available in a newer version of Excel. (${what})`);
    });
  }
  async sync(): Promise<void> {
    const fake = this.fake;
    const ops = this.queue;
    this.queue = [];
    fake.syncs++;
    if (fake.delayMs) await new Promise((r) => setTimeout(r, fake.delayMs));
    const requestBytes = bytes(ops.map((o) => o.desc));
    const writes = ops.filter((o) => o.write).length;
    const rec: SyncRecord = { requestBytes, responseBytes: 0, ops: ops.length, writes };
    fake.syncLog.push(rec);
    if (requestBytes > PAYLOAD_LIMIT) throw new OfficeError('RequestPayloadSizeLimitExceeded', 'The request payload size has exceeded the limit.');
    const failure = fake.failures.find((f) => f.on === 'any' || (f.on === 'write' && writes > 0));
    if (failure && failure.after > 0) failure.after--;
    else if (failure) {
      fake.failures.splice(fake.failures.indexOf(failure), 1);
      throw new OfficeError(failure.code, failure.message);
    }
    this.responseBytes = 0;
    for (const op of ops) op.run();
    rec.responseBytes = this.responseBytes;
    if (this.responseBytes > PAYLOAD_LIMIT) throw new OfficeError('ResponsePayloadSizeLimitExceeded', 'The response payload size has exceeded the limit.');
  }
  /** Runs a load at sync time: copies the props into the object, and counts them in the response. */
  load(target: ClientObject, props: string[], read: (p: string) => unknown): void {
    this.enqueue({ load: target.constructor.name, props }, () => {
      target.resolveNull();
      if (target.isNull) return;
      for (const p of props) {
        const v = read(p);
        target.loaded.set(p, v);
        this.responseBytes += bytes(v);
      }
    });
  }
}

function propList(p?: string | string[]): string[] {
  const list = Array.isArray(p) ? p : (p ?? '').split(',');
  return list.map((s) => s.trim().replace(/^items\//, '')).filter(Boolean);
}

abstract class ClientObject {
  loaded = new Map<string, unknown>();
  isNull: boolean | undefined;
  constructor(
    readonly context: Context,
    private readonly nullable = false,
  ) {}
  /** Whether the object exists, decided at sync time. */
  protected exists(): boolean {
    return true;
  }
  resolveNull(): void {
    const ok = this.exists();
    if (!ok && !this.nullable) throw new OfficeError('ItemNotFound', 'The requested resource doesn\u2019t exist.');
    this.isNull = !ok;
  }
  get isNullObject(): boolean {
    if (this.isNull === undefined) throw new OfficeError('PropertyNotLoaded', "The property 'isNullObject' is not available. Call context.sync() first.");
    return this.isNull;
  }
  protected get<T>(p: string): T {
    if (!this.loaded.has(p)) {
      throw new OfficeError(
        'PropertyNotLoaded',
        `The property '${p}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
      );
    }
    return this.loaded.get(p) as T;
  }
}

class Workbook {
  readonly worksheets: WorksheetCollection;
  constructor(private readonly ctx: Context) {
    this.worksheets = new WorksheetCollection(ctx);
  }
  /** ExcelApi 1.10. */
  get comments(): CommentCollection {
    this.ctx.need('1.10', 'workbook.comments');
    return new CommentCollection(this.ctx);
  }
  /** ExcelApi 1.5. */
  get customXmlParts(): CustomXmlPartCollection {
    this.ctx.need('1.5', 'workbook.customXmlParts');
    return new CustomXmlPartCollection(this.ctx);
  }
}

/** The root element's default namespace of a part, as Excel files it. */
/** The root element's namespace, bare ("<marks xmlns=…>") or under a prefix ("<ns0:marks xmlns:ns0=…>"). */
const namespaceOf = (xml: string): string => {
  const root = /^\s*(?:<\?xml[^>]*\?>\s*)?<(?:([\w.-]+):)?[\w.-]+([^>]*)>/.exec(xml);
  if (!root) return '';
  const attr = root[1] ? `xmlns:${root[1]}` : 'xmlns';
  return new RegExp(`\\s${attr.replace('.', '\\.')}="([^"]*)"`).exec(root[2] ?? '')?.[1] ?? '';
};

class CustomXmlPartCollection extends ClientObject {
  add(xml: string): CustomXmlPart {
    let id = '';
    this.context.enqueue(
      { addCustomXmlPart: xml },
      () => {
        if (!/^\s*(<\?xml[^>]*\?>\s*)?<[\w:.-]+[\s\S]*>\s*$/.test(xml))
          throw new OfficeError('InvalidArgument', 'The argument is invalid or missing or has an incorrect format.');
        const fake = this.context.fake;
        id = `{fake-xml-${++fake.nextId}}`;
        fake.customXml.push({ id, xml });
      },
      true,
    );
    return new CustomXmlPart(this.context, () => id);
  }
  getByNamespace(ns: string): CustomXmlPartScoped {
    return new CustomXmlPartScoped(this.context, ns);
  }
}

class CustomXmlPartScoped extends ClientObject {
  constructor(
    ctx: Context,
    private readonly ns: string,
  ) {
    super(ctx);
  }
  private list: CustomXmlPart[] | undefined;
  /** The parts of the namespace, in the order the workbook holds them (several when two add-ins or sessions added one). */
  load(p?: string | string[]): this {
    const props = propList(p);
    this.context.enqueue({ load: 'customXmlParts', ns: this.ns, props }, () => {
      const found = this.context.fake.customXml.filter((x) => namespaceOf(x.xml) === this.ns);
      this.list = found.map((x) => {
        const o = new CustomXmlPart(this.context, () => x.id);
        o.loaded.set('id', x.id);
        return o;
      });
      this.context.responseBytes += bytes(found.map((x) => x.id));
    });
    return this;
  }
  get items(): CustomXmlPart[] {
    if (!this.list) throw new OfficeError('PropertyNotLoaded', "The property 'items' is not available.");
    return this.list;
  }
  /**
   * The part when exactly one has the namespace; otherwise a null object — none, and several too ("If the collection
   * contains exactly one item, this method returns it. Otherwise, this method returns null.": CustomXmlPartScopedCollection).
   */
  getOnlyItemOrNullObject(): CustomXmlPart {
    let id: string | undefined;
    const part = new CustomXmlPart(this.context, () => id ?? '', true);
    this.context.enqueue({ getOnlyItem: this.ns }, () => {
      const found = this.context.fake.customXml.filter((p) => namespaceOf(p.xml) === this.ns);
      id = found.length === 1 ? found[0]!.id : undefined;
    });
    return part;
  }
}

class CustomXmlPart extends ClientObject {
  constructor(
    ctx: Context,
    private readonly idOf: () => string,
    nullable = false,
  ) {
    super(ctx, nullable);
  }
  protected override exists(): boolean {
    return this.context.fake.customXml.some((p) => p.id === this.idOf());
  }
  private state(): { id: string; xml: string } {
    const p = this.context.fake.customXml.find((x) => x.id === this.idOf());
    if (!p) throw new OfficeError('ItemNotFound', 'The requested resource doesn\u2019t exist.');
    return p;
  }
  load(p?: string | string[]): this {
    this.context.load(this, propList(p), (q) => (q === 'id' ? this.state().id : q === 'namespaceUri' ? namespaceOf(this.state().xml) : undefined));
    return this;
  }
  getXml(): { value: string } {
    let xml: string | undefined;
    this.context.enqueue({ getXml: true }, () => {
      xml = this.state().xml;
      this.context.responseBytes += bytes(xml);
    });
    return {
      get value() {
        if (xml === undefined) throw new OfficeError('PropertyNotLoaded', "The property 'value' is not available.");
        return xml;
      },
    };
  }
  setXml(xml: string): void {
    this.context.enqueue({ setXml: xml }, () => void (this.state().xml = xml), true);
  }
  delete(): void {
    this.context.enqueue(
      { deleteCustomXmlPart: true },
      () => {
        const list = this.context.fake.customXml;
        list.splice(list.indexOf(this.state()), 1);
      },
      true,
    );
  }
}

class WorksheetCollection extends ClientObject {
  private list: Worksheet[] | undefined;
  load(p?: string | string[]): this {
    const props = propList(p);
    this.context.enqueue({ load: 'worksheets', props }, () => {
      this.list = this.context.fake.sheets.map((s) => {
        const ws = new Worksheet(this.context, () => s.name);
        for (const q of props) ws.loaded.set(q, q === 'name' ? s.name : undefined);
        return ws;
      });
      this.context.responseBytes += bytes(this.context.fake.sheets.map((s) => s.name));
    });
    return this;
  }
  get items(): Worksheet[] {
    if (!this.list) throw new OfficeError('PropertyNotLoaded', "The property 'items' is not available.");
    return this.list;
  }
  getItem(name: string): Worksheet {
    return new Worksheet(this.context, () => name);
  }
  /** A new, empty sheet at the end; Excel refuses a name already taken (case-insensitively). */
  add(name: string): Worksheet {
    this.context.enqueue(
      { addWorksheet: name },
      () => {
        const fake = this.context.fake;
        if (fake.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase()))
          throw new OfficeError('ItemAlreadyExists', 'A resource with the same name or identifier already exists.');
        fake.sheets.push({ name, values: [], formats: [], text: [], merges: [], fills: new Map(), protected: false, created: true });
      },
      true,
    );
    return new Worksheet(this.context, () => name);
  }
  getItemOrNullObject(name: string): Worksheet {
    return new Worksheet(this.context, () => name, true);
  }
}

class Worksheet extends ClientObject {
  constructor(
    ctx: Context,
    private readonly nameOf: () => string,
    nullable = false,
  ) {
    super(ctx, nullable);
  }
  protected override exists(): boolean {
    return this.context.fake.sheets.some((s) => s.name === this.nameOf());
  }
  state(): SheetState {
    const s = this.context.fake.sheets.find((x) => x.name === this.nameOf());
    if (!s) throw new OfficeError('ItemNotFound', 'The requested resource doesn\u2019t exist.');
    return s;
  }
  get name(): string {
    return this.get<string>('name');
  }
  load(p?: string | string[]): this {
    this.context.load(this, propList(p), (q) => (q === 'name' ? this.state().name : undefined));
    return this;
  }
  activate(): void {
    this.context.enqueue({ activate: true }, () => {
      this.context.fake.active = this.state().name;
    });
  }
  getRange(address: string): Range {
    return new Range(this.context, () => {
      const [a, b] = address.split(':');
      const p = parseCell(a!);
      const q = b ? parseCell(b) : p;
      return { sheet: this.state(), r0: Math.min(p.row, q.row), c0: Math.min(p.col, q.col), r1: Math.max(p.row, q.row), c1: Math.max(p.col, q.col) };
    });
  }
  getUsedRange(valuesOnly?: boolean): Range {
    if (valuesOnly !== undefined) this.context.need('1.2', 'getUsedRange(valuesOnly)');
    return new Range(this.context, () => {
      const s = this.state();
      let r0 = Infinity,
        c0 = Infinity,
        r1 = -1,
        c1 = -1;
      s.values.forEach((row, i) =>
        row.forEach((v, j) => {
          const has = v !== null && v !== undefined && v !== '';
          if (!has && (valuesOnly || !s.fills.has(key(i, j)))) return;
          r0 = Math.min(r0, i);
          c0 = Math.min(c0, j);
          r1 = Math.max(r1, i);
          c1 = Math.max(c1, j);
        }),
      );
      // A blank sheet's used range is A1, not an error.
      return r1 < 0 ? { sheet: s, r0: 0, c0: 0, r1: 0, c1: 0 } : { sheet: s, r0, c0, r1, c1 };
    });
  }
}

/**
 * Range.format.fill (ExcelApi 1.1): `color` loaded reads "#FFFFFF" for a cell without fill, as Excel reports it, and
 * null over cells of different fills; setting it paints a solid fill; clear() removes the fill.
 */
class RangeFill extends ClientObject {
  constructor(
    ctx: Context,
    private readonly range: Range,
  ) {
    super(ctx);
  }
  load(p?: string | string[]): this {
    this.context.load(this, propList(p), (q) => {
      if (q !== 'color') throw new OfficeError('InvalidArgument', `fake: no fill property ${q}`);
      const b = this.range.box();
      const colours = new Set<string>();
      for (let r = b.r0; r <= b.r1; r++) for (let c = b.c0; c <= b.c1; c++) colours.add((b.sheet.fills.get(key(r, c)) ?? NO_FILL).color);
      return colours.size === 1 ? [...colours][0] : null;
    });
    return this;
  }
  get color(): string {
    return this.get<string>('color');
  }
  set color(c: string) {
    this.range.writeCells('fill.color', c, (s, k) => s.fills.set(k, { ...NO_FILL, color: c.toUpperCase(), pattern: 'Solid' }));
  }
  clear(): void {
    this.range.writeCells('fill.clear', null, (s, k) => s.fills.delete(k));
  }
}

class Range extends ClientObject {
  readonly format: { fill: RangeFill };
  constructor(
    ctx: Context,
    readonly box: () => Box,
  ) {
    super(ctx);
    this.format = { fill: new RangeFill(ctx, this) };
  }
  /** Enqueues a write over every cell of the range; a protected sheet refuses it. */
  writeCells(what: string, arg: unknown, f: (s: SheetState, k: string) => void): void {
    this.context.enqueue(
      { set: what, arg },
      () => {
        const b = this.box();
        if (b.sheet.protected) throw new OfficeError('AccessDenied', 'You cannot perform the requested operation.');
        for (let r = b.r0; r <= b.r1; r++) for (let c = b.c0; c <= b.c1; c++) f(b.sheet, key(r, c));
      },
      true,
    );
  }
  private grid<T>(f: (s: SheetState, r: number, c: number) => T): T[][] {
    const b = this.box();
    const out: T[][] = [];
    for (let r = b.r0; r <= b.r1; r++) {
      const row: T[] = [];
      for (let c = b.c0; c <= b.c1; c++) row.push(f(b.sheet, r, c));
      out.push(row);
    }
    return out;
  }
  load(p?: string | string[]): this {
    this.context.load(this, propList(p), (q) => {
      const b = this.box();
      // A range this large reads as null, not as an error.
      const huge = (b.r1 - b.r0 + 1) * (b.c1 - b.c0 + 1) >= HUGE_RANGE;
      if (huge && (q === 'values' || q === 'numberFormat' || q === 'text')) return null;
      switch (q) {
        case 'values':
          this.context.readValues = true;
          return this.grid((s, r, c) => s.values[r]?.[c] ?? '');
        case 'numberFormat':
          return this.grid((s, r, c) => s.formats[r]?.[c] ?? 'General');
        case 'text':
          return this.grid((s, r, c) => s.text[r]?.[c] ?? shown(s.values[r]?.[c], s.formats[r]?.[c] ?? 'General'));
        case 'rowIndex':
          return b.r0;
        case 'columnIndex':
          return b.c0;
        case 'rowCount':
          return b.r1 - b.r0 + 1;
        case 'columnCount':
          return b.c1 - b.c0 + 1;
        case 'address':
          return addressOf(b);
        default:
          throw new OfficeError('InvalidArgument', `fake: no property ${q}`);
      }
    });
    return this;
  }
  get values(): unknown[][] {
    return this.get('values');
  }
  set values(v: unknown[][]) {
    this.context.enqueue(
      { set: 'values', v },
      () => {
        const b = this.box();
        // Values are written only into a sheet the add-in created; any other write is recorded for the tests to refuse.
        if (!b.sheet.created) return void this.context.fake.valueWrites.push(addressOf(b));
        if (v.length !== b.r1 - b.r0 + 1 || v.some((r) => r.length !== b.c1 - b.c0 + 1))
          throw new OfficeError('InvalidArgument', 'The number of rows or columns in the input array doesn\u2019t match the size or dimensions of the range.');
        v.forEach((row, i) =>
          row.forEach((x, j) => {
            const r = (b.sheet.values[b.r0 + i] ??= []);
            while (r.length < b.c0 + j) r.push('');
            r[b.c0 + j] = x;
          }),
        );
      },
      true,
    );
  }
  set formulas(v: unknown[][]) {
    this.context.enqueue({ set: 'formulas', v }, () => this.context.fake.valueWrites.push(addressOf(this.box())), true);
  }
  get numberFormat(): string[][] {
    return this.get('numberFormat');
  }
  get text(): string[][] {
    return this.get('text');
  }
  get rowIndex(): number {
    return this.get('rowIndex');
  }
  get columnIndex(): number {
    return this.get('columnIndex');
  }
  get rowCount(): number {
    return this.get('rowCount');
  }
  get columnCount(): number {
    return this.get('columnCount');
  }
  get address(): string {
    return this.get('address');
  }
  clear(): void {
    this.context.enqueue({ clear: true }, () => this.context.fake.valueWrites.push(addressOf(this.box())), true);
  }
  getCell(row: number, col: number): Range {
    return new Range(this.context, () => {
      const b = this.box();
      return { sheet: b.sheet, r0: b.r0 + row, c0: b.c0 + col, r1: b.r0 + row, c1: b.c0 + col };
    });
  }
  getResizedRange(dr: number, dc: number): Range {
    this.context.need('1.2', 'getResizedRange');
    return new Range(this.context, () => {
      const b = this.box();
      return { ...b, r1: b.r1 + dr, c1: b.c1 + dc };
    });
  }
  select(): void {
    this.context.enqueue({ select: true }, () => {
      const b = this.box();
      this.context.fake.selected = { sheet: b.sheet.name, address: addressOf(b).split('!')[1]! };
      this.context.fake.selections.push(this.context.fake.selected);
    });
  }
  getMergedAreasOrNullObject(): RangeAreas {
    this.context.need('1.13', 'getMergedAreasOrNullObject');
    return new RangeAreas(this.context, () => {
      const b = this.box();
      return b.sheet.merges.filter((m) => m.r0 <= b.r1 && m.r1 >= b.r0 && m.c0 <= b.c1 && m.c1 >= b.c0).map((m) => addressOf({ sheet: b.sheet, ...m }));
    });
  }
  getCellProperties(spec: { format?: { fill?: Record<string, boolean> } }): { value: { format: { fill: Partial<Fill> } }[][] } {
    this.context.need('1.9', 'getCellProperties');
    const result: { value?: { format: { fill: Partial<Fill> } }[][] } = {};
    this.context.enqueue({ getCellProperties: spec }, () => {
      const want = Object.keys(spec.format?.fill ?? {}) as (keyof Fill)[];
      result.value = this.grid((s, r, c) => {
        const fill = s.fills.get(key(r, c)) ?? NO_FILL;
        return { format: { fill: Object.fromEntries(want.map((w) => [w, fill[w]])) as Partial<Fill> } };
      });
      this.context.responseBytes += bytes(result.value);
    });
    return {
      get value() {
        if (!result.value) throw new OfficeError('PropertyNotLoaded', "The property 'value' is not available.");
        return result.value;
      },
    };
  }
  setCellProperties(values: { format?: { fill?: Partial<Fill> } }[][]): void {
    this.context.need('1.9', 'setCellProperties');
    this.context.enqueue(
      { setCellProperties: values },
      () => {
        const b = this.box();
        if (b.sheet.protected) throw new OfficeError('AccessDenied', 'You cannot perform the requested operation.');
        values.forEach((row, i) =>
          row.forEach((cell, j) => {
            const f = cell.format?.fill;
            if (!f) return;
            const k = key(b.r0 + i, b.c0 + j);
            const next = { ...(b.sheet.fills.get(k) ?? NO_FILL), ...f };
            if (next.pattern === 'None') b.sheet.fills.delete(k);
            else b.sheet.fills.set(k, next);
          }),
        );
      },
      true,
    );
  }
}

class RangeAreas extends ClientObject {
  constructor(
    ctx: Context,
    private readonly areas: () => string[],
  ) {
    super(ctx, true);
  }
  protected override exists(): boolean {
    return this.areas().length > 0;
  }
  load(p?: string | string[]): this {
    this.context.load(this, propList(p), () => this.areas().join(','));
    return this;
  }
  get address(): string {
    return this.get('address');
  }
}

/** What Excel answers where comments are not implemented (some builds and files). */
const notImplemented = () => new OfficeError('NotImplemented', 'This operation is not implemented.');

class CommentCollection extends ClientObject {
  private list: Comment[] | undefined;
  load(p?: string | string[]): this {
    const props = propList(p);
    this.context.enqueue({ load: 'comments', props }, () => {
      if (this.context.fake.options.comments === 'not-implemented') throw notImplemented();
      this.list = this.context.fake.comments.map((c) => {
        const o = new Comment(this.context, () => c.id);
        o.loaded.set('id', c.id);
        o.loaded.set('content', c.content);
        return o;
      });
      this.context.responseBytes += bytes(this.context.fake.comments.map((c) => c.id));
    });
    return this;
  }
  get items(): Comment[] {
    if (!this.list) throw new OfficeError('PropertyNotLoaded', "The property 'items' is not available.");
    return this.list;
  }
  getItem(id: string): Comment {
    return new Comment(this.context, () => id);
  }
  add(cell: Range | string, content: string): Comment {
    let id = '';
    const c = new Comment(this.context, () => id);
    this.context.enqueue(
      { addComment: typeof cell === 'string' ? cell : 'range', content },
      () => {
        if (this.context.fake.options.comments) {
          this.context.fake.commentsRefused++;
          throw notImplemented();
        }
        const b = typeof cell === 'string' ? this.boxOf(cell) : cell.box();
        if (b.r0 !== b.r1 || b.c0 !== b.c1) throw new OfficeError('InvalidArgument', 'The argument is invalid or missing or has an incorrect format.');
        if (b.sheet.protected) throw new OfficeError('AccessDenied', 'You cannot perform the requested operation.');
        const fake = this.context.fake;
        if (fake.comments.some((x) => x.sheet === b.sheet.name && x.row === b.r0 && x.col === b.c0)) {
          throw new OfficeError('InvalidArgument', 'A cell can only have one comment thread.');
        }
        id = `{fake-comment-${++fake.nextId}}`;
        fake.comments.push({ id, sheet: b.sheet.name, row: b.r0, col: b.c0, content, author: 'Người dùng' });
      },
      true,
    );
    return c;
  }
  private boxOf(address: string): Box {
    const bang = address.lastIndexOf('!');
    let name = address.slice(0, bang);
    if (name.startsWith("'")) name = name.slice(1, -1).replace(/''/g, "'");
    return new Worksheet(this.context, () => name).getRange(address.slice(bang + 1)).box();
  }
}

class Comment extends ClientObject {
  constructor(
    ctx: Context,
    private readonly idOf: () => string,
  ) {
    super(ctx);
  }
  private state(): FakeComment {
    const c = this.context.fake.comments.find((x) => x.id === this.idOf());
    if (!c) throw new OfficeError('ItemNotFound', 'The requested resource doesn\u2019t exist.');
    return c;
  }
  protected override exists(): boolean {
    return this.context.fake.comments.some((x) => x.id === this.idOf());
  }
  load(p?: string | string[]): this {
    this.context.load(this, propList(p), (q) => (q === 'id' ? this.state().id : q === 'content' ? this.state().content : undefined));
    return this;
  }
  get id(): string {
    return this.get('id');
  }
  get content(): string {
    return this.get('content');
  }
  delete(): void {
    this.context.enqueue(
      { deleteComment: true },
      () => {
        const c = this.state();
        if (this.context.fake.sheets.find((s) => s.name === c.sheet)?.protected)
          throw new OfficeError('AccessDenied', 'You cannot perform the requested operation.');
        this.context.fake.comments.splice(this.context.fake.comments.indexOf(c), 1);
      },
      true,
    );
  }
  getLocation(): Range {
    return new Range(this.context, () => {
      const c = this.state();
      const sheet = this.context.fake.sheets.find((s) => s.name === c.sheet)!;
      return { sheet, r0: c.row, c0: c.col, r1: c.row, c1: c.col };
    });
  }
}

// -------------------------------------------------------------------------------------------------------

export interface FakeOptions {
  /** Delay of each sync, as a real host's round trip. */
  delayMs?: number;
  platform?: 'PC' | 'OfficeOnline' | 'Mac';
  /** The API sets the host claims, e.g. { ExcelApi: '1.17' }. */
  apiVersion?: string;
  /** Office.onReady resolves this long after it is asked (Excel starting up); 0 or absent: at once. */
  readyDelayMs?: number;
  /** Comments refused as not implemented: adding one ('add'), or any use of them ('not-implemented'). */
  comments?: 'add' | 'not-implemented';
  /** The id of the add-in running (its manifest's Id); settings are kept per id. */
  addinId?: string;
}

/** The add-in's manifest Id (office-addin/manifest.xml). */
export const ADDIN_ID = 'eaa2be94-7d89-4e0a-96b8-6e472cb3a97b';

export class FakeExcel {
  sheets: SheetState[];
  comments: FakeComment[] = [];
  syncs = 0;
  /** Excel.run batches that read cell values. */
  reads = 0;
  syncLog: SyncRecord[] = [];
  valueWrites: string[] = [];
  failures: { on: 'write' | 'any'; code: string; message: string; after: number }[] = [];
  selected: { sheet: string; address: string } | undefined;
  selections: { sheet: string; address: string }[] = [];
  active: string | undefined;
  nextId = 0;
  delayMs: number;
  /** Per add-in id: the settings as saved in the file, and this session's copy. */
  private readonly settingsOf = new Map<string, { persisted: Record<string, unknown>; session: Record<string, unknown> }>();
  /** The add-in running now: another id (a sideloaded copy, the deployed one) has settings of its own. */
  addinId: string;
  settingsSaves = 0;
  /** Comments Excel refused as not implemented. */
  commentsRefused = 0;
  /** The workbook's custom XML parts (ExcelApi 1.5): the file's own, whatever the add-in. */
  customXml: { id: string; xml: string }[] = [];
  /** When Office.onReady resolved (with readyDelayMs), in Date.now() time. */
  readyAt: number | undefined;
  constructor(
    sheets: FakeSheetInit[],
    readonly options: FakeOptions = {},
  ) {
    this.delayMs = options.delayMs ?? 0;
    this.addinId = options.addinId ?? ADDIN_ID;
    this.sheets = sheets.map((s) => ({
      name: s.name,
      values: s.values.map((r) => [...r]),
      formats: s.formats ?? [],
      text: s.text ?? [],
      merges: s.merges ?? [],
      fills: new Map(),
      protected: false,
    }));
  }

  private settingsNow() {
    let s = this.settingsOf.get(this.addinId);
    if (!s) this.settingsOf.set(this.addinId, (s = { persisted: {}, session: {} }));
    return s;
  }
  /** This session's settings of the add-in running. */
  get settings(): Record<string, unknown> {
    return this.settingsNow().session;
  }
  set settings(v: Record<string, unknown>) {
    this.settingsNow().session = v;
  }
  /** The settings of the add-in running, as saved in the file. */
  get persisted(): Record<string, unknown> {
    return this.settingsNow().persisted;
  }
  set persisted(v: Record<string, unknown>) {
    this.settingsNow().persisted = v;
  }

  /** Whether the host has ExcelApi `version` (default: 1.17, a current Microsoft 365). */
  supports(version: string): boolean {
    const have = (this.options.apiVersion ?? '1.17').split('.').map(Number);
    const want = version.split('.').map(Number);
    return have[0]! > want[0]! || (have[0] === want[0] && have[1]! >= want[1]!);
  }

  sheet(name: string): SheetState {
    const s = this.sheets.find((x) => x.name === name);
    if (!s) throw new Error(`fake: no sheet ${name}`);
    return s;
  }

  /** The next sync that writes (or any sync), after `after` such syncs went through, fails with this Office error code. */
  failNext(on: 'write' | 'any', code: string, message = code, after = 0): void {
    this.failures.push({ on, code, message, after });
  }

  /** Fill, comment and values of every sheet: what "the sheet is exactly as it was" compares. */
  snapshot(): unknown {
    return {
      sheets: this.sheets.map((s) => ({ name: s.name, values: s.values, fills: [...s.fills.entries()].sort() })),
      comments: this.comments.map((c) => ({ sheet: c.sheet, row: c.row, col: c.col, content: c.content, author: c.author })),
      // A record left behind after clearing is a change to the file.
      customXml: this.customXml.map((p) => p.xml),
    };
  }

  /** Cells that carry a mark's fill now, as "sheet!row,col". */
  markedCells(fills: readonly string[] = ['#F4CCCC', '#FFF2CC']): string[] {
    return this.sheets.flatMap((s) => [...s.fills.entries()].filter(([, f]) => fills.includes(f.color)).map(([k]) => `${s.name}!${k}`));
  }

  /** The file closed without saving and opened again: only saved settings remain (of every add-in). */
  reopen(): void {
    for (const s of this.settingsOf.values()) s.session = clone(s.persisted);
  }

  /** Puts `Office`, `Excel` and `OfficeExtension` where the adapter looks for them. */
  install(g: Record<string, unknown>): void {
    const supported = (name: string, version?: string) => name === 'ExcelApi' && this.supports(version ?? '1.1');
    g.OfficeExtension = { Error: OfficeError };
    g.Excel = {
      run: async <T>(batch: (ctx: Context) => Promise<T>): Promise<T> => {
        const ctx = new Context(this);
        try {
          const out = await batch(ctx);
          if (ctx.queue.some((o) => o.write)) throw new Error('fake: writes queued after the last sync were never sent');
          return out;
        } finally {
          if (ctx.readValues) this.reads++;
        }
      },
    };
    g.Office = {
      onReady: (cb?: (info: { host: string; platform: string }) => void) => {
        const info = { host: 'Excel', platform: this.options.platform ?? 'PC' };
        const wait = this.options.readyDelayMs ?? 0;
        if (!wait) {
          cb?.(info);
          return Promise.resolve(info);
        }
        return new Promise<typeof info>((resolve) =>
          setTimeout(() => {
            this.readyAt = Date.now();
            cb?.(info);
            resolve(info);
          }, wait),
        );
      },
      AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
      PlatformType: { PC: 'PC', OfficeOnline: 'OfficeOnline', Mac: 'Mac', iOS: 'iOS', Android: 'Android', Universal: 'Universal' },
      context: {
        platform: this.options.platform ?? 'PC',
        requirements: { isSetSupported: supported },
        document: {
          settings: {
            get: (name: string) => (name in this.settings ? clone(this.settings[name]) : null),
            set: (name: string, value: unknown) => {
              this.settings[name] = clone(value);
            },
            remove: (name: string) => {
              delete this.settings[name];
            },
            saveAsync: (cb?: (r: { status: string; error?: unknown }) => void) => {
              this.settingsSaves++;
              this.persisted = clone(this.settings);
              setTimeout(() => cb?.({ status: 'succeeded' }), 0);
            },
          },
        },
      },
    };
  }
}
