/**
 * Marks: fills and notes written in one batch per sheet, what they replaced kept in the document's
 * properties (so "Xóa đánh dấu" works after the file was closed and reopened), never a cell value.
 */
import type { CellMark } from '../../core/marks';
import { fail, guarded } from './errors';

/** One property value holds at most 9 KB: the record is split across numbered keys. */
const KEY = 'baoCaoMarks';
const CHUNK = 8000;

interface Saved {
  sheet: string;
  row: number;
  col: number;
  bg: string;
  note: string;
}

function box(cells: { row: number; col: number }[]) {
  let r0 = Infinity,
    c0 = Infinity,
    r1 = -1,
    c1 = -1;
  for (const c of cells) {
    r0 = Math.min(r0, c.row);
    c0 = Math.min(c0, c.col);
    r1 = Math.max(r1, c.row);
    c1 = Math.max(c1, c.col);
  }
  return { r0, c0, rows: r1 - r0 + 1, cols: c1 - c0 + 1 };
}

function bySheet<T extends { sheet: string }>(items: T[]): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const i of items) m.set(i.sheet, [...(m.get(i.sheet) ?? []), i]);
  return m;
}

function loadSaved(props: GoogleAppsScript.Properties.Properties): Saved[] {
  const all = props.getProperties();
  const count = Number(all[`${KEY}.count`] ?? 0);
  if (!count) return [];
  let json = '';
  for (let i = 0; i < count; i++) json += all[`${KEY}.${i}`] ?? '';
  try {
    return JSON.parse(json) as Saved[];
  } catch {
    return [];
  }
}

/** Puts back what the marks replaced; returns how many cells were restored. */
function restore(props: GoogleAppsScript.Properties.Properties): number {
  const saved = loadSaved(props);
  if (saved.length === 0) return 0;
  const book = SpreadsheetApp.getActive();
  let restored = 0;
  for (const [name, cells] of bySheet(saved)) {
    const sheet = book.getSheetByName(name);
    if (!sheet) continue; // deleted or renamed since: nothing to put back there
    const b = box(cells);
    const range = sheet.getRange(b.r0 + 1, b.c0 + 1, b.rows, b.cols);
    const bgs = range.getBackgrounds();
    const notes = range.getNotes();
    for (const c of cells) {
      bgs[c.row - b.r0]![c.col - b.c0] = c.bg;
      notes[c.row - b.r0]![c.col - b.c0] = c.note;
      restored++;
    }
    range.setBackgrounds(bgs);
    range.setNotes(notes);
  }
  const all = props.getProperties();
  for (const k of Object.keys(all)) if (k.startsWith(`${KEY}.`)) props.deleteProperty(k);
  return restored;
}

export function baoCaoClearMarks(): { restored: number } {
  return guarded(() => ({ restored: restore(PropertiesService.getDocumentProperties()) }));
}

export function baoCaoApplyMarks(marks: CellMark[]): { marked: number } {
  return guarded(() => {
    const props = PropertiesService.getDocumentProperties();
    restore(props);
    const book = SpreadsheetApp.getActive();
    const saved: Saved[] = [];
    const writes: (() => void)[] = [];
    for (const [name, cells] of bySheet(marks)) {
      const sheet = book.getSheetByName(name);
      if (!sheet) continue;
      const b = box(cells);
      const range = sheet.getRange(b.r0 + 1, b.c0 + 1, b.rows, b.cols);
      const bgs = range.getBackgrounds();
      const notes = range.getNotes();
      for (const c of cells) {
        const i = c.row - b.r0;
        const j = c.col - b.c0;
        saved.push({ sheet: name, row: c.row, col: c.col, bg: bgs[i]![j]!, note: notes[i]![j]! });
        bgs[i]![j] = c.fill;
        notes[i]![j] = c.note;
      }
      writes.push(() => {
        range.setBackgrounds(bgs);
        range.setNotes(notes);
      });
    }
    // The record must fit in the document's properties, or the marks could not be cleared: check before writing.
    const json = JSON.stringify(saved);
    if (json.length > 400_000) throw fail('too-large', 'Quá nhiều ô cần đánh dấu để lưu lại; hãy sửa bớt lỗi rồi kiểm tra lại.');
    for (const w of writes) w();
    const out: Record<string, string> = { [`${KEY}.count`]: String(Math.ceil(json.length / CHUNK)) };
    for (let i = 0; i * CHUNK < json.length; i++) out[`${KEY}.${i}`] = json.slice(i * CHUNK, (i + 1) * CHUNK);
    props.setProperties(out);
    return { marked: saved.length };
  });
}
