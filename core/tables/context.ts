/**
 * A read table, addressed the way the checks think of it: (record line, measure line) → figure, with
 * names for messages. Built on the plain `Table` only; the grid is never consulted.
 */
import { foldKey } from '../text/fold';
import { GENERIC_LEAF } from './map-columns';
import { a1, columnLetters } from '../grid/a1';
import { formById, type FormDef } from '../catalogue/forms';
import { cellOf, type ReadValue, type Table, type TableValue } from './table';

/** A figure as the checks use it: a number, nothing written, or unreadable (already reported). */
export type Figure = { state: 'value'; n: number; decimals?: number; percent?: boolean } | { state: 'empty' } | { state: 'bad' };

const EMPTY: Figure = { state: 'empty' };
const BAD: Figure = { state: 'bad' };

export class TableContext {
  readonly form: FormDef;
  /** Measure line of each concept the table carries (the first measure wins). */
  readonly cols = new Map<string, number>();
  private readonly recordAt: Int32Array;
  private readonly measureAt: Int32Array;
  private readonly recordBase: number;
  private readonly measureBase: number;

  constructor(readonly table: Table) {
    this.form = formById(table.form);
    for (const m of table.measures) if (m.concept && m.duplicateOf === undefined && !this.cols.has(m.concept)) this.cols.set(m.concept, m.line);
    // Lines rise within a table: dense index arrays make every lookup one array read.
    const [rb, rIdx] = lineIndex(table.records.map((r) => r.line));
    const [mb, mIdx] = lineIndex(table.measures.map((m) => m.line));
    this.recordBase = rb;
    this.recordAt = rIdx;
    this.measureBase = mb;
    this.measureAt = mIdx;
  }

  conceptKind(concept: string | undefined): string | undefined {
    return concept ? this.form.concepts.find((c) => c.id === concept)?.kind : undefined;
  }

  /**
   * Figures supposed for a moment (record line × 16384 + measure line → number): the localiser asks whether a
   * correction would break a bound or a printed rate that held (checks/edits.ts). Unset, the table is read as it is.
   */
  overlay: ReadonlyMap<number, number> | undefined;

  /** The stored value of a record line and a measure line (null when either is not in the table). */
  value(row: number, col: number): TableValue {
    if (this.overlay !== undefined) {
      const o = this.overlay.get(row * 16384 + col);
      if (o !== undefined) return o;
    }
    const ri = this.recordAt[row - this.recordBase] ?? -1;
    const mi = this.measureAt[col - this.measureBase] ?? -1;
    if (ri < 0 || mi < 0) return null;
    return this.table.values[mi]![ri] ?? null;
  }

  /** The figure's state without allocating: 1 a number (see num), 2 nothing written, 3 unreadable. */
  state(row: number, col: number): number {
    const v = this.value(row, col);
    if (typeof v === 'number') return 1;
    if (v === null || typeof v === 'string') return 2;
    return v.n !== undefined ? 1 : v.problem ? 3 : 2;
  }

  /** The number of a cell whose state is 1. */
  num(row: number, col: number): number {
    const v = this.value(row, col);
    return typeof v === 'number' ? v : (v as ReadValue).n!;
  }

  read(row: number, col: number): Figure {
    const v = this.value(row, col);
    if (typeof v === 'number') return { state: 'value', n: v };
    if (v === null || typeof v === 'string') return EMPTY;
    if (v.n !== undefined) {
      const f: Figure = { state: 'value', n: v.n };
      if (v.decimals !== undefined) f.decimals = v.decimals;
      if (v.percent) f.percent = true;
      return f;
    }
    return v.problem ? BAD : EMPTY;
  }

  figure(row: number, concept: string): Figure | undefined {
    const col = this.cols.get(concept);
    return col === undefined ? undefined : this.read(row, col);
  }

  /**
   * The parts a concept the table has no measure for adds up from, by the form's identities: an export with no
   * "Đã xử lý › Tổng số" still has its early, on-time and late measures. Undefined when it cannot be derived.
   */
  partsOf(concept: string): string[] | undefined {
    if (this.cols.has(concept)) return [concept];
    for (const id of this.form.identities) {
      if (id.total !== concept || id.unless?.some((c) => this.cols.has(c))) continue;
      if (!id.parts.every((p) => this.cols.has(p))) continue;
      return [...id.parts, ...(id.optionalParts ?? []).filter((p) => this.cols.has(p))];
    }
    return undefined;
  }

  /**
   * The concepts a sum asks for, as this table holds them: counts it keeps in one combined column ("Trước hạn và
   * đúng hạn" for early + on time) are that column, where the table has it and not them apart.
   */
  expand(concepts: readonly string[]): string[] {
    let out = [...concepts];
    for (const c of this.form.concepts) {
      if (!c.combines || !this.cols.has(c.id) || !c.combines.every((x) => out.includes(x)) || c.combines.some((x) => this.cols.has(x))) continue;
      const at = out.indexOf(c.combines[0]!);
      const parts: readonly string[] = c.combines;
      out = out.filter((x) => !parts.includes(x));
      out.splice(at, 0, c.id);
    }
    return out;
  }

  /** A concept's figure in a record: its measure's, or the sum of its parts (see partsOf). */
  derived(row: number, concept: string): Figure | undefined {
    const parts = this.partsOf(concept);
    if (!parts) return undefined;
    if (parts.length === 1 && parts[0] === concept) return this.figure(row, concept);
    let n = 0;
    let any = false;
    for (const p of parts) {
      const f = this.figure(row, p)!;
      if (f.state === 'bad') return BAD;
      if (f.state === 'value') {
        n += f.n;
        any = true;
      }
    }
    return any ? { state: 'value', n } : EMPTY;
  }

  conceptLabel(concept: string): string {
    return this.form.concepts.find((c) => c.id === concept)?.label ?? concept;
  }

  /** The measure's name for a message: its meaning in the form, else its header as written. */
  /**
   * A measure as messages name it: the sheet's own heading where it says more than "Tổng số" ("Trễ hạn", "Sớm hạn",
   * as the clerk wrote them), else the catalogue's name of its concept ("Số hồ sơ đã giải quyết").
   */
  columnLabel(col: number): string {
    const m = this.table.measures.find((x) => x.line === col);
    const leaf = m?.header.split(' › ').pop()?.trim() ?? '';
    if (m?.concept && leaf && !GENERIC_LEAF.test(foldKey(leaf)) && leaf.length <= 60) return leaf.charAt(0).toLocaleUpperCase('vi') + leaf.slice(1);
    if (m?.concept) return this.conceptLabel(m.concept);
    return m?.header || (this.table.orientation === 'rows' ? `cột ${columnLetters(col)}` : `dòng ${col + 1}`);
  }

  rowLabel(row: number): string {
    const ri = this.recordAt[row - this.recordBase] ?? -1;
    return ri < 0 ? '' : this.table.records[ri]!.label;
  }

  /** The sheet cell of a record line and a measure line. */
  cell(row: number, col: number): [number, number] {
    return cellOf(this.table, row, col);
  }

  a1(row: number, col: number): string {
    const [r, c] = this.cell(row, col);
    return a1(r, c);
  }
}

function lineIndex(lines: number[]): [number, Int32Array] {
  if (lines.length === 0) return [0, new Int32Array(0)];
  let lo = Infinity;
  let hi = -Infinity;
  for (const l of lines) {
    if (l < lo) lo = l;
    if (l > hi) hi = l;
  }
  const idx = new Int32Array(hi - lo + 1).fill(-1);
  lines.forEach((l, i) => {
    if (idx[l - lo] === -1) idx[l - lo] = i;
  });
  return [lo, idx];
}
