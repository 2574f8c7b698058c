/** Total and subtotal records: each equals the sum of the records it closes (over periods, stocks are not summed). */
import { MSG } from '../catalogue/messages';
import type { TableContext } from '../tables/context';
import type { TableEdits } from './edits';
import { fc, finding, type TableFindings } from './finding';

export function totals(ctx: TableContext, out: TableFindings, edits: TableEdits): void {
  const countCols = ctx.table.measures
    .filter((m) => m.duplicateOf === undefined && m.kind === 'count')
    .map((m) => ({ col: m.line, stock: ctx.form.concepts.find((c) => c.id === m.concept)?.stock }));
  for (const t of ctx.table.records) {
    if ((t.role !== 'total' && t.role !== 'subtotal') || !t.covers || t.covers.length === 0) continue;
    const row = t.line;
    for (const c of countCols) {
      // Over periods, a stock is the first or the last period's, never their sum (DESIGN §3.3).
      const overPeriods = ctx.table.byPeriod ? c.stock : undefined;
      const covers = edits.covers(row, c.col);
      if (!covers) continue;
      const st = ctx.state(row, c.col);
      if (st === 3) continue;
      let allEmpty = st !== 1;
      const total = st === 1 ? ctx.num(row, c.col) : 0;
      let sum = 0;
      let bad = false;
      for (const r of covers) {
        const s = ctx.state(r, c.col);
        if (s === 3) {
          bad = true;
          break;
        }
        if (s === 1) {
          allEmpty = false;
          sum += ctx.num(r, c.col);
        }
      }
      if (bad || allEmpty) continue;
      if (total === sum) continue;
      const column = ctx.columnLabel(c.col);
      const message = overPeriods
        ? MSG.stockTotal({ label: t.label, column, actual: fc(total), period: ctx.rowLabel(covers[0]!), value: fc(sum), first: overPeriods === 'first' })
        : MSG.total({
            label: t.label,
            column,
            actual: fc(total),
            count: covers.length,
            sum: fc(sum),
            diff: fc(Math.abs(total - sum)),
            group: t.role === 'subtotal',
          });
      const edit = edits.colEdit(row, c.col);
      const f = finding(ctx, 'dong-tong', row, c.col, message, fc(total), fc(sum));
      const name = overPeriods ? MSG.checkName.stock(column, ctx.rowLabel(covers[0]!), overPeriods === 'first') : MSG.checkName.column(column);
      if (edit) out.broken.push({ edit, finding: f, name });
      else out.findings.push(f);
    }
  }
}
