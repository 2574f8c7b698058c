/**
 * A rate printed in a table, weighed against the definitions in use that the table's measures allow (the
 * form's rate definitions: over resolved, over received, over the dossiers due): which one it agrees with
 * within its printed precision, or that none does. Shared by the rate check and the indicators.
 */
import type { RateDef } from '../catalogue/forms';
import { RATES } from '../catalogue/rates';
import { printedUnit, ratioPercent } from '../numbers';
import type { TableContext } from './context';

export interface RateCandidate {
  n: number;
  d: number;
  /** "(Số giải quyết trước hạn + Số giải quyết đúng hạn) / Số hồ sơ đã giải quyết". */
  definition: string;
}

export interface PrintedRate {
  /** The printed percent and its decimals. */
  percent: number;
  decimals: number;
  /** The first definition the table allows: the usual one, whose value an error proposes. */
  usual?: RateCandidate;
  /** The definition the printed rate agrees with, if any. */
  agrees?: RateCandidate;
}

export function weighPrintedRate(ctx: TableContext, row: number, def: RateDef): PrintedRate | undefined {
  const col = ctx.cols.get(def.concept);
  if (col === undefined) return undefined;
  const printed = ctx.read(row, col);
  if (printed.state !== 'value') return undefined;
  const out: PrintedRate = { percent: printed.n, decimals: printed.decimals ?? 2 };
  const unit = printedUnit(out.decimals);
  for (const id of def.definitions) {
    const d = RATES[id];
    const num = ctx.expand(d.numerator).filter((c) => ctx.cols.has(c));
    if (num.length === 0 || d.denominator.some((c) => !ctx.partsOf(c))) continue;
    const figs = [...num.map((c) => ctx.figure(row, c)!), ...d.denominator.map((c) => ctx.derived(row, c)!)];
    if (figs.some((f) => f.state !== 'value')) continue;
    const value = (f: (typeof figs)[number]) => (f as { n: number }).n;
    const n = figs.slice(0, num.length).reduce((s, f) => s + value(f), 0);
    const den = figs.slice(num.length).reduce((s, f) => s + value(f), 0);
    const exact = ratioPercent(n, den);
    if (exact === undefined) continue;
    const candidate = {
      n,
      d: den,
      definition: `(${num.map((c) => ctx.conceptLabel(c)).join(' + ')}) / ${d.denominator.map((c) => ctx.conceptLabel(c)).join(' + ')}`,
    };
    out.usual ??= candidate;
    if (Math.abs(exact - printed.n) <= unit + 1e-9) {
      out.agrees = candidate;
      break;
    }
  }
  return out;
}
