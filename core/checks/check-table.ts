/**
 * All checks of one read table: unreadable cells (once each), identities between measures (the form's, and those
 * printed in the numbering line), total and group records, bounds and printed rates. The broken identities and
 * totals are edits; the localiser then says which figures are wrong (explain.ts), one finding per cause.
 */
import { bounds } from './bounds';
import { TableEdits } from './edits';
import { explain, localiseRates } from './explain';
import type { TableFindings } from './finding';
import { identities, rowIdentities, unkeptIdentities } from './identities';
import { layoutFindings } from './layout';
import { points } from './points';
import { rates } from './rates';
import { totals } from './totals';
import { unreadable } from './unreadable';
import type { TableContext } from '../tables/context';
import type { Finding } from '../catalogue/findings';
import { isFigureKind } from '../catalogue/forms';

export type { BrokenEdit, TableFindings } from './finding';

export function checkTable(ctx: TableContext): Finding[] {
  const out: TableFindings = { findings: [], broken: [] };
  layoutFindings(ctx, out.findings);
  const figureRows = ctx.table.records.filter((r) => r.role !== 'section');
  const valueCols = ctx.table.measures.filter((m) => m.duplicateOf === undefined && isFigureKind(m.kind));
  for (const r of figureRows) for (const m of valueCols) unreadable(ctx, r.line, m.line, out.findings);
  const ids = rowIdentities(ctx);
  unkeptIdentities(ctx, ids, out.findings);
  const edits = new TableEdits(ctx, ids);
  totals(ctx, out, edits);
  const printed: Finding[] = [];
  for (const r of figureRows) {
    identities(ctx, r.line, ids, out, edits);
    bounds(ctx, r.line, out.findings);
    rates(ctx, r.line, printed);
  }
  // One at a time: spreading a hundred thousand findings into push() overflows the stack. A printed rate that a
  // correction also mends is said with the correction (explain drops it from `printed`).
  for (const f of explain(ctx, edits, out.broken, printed)) out.findings.push(f);
  localiseRates(ctx, edits, printed);
  for (const f of printed) out.findings.push(f);
  points(ctx, out.findings);
  return out.findings;
}
