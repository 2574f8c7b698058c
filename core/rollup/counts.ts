/** One unit's counts from its own tables: its TTHC table's total row, else its only row, else its rows summed. */
import { ROLLUP_CONCEPTS } from '../catalogue/rollup';
import { grandTotal } from '../indicators/compute';
import { TableContext } from '../tables/context';
import { isDataRole, type Table } from '../tables/table';
import { luyKe, type Counts } from './luy-ke';

/** The counts of one record of a TTHC table. */
export function rowCounts(ctx: TableContext, line: number): Counts {
  const out: Counts = {};
  for (const c of ROLLUP_CONCEPTS) {
    // derived: a table with early, on-time and late columns but no "đã giải quyết" still has the total.
    const f = ctx.derived(line, c);
    if (f === undefined || f.state === 'bad') continue; // an unreadable cell is the checks' finding, not a 0
    out[c] = f.state === 'value' ? f.n : 0;
  }
  return out;
}

function sum(parts: Counts[]): Counts {
  const out: Counts = {};
  for (const c of ROLLUP_CONCEPTS) {
    if (!parts.every((p) => p[c] !== undefined)) continue;
    let s = 0;
    for (const p of parts) s += p[c]!;
    out[c] = s;
  }
  return out;
}

/** The counts of the first TTHC table that has any; undefined when the workbook has none. */
export function unitCounts(tables: readonly Table[]): Counts | undefined {
  for (const t of tables) {
    if (t.form !== 'tthc') continue;
    const ctx = new TableContext(t);
    if (!ROLLUP_CONCEPTS.some((c) => ctx.partsOf(c) !== undefined)) continue;
    const total = grandTotal(t);
    if (total) return rowCounts(ctx, total.line);
    const rows = t.records.filter((r) => isDataRole(r.role));
    if (rows.length === 0) continue;
    const each = rows.map((r) => rowCounts(ctx, r.line));
    // Rows that are months: stocks from the first and the last, not summed.
    return t.byPeriod ? luyKe(each) : sum(each);
  }
  return undefined;
}
