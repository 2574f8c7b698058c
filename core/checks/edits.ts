/**
 * The edits of one table as linear equations over its cells (DESIGN §3.3c): each identity of the form or of the
 * numbering row on each record, and each total or subtotal record over the records it closes (over periods, a
 * stock is its first or last period's). The checks find the broken ones; the localiser asks, cell by cell, for every
 * edit a cell is in, so a table of 200.000 rows is never turned into a million equations.
 *
 * A cell is a variable: record line × 16384 + measure line. An empty cell counts as 0; an edit with a cell that
 * cannot be read is not an edit (that cell is reported on its own).
 */
import { conceptOf } from '../catalogue/forms';
import type { TableContext } from '../tables/context';
import { weighPrintedRate } from '../tables/printed-rate';
import type { Edit, EditSystem, Term } from './localise';
import type { RowIdentity } from './identities';
import { weighStatedRate } from './rates';

export const cellKey = (row: number, col: number) => row * 16384 + col;
export const keyRow = (v: number) => Math.floor(v / 16384);
export const keyCol = (v: number) => v % 16384;

/** The weight of a figure no concept says more about: every figure is as likely to be wrong as another. */
export const DEFAULT_WEIGHT = 10;

export class TableEdits implements EditSystem {
  private readonly rows = new Map<number, Edit | null>();
  private readonly cols = new Map<number, Edit | null>();
  private readonly byCell = new Map<number, Edit[]>();
  /** Count measures, with how they add up over periods. */
  private readonly countCols = new Map<number, 'first' | 'last' | 'none' | undefined>();
  private coveredBy: Map<number, number[]> | undefined;
  private readonly totalOf = new Map<number, number[]>();
  private readonly identitiesOf = new Map<number, number[]>();

  constructor(
    readonly ctx: TableContext,
    /** The identities that are edits (warnings, which may hold dossiers the table does not show, are not). */
    readonly ids: readonly RowIdentity[],
  ) {
    for (const m of ctx.table.measures) {
      if (m.duplicateOf !== undefined || m.kind !== 'count') continue;
      this.countCols.set(m.line, ctx.table.byPeriod ? conceptOf(ctx.form, m.concept!)?.stock : undefined);
    }
    ids.forEach((id, i) => {
      if (id.severity === 'warning' || id.unkept) return;
      for (const c of [id.total, ...id.parts.map((p) => p.col)]) {
        const list = this.identitiesOf.get(c) ?? [];
        if (!list.includes(i)) list.push(i);
        this.identitiesOf.set(c, list);
      }
    });
    for (const r of ctx.table.records) if ((r.role === 'total' || r.role === 'subtotal') && r.covers?.length) this.totalOf.set(r.line, r.covers);
    // Bounds and printed rates weigh a correction only where the table has their columns.
    const nonLinear =
      ctx.form.bounds.some((b) => ctx.cols.has(b.small) && ctx.cols.has(b.big)) ||
      ctx.form.rates.some((r) => ctx.cols.has(r.concept)) ||
      (ctx.table.statedRates?.length ?? 0) > 0;
    if (!nonLinear) this.penalty = undefined;
  }

  /** The records a total (or subtotal) record sums for one measure: all, or over periods the first or last. */
  covers(total: number, col: number): number[] | undefined {
    const covers = this.totalOf.get(total);
    if (!covers || !this.countCols.has(col)) return undefined;
    const stock = this.countCols.get(col);
    if (stock === 'none') return undefined;
    return stock === 'first' ? covers.slice(0, 1) : stock === 'last' ? covers.slice(-1) : covers;
  }

  /** Identity i on record `row`, or null when it is not an edit there (a cell unreadable, or every cell empty). */
  rowEdit(row: number, i: number): Edit | null {
    const id = (row * 64 + i) * 2;
    let e = this.rows.get(id);
    if (e === undefined) {
      const ident = this.ids[i]!;
      e = this.build(id, [[row, ident.total, 1], ...ident.parts.map((p) => [row, p.col, -p.sign] as [number, number, number])]);
      this.rows.set(id, e);
    }
    return e;
  }

  /** The total record `total` over its records, for measure `col`, or null when it is not an edit. */
  colEdit(total: number, col: number): Edit | null {
    const id = cellKey(total, col) * 2 + 1;
    let e = this.cols.get(id);
    if (e === undefined) {
      const covers = this.covers(total, col);
      e = covers ? this.build(id, [[total, col, 1], ...covers.map((r) => [r, col, -1] as [number, number, number])]) : null;
      this.cols.set(id, e);
    }
    return e;
  }

  private build(id: number, cells: [number, number, number][]): Edit | null {
    const terms: Term[] = [];
    let residual = 0;
    let any = false;
    for (const [r, c, a] of cells) {
      const st = this.ctx.state(r, c);
      if (st === 3) return null;
      if (st === 1) {
        any = true;
        residual += a * this.ctx.num(r, c);
      }
      terms.push({ v: cellKey(r, c), a });
    }
    return any ? { id, terms, residual } : null;
  }

  // ————— EditSystem —————

  value(v: number): number {
    const r = keyRow(v);
    const c = keyCol(v);
    return this.ctx.state(r, c) === 1 ? this.ctx.num(r, c) : 0;
  }

  weight(v: number): number {
    const m = this.ctx.table.measures.find((x) => x.line === keyCol(v));
    return (m?.concept && conceptOf(this.ctx.form, m.concept)?.weight) || DEFAULT_WEIGHT;
  }

  editsOf(v: number): readonly Edit[] {
    let list = this.byCell.get(v);
    if (list) return list;
    list = [];
    const row = keyRow(v);
    const col = keyCol(v);
    for (const i of this.identitiesOf.get(col) ?? []) {
      const e = this.rowEdit(row, i);
      if (e) list.push(e);
    }
    if (this.countCols.has(col)) {
      const own = this.totalOf.has(row) ? this.colEdit(row, col) : null;
      if (own) list.push(own);
      for (const t of this.coveringTotals(row)) {
        const e = this.colEdit(t, col);
        if (e?.terms.some((x) => x.v === v)) list.push(e);
      }
    }
    this.byCell.set(v, list);
    return list;
  }

  /**
   * A column total's cells in no identity: all of them when its measure is in no identity of the form or the
   * numbering line, none otherwise (a figure of such a measure is in its record's identities).
   */
  largeOnly(e: Edit): readonly number[] | undefined {
    if (e.id % 2 === 0) return undefined;
    const col = keyCol(e.terms[0]!.v);
    return this.identitiesOf.has(col) ? [] : e.terms.map((t) => t.v);
  }

  allowed(_v: number, x: number): boolean {
    return Number.isSafeInteger(x) && x >= 0;
  }

  /**
   * Bounds and printed rates of the records a correction touches: how many more fail after it than before (negative
   * when it mends a printed rate too). Each failing one would need a cell of its own changed: this is the
   * correction's cost beyond its own cells, in the same units.
   */
  penalty?: (changes: ReadonlyMap<number, number>) => number = (changes) => {
    const rows = new Set([...changes.keys()].map(keyRow));
    const failing = () => {
      const out = new Set<string>();
      for (const r of rows) {
        for (const b of this.ctx.form.bounds) {
          const cs = this.ctx.cols.get(b.small);
          const cb = this.ctx.cols.get(b.big);
          if (cs !== undefined && cb !== undefined && this.ctx.state(r, cs) === 1 && this.ctx.state(r, cb) === 1 && this.ctx.num(r, cs) > this.ctx.num(r, cb))
            out.add(`${r}:${b.rule}`);
        }
        for (const def of this.ctx.form.rates) {
          const w = weighPrintedRate(this.ctx, r, def);
          if (w?.usual && !w.agrees) out.add(`${r}:${def.concept}`);
        }
        for (const s of this.ctx.table.statedRates ?? []) if (weighStatedRate(this.ctx, r, s)?.agrees === false) out.add(`${r}:${s.rate}`);
      }
      return out;
    };
    const before = failing().size;
    this.ctx.overlay = changes;
    try {
      return failing().size - before;
    } finally {
      this.ctx.overlay = undefined;
    }
  };

  /** The total records whose sums include record `row`. */
  private coveringTotals(row: number): number[] {
    if (!this.coveredBy) {
      this.coveredBy = new Map();
      for (const [t, covers] of this.totalOf) for (const r of covers) this.coveredBy.set(r, [...(this.coveredBy.get(r) ?? []), t]);
    }
    return this.coveredBy.get(row) ?? [];
  }
}
