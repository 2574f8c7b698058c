/**
 * Marks planned once for both hosts (Google Sheets and Excel), executed by each with its own batched calls.
 * The user's sheet is sacred: a mark changes a cell's fill and note only, and what it replaced is recorded
 * BEFORE anything is written, so that however far the writes get (a protected sheet refusing half way),
 * "Xóa đánh dấu" finds every cell that may have been written and puts it back exactly.
 *
 * The hosts differ only in data: how they report a fill (a colour string, or Excel's fill properties), whether
 * a user's own note is kept under the mark (an Excel cell holds one comment thread) and how long a record
 * their document storage keeps.
 */
import { utf8Length } from './text/utf8';
import { MARK_NOTE_PREFIX, type CellMark } from './marks';

/** A cell's fill as its host reports it: Google '#rrggbb', Excel its fill properties, null for no fill. Compared, never interpreted. */
export type HostFill = string | { readonly [prop: string]: string | number | boolean | null } | null;

/** What a cell holds now. note: its note (Google) or comment (Excel) text, '' for none. */
export interface CellState {
  fill: HostFill;
  note: string;
}

/** One cell of the record: what it held before the mark. */
export interface SavedCell {
  sheet: string;
  /** 0-based sheet coordinates. */
  row: number;
  col: number;
  fill: HostFill;
  /** The note it had ('' for none). Absent: the user's own note or comment, kept under the mark and never written. */
  note?: string;
}

/** One cell to write: only what is given is written. note '' removes the note (for Excel: the add-in's own comment). */
export interface CellWrite {
  row: number;
  col: number;
  fill?: HostFill;
  note?: string;
}

/** The writes of one sheet, with their bounding box (0-based) for hosts that write a rectangle at a time. */
export interface SheetWrites {
  sheet: string;
  r0: number;
  c0: number;
  rows: number;
  cols: number;
  cells: CellWrite[];
}

export interface MarkHost {
  /** Keep a user's own note under the mark, marking the cell by its fill alone (Excel: one comment thread a cell). */
  keepUserNotes: boolean;
  /** The longest record the host's document storage can keep, in JSON characters, or in UTF-8 bytes (`recordIn`). */
  recordLimit: number;
  /** Google's property store counts bytes: a record of Vietnamese notes is up to three times its characters. */
  recordIn?: 'chars' | 'utf8';
}

/** The state of a cell now; undefined when its sheet is gone (deleted or renamed): nothing is written there. */
export type StateOf = (sheet: string, row: number, col: number) => CellState | undefined;

export interface MarkPlan {
  /** First: the cells of older marks that are not marked again, put back. */
  restore: SheetWrites[];
  /** Saved BEFORE any write: covers every cell `restore` and `mark` write. */
  record: SavedCell[];
  recordJson: string;
  /** Then: the new marks. */
  mark: SheetWrites[];
  /** Saved once every write succeeded, when it differs from `record` (the older marks put back need no record). */
  after: { cells: SavedCell[]; json: string } | null;
  marked: number;
}

export interface RestorePlan {
  restore: SheetWrites[];
  /** Cells whose mark is put back (those already as recorded, or on a sheet gone, are not counted). */
  restored: number;
}

export const MARKS_TOO_LARGE = 'Quá nhiều ô cần đánh dấu để lưu lại; hãy sửa bớt lỗi rồi kiểm tra lại.';

/** The record would not fit in the document: raised while planning, so before anything is written. */
export class MarksTooLarge extends Error {
  readonly code = 'too-large';
  constructor(readonly chars: number) {
    super(MARKS_TOO_LARGE);
    this.name = 'MarksTooLarge';
  }
}

const keyOf = (sheet: string, row: number, col: number) => `${sheet}\u0000${row}\u0000${col}`;

/** A note the add-in wrote: never an original to keep or put back. */
export const isOurNote = (note: string) => note.startsWith(MARK_NOTE_PREFIX);

/** Colours compare whatever their case; Excel's fill properties whatever their order. */
export function sameFill(a: HostFill, b: HostFill): boolean {
  const same = (x: unknown, y: unknown) => (typeof x === 'string' && typeof y === 'string' ? x.toLowerCase() === y.toLowerCase() : x === y);
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return same(a, b);
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const k of keys) if (!same(a[k], b[k])) return false;
  return true;
}

/** What a cell held, seen now: a note of ours is none; a user's note is kept, or recorded to put back. */
function original(sheet: string, row: number, col: number, now: CellState, host: MarkHost): SavedCell {
  const cell: SavedCell = { sheet, row, col, fill: now.fill };
  const note = isOurNote(now.note) ? '' : now.note;
  if (!(host.keepUserNotes && note !== '')) cell.note = note;
  return cell;
}

/** What putting a recorded cell back takes, given what it holds now; undefined when it is already as recorded. */
function restoreWrite(saved: SavedCell, now: CellState): CellWrite | undefined {
  const w: CellWrite = { row: saved.row, col: saved.col };
  if (!sameFill(now.fill, saved.fill)) w.fill = saved.fill;
  if (saved.note !== undefined && now.note !== saved.note) w.note = saved.note;
  return w.fill === undefined && w.note === undefined ? undefined : w;
}

/** Groups cell writes per sheet, in first-seen order, each with its bounding box. */
function bySheet(items: { sheet: string; write: CellWrite }[]): SheetWrites[] {
  const groups = new Map<string, SheetWrites>();
  for (const { sheet, write } of items) {
    let g = groups.get(sheet);
    if (!g) {
      g = { sheet, r0: write.row, c0: write.col, rows: 1, cols: 1, cells: [] };
      groups.set(sheet, g);
    }
    g.cells.push(write);
  }
  for (const g of groups.values()) {
    let r0 = Infinity,
      c0 = Infinity,
      r1 = -1,
      c1 = -1;
    for (const c of g.cells) {
      r0 = Math.min(r0, c.row);
      c0 = Math.min(c0, c.col);
      r1 = Math.max(r1, c.row);
      c1 = Math.max(c1, c.col);
    }
    Object.assign(g, { r0, c0, rows: r1 - r0 + 1, cols: c1 - c0 + 1 });
  }
  return [...groups.values()];
}

/** The cells a host must read the state of before planning: the older record's and the new marks', per sheet with its box. */
export function cellsToRead(marks: readonly { sheet: string; row: number; col: number }[], saved: readonly SavedCell[] = []): SheetWrites[] {
  const seen = new Set<string>();
  const items: { sheet: string; write: CellWrite }[] = [];
  for (const c of [...saved, ...marks]) {
    const k = keyOf(c.sheet, c.row, c.col);
    if (seen.has(k)) continue;
    seen.add(k);
    items.push({ sheet: c.sheet, write: { row: c.row, col: c.col } });
  }
  return bySheet(items);
}

/**
 * The plan of "Kiểm tra số liệu": put back the older marks not marked again, record what every written cell
 * held (a cell marked before keeps its recorded original: our marks never become originals), then mark.
 * Throws MarksTooLarge, before any write, when the record would not fit in the document.
 */
export function planMarks(marks: readonly CellMark[], saved: readonly SavedCell[], stateOf: StateOf, host: MarkHost): MarkPlan {
  const older = new Map<string, SavedCell>();
  for (const s of saved) if (!older.has(keyOf(s.sheet, s.row, s.col))) older.set(keyOf(s.sheet, s.row, s.col), s);
  const wanted = new Map<string, { mark: CellMark; now: CellState }>();
  for (const m of marks) {
    const k = keyOf(m.sheet, m.row, m.col);
    const now = stateOf(m.sheet, m.row, m.col);
    if (now && !wanted.has(k)) wanted.set(k, { mark: m, now });
  }
  const restore: { sheet: string; write: CellWrite }[] = [];
  const restoredCells: SavedCell[] = [];
  for (const [k, s] of older) {
    if (wanted.has(k)) continue;
    const now = stateOf(s.sheet, s.row, s.col);
    const w = now && restoreWrite(s, now);
    if (!w) continue; // already as it was, or its sheet is gone
    restore.push({ sheet: s.sheet, write: w });
    restoredCells.push(s);
  }
  const cells: SavedCell[] = [];
  const writes: { sheet: string; write: CellWrite }[] = [];
  for (const [k, { mark: m, now }] of wanted) {
    const seen = original(m.sheet, m.row, m.col, now, host);
    const before = older.get(k);
    // Marked before: the recorded fill is the original (the cell shows our mark now); so is its note, unless it was the user's, kept.
    const cell: SavedCell = before ? { ...seen, fill: before.fill, ...(before.note !== undefined ? { note: before.note } : {}) } : seen;
    cells.push(cell);
    writes.push({
      sheet: m.sheet,
      write: cell.note === undefined ? { row: m.row, col: m.col, fill: m.fill } : { row: m.row, col: m.col, fill: m.fill, note: m.note },
    });
  }
  const record = [...restoredCells, ...cells];
  const recordJson = JSON.stringify(record);
  const size = host.recordIn === 'utf8' ? utf8Length(recordJson) : recordJson.length;
  if (size > host.recordLimit) throw new MarksTooLarge(size);
  return {
    restore: bySheet(restore),
    record,
    recordJson,
    mark: bySheet(writes),
    after: restoredCells.length ? { cells, json: JSON.stringify(cells) } : null,
    marked: cells.length,
  };
}

/** "Xóa đánh dấu": the writes that put every recorded cell back, skipping those already as recorded and sheets gone. */
export function planRestore(saved: readonly SavedCell[], stateOf: StateOf): RestorePlan {
  const seen = new Set<string>();
  const items: { sheet: string; write: CellWrite }[] = [];
  for (const s of saved) {
    const k = keyOf(s.sheet, s.row, s.col);
    if (seen.has(k)) continue;
    seen.add(k);
    const now = stateOf(s.sheet, s.row, s.col);
    const w = now && restoreWrite(s, now);
    if (w) items.push({ sheet: s.sheet, write: w });
  }
  return { restore: bySheet(items), restored: items.length };
}

const isFill = (v: unknown): v is HostFill => v === null || typeof v === 'string' || (typeof v === 'object' && !Array.isArray(v));

/**
 * A saved record read back; also those the hosts saved before the shared plan (Google {bg, note}, Excel {fill?}
 * with no fill when absent), so marks made by an older version still clear. Anything unreadable: no record.
 */
export function parseRecord(json: unknown): SavedCell[] {
  if (typeof json !== 'string' || json === '') return [];
  let v: unknown;
  try {
    v = JSON.parse(json);
  } catch {
    return [];
  }
  if (!Array.isArray(v)) return [];
  const out: SavedCell[] = [];
  for (const item of v as Record<string, unknown>[]) {
    if (!item || typeof item.sheet !== 'string' || !Number.isInteger(item.row) || !Number.isInteger(item.col)) continue;
    const fill = 'bg' in item ? item.bg : (item.fill ?? null);
    if (!isFill(fill)) continue;
    const cell: SavedCell = { sheet: item.sheet, row: item.row as number, col: item.col as number, fill };
    if (typeof item.note === 'string') cell.note = item.note;
    out.push(cell);
  }
  return out;
}
