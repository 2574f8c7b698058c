/**
 * Marks, as the core plans them (core/marks-plan.ts): the record of what they replace is saved in the
 * document's properties (so "Xóa đánh dấu" works after the file was closed and reopened) BEFORE anything is
 * written, then fills and notes are written in one batch per sheet. Never a cell value.
 *
 * Fills are written on the planned cells alone, one RangeList per colour: Sheets reads a cell with no fill as
 * "#ffffff" but writing "#ffffff" sets an explicit white fill that hides the gridlines, and only null resets it
 * (Range.getBackgrounds / setBackground). Writing a box of fills back as read would paint every cell in it white. What
 * was read as "#ffffff" is put back as no fill: an explicit white fill, which reads the same, comes back as none.
 */
import type { CellMark } from '../../core/marks';
import { cellsToRead, MarksTooLarge, parseRecord, planMarks, planRestore, type SavedCell, type SheetWrites, type StateOf } from '../../core/marks-plan';
import { fail, guarded } from './errors';
import { a1 } from '../../core/grid/a1';
import { utf8Chunks, utf8Length } from '../../core/text/utf8';
import { formatCount } from '../../core/numbers';

/**
 * One property value holds at most 9 KB in UTF-8 bytes (Apps Script quotas: "Properties value size"); a Vietnamese
 * letter is up to three bytes: the record is split across numbered keys by bytes, never inside a character.
 */
const KEY = 'baoCaoMarks';
const CHUNK_BYTES = 8000;

/** Notes are replaced and put back; the properties hold 500 KB in all (in UTF-8 bytes), shared with the settings. */
const GOOGLE = { keepUserNotes: false, recordLimit: 400_000, recordIn: 'utf8' as const };

/** The document properties' whole store ("Properties total storage"), and what the chunks' keys and count may need. */
export const STORE_BYTES = 500 * 1024;
const KEYS_MARGIN = 2048;

/** Bytes the store holds besides the marks record (the report settings…): the record has the rest. */
function otherBytes(props: Props): number {
  let n = 0;
  for (const [k, v] of Object.entries(props.getProperties())) if (!k.startsWith(`${KEY}.`)) n += utf8Length(k) + utf8Length(String(v));
  return n;
}

/** The store cannot hold the record: said before anything is written, with what fills the store when it is not the marks. */
function storeFull(e: MarksTooLarge, others: number, cells: number): Error {
  if (others + GOOGLE.recordLimit + KEYS_MARGIN <= STORE_BYTES) return fail('too-large', e.message);
  const kb = (b: number) => Math.ceil(b / 1024);
  return fail(
    'too-large',
    `Bộ nhớ Google lưu kèm bảng tính (${kb(STORE_BYTES)} KB) đã dùng ${kb(others)} KB cho thông tin báo cáo; không còn đủ chỗ ghi nhớ ${formatCount(cells)} ô cần đánh dấu để sau này xóa đánh dấu được. Chưa ô nào bị đánh dấu. Hãy rút gọn thông tin báo cáo hoặc sửa bớt lỗi rồi kiểm tra lại.`,
  );
}

type Props = GoogleAppsScript.Properties.Properties;

function loadRecord(props: Props): SavedCell[] {
  const all = props.getProperties();
  const count = Number(all[`${KEY}.count`] ?? 0);
  let json = '';
  for (let i = 0; i < count; i++) json += all[`${KEY}.${i}`] ?? '';
  return parseRecord(json);
}

/** Replaces the record in one write (chunks and count together), then drops the chunks of a longer one. '[]': no record left. */
function saveRecord(props: Props, json: string): void {
  const pieces = json === '[]' ? [] : utf8Chunks(json, CHUNK_BYTES);
  const count = pieces.length;
  if (count) {
    const out: Record<string, string> = { [`${KEY}.count`]: String(count) };
    pieces.forEach((p, i) => {
      out[`${KEY}.${i}`] = p;
    });
    props.setProperties(out);
  }
  for (const k of Object.keys(props.getProperties())) {
    if (!k.startsWith(`${KEY}.`)) continue;
    const i = Number(k.slice(KEY.length + 1));
    if (!count || (Number.isInteger(i) && i >= count)) props.deleteProperty(k);
  }
}

/** A sheet's box of cells to read and write: its fills and notes read once, written back once. */
interface Grid {
  sheet: GoogleAppsScript.Spreadsheet.Sheet;
  range: GoogleAppsScript.Spreadsheet.Range;
  r0: number;
  c0: number;
  bgs: string[][];
  notes: string[][];
}

function readGrids(boxes: SheetWrites[]): Map<string, Grid> {
  const book = SpreadsheetApp.getActive();
  const grids = new Map<string, Grid>();
  for (const b of boxes) {
    const sheet = book.getSheetByName(b.sheet);
    if (!sheet) continue; // deleted or renamed since: nothing to read or write there
    const range = sheet.getRange(b.r0 + 1, b.c0 + 1, b.rows, b.cols);
    grids.set(b.sheet, { sheet, range, r0: b.r0, c0: b.c0, bgs: range.getBackgrounds(), notes: range.getNotes() });
  }
  return grids;
}

const stateOf =
  (grids: Map<string, Grid>): StateOf =>
  (sheet, row, col) => {
    const g = grids.get(sheet);
    return g && { fill: g.bgs[row - g.r0]![col - g.c0]!, note: g.notes[row - g.r0]![col - g.c0]! };
  };

/** How Sheets reads a cell with no fill. */
const NO_FILL = '#ffffff';

/**
 * Writes the planned cells of one sheet, a later group's over an earlier's: their fills one RangeList per colour
 * (none: null), their notes over the box in one setNotes (a note read back as it was is written as it was).
 */
function write(g: Grid, ...groups: (SheetWrites | undefined)[]): void {
  const fills = new Map<string, string | null>();
  let notes = false;
  for (const group of groups)
    for (const c of group?.cells ?? []) {
      if (c.fill !== undefined) {
        const fill = String(c.fill);
        fills.set(a1(c.row, c.col), fill.toLowerCase() === NO_FILL ? null : fill);
      }
      if (c.note !== undefined) {
        g.notes[c.row - g.r0]![c.col - g.c0] = c.note;
        notes = true;
      }
    }
  const byFill = new Map<string | null, string[]>();
  for (const [cell, fill] of fills) byFill.set(fill, [...(byFill.get(fill) ?? []), cell]);
  for (const [fill, cells] of byFill) g.sheet.getRangeList(cells).setBackground(fill as string);
  if (notes) g.range.setNotes(g.notes);
}

/**
 * Puts back what the marks replaced; returns how many cells were restored. A sheet that refuses (protected)
 * does not stop the others: its cells stay in the record for the next try, and its error is thrown after.
 */
function restore(props: Props): number {
  const saved = loadRecord(props);
  if (saved.length === 0) {
    saveRecord(props, '[]');
    return 0;
  }
  const grids = readGrids(cellsToRead([], saved));
  const plan = planRestore(saved, stateOf(grids));
  let failure: unknown;
  const failed = new Set<string>();
  let restored = 0;
  for (const g of plan.restore) {
    try {
      write(grids.get(g.sheet)!, g);
      restored += g.cells.length;
    } catch (e) {
      failure ??= e;
      failed.add(g.sheet);
    }
  }
  saveRecord(props, JSON.stringify(saved.filter((c) => failed.has(c.sheet))));
  if (failure) throw failure;
  return restored;
}

export function baoCaoClearMarks(): { restored: number } {
  return guarded(() => ({ restored: restore(PropertiesService.getDocumentProperties()) }));
}

export function baoCaoApplyMarks(marks: CellMark[]): { marked: number } {
  return guarded(() => {
    const props = PropertiesService.getDocumentProperties();
    const saved = loadRecord(props);
    const grids = readGrids(cellsToRead(marks, saved));
    // Google refuses a store over 500 KB: the record gets what the other properties leave, checked before any write.
    const others = otherBytes(props);
    const recordLimit = Math.max(0, Math.min(GOOGLE.recordLimit, STORE_BYTES - others - KEYS_MARGIN));
    let plan: ReturnType<typeof planMarks>;
    try {
      plan = planMarks(marks, saved, stateOf(grids), { ...GOOGLE, recordLimit });
    } catch (e) {
      if (!(e instanceof MarksTooLarge)) throw e;
      // Nothing new was written; the older marks, now out of date, are put back as far as the sheets allow.
      try {
        restore(props);
      } catch {
        // what could not be put back stays recorded for "Xóa đánh dấu"
      }
      throw storeFull(e, others, marks.length);
    }
    // The record first: should a sheet refuse a write half way, "Xóa đánh dấu" still finds every cell written.
    saveRecord(props, plan.recordJson);
    const marking = new Map(plan.mark.map((g) => [g.sheet, g]));
    for (const g of plan.restore) {
      write(grids.get(g.sheet)!, g, marking.get(g.sheet));
      marking.delete(g.sheet);
    }
    for (const g of marking.values()) write(grids.get(g.sheet)!, g);
    if (plan.after) saveRecord(props, plan.after.json);
    return { marked: plan.marked };
  });
}
