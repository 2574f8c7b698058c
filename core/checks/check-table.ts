/**
 * All checks of one detected table: unreadable cells (once each), identities between columns
 * (the form's, and those printed in the numbering row), total and group rows, bounds and printed
 * rates. Sums and rates are broken checks with their equations, so that one wrong cell breaking
 * several of them is reported once, as the likely cause (see likely-cause.ts).
 */
import { bounds } from './bounds';
import type { TableFindings } from './finding';
import { identities, rowIdentities } from './identities';
import { layoutFindings } from './layout';
import { rates } from './rates';
import { totals } from './totals';
import { unreadable } from './unreadable';
import type { TableContext } from '../tables/context';

export type { BrokenSum, TableFindings } from './finding';

export function checkTable(ctx: TableContext): TableFindings {
  const out: TableFindings = { findings: [], sums: [] };
  layoutFindings(ctx, out.findings);
  const figureRows = ctx.table.records.filter((r) => r.role !== 'section');
  const valueCols = ctx.table.measures.filter((m) => m.duplicateOf === undefined && (m.kind === 'count' || m.kind === 'rate' || m.kind === 'value'));
  for (const r of figureRows) for (const m of valueCols) unreadable(ctx, r.line, m.line, out.findings);
  totals(ctx, out);
  // A total row's identities follow from its rows' while its column sums hold: checking them then
  // would only repeat a data row's finding. Where a column sum is broken they help find the cause.
  const brokenCells = new Set(out.sums.map((s) => s.terms[0]!.row * 16384 + s.terms[0]!.col));
  const ids = rowIdentities(ctx);
  for (const r of figureRows) {
    // A total's identities follow from its rows' — except over periods, where its stocks are not sums.
    const implied = (r.role === 'total' || r.role === 'subtotal') && !ctx.table.byPeriod;
    identities(ctx, r.line, ids, out, implied ? brokenCells : undefined);
    bounds(ctx, r.line, out.findings);
    rates(ctx, r.line, out.findings);
  }
  return out;
}
