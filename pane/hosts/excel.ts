/**
 * The Excel adapter: Excel.run batches, the workbook's custom XML part and the document's settings; only I/O. Every
 * action is a fixed number of context.sync() round trips whatever the number of rows (read 2–3, mark 3–4, clear 4,
 * select 1); only a request that would pass Excel on the web's 5 MB limit is split, by size, never per row or per cell.
 */
import {
  a1,
  cellsToRead,
  gridFromHost,
  isOurNote,
  MarksTooLarge,
  parseA1,
  parseAreas,
  parseRecord,
  planMarks,
  planRestore,
  type CellMark,
  type CellRange,
  type HostFill,
  type MarkPlan,
  type SavedCell,
  type SheetGrid,
  type SheetWrites,
  type StateOf,
  type Workbook,
  columnLetters,
  freeSheetName,
} from '../../core';
import { parseReportsMade, type ReportSettings } from '../../core/report';
import { HostError, type Host, type HostErrorCode, type MarkLimit, type MarkResult, type SaveResult } from '../host';
import { download } from './download';

/** Document settings keys (Office.context.document.settings: saved inside the workbook, for this add-in id). */
const MARKS_KEY = 'baoCaoMarks';
const SETTINGS_KEY = 'baoCaoSettings';
/** «Báo cáo đã tạo» (core/report/reports-made). */
const REPORTS_KEY = 'baoCaoReports';
/** Excel on the web refuses requests and responses over 5 MB; stay well under. */
export const PAYLOAD_BUDGET = 4_000_000;
/** Document settings hold about 2 MB in all; a part is kept in the same bound. */
const MARKS_RECORD_LIMIT = 1_500_000;

/** Whether this Excel has ExcelApi `version`: the manifest asks 1.1 only (older Office shows the pane), the rest is asked here. */
const hasApi = (version: string): boolean => Office.context.requirements.isSetSupported('ExcelApi', version);

const FILL_PROPS = { color: true, pattern: true, patternColor: true, tintAndShade: true, patternTintAndShade: true } as const;

function hostError(e: unknown): HostError {
  if (e instanceof HostError) return e;
  const code = String((e as { code?: unknown })?.code ?? '');
  const text = String((e as Error)?.message ?? e);
  const map: Record<string, HostErrorCode> = {
    AccessDenied: 'permission',
    ItemNotFound: 'not-found',
    RequestPayloadSizeLimitExceeded: 'too-large',
    ResponsePayloadSizeLimitExceeded: 'too-large',
    ActivityLimitReached: 'quota',
    RequestAborted: 'network',
  };
  const mapped = map[code] ?? (/network|offline|mạng/i.test(text) ? 'network' : 'unknown');
  return new HostError(mapped, text);
}

async function run<T>(batch: (ctx: Excel.RequestContext) => Promise<T>): Promise<T> {
  try {
    return await Excel.run(batch);
  } catch (e) {
    throw hostError(e);
  }
}

function isTooLarge(e: unknown): boolean {
  return /PayloadSizeLimitExceeded/.test(String((e as { code?: unknown })?.code ?? ''));
}

const settings = (): Office.Settings => Office.context.document.settings;

function saveSettingsAsync(): Promise<void> {
  return new Promise((resolve, reject) =>
    settings().saveAsync((r) => (r.status === Office.AsyncResultStatus.Succeeded ? resolve() : reject(hostError(r.error)))),
  );
}

/** Splits items into runs whose estimated request size stays under the budget. */
function bySize<T>(items: T[], size: (t: T) => number, budget = PAYLOAD_BUDGET): T[][] {
  const out: T[][] = [];
  let run: T[] = [];
  let bytes = 0;
  for (const it of items) {
    const b = size(it);
    if (run.length && bytes + b > budget) {
      out.push(run);
      run = [];
      bytes = 0;
    }
    run.push(it);
    bytes += b;
  }
  if (run.length) out.push(run);
  return out;
}

// ---------------------------------------------------------------------------------------------------------
// Reading

interface UsedLoad {
  name: string;
  ws: Excel.Worksheet;
  used: Excel.Range;
  merged?: Excel.RangeAreas;
}

/** The smallest box (within the used range) holding its percent cells: the text they show is read for it alone. */
function percentBox(used: Excel.Range): CellRange | undefined {
  let box: CellRange | undefined;
  used.numberFormat.forEach((row, i) =>
    row.forEach((f, j) => {
      if (typeof f !== 'string' || !f.includes('%') || typeof used.values[i]![j] !== 'number') return;
      box ??= { r0: i, c0: j, r1: i, c1: j };
      box.r0 = Math.min(box.r0, i);
      box.c0 = Math.min(box.c0, j);
      box.r1 = Math.max(box.r1, i);
      box.c1 = Math.max(box.c1, j);
    }),
  );
  return box;
}

/** The used range; of values only where Excel can (ExcelApi 1.2), else with formatted cells too (a larger box, the same data). */
const usedRange = (ws: Excel.Worksheet): Excel.Range => (hasApi('1.2') ? ws.getUsedRange(true) : ws.getUsedRange());

/** rows × cols cells from (row, col), 0-based, by address (ExcelApi 1.1; getResizedRange needs 1.2). */
const boxRange = (ws: Excel.Worksheet, row: number, col: number, rows: number, cols: number): Excel.Range =>
  ws.getRange(`${a1(row, col)}:${a1(row + rows - 1, col + cols - 1)}`);

async function readAll(ctx: Excel.RequestContext): Promise<Workbook> {
  const sheets = ctx.workbook.worksheets;
  sheets.load('items/name');
  await ctx.sync();
  const withMerges = hasApi('1.13');
  const loads: UsedLoad[] = sheets.items.map((ws) => {
    // Values only: a sheet's formatted but empty margins are not data. A blank sheet gives A1.
    const used = usedRange(ws);
    used.load('values, numberFormat, rowIndex, columnIndex');
    const merged = withMerges ? used.getMergedAreasOrNullObject() : undefined;
    merged?.load('address');
    return { name: ws.name, ws, used, merged };
  });
  const names = sheets.items.map((ws) => ws.name);
  try {
    await ctx.sync();
  } catch (e) {
    if (!isTooLarge(e)) throw e;
    return readInBlocks(ctx, names, withMerges);
  }
  // A range of 5.000.000 cells or more reads as null in Excel on the web: read in blocks too.
  if (loads.some(({ used }) => used.values === null || used.numberFormat === null)) return readInBlocks(ctx, names, withMerges);
  // Percentages: the text the user sees ("97,78%"), read for the box of percent cells of each sheet.
  const texts = loads.map(({ ws, used }) => {
    const box = percentBox(used);
    if (!box) return undefined;
    const r = boxRange(ws, used.rowIndex + box.r0, used.columnIndex + box.c0, box.r1 - box.r0 + 1, box.c1 - box.c0 + 1);
    r.load('text');
    return { box, r };
  });
  if (texts.some(Boolean)) await ctx.sync();
  return {
    sheets: loads.map(({ name, used, merged }, k): SheetGrid => {
      const t = texts[k];
      const text = t ? used.values.map((row, i) => row.map((_, j) => t.r.text[i - t.box.r0]?.[j - t.box.c0] ?? '')) : undefined;
      return gridFromHost({
        name,
        values: used.values,
        formats: used.numberFormat as string[][],
        text,
        merges: merged && !merged.isNullObject ? parseAreas(merged.address) : [],
        originRow: used.rowIndex,
        originCol: used.columnIndex,
      });
    }),
  };
}

/** A workbook too big for one response (Excel on the web): the used ranges read in row blocks under the budget. */
async function readInBlocks(ctx: Excel.RequestContext, names: string[], withMerges: boolean): Promise<Workbook> {
  const dims = names.map((name) => {
    const ws = ctx.workbook.worksheets.getItem(name);
    const used = usedRange(ws);
    used.load('rowIndex, columnIndex, rowCount, columnCount');
    const merged = withMerges ? used.getMergedAreasOrNullObject() : undefined;
    merged?.load('address');
    return { name, ws, used, merged };
  });
  await ctx.sync();
  // About 40 bytes a cell for a value, its format and the text of a percent cell.
  const blocks = dims.flatMap(({ name, used }, k) => {
    const rows = Math.max(1, Math.floor(PAYLOAD_BUDGET / 40 / Math.max(1, used.columnCount)));
    const out: { k: number; name: string; r: number; n: number; cols: number }[] = [];
    for (let r = 0; r < used.rowCount; r += rows) out.push({ k, name, r, n: Math.min(rows, used.rowCount - r), cols: used.columnCount });
    return out;
  });
  const parts = new Map<number, { values: unknown[][]; formats: string[][]; text: string[][] }>();
  // One sync per request of at most PAYLOAD_BUDGET bytes: a handful for the largest workbooks, never per row.
  for (const group of bySize(blocks, (b) => b.n * b.cols * 40)) {
    const ranges = group.map((b) => {
      const { ws, used } = dims[b.k]!;
      const r = boxRange(ws, used.rowIndex + b.r, used.columnIndex, b.n, b.cols);
      r.load('values, numberFormat, text');
      return { b, r };
    });
    await ctx.sync();
    for (const { b, r } of ranges) {
      const p = parts.get(b.k) ?? { values: [], formats: [], text: [] };
      p.values.push(...r.values);
      p.formats.push(...(r.numberFormat as string[][]));
      p.text.push(...r.text);
      parts.set(b.k, p);
    }
  }
  return {
    sheets: dims.map(({ name, used, merged }, k) => {
      const p = parts.get(k) ?? { values: [], formats: [], text: [] };
      return gridFromHost({
        name,
        ...p,
        merges: merged && !merged.isNullObject ? parseAreas(merged.address) : [],
        originRow: used.rowIndex,
        originCol: used.columnIndex,
      });
    }),
  };
}

// ---------------------------------------------------------------------------------------------------------
// Marks: executed as the core plans them (core/marks-plan.ts)

/** A cell holds one comment thread: the user's own stays, and the cell is marked by its fill alone. */
const EXCEL_MARKS = { keepUserNotes: true, recordLimit: MARKS_RECORD_LIMIT };

/**
 * What this Excel can do, asked at run time (the manifest asks only ExcelApi 1.1, so older Office shows the pane):
 * comments (1.10), fills with their patterns (1.9), the marks record as a custom XML part of the workbook (1.5),
 * a used range of values only (1.2), merged areas (1.13). `commentsRefused`: Excel answered NotImplemented to a
 * comment in this session (some builds and files): the marks are fills alone from then on.
 */
interface Caps {
  comments: boolean;
  cellProperties: boolean;
  xmlRecord: boolean;
}
interface Session {
  commentsRefused: boolean;
}
const capsOf = (session: Session): Caps => ({
  comments: hasApi('1.10') && !session.commentsRefused,
  cellProperties: hasApi('1.9'),
  xmlRecord: hasApi('1.5'),
});

const isNotImplemented = (e: unknown) => String((e as { code?: unknown })?.code ?? '') === 'NotImplemented';

/**
 * The marks record, kept with the workbook itself: a custom XML part under this namespace. Document settings belong
 * to one add-in id (a sideloaded copy and the deployed add-in do not share them); a part is the file's, whatever
 * add-in reads it, invisible in the sheets, and gone with «Xóa đánh dấu». Without ExcelApi 1.5, the settings.
 */
export const MARKS_XML_NS = 'urn:bao-cao-cchc:marks:1';
const xmlEscape = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const xmlUnescape = (t: string) =>
  t.replace(/&(lt|gt|quot|apos|amp|#(\d+)|#x([0-9a-f]+));/gi, (_, name: string, dec?: string, hex?: string) =>
    dec
      ? String.fromCodePoint(Number(dec))
      : hex
        ? String.fromCodePoint(parseInt(hex, 16))
        : ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' } as Record<string, string>)[name.toLowerCase()]!,
  );
const recordXml = (json: string) => `<marks xmlns="${MARKS_XML_NS}">${xmlEscape(json)}</marks>`;
// Excel may hand the part back re-serialised, its element under a prefix ("ns0:marks"): any prefix is read.
const jsonOfXml = (xml: string) => xmlUnescape(/<(?:[\w.-]+:)?marks\b[^>]*>([\s\S]*)<\/(?:[\w.-]+:)?marks>/.exec(xml)?.[1] ?? '[]');

/** What the workbook holds now: its sheet names, its comments (the add-in's own start with MARK_NOTE_PREFIX), the record. */
interface Present {
  sheets: Set<string>;
  comments: Excel.Comment[];
  ours: Excel.Comment[];
  saved: SavedCell[];
  /** The record's part, when there is one; `legacy`: a record still in the settings (earlier versions, or no 1.5). */
  part?: Excel.CustomXmlPart;
  /** Further parts of the namespace (two sessions that each added one): read into `saved`, deleted at the next write. */
  extra: Excel.CustomXmlPart[];
  legacy: boolean;
}

/** Loads the sheets, the comments (where Excel has them) and the record: two syncs, a third only to read a part. */
async function loadPresent(ctx: Excel.RequestContext, caps: Caps, session: Session): Promise<Present> {
  const sheets = ctx.workbook.worksheets;
  sheets.load('items/name');
  const comments = caps.comments ? ctx.workbook.comments : undefined;
  comments?.load('items/id, items/content');
  // Every part of the namespace: getOnlyItemOrNullObject gives a null object when there are two, as if there were none.
  const parts = caps.xmlRecord ? ctx.workbook.customXmlParts.getByNamespace(MARKS_XML_NS) : undefined;
  parts?.load('items/id');
  try {
    await ctx.sync();
  } catch (e) {
    // Comments not implemented here: marks are fills alone (said once in the pane), and the rest is read again.
    if (!comments || !isNotImplemented(e)) throw e;
    session.commentsRefused = true;
    return loadPresent(ctx, capsOf(session), session);
  }
  const items = comments?.items ?? [];
  const inSettings = settings().get(MARKS_KEY) as unknown;
  let saved: SavedCell[];
  const [found, ...extra] = parts?.items ?? [];
  if (found) {
    const xmls = [found, ...extra].map((p) => p.getXml());
    await ctx.sync();
    // A record in the settings too (marked since on an Excel without parts, or a write stopped half way): both are put
    // back, the part's first (it holds the originals of cells marked on both).
    saved = [...xmls.flatMap((xml) => parseRecord(jsonOfXml(xml.value))), ...parseRecord(inSettings)];
  } else saved = parseRecord(inSettings);
  return {
    sheets: new Set(sheets.items.map((s) => s.name)),
    comments: items,
    ours: items.filter((c) => isOurNote(c.content)),
    saved,
    part: found,
    extra,
    legacy: inSettings !== null && inSettings !== undefined,
  };
}

/** Excel reports "no fill" as pattern None (white): restoring it is clearing, not painting white. */
function isNoFill(f: Excel.CellPropertiesFill): boolean {
  return f.pattern === 'None' || (!f.pattern && /^#?FFFFFF$/i.test(f.color ?? ''));
}

/** A fill as the plan holds it: null for none, else the properties Excel gave (comparable whatever their order). */
function planFill(f: Excel.CellPropertiesFill): HostFill {
  if (isNoFill(f)) return null;
  const out: Record<string, string | number> = {};
  for (const k of Object.keys(FILL_PROPS) as (keyof typeof FILL_PROPS)[]) if (f[k] !== undefined && f[k] !== null) out[k] = f[k];
  return out;
}

/** About the bytes one cell's fill read costs, request and response: the reads are split by size too. */
const READ_BYTES = 300;

/**
 * Reads the state of the planned cells on the sheets still there: each cell's fill, and where the user's comments are.
 * One sync, unless the cells are so many that the request would pass the budget. Below ExcelApi 1.9 a fill is read as
 * its colour alone (white: none), and put back as a solid colour.
 */
async function readState(ctx: Excel.RequestContext, cells: SheetWrites[], now: Present, caps: Caps): Promise<StateOf> {
  const wanted = cells.filter((g) => now.sheets.has(g.sheet)).flatMap((g) => g.cells.map((c) => ({ sheet: g.sheet, row: c.row, col: c.col })));
  // The user's own comments are found where they are; ours are all deleted before any write, so count as none.
  const places = now.comments
    .filter((c) => !isOurNote(c.content))
    .map((c) => {
      const r = c.getLocation();
      r.load('address');
      return { c, r };
    });
  const fills = new Map<string, () => HostFill>();
  const groups = bySize(wanted, () => READ_BYTES);
  if (groups.length === 0 && places.length > 0) await ctx.sync();
  for (const group of groups) {
    for (const w of group) {
      const cell = ctx.workbook.worksheets.getItem(w.sheet).getRange(a1(w.row, w.col));
      if (caps.cellProperties) {
        const p = cell.getCellProperties({ format: { fill: FILL_PROPS } });
        fills.set(cellKey(w.sheet, w.row, w.col), () => planFill(p.value[0]![0]!.format!.fill!));
      } else {
        cell.format.fill.load('color');
        fills.set(cellKey(w.sheet, w.row, w.col), () => (/^#?FFFFFF$/i.test(cell.format.fill.color ?? '') ? null : cell.format.fill.color));
      }
    }
    await ctx.sync();
  }
  const notes = new Map(places.map(({ c, r }) => [cellKeyOf(r.address), c.content]));
  return (sheet, row, col) => {
    const k = cellKey(sheet, row, col);
    const f = fills.get(k);
    return f && { fill: f(), note: notes.get(k) ?? '' };
  };
}

/** One queued command of a write, with its estimated request size; `comment`: it adds a comment. */
interface WriteOp {
  bytes: number;
  comment?: true;
  run: () => void;
}

/** The record's write into the workbook's part (ExcelApi 1.5): queued with the cell writes, ahead of them. */
function recordOp(ctx: Excel.RequestContext, now: Present, json: string): WriteOp {
  const empty = json === '[]';
  return {
    bytes: 200 + json.length * 3,
    run: () => {
      for (const p of now.extra.splice(0)) p.delete();
      if (now.part && empty) now.part.delete();
      else if (now.part) now.part.setXml(recordXml(json));
      else if (!empty) now.part = ctx.workbook.customXmlParts.add(recordXml(json));
      if (empty) now.part = undefined;
    },
  };
}

/**
 * Executes planned writes after deleting every comment of ours (older marks, and any left over): fills as planned,
 * then a comment where a note is planned — the comments last, so that an Excel refusing them (NotImplemented) has
 * done every other write first: the marks are then fills alone. One sync per request of at most PAYLOAD_BUDGET
 * bytes. `first` and `last` run before and after the cells (the record). Returns whether comments were refused.
 */
async function execute(
  ctx: Excel.RequestContext,
  now: Present,
  groups: SheetWrites[],
  caps: Caps,
  first: WriteOp[] = [],
  last: WriteOp[] = [],
): Promise<{ commentsRefused: boolean }> {
  const ops: WriteOp[] = [...first, ...now.ours.map((c) => ({ bytes: 100, run: () => c.delete() }))];
  const adds: WriteOp[] = [];
  for (const g of groups)
    for (const w of g.cells) {
      const cell = () => ctx.workbook.worksheets.getItem(g.sheet).getRange(a1(w.row, w.col));
      ops.push({
        bytes: 600,
        run: () => {
          const c = cell();
          if (w.fill === null) c.format.fill.clear();
          else if (typeof w.fill === 'string') c.format.fill.color = w.fill;
          else if (w.fill) c.setCellProperties([[{ format: { fill: w.fill as Excel.CellPropertiesFill } }]]);
        },
      });
      // The note '' is done by the deletion above; the planner writes a note only where no user comment is.
      if (w.note && caps.comments) adds.push({ bytes: 600 + w.note.length * 6, comment: true, run: () => void ctx.workbook.comments.add(cell(), w.note!) });
    }
  let refused = false;
  for (const group of bySize([...ops, ...adds, ...last], (o) => o.bytes)) {
    const todo = refused ? group.filter((o) => !o.comment) : group;
    if (todo.length === 0) continue;
    for (const o of todo) o.run();
    try {
      await ctx.sync();
    } catch (e) {
      // Every command before the first comment of this request was done; the rest of it, comments aside, is sent again.
      if (refused || !isNotImplemented(e) || !todo.some((o) => o.comment)) throw e;
      refused = true;
      const rest = todo.slice(todo.findIndex((o) => o.comment)).filter((o) => !o.comment);
      if (rest.length) {
        for (const o of rest) o.run();
        await ctx.sync();
      }
    }
  }
  return { commentsRefused: refused };
}

/**
 * The record, where this Excel keeps it. In a part: `first` (queued ahead of the writes in their first request) and
 * the settings' older record removed. In the settings: saved now, before anything is written.
 */
async function recordFirst(ctx: Excel.RequestContext, now: Present, caps: Caps, json: string): Promise<WriteOp[]> {
  if (!caps.xmlRecord) {
    await saveSettingsRecord(json);
    return [];
  }
  return [recordOp(ctx, now, json)];
}

async function saveSettingsRecord(json: string): Promise<void> {
  if (json && json !== '[]') settings().set(MARKS_KEY, json);
  else settings().remove(MARKS_KEY);
  await saveSettingsAsync();
}

/** What the pane is told once: marks by fill alone (no comments), the record kept by this add-in only (no 1.5). */
function limitsOf(caps: Caps, commentsRefused: boolean, marks: CellMark[]): MarkLimit[] {
  if (marks.length === 0) return [];
  const out: MarkLimit[] = [];
  if (!caps.comments || commentsRefused) out.push('fill-only');
  if (!caps.xmlRecord) out.push('record-per-addin');
  return out;
}

async function applyAll(ctx: Excel.RequestContext, marks: CellMark[], session: Session): Promise<MarkResult> {
  const caps = capsOf(session);
  const now = await loadPresent(ctx, caps, session);
  const live = capsOf(session);
  const saved = now.saved;
  const stateOf = await readState(ctx, cellsToRead(marks, saved), now, live);
  let plan: MarkPlan;
  try {
    plan = planMarks(marks, saved, stateOf, EXCEL_MARKS);
  } catch (e) {
    if (!(e instanceof MarksTooLarge)) throw e;
    // Nothing new is written; the older marks, now out of date, are put back (if the sheets let us, else they stay recorded).
    // The record goes only once they are all back, as in clearing.
    await execute(ctx, now, planRestore(saved, stateOf).restore, live, [], live.xmlRecord ? [recordOp(ctx, now, '[]')] : [])
      .then(() => (now.legacy || !live.xmlRecord ? saveSettingsRecord('[]') : undefined))
      .catch(() => undefined);
    throw new HostError('too-large', 'marks record too large', e.message);
  }
  // The record is written before anything else: should a write fail half way (a protected sheet),
  // "Xóa đánh dấu" still finds every cell to put back.
  const first = await recordFirst(ctx, now, live, plan.recordJson);
  const after = plan.after && live.xmlRecord ? [recordOp(ctx, now, plan.after.json)] : [];
  const { commentsRefused } = await execute(ctx, now, [...plan.restore, ...plan.mark], live, first, after);
  if (commentsRefused) session.commentsRefused = true;
  if (plan.after && !live.xmlRecord) await saveSettingsRecord(plan.after.json);
  // A record of an earlier version, in the settings, goes once the part holds everything.
  if (now.legacy && live.xmlRecord) await saveSettingsRecord('[]');
  const limits = limitsOf(live, commentsRefused, marks);
  return limits.length ? { marked: plan.marked, limits } : { marked: plan.marked };
}

const cellKey = (sheet: string, row: number, col: number) => `${sheet}\u0000${row}\u0000${col}`;

/** "'Kết quả TTHC'!C7" or "Sheet1!C7" → the same key as cellKey (Excel quotes names that are not plain words). */
function cellKeyOf(address: string): string {
  const bang = address.lastIndexOf('!');
  let sheet = address.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  const p = parseA1(address.slice(bang + 1).split(':')[0]!);
  return p ? cellKey(sheet, p.row, p.col) : address;
}

/** Puts back what the marks replaced: cells already as recorded (a write refused there) are left alone. */
async function clearAll(ctx: Excel.RequestContext, session: Session): Promise<{ restored: number }> {
  const now = await loadPresent(ctx, capsOf(session), session);
  const caps = capsOf(session);
  if (now.saved.length === 0 && now.ours.length === 0) {
    if (now.legacy) await saveSettingsRecord('[]');
    if (now.part) {
      recordOp(ctx, now, '[]').run();
      await ctx.sync();
    }
    return { restored: 0 };
  }
  const plan = planRestore(now.saved, await readState(ctx, cellsToRead([], now.saved), now, caps));
  // The record goes once every cell is back: a refusal half way keeps it for the next try.
  await execute(ctx, now, plan.restore, caps, [], caps.xmlRecord ? [recordOp(ctx, now, '[]')] : []);
  if (now.legacy || !caps.xmlRecord) await saveSettingsRecord('[]');
  return { restored: plan.restored };
}

// ---------------------------------------------------------------------------------------------------------

export function excelHost(): Host {
  const session: Session = { commentsRefused: false };
  return {
    kind: 'excel',
    readWorkbook: () => run(readAll),
    applyMarks: (marks) => run((ctx) => applyAll(ctx, marks, session)),
    clearMarks: () => run((ctx) => clearAll(ctx, session)),
    select: (sheet, address) =>
      run(async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem(sheet);
        ws.activate();
        ws.getRange(address).select();
        await ctx.sync();
      }),
    // Excel for Mac's task pane (WKWebView) silently drops downloads.
    downloadBlocked: async () => Office.context.platform === Office.PlatformType.Mac,
    async saveReport(fileName, docx): Promise<SaveResult> {
      // Excel for Mac's task pane (WKWebView) silently drops downloads: say so instead of doing nothing.
      if (Office.context.platform === Office.PlatformType.Mac) throw new HostError('download-blocked', 'Mac task pane cannot download');
      return download(fileName, docx);
    },
    loadSettings: async () => {
      const raw = settings().get(SETTINGS_KEY) as unknown;
      if (typeof raw !== 'string') return undefined;
      try {
        return JSON.parse(raw) as Partial<ReportSettings>;
      } catch {
        return undefined;
      }
    },
    async saveSettings(s: ReportSettings) {
      settings().set(SETTINGS_KEY, JSON.stringify(s));
      await saveSettingsAsync();
    },
    // In the document's settings, as the report settings are: saved inside the workbook.
    reportsMade: {
      load: async () => parseReportsMade(settings().get(REPORTS_KEY) as unknown),
      async save(list) {
        settings().set(REPORTS_KEY, JSON.stringify(list));
        await saveSettingsAsync();
      },
    },
    addSampleSheet: (values) =>
      run(async (ctx) => {
        // Two round trips: the names in use, then the new sheet and its values together.
        const sheets = ctx.workbook.worksheets.load('items/name');
        await ctx.sync();
        const name = freeSheetName(sheets.items.map((s) => s.name));
        const ws = ctx.workbook.worksheets.add(name);
        ws.getRange(`A1:${columnLetters(values[0]!.length - 1)}${values.length}`).values = values;
        ws.activate();
        await ctx.sync();
        return { sheet: name };
      }),
    loadScript: (name) =>
      new Promise<void>((resolve, reject) => {
        // Served beside taskpane.html (scripts/build-excel.mjs).
        const el = document.createElement('script');
        el.src = new URL(`${name}.js`, location.href).href;
        el.onload = () => resolve();
        el.onerror = () => reject(new HostError('network', `${name}.js did not load`));
        document.head.append(el);
      }),
  };
}
