/**
 * The Excel adapter: Excel.run batches and the document's settings; only I/O. Every action is a fixed number
 * of context.sync() round trips whatever the number of rows (read 2–3, mark 3, clear 3, select 1); only a
 * request that would pass Excel on the web's 5 MB limit is split, by size, never per row or per cell.
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
import type { ReportSettings } from '../../core/report';
import { HostError, type Host, type HostErrorCode, type SaveResult } from '../host';
import { download } from './download';

/** Document settings keys (Office.context.document.settings: saved inside the workbook). */
const MARKS_KEY = 'baoCaoMarks';
const SETTINGS_KEY = 'baoCaoSettings';
/** Excel on the web refuses requests and responses over 5 MB; stay well under. */
export const PAYLOAD_BUDGET = 4_000_000;
/** Document settings hold about 2 MB in all. */
const MARKS_RECORD_LIMIT = 1_500_000;

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

function savedMarks(): SavedCell[] {
  return parseRecord(settings().get(MARKS_KEY) as unknown);
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

async function readAll(ctx: Excel.RequestContext): Promise<Workbook> {
  const sheets = ctx.workbook.worksheets;
  sheets.load('items/name');
  await ctx.sync();
  const withMerges = Office.context.requirements.isSetSupported('ExcelApi', '1.13');
  const loads: UsedLoad[] = sheets.items.map((ws) => {
    // Values only: a sheet's formatted but empty margins are not data. A blank sheet gives A1.
    const used = ws.getUsedRange(true);
    used.load('values, numberFormat, rowIndex, columnIndex');
    const merged = withMerges ? used.getMergedAreasOrNullObject() : undefined;
    merged?.load('address');
    return { name: ws.name, used, merged };
  });
  try {
    await ctx.sync();
  } catch (e) {
    if (!isTooLarge(e)) throw e;
    return readInBlocks(
      ctx,
      sheets.items.map((ws) => ws.name),
      withMerges,
    );
  }
  // Percentages: the text the user sees ("97,78%"), read for the box of percent cells of each sheet.
  const texts = loads.map(({ used }) => {
    const box = percentBox(used);
    if (!box) return undefined;
    const r = used.getCell(box.r0, box.c0).getResizedRange(box.r1 - box.r0, box.c1 - box.c0);
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
    const used = ctx.workbook.worksheets.getItem(name).getUsedRange(true);
    used.load('rowIndex, columnIndex, rowCount, columnCount');
    const merged = withMerges ? used.getMergedAreasOrNullObject() : undefined;
    merged?.load('address');
    return { name, used, merged };
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
      const r = dims[b.k]!.used.getCell(b.r, 0).getResizedRange(b.n - 1, b.cols - 1);
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

/** What the workbook holds now: its sheet names, and its comments (the add-in's own start with MARK_NOTE_PREFIX). */
interface Present {
  sheets: Set<string>;
  comments: Excel.Comment[];
  ours: Excel.Comment[];
}

function loadPresent(ctx: Excel.RequestContext): () => Present {
  const sheets = ctx.workbook.worksheets;
  sheets.load('items/name');
  const comments = ctx.workbook.comments;
  comments.load('items/id, items/content');
  return () => ({
    sheets: new Set(sheets.items.map((s) => s.name)),
    comments: comments.items,
    ours: comments.items.filter((c) => isOurNote(c.content)),
  });
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
 * One sync, unless the cells are so many that the request would pass the budget.
 */
async function readState(ctx: Excel.RequestContext, cells: SheetWrites[], now: Present): Promise<StateOf> {
  const wanted = cells.filter((g) => now.sheets.has(g.sheet)).flatMap((g) => g.cells.map((c) => ({ sheet: g.sheet, row: c.row, col: c.col })));
  // The user's own comments are found where they are; ours are all deleted before any write, so count as none.
  const places = now.comments
    .filter((c) => !isOurNote(c.content))
    .map((c) => {
      const r = c.getLocation();
      r.load('address');
      return { c, r };
    });
  const fills = new Map<string, { value: Excel.CellProperties[][] }>();
  const groups = bySize(wanted, () => READ_BYTES);
  if (groups.length === 0 && places.length > 0) await ctx.sync();
  for (const group of groups) {
    for (const w of group) {
      const cell = ctx.workbook.worksheets.getItem(w.sheet).getRange(a1(w.row, w.col));
      fills.set(cellKey(w.sheet, w.row, w.col), cell.getCellProperties({ format: { fill: FILL_PROPS } }));
    }
    await ctx.sync();
  }
  const notes = new Map(places.map(({ c, r }) => [cellKeyOf(r.address), c.content]));
  return (sheet, row, col) => {
    const k = cellKey(sheet, row, col);
    const f = fills.get(k);
    return f && { fill: planFill(f.value[0]![0]!.format!.fill!), note: notes.get(k) ?? '' };
  };
}

/**
 * Executes planned writes after deleting every comment of ours (older marks, and any left over): fills as
 * planned, a comment where a note is planned. One sync per request of at most PAYLOAD_BUDGET bytes.
 */
async function execute(ctx: Excel.RequestContext, ours: Excel.Comment[], groups: SheetWrites[]): Promise<void> {
  const ops: { bytes: number; run: () => void }[] = ours.map((c) => ({ bytes: 100, run: () => c.delete() }));
  for (const g of groups)
    for (const w of g.cells)
      ops.push({
        bytes: 600 + (w.note?.length ?? 0) * 6,
        run: () => {
          const cell = ctx.workbook.worksheets.getItem(g.sheet).getRange(a1(w.row, w.col));
          if (w.fill === null) cell.format.fill.clear();
          else if (typeof w.fill === 'string') cell.format.fill.color = w.fill;
          else if (w.fill) cell.setCellProperties([[{ format: { fill: w.fill as Excel.CellPropertiesFill } }]]);
          // The note '' is done by the deletion above; the planner writes a note only where no user comment is.
          if (w.note) ctx.workbook.comments.add(cell, w.note);
        },
      });
  for (const group of bySize(ops, (o) => o.bytes)) {
    for (const o of group) o.run();
    await ctx.sync();
  }
}

async function saveRecord(json: string | null): Promise<void> {
  if (json && json !== '[]') settings().set(MARKS_KEY, json);
  else settings().remove(MARKS_KEY);
  await saveSettingsAsync();
}

async function applyAll(ctx: Excel.RequestContext, marks: CellMark[]): Promise<{ marked: number }> {
  const saved = savedMarks();
  const present = loadPresent(ctx);
  await ctx.sync();
  const now = present();
  const stateOf = await readState(ctx, cellsToRead(marks, saved), now);
  let plan: MarkPlan;
  try {
    plan = planMarks(marks, saved, stateOf, EXCEL_MARKS);
  } catch (e) {
    if (!(e instanceof MarksTooLarge)) throw e;
    // Nothing new is written; the older marks, now out of date, are put back (if the sheets let us, else they stay recorded).
    await execute(ctx, now.ours, planRestore(saved, stateOf).restore).then(
      () => saveRecord(null),
      () => undefined,
    );
    throw new HostError('too-large', 'marks record too large', e.message);
  }
  // The record is saved before anything is written: should a write fail half way (a protected sheet),
  // "Xóa đánh dấu" still finds every cell to put back.
  await saveRecord(plan.recordJson);
  await execute(ctx, now.ours, [...plan.restore, ...plan.mark]);
  if (plan.after) await saveRecord(plan.after.json);
  return { marked: plan.marked };
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
async function clearAll(ctx: Excel.RequestContext): Promise<{ restored: number }> {
  const saved = savedMarks();
  const present = loadPresent(ctx);
  await ctx.sync();
  const now = present();
  if (saved.length === 0 && now.ours.length === 0) {
    if (settings().get(MARKS_KEY) !== null) await saveRecord(null);
    return { restored: 0 };
  }
  const plan = planRestore(saved, await readState(ctx, cellsToRead([], saved), now));
  await execute(ctx, now.ours, plan.restore);
  await saveRecord(null);
  return { restored: plan.restored };
}

// ---------------------------------------------------------------------------------------------------------

export function excelHost(): Host {
  return {
    kind: 'excel',
    readWorkbook: () => run(readAll),
    applyMarks: (marks) => run((ctx) => applyAll(ctx, marks)),
    clearMarks: () => run(clearAll),
    select: (sheet, address) =>
      run(async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem(sheet);
        ws.activate();
        ws.getRange(address).select();
        await ctx.sync();
      }),
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
