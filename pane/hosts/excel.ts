/**
 * The Excel adapter: Excel.run batches and the document's settings; only I/O. Every action is a fixed number
 * of context.sync() round trips whatever the number of rows (read 2–3, mark 3, clear 2, select 1); only a
 * request that would pass Excel on the web's 5 MB limit is split, by size, never per row or per cell.
 */
import { a1, gridFromHost, MARK_NOTE_PREFIX, parseA1, parseAreas, type CellMark, type CellRange, type SheetGrid, type Workbook } from '../../core';
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

/** What one mark replaced: the cell's fill (absent: no fill). The comments the add-in adds carry MARK_NOTE_PREFIX. */
interface SavedMark {
  sheet: string;
  row: number;
  col: number;
  fill?: Excel.CellPropertiesFill;
}

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

function savedMarks(): SavedMark[] {
  const raw = settings().get(MARKS_KEY) as unknown;
  if (typeof raw !== 'string') return [];
  try {
    const v = JSON.parse(raw) as unknown;
    return Array.isArray(v) ? (v as SavedMark[]) : [];
  } catch {
    return [];
  }
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
// Marks

/** What the workbook holds now: its sheet names, and its comments (the add-in's own start with MARK_NOTE_PREFIX). */
interface Present {
  sheets: Set<string>;
  ours: Excel.Comment[];
  users: Excel.Comment[];
}

function loadPresent(ctx: Excel.RequestContext): () => Present {
  const sheets = ctx.workbook.worksheets;
  sheets.load('items/name');
  const comments = ctx.workbook.comments;
  comments.load('items/id, items/content');
  return () => ({
    sheets: new Set(sheets.items.map((s) => s.name)),
    ours: comments.items.filter((c) => c.content.startsWith(MARK_NOTE_PREFIX)),
    users: comments.items.filter((c) => !c.content.startsWith(MARK_NOTE_PREFIX)),
  });
}

/** Queues putting back what older marks replaced: each cell's fill, and no comment of ours left anywhere. */
function queueRestore(ctx: Excel.RequestContext, saved: SavedMark[], present: Present): number {
  let restored = 0;
  for (const m of saved) {
    if (!present.sheets.has(m.sheet)) continue; // deleted or renamed since: nothing to put back there
    const cell = ctx.workbook.worksheets.getItem(m.sheet).getRange(a1(m.row, m.col));
    if (!m.fill) cell.format.fill.clear();
    else cell.setCellProperties([[{ format: { fill: m.fill } }]]);
    restored++;
  }
  for (const c of present.ours) c.delete();
  return restored;
}

/** Excel reports "no fill" as pattern None (white): restoring it is clearing, not painting white. */
function isNoFill(f: Excel.CellPropertiesFill): boolean {
  return f.pattern === 'None' || (!f.pattern && /^#?FFFFFF$/i.test(f.color ?? ''));
}

const markBytes = (m: { note: string }) => 600 + m.note.length * 6;

async function applyAll(ctx: Excel.RequestContext, marks: CellMark[]): Promise<{ marked: number }> {
  const present = loadPresent(ctx);
  await ctx.sync();
  const now = present();
  queueRestore(ctx, savedMarks(), now);
  // Where the user's own comments are: a cell with one keeps it, and is marked by its fill alone.
  const places = now.users.map((c) => {
    const r = c.getLocation();
    r.load('address');
    return r;
  });
  const targets = marks
    .filter((m) => now.sheets.has(m.sheet))
    .map((m) => {
      const cell = ctx.workbook.worksheets.getItem(m.sheet).getRange(a1(m.row, m.col));
      return { m, cell, fill: cell.getCellProperties({ format: { fill: FILL_PROPS } }) };
    });
  await ctx.sync();
  const commented = new Set(places.map((r) => cellKeyOf(r.address)));
  const plan = targets.map(({ m, cell, fill }) => {
    const before = fill.value[0]![0]!.format!.fill!;
    const saved: SavedMark = { sheet: m.sheet, row: m.row, col: m.col };
    if (!isNoFill(before)) saved.fill = before;
    return { m, cell, saved, comment: !commented.has(cellKey(m.sheet, m.row, m.col)) };
  });
  // The record is saved before anything is written: should a write fail half way (a protected sheet),
  // "Xóa đánh dấu" still finds every cell to put back. It must fit in the document's settings.
  const record = JSON.stringify(plan.map((p) => p.saved));
  if (record.length > MARKS_RECORD_LIMIT) {
    settings().remove(MARKS_KEY); // the older marks were put back above
    await saveSettingsAsync();
    throw new HostError('too-large', 'marks record too large', 'Quá nhiều ô cần đánh dấu để lưu lại; hãy sửa bớt lỗi rồi kiểm tra lại.');
  }
  if (plan.length) settings().set(MARKS_KEY, record);
  else settings().remove(MARKS_KEY);
  await saveSettingsAsync();
  // One sync per request of at most PAYLOAD_BUDGET bytes: a single one unless thousands of long notes.
  for (const group of bySize(plan, (p) => markBytes(p.m))) {
    for (const { m, cell, comment } of group) {
      cell.format.fill.color = m.fill;
      if (comment) ctx.workbook.comments.add(cell, m.note);
    }
    await ctx.sync();
  }
  return { marked: plan.length };
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

async function clearAll(ctx: Excel.RequestContext): Promise<{ restored: number }> {
  const saved = savedMarks();
  const present = loadPresent(ctx);
  await ctx.sync();
  const now = present();
  if (saved.length === 0 && now.ours.length === 0) return { restored: 0 };
  const restored = queueRestore(ctx, saved, now);
  await ctx.sync();
  settings().remove(MARKS_KEY);
  await saveSettingsAsync();
  return { restored };
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
  };
}
