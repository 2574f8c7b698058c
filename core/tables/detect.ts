/**
 * Finds every table of a known form on a sheet, wherever it starts: title rows are skipped, the
 * header band (one to seven rows, merged cells resolved) gives each column its meaning, an optional
 * numbering row states identities, and the data region runs through blank, section, group and
 * total rows until the figures stop.
 */
import { heldIndexes, type SheetView } from '../grid/sheet-view';
import type { CellValue } from '../grid/types';
import { foldKey } from '../text/fold';
import { FORMS, isFigureKind, type FormDef } from '../catalogue/forms';
import { LEVEL_LABEL, PERIOD_LABEL, TOTAL_LABEL } from '../catalogue/vocabulary';
import { foldHeaders, matchForm, type ColumnHeader, type FormMatch } from './map-columns';
import { periodCoverage } from './periods';
import { classifyRows, lookOf, numberingOf, type RowInfo } from './rows';
import type { DetectedTable, MappedColumn, StatedIdentity, StatedRatio, TableRow } from './types';

const MAX_HEADER_ROWS = 7;
const MAX_BLANK_RUN = 3;

const ROMAN = /^(?:I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII)$/;

function textOf(v: CellValue): string | undefined {
  if (typeof v === 'string') return v.trim() === '' ? undefined : v;
  if (typeof v === 'number') return String(v);
  return undefined;
}

const FIRST_WORD_CHAR = /[\p{L}\p{N}]/u;
const TOTAL_HEAD = /^(?:tong|cong|toan|luy|ca)(?: |$)/;
const firstFold = new Map<string, string>();

export function isTotalLabel(label: string): boolean {
  // Every total label folds to a key starting with "t", "c" or "l": most labels are ruled out by their first letter alone.
  const first = FIRST_WORD_CHAR.exec(label)?.[0];
  if (first === undefined) return false;
  let f = firstFold.get(first);
  if (f === undefined) {
    f = foldKey(first);
    firstFold.set(first, f);
  }
  if (f !== 't' && f !== 'c' && f !== 'l') return false;
  // Then by their first word, folded from a short head: a list of "Lĩnh vực 1 … 1.000.000" folds no whole label.
  if (!TOTAL_HEAD.test(foldKey(label.slice(0, 12)))) return false;
  const key = foldKey(label);
  if (!TOTAL_LABEL.test(key)) return false;
  // "Cộng" and "Công" fold alike: "Công khai, minh bạch", "Sở Công Thương", "Công an" are no totals.
  if (key.startsWith('cong')) return /^cộng(?!\p{L})/u.test(label.trim().normalize('NFC').toLocaleLowerCase('vi'));
  return true;
}

export function detectTables(view: SheetView): DetectedTable[] {
  const info = classifyRows(view);
  const at = (r: number): RowInfo => info[r - view.firstRow]!;
  const tables: DetectedTable[] = [];
  let r = view.firstRow;
  while (r < view.endRow) {
    const i = at(r);
    const prev = r > view.firstRow ? at(r - 1) : undefined;
    const anchor = i.cls === 'numbering' ? prev?.cls === 'text' : i.cls === 'numeric' && prev?.cls === 'text';
    if (anchor) {
      // Tables side by side share their rows: each label column after figures starts the next one.
      let win: Window = { c0: -Infinity, c1: Infinity };
      let end = -1;
      for (let k = 0; k < 16; k++) {
        const found = tableAt(view, at, r, win);
        if (found.table) {
          tables.push(found.table);
          end = Math.max(end, found.table.range.r1);
        }
        if (found.split === undefined) break;
        win = { c0: found.split, c1: win.c1 };
      }
      if (end >= 0) {
        r = end + 1;
        continue;
      }
    }
    r++;
  }
  return tables;
}

/** The columns a table may take: the whole row, or what is right of a table beside it. */
interface Window {
  c0: number;
  c1: number;
}

interface Band {
  top: number;
  bottom: number;
  c0: number;
  c1: number;
}

function bandExtent(view: SheetView, at: (r: number) => RowInfo, top: number, bottom: number, dataRow: number, win: Window): Band {
  let c0 = Infinity;
  let c1 = -Infinity;
  const widen = (r: number) => {
    const i = at(r);
    if (i.firstCol < 0) return;
    if (win.c0 === -Infinity && win.c1 === Infinity) {
      c0 = Math.min(c0, i.firstCol);
      c1 = Math.max(c1, i.lastCol);
      return;
    }
    // Within a window, the row's own filled cells decide.
    const vals = view.rowValues(r);
    const from = Math.max(0, win.c0 - view.firstCol);
    const to = Math.min(vals.length - 1, win.c1 - view.firstCol);
    const held = heldIndexes(vals);
    const n = held ? held.length : to + 1;
    for (let k = held ? 0 : from; k < n; k++) {
      const j = held ? held[k]! : k;
      if (j < from || j > to) continue;
      if (lookOf(vals[j] ?? null) === 'empty') continue;
      c0 = Math.min(c0, view.firstCol + j);
      c1 = Math.max(c1, view.firstCol + j);
    }
  };
  for (let r = top; r <= bottom; r++) widen(r);
  if (dataRow < view.endRow) widen(dataRow);
  for (const m of view.merges) {
    if (m.r1 < top || m.r0 > bottom || m.c0 < win.c0 || m.c1 > win.c1) continue;
    if (m.c0 <= c1 + 1 && m.c1 >= c0 - 1) {
      c0 = Math.min(c0, m.c0);
      c1 = Math.max(c1, m.c1);
    }
  }
  return { top, bottom, c0: Math.max(c0, win.c0), c1: Math.min(c1, win.c1) };
}

function headersOf(view: SheetView, band: Band): ColumnHeader[] {
  const out: ColumnHeader[] = [];
  for (let c = band.c0; c <= band.c1; c++) {
    const texts: string[] = [];
    for (let r = band.top; r <= band.bottom; r++) {
      const t = textOf(view.shown(r, c));
      if (t !== undefined && texts[texts.length - 1] !== t) texts.push(t);
    }
    out.push({ col: c, texts });
  }
  return out;
}

function bestMatch(view: SheetView, band: Band): FormMatch | undefined {
  const headers = foldHeaders(headersOf(view, band));
  const bandText = headers.map((h) => h.path).join(' ');
  let best: FormMatch | undefined;
  for (const form of FORMS) {
    const m = matchForm(form, headers, bandText);
    if (!m) continue;
    if (!best || m.score > best.score) best = m;
  }
  if (!best) return undefined;
  if (best.score >= 2 || (best.score >= 1 && best.hasLabel)) return best;
  return undefined;
}

/** A lone cell over a header is a title unless it is a narrow group header. */
function isTitleRow(view: SheetView, info: RowInfo, r: number, width: number): boolean {
  if (info.filled !== 1) return false;
  const m = view.mergeOf(r, info.firstCol);
  if (!m) return true;
  const span = m.c1 - m.c0 + 1;
  return span < 2 || span >= 0.6 * width;
}

function valueKinds(form: FormDef, concept: string | undefined): boolean {
  if (!concept) return false;
  const k = form.concepts.find((c) => c.id === concept)?.kind;
  return isFigureKind(k);
}

function tableAt(view: SheetView, at: (r: number) => RowInfo, anchor: number, win: Window): { table?: DetectedTable; split?: number } {
  const numberingRow = at(anchor).cls === 'numbering' ? anchor : undefined;
  let bottom = anchor - 1;
  const dataStartInitial = numberingRow !== undefined ? anchor + 1 : anchor;
  const rough = bandExtent(view, at, bottom, bottom, dataStartInitial, win);
  const width = Math.max(1, rough.c1 - rough.c0 + 1);
  let top = bottom;
  while (top - 1 >= view.firstRow && bottom - top + 1 < MAX_HEADER_ROWS) {
    const i = at(top - 1);
    if (i.cls !== 'text' || isTitleRow(view, i, top - 1, width)) break;
    top--;
  }

  let band = bandExtent(view, at, top, bottom, dataStartInitial, win);
  let match = bestMatch(view, band);
  // Extra rows at the top (titles, notes) must not colour the header: drop a top row when the
  // header means more without it, or exactly the same.
  while (band.top < band.bottom) {
    const smaller = bandExtent(view, at, band.top + 1, band.bottom, dataStartInitial, win);
    const m = bestMatch(view, smaller);
    if (!m) break;
    const same = match !== undefined && m.form === match.form && m.concepts.join() === match.concepts.join();
    if (match && !same && m.score <= match.score) break;
    band = smaller;
    match = m;
  }
  if (!match) return {};
  // A header cell merged down from a dropped row (STT, Lĩnh vực) still belongs to the header.
  for (const m of view.merges) {
    if (m.r0 < band.top && m.r0 >= top && m.r1 >= band.top && m.r1 <= band.bottom && m.c1 >= band.c0 && m.c0 <= band.c1) {
      band = { ...band, top: m.r0 };
    }
  }

  // A section row right under the header ("I. Cấp huyện") has text only left of the figures.
  if (numberingRow === undefined && band.bottom > band.top) {
    const firstValue = firstValueCol(match, band);
    const vals = view.rowValues(band.bottom);
    let onlyLeft = firstValue !== undefined;
    const held = heldIndexes(vals);
    const n = held ? held.length : vals.length;
    for (let k = 0; k < n && onlyLeft; k++) {
      const j = held ? held[k]! : k;
      const c = view.firstCol + j;
      if (c < band.c0 || c > band.c1) continue;
      if (textOf(vals[j] ?? null) !== undefined && c >= firstValue!) onlyLeft = false;
    }
    if (onlyLeft) {
      const smaller = bandExtent(view, at, band.top, band.bottom - 1, dataStartInitial, win);
      const m = bestMatch(view, smaller);
      if (m && m.score >= match.score) {
        band = smaller;
        match = m;
        bottom = band.bottom;
      }
    }
  }

  // A label column ("STT", "Đơn vị") after figures is the first column of another table beside this one.
  let split: number | undefined;
  let seenValue = false;
  for (let i = 0; i < match.concepts.length; i++) {
    const c = match.concepts[i];
    if (valueKinds(match.form, c)) seenValue = true;
    else if (seenValue && (c === 'stt' || c === 'ten')) {
      split = band.c0 + i;
      break;
    }
  }
  if (split !== undefined) {
    const left = { ...band, c1: split - 1 };
    // A blank column between the two tables belongs to neither.
    const blankCol = (c: number) => {
      for (let r = band.top; r <= band.bottom + 1; r++) if (lookOf(view.shown(r, c)) !== 'empty') return false;
      return true;
    };
    while (left.c1 > left.c0 && blankCol(left.c1)) left.c1--;
    const m = bestMatch(view, left);
    if (!m) return { split };
    band = left;
    match = m;
  }
  const built = buildTable(view, at, band, match, numberingRow);
  return built ? { table: built, ...(split !== undefined ? { split } : {}) } : split !== undefined ? { split } : {};
}

function buildTable(view: SheetView, at: (r: number) => RowInfo, band: Band, match: FormMatch, numberingRow: number | undefined): DetectedTable | undefined {
  const form = match.form;
  const headers = headersOf(view, band);
  const columns: MappedColumn[] = [];
  const firstByConcept = new Map<string, number>();
  headers.forEach((h, idx) => {
    const concept = match!.concepts[idx];
    const col: MappedColumn = { col: h.col, header: h.texts.join(' › ') };
    if (concept) {
      col.concept = concept;
      const first = firstByConcept.get(concept);
      // Comparisons come several to a table ("so với tháng trước", "so với cùng kỳ"): none is a duplicate.
      if (first !== undefined && !form.concepts.find((c) => c.id === concept)?.many) col.duplicateOf = first;
      else if (first === undefined) firstByConcept.set(concept, h.col);
    }
    columns.push(col);
  });

  const dataStart = numberingRow !== undefined ? numberingRow + 1 : band.bottom + 1;
  let rows = dataRows(view, at, form, columns, dataStart);
  if (ratesByContent(view, form, columns, rows)) rows = dataRows(view, at, form, columns, dataStart);
  const lastRow = rows.length ? rows[rows.length - 1]!.row : (numberingRow ?? band.bottom);
  if (!rows.some((x) => x.kind === 'data' || x.kind === 'total' || x.kind === 'group') && numberingRow === undefined) {
    return undefined;
  }

  const stated = statedIdentities(view, numberingRow);
  const dataRowsOnly = rows.filter((x) => x.kind === 'data' || x.kind === 'group');
  const labelHeader = columns.find((c) => c.concept === 'ten')?.header ?? '';
  const byLevel = dataRowsOnly.length > 0 && (/(?:^| )cap(?: |$)/.test(foldKey(labelHeader)) || dataRowsOnly.every((x) => LEVEL_LABEL.test(foldKey(x.label))));
  const byPeriod = dataRowsOnly.length > 0 && dataRowsOnly.every((x) => PERIOD_LABEL.test(foldKey(x.label)));
  if (byPeriod) periodCoverage(rows);

  return {
    sheet: view.name,
    form: form.id,
    range: { r0: band.top, c0: band.c0, r1: lastRow, c1: band.c1 },
    headerRows: { first: band.top, last: band.bottom },
    ...(numberingRow !== undefined ? { numberingRow } : {}),
    columns,
    rows,
    ...stated,
    byLevel,
    byPeriod,
  };
}

/**
 * A count header over percentages ("DVC trực tuyến" holding 88,05%) is the rate of that count.
 * Returns whether a column changed meaning.
 */
function ratesByContent(view: SheetView, form: FormDef, columns: MappedColumn[], rows: TableRow[]): boolean {
  let changed = false;
  const taken = new Set(columns.map((c) => c.concept));
  for (const c of columns) {
    const rate = form.concepts.find((k) => k.id === c.concept)?.asRate;
    if (!rate || c.duplicateOf !== undefined || taken.has(rate)) continue;
    let pct = 0;
    let other = 0;
    for (const r of rows) {
      if (r.kind === 'blank' || r.kind === 'section') continue;
      const v = view.value(r.row, c.col);
      const d = view.display(r.row, c.col);
      if (v === null) continue;
      if ((typeof v === 'string' && v.includes('%')) || (typeof v === 'number' && d?.includes('%'))) pct++;
      else other++;
    }
    if (pct > 0 && pct >= other) {
      c.concept = rate;
      taken.add(rate);
      changed = true;
    }
  }
  return changed;
}

function firstValueCol(match: FormMatch, band: Band): number | undefined {
  for (let i = 0; i < match.concepts.length; i++) if (valueKinds(match.form, match.concepts[i])) return band.c0 + i;
  return undefined;
}

function dataRows(view: SheetView, at: (r: number) => RowInfo, form: FormDef, columns: MappedColumn[], start: number): TableRow[] {
  const valueCols = columns.filter((c) => c.duplicateOf === undefined && valueKinds(form, c.concept)).map((c) => c.col);
  const otherCols = columns.filter((c) => !valueCols.includes(c.col)).map((c) => c.col);
  const labelCol = columns.find((c) => c.concept === 'ten' && c.duplicateOf === undefined)?.col;
  const sttCol = columns.find((c) => c.concept === 'stt' && c.duplicateOf === undefined)?.col;
  const c0 = columns[0]?.col ?? 0;
  const c1 = columns[columns.length - 1]?.col ?? 0;

  const rows: TableRow[] = [];
  let blankRun = 0;
  for (let r = start; r < view.endRow; r++) {
    const i = at(r);
    if (i.cls === 'numbering') break;
    if (i.cls === 'blank' || i.lastCol < c0 || i.firstCol > c1) {
      if (++blankRun >= MAX_BLANK_RUN) break;
      rows.push({ row: r, kind: 'blank', label: '', depth: undefined });
      continue;
    }
    let numeric = 0;
    let text = 0;
    for (const c of valueCols) {
      const look = lookOf(view.value(r, c));
      if (look === 'numeric' || look === 'dash') numeric++;
      else if (look === 'text') text++;
    }
    if (numeric === 0 && text > 0) break; // a footer, a note, or the next table's header
    const label = rowLabel(view, r, labelCol, otherCols);
    if (numeric === 0) {
      if (label === '') {
        if (++blankRun >= MAX_BLANK_RUN) break;
        rows.push({ row: r, kind: 'blank', label: '', depth: undefined });
      } else {
        blankRun = 0;
        // Every row of one shape (depth given at creation, even undefined): a million rows stay compact.
        rows.push({ row: r, kind: 'section', label, depth: depthOf(sttCol !== undefined ? textOf(view.value(r, sttCol))?.trim() : undefined, label) });
      }
      continue;
    }
    blankRun = 0;
    rows.push({
      row: r,
      kind: isTotalLabel(label) ? 'total' : 'data',
      label,
      depth: depthOf(sttCol !== undefined ? textOf(view.value(r, sttCol))?.trim() : undefined, label),
    });
  }
  while (rows.length && (rows[rows.length - 1]!.kind === 'blank' || rows[rows.length - 1]!.kind === 'section')) rows.pop();
  assignCoverage(rows);
  return rows;
}

function rowLabel(view: SheetView, r: number, labelCol: number | undefined, otherCols: number[]): string {
  if (labelCol !== undefined) {
    const t = textOf(view.shown(r, labelCol));
    if (t !== undefined && !/^\d+$/.test(t.trim())) return t.trim();
  }
  for (const c of otherCols) {
    const v = view.shown(r, c);
    if (typeof v === 'string' && v.trim() !== '' && !/^[\dIVXivx.]+$/.test(v.trim())) return v.trim();
  }
  return '';
}

const DOTTED = /^(\d{1,3}(?:\.\d{1,3})+)\.?$/;
const NUMBERED_LABEL = /^(?:[IVX]{1,4}|\d{1,3}(?:\.\d{1,3})*|[a-zđ]|[-+•–])[.)]?\s/i;
const LETTER_TOKEN = /^[a-zđ][.)]?$/i;
/**
 * Labels of a group of units without numbering: "Các sở, ban, ngành", "Khối UBND các phường", "UBND cấp xã". A bare
 * "Cấp huyện" is a level of its own (a table by level), never taken for a group.
 */
const GROUP_LABEL = /^(?:cac |khoi |nhom |ubnd cap |so ban nganh|so nganh)/;

/**
 * How deep a row's numbering is: "I", "II." (1) over "1", "2." (2) over "1.1" (3), "1.1.1" (4), over "a", "b)" (10)
 * over "-" (11) and "+" (12); from the STT cell, else from the label's own prefix ("I. Cấp huyện", "1.2 Sở …").
 */
export function depthOf(stt: string | undefined, label: string): number | undefined {
  const of = (t: string): number | undefined => {
    const s = t.trim();
    if (ROMAN.test(s.replace(/[.)]$/, ''))) return 1;
    if (/^\d{1,3}[.)]?$/.test(s)) return 2;
    const d = DOTTED.exec(s);
    if (d) return 1 + d[1]!.split('.').length;
    if (LETTER_TOKEN.test(s) && !ROMAN.test(s.toUpperCase().replace(/[.)]$/, ''))) return 10;
    if (s === '-' || s === '–' || s === '•') return 11;
    if (s === '+') return 12;
    return undefined;
  };
  if (stt) return of(stt);
  // Most labels carry no number ("Xã số 17", "Đất đai"): ruled out by one test.
  if (!NUMBERED_LABEL.test(label)) return undefined;
  const m = /^(\S{1,8}?)[.)]?\s+\S/.exec(label);
  if (!m) return undefined;
  const depth = of(m[1]!);
  // A label's own prefix counts only when it is written as one ("I. Cấp huyện", "1.2 Sở …", "a) …", "- Xã …").
  return depth !== undefined && (depth !== 2 || /^\d{1,3}[.)]\s/.test(label)) ? depth : undefined;
}

/**
 * Groups and what they close. A numbered row over deeper-numbered rows is a group (subtotal) of its direct members:
 * "I" over "1", "2"; "1" over "1.1", "1.2"; an unnumbered row under a Roman one is a member. Without numbering, a row
 * named as a group ("Các sở, ban, ngành", "Khối …") closes the plain rows after it. A total row states the sum of the
 * top-level rows it closes (all of the table's when it comes first or is the last of several).
 */
function assignCoverage(rows: TableRow[]): void {
  let numbered = false;
  for (const r of rows) {
    if (r.kind === 'group') r.kind = 'data';
    if (r.depth !== undefined) numbered = true;
  }
  // No numbering at all: a named group row over the plain rows after it (never rows all named as groups: levels).
  // Folded only when its first letter could start such a name: a list of 100.000 "Xã số …" is never folded.
  if (!numbered) {
    const named = (r: TableRow) => r.kind === 'data' && /^[cCkKnNuUsS]/.test(r.label) && GROUP_LABEL.test(foldKey(r.label.slice(0, 40)));
    // Two such groups at least, each with members that are not levels ("Cấp huyện" after "Các sở, ban ngành" is a
    // level of its own, Kon Tum's table by level).
    const member = (r: TableRow) => !named(r) && !foldKey(r.label.slice(0, 12)).startsWith('cap ');
    let groups = 0;
    let open: TableRow | undefined;
    for (const r of rows) {
      if (r.kind !== 'data') continue;
      if (named(r)) open = r;
      else if (open) {
        if (member(r)) groups++;
        open = undefined;
      }
    }
    if (groups >= 2) for (const r of rows) if (r.kind === 'data') r.depth = named(r) ? 1 : 2;
  }
  const parent = new Map<TableRow, TableRow>();
  if (numbered || rows.some((r) => r.depth !== undefined)) {
    const stack: TableRow[] = [];
    for (let i = 0; i < rows.length; i++) {
      const r = rows[i]!;
      if (r.kind === 'blank') continue;
      if (r.kind === 'total') {
        stack.length = 0; // a total closes every open group
        continue;
      }
      const d = r.depth;
      if (d !== undefined) while (stack.length && stack[stack.length - 1]!.depth! >= d) stack.pop();
      if (r.kind === 'section') continue;
      if (stack.length) parent.set(r, stack[stack.length - 1]!);
      if (d === undefined) continue;
      // A group when the next row of figures is deeper (an unnumbered one is deeper only than a Roman group).
      let next: TableRow | undefined;
      for (let j = i + 1; j < rows.length; j++) {
        const k = rows[j]!.kind;
        if (k === 'blank' || k === 'section') continue;
        next = rows[j];
        break;
      }
      if (next && next.kind === 'data' && (next.depth !== undefined ? next.depth > d : d === 1)) stack.push(r);
    }
  }
  for (const [child, g] of parent) {
    g.kind = 'group';
    (g.covers ??= []).push(child.row);
  }
  const underGroup = new Set<number>();
  for (const c of parent.keys()) underGroup.add(c.row);
  const topLevel = (k: TableRow) => (k.kind === 'group' || k.kind === 'data') && !underGroup.has(k.row);

  // A lone "Toàn huyện" row with nothing to sum is the table's only figures, not a total.
  for (const t of rows) {
    if (t.kind === 'total' && !rows.some((x) => x !== t && (x.kind === 'data' || x.kind === 'group'))) t.kind = 'data';
  }
  const totals = rows.filter((x) => x.kind === 'total');
  let windowStart = 0;
  rows.forEach((t, idx) => {
    if (t.kind !== 'total') return;
    const before = rows.slice(windowStart, idx).filter(topLevel);
    const isLastOfSeveral = totals.length > 1 && t === totals[totals.length - 1];
    if (before.length === 0 || isLastOfSeveral) {
      // First row of the table ("Tổng số" on top, as Biểu 06 prints it) or the grand total: all rows.
      t.covers = rows.filter(topLevel).map((x) => x.row);
    } else {
      t.covers = before.map((x) => x.row);
    }
    windowStart = idx + 1;
  });
}

interface Stated {
  stated: StatedIdentity[];
  statedRatios: StatedRatio[];
  statedUnknown: { col: number; text: string }[];
}

/** What the numbering row states: sums (each of a chain), rates, and what it writes that is not understood. */
function statedIdentities(view: SheetView, numberingRow: number | undefined): Stated {
  const out: Stated = { stated: [], statedRatios: [], statedUnknown: [] };
  if (numberingRow === undefined) return out;
  const tokens = numberingOf(view.rowValues(numberingRow));
  if (!tokens) return out;
  const colOf = new Map<number, number>();
  for (const [j, t] of tokens) colOf.set(t.n, view.firstCol + j);
  const cols = (ns: readonly number[]) => (ns.every((n) => colOf.has(n)) ? ns.map((n) => colOf.get(n)!) : undefined);
  for (const [j, t] of tokens) {
    const col = view.firstCol + j;
    if (t.unknown) {
      out.statedUnknown.push({ col, text: t.text });
      continue;
    }
    if (t.ratio) {
      const num = cols(t.ratio.num);
      const den = cols(t.ratio.den);
      if (num && den) out.statedRatios.push({ text: t.text, rate: col, num, den });
      else out.statedUnknown.push({ col, text: t.text });
      continue;
    }
    for (const sum of t.sums ?? []) {
      const parts = cols(sum.map((f) => f.n));
      if (!parts) {
        out.statedUnknown.push({ col, text: t.text });
        break;
      }
      out.stated.push({ text: t.text, total: col, parts: parts.map((c, i) => ({ col: c, sign: sum[i]!.sign })) });
    }
  }
  return out;
}
