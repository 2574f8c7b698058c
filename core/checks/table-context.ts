/** Reads a detected table's cells once, and names its columns and rows for messages. */
import type { SheetView } from '../grid/sheet-view';
import { a1, columnLetters } from '../grid/a1';
import { formById, type FormDef } from '../detect/forms';
import { conceptColumns, type DetectedTable } from '../detect/types';
import { readCount, readRate, type CountReading, type RateReading } from '../numbers';

/** A cell as the checks use it: a number, nothing written, or unreadable (already reported). */
export type Figure = { state: 'value'; n: number; decimals?: number } | { state: 'empty' } | { state: 'bad' };

export interface CellReading {
  row: number;
  col: number;
  kind: 'count' | 'rate';
  count?: CountReading;
  rate?: RateReading;
  figure: Figure;
}

export class TableContext {
  readonly form: FormDef;
  readonly cols: Map<string, number>;
  /** Per table column (index col - range.c0), per sheet row (index row - range.r0). */
  private readonly readings: (CellReading | undefined)[][] = [];
  private readonly rowLabels = new Map<number, string>();
  private readonly conceptAt = new Map<number, string | undefined>();

  constructor(
    readonly table: DetectedTable,
    readonly view: SheetView,
  ) {
    this.form = formById(table.form);
    this.cols = conceptColumns(table);
    for (const r of table.rows) this.rowLabels.set(r.row, r.label);
    for (const c of table.columns) this.conceptAt.set(c.col, c.duplicateOf === undefined ? c.concept : undefined);
  }

  conceptKind(concept: string | undefined): string | undefined {
    return concept ? this.form.concepts.find((c) => c.id === concept)?.kind : undefined;
  }

  // Compact figures: per column, per row. state 0 unread, 1 value, 2 empty, 3 bad.
  private readonly states: Uint8Array[] = [];
  private readonly nums: Float64Array[] = [];
  private plainCount(col: number): boolean {
    const concept = this.conceptAt.get(col);
    return this.conceptKind(concept) === 'count';
  }
  private readonly plainCols = new Map<number, boolean>();

  /** The figure's state without allocating: 1 value (see num), 2 empty, 3 unreadable. */
  state(row: number, col: number): number {
    const ci = col - this.table.range.c0;
    const ri = row - this.table.range.r0;
    let st = this.states[ci];
    if (!st) {
      const h = this.table.range.r1 - this.table.range.r0 + 1;
      st = this.states[ci] = new Uint8Array(h);
      this.nums[ci] = new Float64Array(h);
    }
    const s = st[ri]!;
    if (s !== 0) return s;
    let plain = this.plainCols.get(col);
    if (plain === undefined) {
      plain = this.plainCount(col);
      this.plainCols.set(col, plain);
    }
    const v = plain && this.view.display(row, col) === undefined ? this.view.value(row, col) : undefined;
    if (typeof v === 'number' && Number.isSafeInteger(v) && v >= 0) {
      st[ri] = 1;
      this.nums[ci]![ri] = v === 0 ? 0 : v;
      return 1;
    }
    const f = this.read(row, col).figure;
    const ns = f.state === 'value' ? 1 : f.state === 'empty' ? 2 : 3;
    st[ri] = ns;
    if (f.state === 'value') this.nums[ci]![ri] = f.n;
    return ns;
  }

  /** The value of a cell whose state is 1. */
  num(row: number, col: number): number {
    return this.nums[col - this.table.range.c0]![row - this.table.range.r0]!;
  }

  /** Reads a cell of the table once; the kind follows its column's concept. */
  read(row: number, col: number): CellReading {
    const ci = col - this.table.range.c0;
    const ri = row - this.table.range.r0;
    let colCache = this.readings[ci];
    if (!colCache) colCache = this.readings[ci] = [];
    const hit = colCache[ri];
    if (hit) return hit;
    const concept = this.conceptAt.get(col);
    const v = this.view.value(row, col);
    const d = this.view.display(row, col);
    let reading: CellReading;
    const kind = this.conceptKind(concept);
    const asRate = kind === 'rate' || (kind === 'value' && looksLikeRate(v, d));
    if (asRate) {
      const rate = readRate(v, d);
      const figure: Figure =
        rate.kind === 'rate'
          ? { state: 'value', n: rate.percent, decimals: rate.decimals }
          : rate.kind === 'invalid'
            ? { state: 'bad' }
            : { state: 'empty' };
      reading = { row, col, kind: 'rate', rate, figure };
    } else {
      const count = readCount(v, d);
      const figure: Figure =
        count.kind === 'count' ? { state: 'value', n: count.value } : count.kind === 'invalid' ? { state: 'bad' } : { state: 'empty' };
      reading = { row, col, kind: 'count', count, figure };
    }
    colCache[ri] = reading;
    return reading;
  }

  figure(row: number, concept: string): Figure | undefined {
    const col = this.cols.get(concept);
    return col === undefined ? undefined : this.read(row, col).figure;
  }

  conceptLabel(concept: string): string {
    return this.form.concepts.find((c) => c.id === concept)?.label ?? concept;
  }

  /** The column's name for a message: its meaning in the form, else its header as written. */
  columnLabel(col: number): string {
    const mc = this.table.columns.find((c) => c.col === col);
    if (mc?.concept) return this.conceptLabel(mc.concept);
    return mc?.header || `cột ${columnLetters(col)}`;
  }

  rowLabel(row: number): string {
    return this.rowLabels.get(row) ?? '';
  }

  a1(row: number, col: number): string {
    return a1(row, col);
  }
}

function looksLikeRate(v: unknown, d: string | undefined): boolean {
  if (typeof v === 'string') return v.includes('%');
  return typeof d === 'string' && d.includes('%');
}
