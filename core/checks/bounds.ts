/** Bounds between measures of one record: online ≤ new, digitised ≤ resolved, …. */
import type { Finding, RuleId } from '../catalogue/findings';
import { MSG } from '../catalogue/messages';
import type { TableContext } from '../tables/context';
import { fc, finding } from './finding';

export function bounds(ctx: TableContext, row: number, findings: Finding[]): void {
  for (const b of ctx.form.bounds) {
    const cs = ctx.cols.get(b.small);
    const cb = ctx.cols.get(b.big);
    if (cs === undefined || cb === undefined) continue;
    if (ctx.state(row, cs) !== 1 || ctx.state(row, cb) !== 1 || ctx.num(row, cs) <= ctx.num(row, cb)) continue;
    const s = { n: ctx.num(row, cs) };
    const g = { n: ctx.num(row, cb) };
    const rule = b.rule as RuleId;
    const message = MSG.bound({
      label: ctx.rowLabel(row),
      a1Row: row + 1,
      small: ctx.conceptLabel(b.small),
      a: fc(s.n),
      big: ctx.conceptLabel(b.big),
      b: fc(g.n),
    });
    const f = finding(ctx, rule, row, cs, message, fc(s.n), `≤ ${fc(g.n)}`, [ctx.a1(row, cb)]);
    // Either figure may be the wrong one: an inequality cannot tell.
    f.candidates = [ctx.a1(row, cs), ctx.a1(row, cb)];
    findings.push(f);
  }
}
